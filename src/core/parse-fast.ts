/**
 * The fast path: block structure in one pass over the lines, without a syntax tree.
 *
 * It follows CommonMark's container model: each line first continues the open quotes (`>`, callouts
 * included) and list items, from the outside in; what is left may open new containers, then one leaf
 * block (heading, fence, thematic break, paragraph text, indented code). A paragraph line that
 * continues none of the inner containers is a lazy continuation line. It reports itself *unsure* for
 * what it does not model (HTML blocks, setext headings, lists that may not interrupt a paragraph,
 * tabs after list markers, nesting deeper than MAX_FAST_NESTING…), and then goes on with CommonMark's
 * reading as its best guess, so a note too large for remark still has every task found after the
 * doubtful line. An unsure note is re-read by remark when it is small and its RemarkCost is within
 * the caller's bound. Every step is constant work per character, so the pass is linear on any input.
 */

import type { BlockStructure, HeadingBlock, TaskBlock } from './block-structure';
import { readAtxHeadingLevelAt } from './obsidian-syntax';
import {
	BACKTICK, BLANK, CLOSE_BRACKET, DASH, EQUALS, GT, HASH, LIST_MARKER, LT, OPEN_BRACKET, PLUS, SETEXT_AT, SETEXT_CANDIDATE, SPACE, STAR, TAB, TILDE, UNDERSCORE,
	classifyAngle, isDigit, isSpaceOrTab, matchFenceOpen, mayStartBlock, testAt,
} from './block-lines';
import { estimateRemarkCost, type RemarkCost } from './remark-cost';

export { estimateRemarkCost, type RemarkCost } from './remark-cost';

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

/** Containers nested deeper than this make the fast path unsure (ordinary notes: under 10). */
export const MAX_FAST_NESTING = 32;

/** An open container: a quote (callouts are quotes) or a list item. */
interface Container {
	readonly quote: boolean;
	/** List item: columns from its parent's content start to its own content start. */
	readonly width: number;
	/** List item: `-`, `*`, `+` for bullets, `.` or `)` for ordered items: same marker = same list. */
	readonly marker: string;
}

const QUOTE: Container = { quote: true, width: 0, marker: '>' };

/**
 * One pass over a body's lines. Columns are CommonMark's: a tab advances to the next multiple of 4,
 * counted from the start of the line, and a container's content may start inside a tab.
 */
class BlockScanner {
	readonly opaque: Uint8Array;
	readonly headings: HeadingBlock[] = [];
	readonly tasks: TaskBlock[] = [];
	doubtReason: string | undefined;
	doubtIndex = 0;

	private readonly stack: Container[] = [];
	/** Stack positions of the quotes, ascending: a blank line continues list items but no quote. */
	private readonly quoteAt: number[] = [];
	private fenceChar = 0;
	private fenceLength = 0;
	private paragraphOpen = false;
	private indentedCode = false;
	/** The guess for an HTML block: opaque until a blank line (CommonMark kinds 6 and 7). */
	private htmlBlock = false;
	/** Inside an HTML comment block, which ends on the line holding `-->`. */
	private htmlComment = false;
	private pendingEmptyItem = false;
	private previousBlank = true;

	// The line being read: the cursor (`pos`, the column `posColumn` of that character, the content
	// column `content`, which may lie inside a tab) and the first non-blank character after the
	// cursor, cached because list items continue without moving the cursor.
	private line = '';
	private pos = 0;
	private posColumn = 0;
	private content = 0;
	private wsIndex = 0;
	private wsColumn = 0;
	/** The last list marker read: its character (`-`, `*`, `+`, `.`, `)`) and number (-1 for a bullet). */
	private markerChar = '';
	private markerOrdinal = -1;
	/**
	 * Per thematic-break character (`-`, `*`, `_`), the last index in the line of a character that is
	 * neither it nor blank (-2: not yet looked for): a break may start only after it. One backward
	 * search per line keeps a line of thousands of nested `- ` markers linear.
	 */
	private breakLimitDash = -2;
	private breakLimitStar = -2;
	private breakLimitUnderscore = -2;

