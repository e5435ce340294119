/**
 * The fast path: block structure in one pass over the lines, without a syntax tree.
 *
 * It follows CommonMark for the common shapes of organizing notes (headings, nested and ordered
 * lists, tasks, top-level fenced and indented code, plain quotes and callouts) and reports itself
 * *unsure* for anything whose structure depends on rules it does not model (HTML blocks, fences
 * inside list items, structure inside quotes, setext headings, lists that may not interrupt a
 * paragraph, tabs after list markers…). An unsure note is re-read by remark when it is small and
 * its RemarkCost is within the caller's bound. Every step is constant work per character, so the
 * pass is linear on any input.
 */

import type { BlockStructure, HeadingBlock, TaskBlock } from './block-structure';
import { matchCheckbox, readAtxHeadingLevel } from './obsidian-syntax';

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

/** The fast path's structure, and why it is unsure of it (undefined when it is sure). */
export interface FastScan {
	readonly structure: BlockStructure;
	/** Why the fast path is unsure, e.g. "HTML (line 12)"; undefined when it is sure. */
	readonly unsure?: string;
	/** 1-based line where it became unsure. */
	readonly unsureLine?: number;
	/** When unsure: what remark would face on the whole body, for the caller's bound. */
	readonly cost?: RemarkCost;
}

interface OpenItem {
	/** Column where the item's content starts; lines indented this far belong to it. */
	readonly contentColumn: number;
	/** `-`, `*`, `+` for bullets, `.` or `)` for ordered items: same marker = same list. */
	readonly marker: string;
}

