/**
 * What makes remark slow on a note the fast path was unsure of, counted in one linear pass so the
 * parser can choose whether remark may read it (DESIGN §6).
 */
import { isDigit, isSpaceOrTab } from './block-lines';
import { readAtxHeadingLevelAt } from './obsidian-syntax';

/**
 * What makes remark slow on a note of modest size (DESIGN §6: it is super-linear on some inputs),
 * counted over the whole body in one linear pass. Measured: micromark's work grows faster than the
 * number of containers it opens and closes (6 KB of `- - - …` on one line: 3.4 s; a line of 40,000
 * `>`: 14 s) and than the length of a paragraph inside a list item or quote (a quoted task followed
 * by 20,000 lazy lines: 8.6 s).
 */
export interface RemarkCost {
	/** List and quote markers that begin lines (several on a line when containers nest there), in all. */
	readonly containerMarkers: number;
	/** Most containers on one line: its list and quote markers plus its indentation in steps of two columns. */
	readonly maxNesting: number;
	/** Most `>` quote markers on one line. */
	readonly maxQuoteDepth: number;
	/**
	 * Lines without container markers that follow, with no blank line or heading between, a line
	 * with some: lazy (or indented) continuation lines of a list item or quote. Counted generously
	 * (a line that starts a new block is counted too).
	 */
	readonly lazyLines: number;
}

/** Column and index of the first non-indentation character (tabs to the next multiple of 4). */
function measureIndent(line: string): { readonly column: number; readonly index: number } {
	let column = 0;
	let index = 0;
	for (; index < line.length; index++) {
		const char = line.charCodeAt(index);
		if (char === 0x20) column += 1;
		else if (char === 0x09) column += 4 - (column % 4);
		else break;
	}
	return { column, index };
}

/**
 * Counts what makes remark slow (see RemarkCost) over the body lines from `bodyStart`. Every step
 * moves forward through a line's leading markers, so the pass is linear on any input.
 */
export function estimateRemarkCost(lines: readonly string[], bodyStart: number): RemarkCost {
	let containerMarkers = 0;
	let maxNesting = 0;
	let maxQuoteDepth = 0;
	let lazyLines = 0;
	/** The current run of non-blank lines has had a line with container markers. */
	let inContainer = false;
	for (let lineIndex = bodyStart; lineIndex < lines.length; lineIndex++) {
		const line = lines[lineIndex];
		const { column: leading, index: start } = measureIndent(line);
		if (start === line.length) { inContainer = false; continue; }
		let markers = 0;
		let quotes = 0;
		let index = start;
		for (;;) {
			while (index < line.length && isSpaceOrTab(line.charCodeAt(index))) index++;
			const char = line.charCodeAt(index);
			if (char === 0x3e) { markers++; quotes++; index++; continue; }
			let end = index;
			if (char === 0x2d || char === 0x2a || char === 0x2b) end = index + 1;
			else {
				while (end < line.length && end - index < 9 && isDigit(line.charCodeAt(end))) end++;
				const after = line.charCodeAt(end);
				end = end > index && (after === 0x2e || after === 0x29) ? end + 1 : index;
			}
			if (end === index || !(end === line.length || isSpaceOrTab(line.charCodeAt(end)))) break;
			markers++;
			index = end;
		}
		containerMarkers += markers;
		maxNesting = Math.max(maxNesting, markers + Math.floor(leading / 2));
		maxQuoteDepth = Math.max(maxQuoteDepth, quotes);
		if (markers > 0) inContainer = true;
		else if (leading <= 3 && readAtxHeadingLevelAt(line, start) > 0) inContainer = false;
		else if (inContainer) lazyLines++;
	}
	return { containerMarkers, maxNesting, maxQuoteDepth, lazyLines };
}
