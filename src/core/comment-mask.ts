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
	// The backtick runs as starts and lengths, found by searching (most of a line holds none).
	const starts: number[] = [];
	const lengths: number[] = [];
	for (let index = line.indexOf('`'); index >= 0; index = line.indexOf('`', index)) {
		const start = index;
		while (index < line.length && line.charCodeAt(index) === 0x60) index++;
		starts.push(start);
		lengths.push(index - start);
	}
	const spans: Range[] = [];
	if (starts.length <= 16) {
		// Few runs: each open run closed by the next of its length.
		for (let runIndex = 0; runIndex < starts.length;) {
			const length = lengths[runIndex];
			let closeIndex = runIndex + 1;
			while (closeIndex < starts.length && lengths[closeIndex] !== length) closeIndex++;
			if (closeIndex >= starts.length) { runIndex++; continue; }
			spans.push([starts[runIndex], starts[closeIndex] + length]);
			runIndex = closeIndex + 1;
		}
		return spans;
	}
	// Per run length, the run indexes in order, with a cursor that only moves forward: linear.
	const byLength = new Map<number, { list: number[]; cursor: number }>();
	lengths.forEach((length, runIndex) => {
		const entry = byLength.get(length) ?? { list: [], cursor: 0 };
		entry.list.push(runIndex);
		byLength.set(length, entry);
	});
	for (let runIndex = 0; runIndex < starts.length;) {
		const length = lengths[runIndex];
		const entry = byLength.get(length);
		if (entry === undefined) { runIndex++; continue; }
		while (entry.cursor < entry.list.length && entry.list[entry.cursor] <= runIndex) entry.cursor++;
		if (entry.cursor >= entry.list.length) { runIndex++; continue; }
		const closeIndex = entry.list[entry.cursor];
		spans.push([starts[runIndex], starts[closeIndex] + length]);
		runIndex = closeIndex + 1;
	}
	return spans;
}

/** Replaces the ranges (in any order, possibly overlapping) by spaces. */
function blank(line: string, ranges: readonly Range[]): string {
	if (ranges.length === 0) return line;
	const sorted = ranges.length === 1 ? ranges : [...ranges].sort((a, b) => a[0] - b[0]);
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

const NO_RANGES: readonly Range[] = [];

/**
 * Masks one line after another, carrying an open `%%` comment from line to line. After `mask`,
 * `visible` and `plain` hold the line's two readings (the line itself when nothing is masked: most
 * lines cost three searches and no copy). Opaque lines are skipped by the caller: they neither open
 * nor close a comment.
 */
export class LineMasker {
	/** Comments replaced by spaces. */
	visible = '';
	/** Also inline code spans replaced by spaces. */
	plain = '';
	/** A `%%` comment is open at the end of the last line masked. */
	inComment = false;

	/** Reads one (readable) line into `visible` and `plain`. */
	mask(line: string): void {
		if (!this.inComment && line.indexOf('%%') < 0 && line.indexOf('`') < 0 && line.indexOf('<!--') < 0) {
			this.visible = line;
			this.plain = line;
			return;
		}
		this.maskMarked(line);
	}

	/**
	 * `%%` inside an inline code span does not open a comment; a comment runs across lines until
	 * the next `%%`.
	 */
	private maskMarked(line: string): void {
		const spans = line.indexOf('`') < 0 ? NO_RANGES : findCodeSpans(line);
		let comments: Array<[number, number]> | undefined;
		const cursor = { value: 0 };
		let inComment = this.inComment;
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
				(comments ??= []).push([htmlOpen, close + 3]);
				position = close + 3;
				continue;
			}
			const skipTo = inComment ? found : nextPosition(found, spans, cursor);
			if (skipTo !== found) { position = skipTo; continue; }
			if (inComment) {
				(comments ??= []).push([commentStart, found + 2]);
				inComment = false;
			} else {
				commentStart = found;
				inComment = true;
			}
			position = found + 2;
		}
		if (inComment) (comments ??= []).push([commentStart, line.length]);
		this.inComment = inComment;
		this.visible = comments === undefined ? line : blank(line, comments);
		this.plain = spans.length === 0 ? this.visible : blank(line, comments === undefined ? spans : [...comments, ...spans]);
	}
}

/**
 * Masks comments and code spans. `%%` inside an inline code span does not open a comment; a
 * comment runs across lines until the next `%%`, skipping opaque lines (code blocks keep their `%%`).
 */
export function maskLines(lines: readonly string[], opaque: Uint8Array): MaskedLines {
	const visible: string[] = [];
	const plain: string[] = [];
	const masker = new LineMasker();
	for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
		if (opaque[lineIndex] === 1) { visible.push(''); plain.push(''); continue; }
		masker.mask(lines[lineIndex]);
		visible.push(masker.visible);
		plain.push(masker.plain);
	}
	return { visible, plain };
}
