/**
 * Obsidian comments (`%% … %%`, inline or across lines), single-line HTML comments and inline code
 * spans, masked out of the readable lines. Masking keeps every column where it was (masked text
 * becomes spaces) so that a task's checkbox or a heading's `#` can be checked against it.
 */

/** Each body line in two readings; opaque lines (code, HTML, front matter) are empty in both. */
export interface MaskedLines {
	/** Comments replaced by spaces: what a reader of the note sees. */
	readonly visible: readonly string[];
	/** Also inline code spans replaced by spaces: where links and fields are looked for. */
	readonly plain: readonly string[];
}

type Range = readonly [number, number];

/** Inline code spans of one line (a run of n backticks closed by the next run of exactly n). */
export function findCodeSpans(line: string): Range[] {
	if (!line.includes('`')) return [];
	const runs: Array<[number, number]> = [];
	for (let index = 0; index < line.length;) {
		if (line.charCodeAt(index) !== 0x60) { index++; continue; }
		const start = index;
		while (index < line.length && line.charCodeAt(index) === 0x60) index++;
		runs.push([start, index - start]);
	}
	if (runs.length <= 16) return matchFewRuns(runs);
	// Per run length, the run indexes in order, with a cursor that only moves forward: linear.
	const byLength = new Map<number, { list: number[]; cursor: number }>();
	runs.forEach(([, length], runIndex) => {
		const entry = byLength.get(length) ?? { list: [], cursor: 0 };
		entry.list.push(runIndex);
		byLength.set(length, entry);
	});
	const spans: Range[] = [];
	for (let runIndex = 0; runIndex < runs.length;) {
		const [start, length] = runs[runIndex];
		const entry = byLength.get(length);
		if (entry === undefined) { runIndex++; continue; }
		while (entry.cursor < entry.list.length && entry.list[entry.cursor] <= runIndex) entry.cursor++;
		if (entry.cursor >= entry.list.length) { runIndex++; continue; }
		const closeIndex = entry.list[entry.cursor];
		spans.push([start, runs[closeIndex][0] + length]);
		runIndex = closeIndex + 1;
	}
	return spans;
}

/** findCodeSpans' matching for a line with few backtick runs: each open run closed by the next of its length. */
function matchFewRuns(runs: ReadonlyArray<readonly [number, number]>): Range[] {
	const spans: Range[] = [];
	for (let runIndex = 0; runIndex < runs.length;) {
		const [start, length] = runs[runIndex];
		let closeIndex = runIndex + 1;
		while (closeIndex < runs.length && runs[closeIndex][1] !== length) closeIndex++;
		if (closeIndex >= runs.length) { runIndex++; continue; }
		spans.push([start, runs[closeIndex][0] + length]);
		runIndex = closeIndex + 1;
	}
	return spans;
}

/** Replaces the ranges (in any order, possibly overlapping) by spaces. */
function blank(line: string, ranges: readonly Range[]): string {
	if (ranges.length === 0) return line;
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	let out = '';
	let cursor = 0;
	for (const [start, end] of sorted) {
		const from = Math.max(start, cursor);
		if (end <= from) continue;
		out += line.slice(cursor, from) + ' '.repeat(end - from);
		cursor = end;
	}
	return out + line.slice(cursor);
}

/** Moves a cursor through sorted ranges so membership tests stay linear across one line. */
function nextPosition(from: number, spans: readonly Range[], cursor: { value: number }): number {
	while (cursor.value < spans.length && spans[cursor.value][1] <= from) cursor.value++;
	const span = spans[cursor.value];
	return span !== undefined && from >= span[0] ? span[1] : from;
}

/** True when a readable line holds a `%%`, a `<!--` or a backtick, which masking would change. */
function holdsMaskable(lines: readonly string[], opaque: Uint8Array): boolean {
	for (let index = 0; index < lines.length; index++) {
		if (opaque[index] === 1) continue;
		const line = lines[index];
		if (line.indexOf('%%') >= 0 || line.indexOf('<!--') >= 0 || line.indexOf('`') >= 0) return true;
	}
	return false;
}

/**
 * Masks comments and code spans. `%%` inside an inline code span does not open a comment; a
 * comment runs across lines until the next `%%`, skipping opaque lines (code blocks keep their `%%`).
 */
export function maskLines(lines: readonly string[], opaque: Uint8Array): MaskedLines {
	if (!holdsMaskable(lines, opaque)) {
		// Nothing to mask: both readings are the lines themselves, opaque ones blank (often already).
		let blankAlready = true;
		for (let index = 0; index < lines.length && blankAlready; index++) if (opaque[index] === 1 && lines[index] !== '') blankAlready = false;
		const shown = blankAlready ? lines : lines.map((line, index) => (opaque[index] === 1 ? '' : line));
		return { visible: shown, plain: shown };
	}
	const visible: string[] = [];
	const plain: string[] = [];
	let inComment = false;
	for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
		if (opaque[lineIndex] === 1) { visible.push(''); plain.push(''); continue; }
		const line = lines[lineIndex];
		// Most lines hold no comment and no code: both readings are the line itself, not a copy.
		if (!inComment && line.indexOf('%%') < 0 && line.indexOf('<!--') < 0 && line.indexOf('`') < 0) {
			visible.push(line);
			plain.push(line);
			continue;
		}
		const spans = findCodeSpans(line);
		const comments: Array<[number, number]> = [];
		const cursor = { value: 0 };
		let commentStart = inComment ? 0 : -1;
		let position = 0;
		// The next `%%`, `<!--` and `-->` at or after where each was last searched for, searched again
		// only once `position` has passed them (and never again once absent): every search starts
		// beyond the previous one's result, so a line costs linear time whatever it holds (many `%%`,
		// many `<!--` without a closer, `%%<!--` repeated).
		let nextPercent = line.indexOf('%%');
		let nextHtml = line.indexOf('<!--');
		let nextClose: number | undefined;
		while (position < line.length) {
			if (nextPercent >= 0 && nextPercent < position) nextPercent = line.indexOf('%%', position);
			if (nextHtml >= 0 && nextHtml < position) nextHtml = line.indexOf('<!--', position);
			const found = nextPercent;
			const htmlOpen = inComment ? -1 : nextHtml;
			if (found < 0 && htmlOpen < 0) break;
			if (htmlOpen >= 0 && (found < 0 || htmlOpen < found)) {
				const skipTo = nextPosition(htmlOpen, spans, cursor);
				if (skipTo !== htmlOpen) { position = skipTo; continue; }
				if (nextClose === undefined || (nextClose >= 0 && nextClose < htmlOpen + 4)) nextClose = line.indexOf('-->', htmlOpen + 4);
				const close = nextClose;
				if (close < 0) { position = htmlOpen + 4; continue; }
				comments.push([htmlOpen, close + 3]);
				position = close + 3;
				continue;
			}
			const skipTo = inComment ? found : nextPosition(found, spans, cursor);
			if (skipTo !== found) { position = skipTo; continue; }
			if (inComment) {
				comments.push([commentStart, found + 2]);
				inComment = false;
			} else {
				commentStart = found;
				inComment = true;
			}
			position = found + 2;
		}
		if (inComment) comments.push([commentStart, line.length]);
		const shown = blank(line, comments);
		visible.push(shown);
		plain.push(blank(line, [...comments, ...spans]));
	}
	return { visible, plain };
}
