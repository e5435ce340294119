/**
 * The line-level pieces of the fast path's block scanner (parse-fast.ts): the character codes it
 * branches on, the patterns it matches at a position, and what a line opening with `<` opens.
 */

/** A list marker (`-`, `*`, `+`, `1.`, `1)`) and what follows it: a blank or the end. */
export const LIST_MARKER = /^(?:([-*+])|(\d{1,9})([.)]))(?=[ \t]|$)/;
/** A code fence's opening run and its info string. */
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
/** A line that may underline a setext heading. */
export const SETEXT_CANDIDATE = /^(?:=+|-+)[ \t]*$/;
/** A blank line. */
export const BLANK = /^[ \t]*$/;

/** SETEXT_CANDIDATE at a position (sticky). */
export const SETEXT_AT = /(?:=+|-+)[ \t]*$/y;

/** `pattern` (sticky) matched at `index` of `line`, without copying the rest of the line. */
function execAt(pattern: RegExp, line: string, index: number): RegExpExecArray | null {
	pattern.lastIndex = index;
	return pattern.exec(line);
}

/** True when `pattern` (sticky) matches at `index` of `line`. */
export function testAt(pattern: RegExp, line: string, index: number): boolean {
	return execAt(pattern, line, index) !== null;
}

/** The opening fence `rest` starts with: a backtick fence's info string may hold no backtick. */
export function matchFenceOpen(rest: string): RegExpExecArray | null {
	const fence = FENCE_OPEN.exec(rest);
	return fence !== null && !(fence[1][0] === '`' && fence[2].includes('`')) ? fence : null;
}

/** Character codes the scanner branches on. */
export const TAB = 0x09;
export const SPACE = 0x20;
export const GT = 0x3e;
export const HASH = 0x23;
export const BACKTICK = 0x60;
export const TILDE = 0x7e;
export const LT = 0x3c;
export const DASH = 0x2d;
export const STAR = 0x2a;
export const PLUS = 0x2b;
export const UNDERSCORE = 0x5f;
export const EQUALS = 0x3d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

/** A space or a tab. */
export function isSpaceOrTab(char: number): boolean {
	return char === SPACE || char === TAB;
}

/** An ASCII digit. */
export function isDigit(char: number): boolean {
	return char >= 0x30 && char <= 0x39;
}

/** The line from `index` when its first character may start a block other than paragraph text. */
export function mayStartBlock(char: number): boolean {
	return char === GT || char === HASH || char === BACKTICK || char === TILDE || char === LT || char === DASH
		|| char === STAR || char === PLUS || char === UNDERSCORE || char === EQUALS || isDigit(char);
}

/** A tag name followed by a character no tag may hold (`<https://…>` is text, not HTML). */
const TAG_NAME_THEN_OTHER = /<\/?[A-Za-z][A-Za-z0-9-]*[^A-Za-z0-9\s/>-]/y;

/**
 * What a line starting with `<` at `at` opens: an HTML comment (CommonMark's HTML block kind 2, to
 * the line holding `-->`), paragraph text (a tag name followed by what no tag may hold, as in an
 * autolink `<https://…>`), or an HTML block the fast path does not follow.
 */
export function classifyAngle(line: string, at: number): 'comment' | 'text' | 'html' {
	if (line.startsWith('<!--', at)) return 'comment';
	TAG_NAME_THEN_OTHER.lastIndex = at;
	return TAG_NAME_THEN_OTHER.test(line) ? 'text' : 'html';
}