	constructor(lines: readonly string[], bodyStart: number) {
		this.opaque = new Uint8Array(lines.length);
		this.opaque.fill(1, 0, bodyStart);
	}

	/** Records the first reason to be unsure; the scan goes on with CommonMark's reading. */
	doubt(reason: string, index: number): void {
		if (this.doubtReason !== undefined) return;
		this.doubtReason = reason;
		this.doubtIndex = index;
	}

	/** Moves the cursor to `pos` (at `column`) and finds the first non-blank character from there. */
	private moveTo(pos: number, column: number): void {
		this.pos = pos;
		this.posColumn = column;
		const line = this.line;
		let index = pos;
		let col = column;
		for (; index < line.length; index++) {
			const char = line.charCodeAt(index);
			if (char === SPACE) col += 1;
			else if (char === TAB) col += 4 - (col % 4);
			else break;
		}
		this.wsIndex = index;
		this.wsColumn = col;
	}

	private truncate(depth: number): void {
		this.stack.length = depth;
		while (this.quoteAt.length > 0 && this.quoteAt[this.quoteAt.length - 1] >= depth) this.quoteAt.pop();
	}

	private push(container: Container, index: number): void {
		if (container.quote) this.quoteAt.push(this.stack.length);
		this.stack.push(container);
		if (this.stack.length > MAX_FAST_NESTING) this.doubt(`containers nested deeper than ${MAX_FAST_NESTING}`, index);
	}