const LIST_MARKER = /^(?:([-*+])|(\d{1,9})([.)]))(?=[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_CANDIDATE = /^(?:=+|-+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
const QUOTE_MARKERS = /^(?:[ \t]{0,3}>[ ]?)+/;

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

function isClosingFence(line: string, fence: string): boolean {
	const { column, index } = measureIndent(line);
	if (column > 3) return false;
	let run = 0;
	while (line.charAt(index + run) === fence[0]) run++;
	return run >= fence.length && BLANK.test(line.slice(index + run));
}

/** True when a quote line holds block structure the fast path does not follow into quotes. */
function quoteHasStructure(content: string): boolean {
	const inner = content.replace(QUOTE_MARKERS, '');
	if (BLANK.test(inner)) return false;
	if (/^(?: {4}|\t| {1,3}\t)/.test(inner)) return true;
	const body = inner.replace(/^ {0,3}/, '');
	return LIST_MARKER.test(body) || readAtxHeadingLevel(body) > 0 || FENCE_OPEN.test(body)
		|| body.startsWith('<') || /^[-=*_][-=*_ \t]*$/.test(body) || body.includes('\t');
}

function isSpaceOrTab(char: number): boolean {
	return char === 0x20 || char === 0x09;
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
				while (end < line.length && end - index < 9 && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
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
		else if (leading <= 3 && readAtxHeadingLevel(line.slice(start, start + 7)) > 0) inContainer = false;
		else if (inContainer) lazyLines++;
	}
	return { containerMarkers, maxNesting, maxQuoteDepth, lazyLines };
}

/**
 * Scans the body (lines from `bodyStart`; earlier lines are front matter and become opaque) and
 * returns its block structure, with the reason it is unsure when it is.
 */
export function scanBlocksFast(lines: readonly string[], bodyStart: number): FastScan {
	const opaque = new Uint8Array(lines.length);
	opaque.fill(1, 0, bodyStart);
	const headings: HeadingBlock[] = [];
	const tasks: TaskBlock[] = [];
	const stack: OpenItem[] = [];
	let fence: string | undefined;
	let paragraphOpen = false;
	/** The open paragraph is inside a quote (lines without `>` only continue it lazily). */
	let quoteParagraph = false;
	let indentedCode = false;
	let pendingEmptyItem = false;
	const unsure = (reason: string, index: number): FastScan => ({
		structure: { headings, tasks, opaque },
		unsure: `${reason} (line ${index + 1})`,
		unsureLine: index + 1,
		cost: estimateRemarkCost(lines, bodyStart),
	});

	// remark-frontmatter's failed attempt on an unclosed `---` first line changes how the next lines
	// are read (a list there becomes a paragraph): leave such notes to the reference.
	if (bodyStart === 0 && lines.length > 1 && lines[0].startsWith('---')) return unsure('unclosed front matter fence', 0);
	for (let index = bodyStart; index < lines.length; index++) {
		const line = lines[index];
		if (fence !== undefined) {
			opaque[index] = 1;
			if (isClosingFence(line, fence)) fence = undefined;
			continue;
		}
		const previousNonBlank = index > bodyStart && !BLANK.test(lines[index - 1]);
		if (BLANK.test(line)) {
			paragraphOpen = false;
			// A list item can begin with at most one blank line.
			if (pendingEmptyItem) stack.pop();
			pendingEmptyItem = false;
			continue;
		}
		const { column: indent, index: contentIndex } = measureIndent(line);
		let depth = stack.length;
		while (depth > 0 && indent < stack[depth - 1].contentColumn) depth--;
		if (pendingEmptyItem && depth === stack.length) return unsure('content after an empty list item', index);
		pendingEmptyItem = false;
		const relative = indent - (depth > 0 ? stack[depth - 1].contentColumn : 0);

		const afterIndentedCode = indentedCode;
		if (indentedCode) {
			if (depth === stack.length && relative >= 4) { opaque[index] = 1; continue; }
			indentedCode = false;
		}
		if (relative >= 4) {
			if (paragraphOpen) continue;
			stack.length = depth;
			indentedCode = true;
			opaque[index] = 1;
			continue;
		}

		const content = line.slice(contentIndex);
		if (content.startsWith('>')) {
			if (quoteHasStructure(content)) return unsure('structure inside a quote or callout', index);
			stack.length = depth;
			paragraphOpen = !BLANK.test(content.replace(QUOTE_MARKERS, ''));
			quoteParagraph = paragraphOpen;
			continue;
		}
		const level = readAtxHeadingLevel(content);
		if (level > 0) {
			stack.length = depth;
			headings.push({ lineIndex: index, level, column: contentIndex });
			paragraphOpen = false;
			continue;
		}
		const fenceOpen = FENCE_OPEN.exec(content);
		if (fenceOpen !== null && !(fenceOpen[1][0] === '`' && fenceOpen[2].includes('`'))) {
			if (depth > 0) return unsure('code fence inside a list item', index);
			stack.length = 0;
			fence = fenceOpen[1];
			opaque[index] = 1;
			paragraphOpen = false;
			continue;
		}
		if (content.startsWith('<')) return unsure('HTML', index);
		if (paragraphOpen && SETEXT_CANDIDATE.test(content)) return unsure('setext heading underline', index);
		if (THEMATIC_BREAK.test(content)) {
			stack.length = depth;
			paragraphOpen = false;
			continue;
		}
		const marker = LIST_MARKER.exec(content);
		if (marker !== null) {
			const markerChar = marker[1] ?? marker[3];
			const afterMarker = contentIndex + marker[0].length;
			const rest = line.slice(afterMarker);
			const empty = BLANK.test(rest);
			const restrained = empty || (marker[2] !== undefined && Number(marker[2]) !== 1);
			const sibling = depth < stack.length && stack[depth].marker === markerChar;
			if (restrained && !sibling && ((paragraphOpen && quoteParagraph) || afterIndentedCode)) {
				return unsure('list item after a quote or indented code', index);
			}
			const continuesParagraph = restrained && !sibling && paragraphOpen && depth === stack.length;
			// micromark lets an empty item or one not numbered 1 start only where nothing is open
			// (after a blank line) or next to a sibling; elsewhere it depends on what is open.
			if (restrained && !sibling && !continuesParagraph && previousNonBlank) {
				return unsure('list item that may not interrupt the block before it', index);
			}
			if (!continuesParagraph) {
				const markerEndColumn = indent + marker[0].length;
				stack.length = depth;
				if (empty) {
					stack.push({ contentColumn: markerEndColumn + 1, marker: markerChar });
					pendingEmptyItem = true;
					paragraphOpen = false;
					continue;
				}
				const gap = /^[ \t]*/.exec(rest)?.[0] ?? '';
				if (gap.includes('\t')) return unsure('tab after a list marker', index);
				if (gap.length >= 5) return unsure('indented code in a list item', index);
				stack.push({ contentColumn: markerEndColumn + gap.length, marker: markerChar });
				const itemIndex = afterMarker + gap.length;
				const inner = line.slice(itemIndex);
				if (readAtxHeadingLevel(inner) > 0) {
					headings.push({ lineIndex: index, level: readAtxHeadingLevel(inner), column: itemIndex });
					paragraphOpen = false;
					continue;
				}
				if (LIST_MARKER.test(inner) || FENCE_OPEN.test(inner) || /^[<>]/.test(inner) || THEMATIC_BREAK.test(inner)) {
					return unsure('nested block on a list item line', index);
				}
				if (/^\[[^[\]]\][ \t]*$/.test(inner)) return unsure('task box without text', index);
				if (matchCheckbox(inner) !== undefined) tasks.push({ lineIndex: index, column: itemIndex });
				paragraphOpen = true;
				quoteParagraph = false;
				continue;
			}
		}
		if (!paragraphOpen) {
			stack.length = depth;
			paragraphOpen = true;
			quoteParagraph = false;
		}
	}
	return { structure: { headings, tasks, opaque } };
}