	/** The first quote at or after stack position `from`, or the stack's depth. */
	private nextQuote(from: number): number {
		const quotes = this.quoteAt;
		let low = 0;
		let high = quotes.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (quotes[middle] < from) low = middle + 1;
			else high = middle;
		}
		return low < quotes.length ? quotes[low] : this.stack.length;
	}

	/** Consumes a `>` at the first non-blank character and the one space or tab column after it. */
	private consumeQuoteMarker(): void {
		const next = this.line.charCodeAt(this.wsIndex + 1);
		const column = this.wsColumn + 1;
		this.moveTo(this.wsIndex + 1, column);
		this.content = next === SPACE || next === TAB ? column + 1 : column;
	}

	/** How many open containers the current line continues, consuming their markers and indentation. */
	private matchContainers(): number {
		const stack = this.stack;
		let matched = 0;
		while (matched < stack.length) {
			const container = stack[matched];
			const blank = this.wsIndex >= this.line.length;
			if (container.quote) {
				if (blank || this.line.charCodeAt(this.wsIndex) !== GT || this.wsColumn - this.content > 3) break;
				this.consumeQuoteMarker();
				matched++;
			} else if (blank) {
				matched = this.nextQuote(matched);
			} else if (this.wsColumn - this.content >= container.width) {
				this.content += container.width;
				matched++;
			} else break;
		}
		return matched;
	}

	/** Reads one line. */
	scanLine(line: string, index: number): void {
		// The most common line: paragraph text outside any container and any open block, starting
		// with a character that starts no other block (a letter, `%`, `[`…). It opens or continues
		// a paragraph, and is never a task (no list item starts on it).
		// (An empty line is not asked for its first character: reading past the end deoptimizes.)
		const first = line.length === 0 ? 0 : line.charCodeAt(0);
		if (this.stack.length === 0 && first > SPACE && !mayStartBlock(first) && !this.htmlComment && this.fenceLength === 0
			&& !this.htmlBlock && !this.pendingEmptyItem && !this.indentedCode) {
			this.paragraphOpen = true;
			this.previousBlank = false;
			return;
		}
		this.line = line;
		this.breakLimitDash = -2;
		this.breakLimitStar = -2;
		this.breakLimitUnderscore = -2;
		this.content = 0;
		this.moveTo(0, 0);
		const depth = this.stack.length;
		const matched = this.matchContainers();
		const allMatched = matched === depth;
		const blank = this.wsIndex >= line.length;

		if (this.htmlComment) {
			if (allMatched) {
				this.opaque[index] = 1;
				if (line.includes('-->')) this.htmlComment = false;
				this.previousBlank = blank;
				return;
			}
			this.htmlComment = false;
		}
		if (this.fenceLength > 0) {
			if (allMatched) {
				this.opaque[index] = 1;
				if (!blank && this.wsColumn - this.content <= 3 && this.closesFence()) this.fenceLength = 0;
				this.previousBlank = blank;
				return;
			}
			this.fenceLength = 0;
		}
		if (blank) {
			if (!allMatched) this.truncate(matched);
			else if (this.pendingEmptyItem) this.truncate(depth - 1);
			if (!allMatched) this.indentedCode = false;
			this.pendingEmptyItem = false;
			this.paragraphOpen = false;
			this.htmlBlock = false;
			this.previousBlank = true;
			return;
		}
		if (this.htmlBlock && allMatched) {
			this.opaque[index] = 1;
			this.previousBlank = false;
			return;
		}
		this.htmlBlock = false;
		if (this.pendingEmptyItem && allMatched) this.doubt('content after an empty list item', index);
		this.pendingEmptyItem = false;
		const afterIndentedCode = this.indentedCode;
		if (this.indentedCode) {
			if (allMatched && this.wsColumn - this.content >= 4) {
				this.opaque[index] = 1;
				this.previousBlank = false;
				return;
			}
			this.indentedCode = false;
		}
		const firstUnmatched = allMatched ? undefined : this.stack[matched];
		if (!allMatched && this.paragraphOpen && this.continuesLazily(firstUnmatched, index)) {
			this.previousBlank = false;
			return;
		}
		if (!allMatched) {
			this.truncate(matched);
			this.paragraphOpen = false;
		}
		this.openBlocks(index, firstUnmatched, afterIndentedCode);
		this.previousBlank = false;
	}

	/** True when the line from `at` is a thematic break of `char` (three or more, blanks between). */
	private isThematicBreakAt(at: number, char: number): boolean {
		const line = this.line;
		let limit = char === DASH ? this.breakLimitDash : char === STAR ? this.breakLimitStar : this.breakLimitUnderscore;
		if (limit === -2) {
			limit = line.length - 1;
			while (limit >= 0) {
				const other = line.charCodeAt(limit);
				if (other !== char && other !== SPACE && other !== TAB) break;
				limit--;
			}
			if (char === DASH) this.breakLimitDash = limit;
			else if (char === STAR) this.breakLimitStar = limit;
			else this.breakLimitUnderscore = limit;
		}
		if (limit >= at) return false;
		let count = 0;
		for (let index = at; index < line.length && count < 3; index++) if (line.charCodeAt(index) === char) count++;
		return count >= 3;
	}

	private closesFence(): boolean {
		const line = this.line;
		let index = this.wsIndex;
		while (line.charCodeAt(index) === this.fenceChar) index++;
		return index - this.wsIndex >= this.fenceLength && BLANK.test(line.slice(index));
	}

	/** True for a sibling list item: same marker as the list item the line did not continue. */
	private static isSibling(firstUnmatched: Container | undefined, marker: string): boolean {
		return firstUnmatched !== undefined && !firstUnmatched.quote && firstUnmatched.marker === marker;
	}

	/**
	 * Whether a line that left some containers unmatched continues the open paragraph lazily: it
	 * does unless it starts a block that may interrupt a paragraph.
	 */
	private continuesLazily(firstUnmatched: Container | undefined, index: number): boolean {
		if (this.wsColumn - this.content >= 4) return true;
		const char = this.line.charCodeAt(this.wsIndex);
		if (!mayStartBlock(char)) return true;
		const rest = this.line.slice(this.wsIndex);
		if (char === GT || readAtxHeadingLevelAt(rest, 0) > 0 || matchFenceOpen(rest) !== null) return false;
		if (char === LT) {
			const kind = classifyAngle(this.line, this.wsIndex);
			if (kind === 'text') return true;
			if (kind === 'html') this.doubt('HTML', index);
			return false;
		}
		if ((char === DASH || char === STAR || char === UNDERSCORE) && this.isThematicBreakAt(this.wsIndex, char)) return false;
		if (SETEXT_CANDIDATE.test(rest)) { this.doubt('setext underline after a lazy line', index); return true; }
		const marker = LIST_MARKER.exec(rest);
		if (marker === null) return true;
		const empty = BLANK.test(rest.slice(marker[0].length));
		const restrained = empty || (marker[2] !== undefined && Number(marker[2]) !== 1);
		if (restrained && !BlockScanner.isSibling(firstUnmatched, marker[1] ?? marker[3])) {
			this.doubt('list item after a quote or indented code', index);
			return true;
		}
		return false;
	}

	/** Opens the new containers the rest of the line starts, then its one leaf block. */
	private openBlocks(index: number, firstUnmatched: Container | undefined, afterIndentedCode: boolean): void {
		const line = this.line;
		let opened = false;
		let itemFirstContent = false;
		for (;;) {
			const at = this.wsIndex;
			if (at >= line.length) { this.paragraphOpen = false; return; }
			if (this.wsColumn - this.content >= 4) {
				if (this.paragraphOpen) return;
				this.indentedCode = true;
				this.opaque[index] = 1;
				return;
			}
			const char = line.charCodeAt(at);
			if (!mayStartBlock(char)) break;
			if (char === GT) {
				this.push(QUOTE, index);
				this.consumeQuoteMarker();
				opened = true;
				itemFirstContent = false;
				this.paragraphOpen = false;
				continue;
			}
			if (char === HASH) {
				const level = readAtxHeadingLevelAt(line, at);
				if (level > 0) {
					this.headings.push({ lineIndex: index, level, column: at });
					this.paragraphOpen = false;
					return;
				}
				break;
			}
			if (char === BACKTICK || char === TILDE) {
				const fence = matchFenceOpen(line.slice(at));
				if (fence !== null) {
					this.fenceChar = char;
					this.fenceLength = fence[1].length;
					this.opaque[index] = 1;
					this.paragraphOpen = false;
					return;
				}
				break;
			}
			if (char === LT) {
				const kind = classifyAngle(line, at);
				if (kind === 'text') break;
				if (kind === 'comment') {
					this.opaque[index] = 1;
					this.paragraphOpen = false;
					this.htmlComment = line.indexOf('-->', at + 2) < 0;
					return;
				}
				this.doubt('HTML', index);
				if (this.paragraphOpen) return;
				this.htmlBlock = true;
				this.opaque[index] = 1;
				return;
			}
			if (this.paragraphOpen && (char === EQUALS || char === DASH) && testAt(SETEXT_AT, line, at)) {
				this.doubt('setext heading underline', index);
				this.paragraphOpen = false;
				return;
			}
			if ((char === DASH || char === STAR || char === UNDERSCORE) && this.isThematicBreakAt(at, char)) {
				this.paragraphOpen = false;
				return;
			}
			const markerLength = char === EQUALS || char === UNDERSCORE ? 0 : this.readListMarkerAt(at);
			if (markerLength === 0) break;
			const markerChar = this.markerChar;
			const ordinal = this.markerOrdinal;
			const afterMarker = at + markerLength;
			const markerEnd = this.wsColumn + markerLength;
			const parentContent = this.content;
			this.moveTo(afterMarker, markerEnd);
			const empty = this.wsIndex >= line.length;
			const restrained = empty || (ordinal >= 0 && ordinal !== 1);
			if (restrained && !(!opened && BlockScanner.isSibling(firstUnmatched, markerChar))) {
				// micromark lets an empty item or one not numbered 1 start only where nothing is open
				// (after a blank line) or next to a sibling; elsewhere it depends on what is open.
				if (this.paragraphOpen) return;
				if (!this.previousBlank || afterIndentedCode) this.doubt('list item that may not interrupt the block before it', index);
			}
			let contentColumn = this.wsColumn;
			if (empty) contentColumn = markerEnd + 1;
			else {
				// Only the blanks between marker and content are looked at (a search to the line's end
				// would be quadratic on a line of thousands of nested markers).
				for (let blank = afterMarker; blank < this.wsIndex; blank++) {
					if (line.charCodeAt(blank) === TAB) { this.doubt('tab after a list marker', index); break; }
				}
				if (this.wsColumn - markerEnd >= 5) {
					this.doubt('indented code in a list item', index);
					contentColumn = markerEnd + 1;
				}
			}
			this.push({ quote: false, width: contentColumn - parentContent, marker: markerChar }, index);
			this.content = contentColumn;
			opened = true;
			itemFirstContent = true;
			this.paragraphOpen = false;
			if (empty) { this.pendingEmptyItem = true; return; }
		}
		// Paragraph text.
		if (this.paragraphOpen) return;
		this.paragraphOpen = true;
		const at = this.wsIndex;
		// A checkbox: `[c]` (c neither bracket), then blanks and text (a task) or blanks to the end (no task).
		if (itemFirstContent && line.charCodeAt(at) === OPEN_BRACKET && line.charCodeAt(at + 2) === CLOSE_BRACKET) {
			const box = line.charCodeAt(at + 1);
			if (box === OPEN_BRACKET || box === CLOSE_BRACKET) return;
			let after = at + 3;
			while (after < line.length && isSpaceOrTab(line.charCodeAt(after))) after++;
			if (after === line.length) this.doubt('task box without text', index);
			else if (after > at + 3 && box !== 0x0a && box !== 0x0d) this.tasks.push({ lineIndex: index, column: at });
		}
	}

	/**
	 * The list marker at `at` (`-`, `*`, `+`, or 1–9 digits then `.` or `)`, followed by a blank or
	 * the end): its length, 0 for none; sets `markerChar` and `markerOrdinal` (-1 for a bullet).
	 */
	private readListMarkerAt(at: number): number {
		const line = this.line;
		const char = line.charCodeAt(at);
		let end = at + 1;
		if (char === DASH || char === STAR || char === PLUS) {
			this.markerOrdinal = -1;
		} else {
			end = at;
			while (end < line.length && end - at <= 9 && isDigit(line.charCodeAt(end))) end++;
			const digits = end - at;
			const delimiter = line.charCodeAt(end);
			if (digits === 0 || digits > 9 || (delimiter !== 0x2e && delimiter !== 0x29)) return 0;
			this.markerOrdinal = Number(line.slice(at, end));
			end++;
		}
		if (end < line.length && !isSpaceOrTab(line.charCodeAt(end))) return 0;
		this.markerChar = line.charAt(end - 1);
		return end - at;
	}
}

/**
 * Scans the body (lines from `bodyStart`; earlier lines are front matter and become opaque) and
 * returns its block structure, with the reason it is unsure when it is. An unsure scan still covers
 * the whole body, read as CommonMark would from the doubtful line on.
 */
export function scanBlocksFast(lines: readonly string[], bodyStart: number): FastScan {
	const scanner = new BlockScanner(lines, bodyStart);
	// remark-frontmatter's failed attempt on an unclosed `---` first line changes how the next lines
	// are read (a list there becomes a paragraph): leave such notes to the reference.
	if (bodyStart === 0 && lines.length > 1 && lines[0].startsWith('---')) scanner.doubt('unclosed front matter fence', 0);
	for (let index = bodyStart; index < lines.length; index++) scanner.scanLine(lines[index], index);
	const structure: BlockStructure = { headings: scanner.headings, tasks: scanner.tasks, opaque: scanner.opaque };
	if (scanner.doubtReason === undefined) return { structure };
	return {
		structure,
		unsure: `${scanner.doubtReason} (line ${scanner.doubtIndex + 1})`,
		unsureLine: scanner.doubtIndex + 1,
		cost: estimateRemarkCost(lines, bodyStart),
	};
}
