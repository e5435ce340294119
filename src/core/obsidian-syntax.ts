/**
 * Obsidian's own inline syntax, shared by both parse paths: wiki links, Dataview inline fields,
 * task checkboxes and ATX heading text. Block structure (what is code, a list item, a heading) is
 * decided elsewhere; these functions only read one line's text.
 *
 * Every scanner here is linear in the length of its input: notes are untrusted and may be huge.
 */

import type { LinkRef } from './model';

/** A wiki link found in a line, with its position. */
export interface LinkMatch {
	readonly start: number;
	readonly end: number;
	readonly link: LinkRef;
}

/** A Dataview inline field found in a line. */
export interface FieldMatch {
	/** Index of the opening bracket, or of the key for a full-line field. */
	readonly start: number;
	/** Index just after the closing bracket, or the line's end. */
	readonly end: number;
	readonly key: string;
	readonly value: string;
	readonly bracketed: boolean;
}

/**
 * Reads the inside of a wiki link (`target#subpath|display`) into a LinkRef.
 * A trailing backslash before `|` (the table-escaped pipe `\|`) is not part of the target.
 */
export function parseLinkInner(inner: string): LinkRef {
	const pipe = inner.indexOf('|');
	let pathPart = pipe >= 0 ? inner.slice(0, pipe) : inner;
	const display = pipe >= 0 ? inner.slice(pipe + 1).trim() : undefined;
	if (pathPart.endsWith('\\')) pathPart = pathPart.slice(0, -1);
	const hash = pathPart.indexOf('#');
	const target = (hash >= 0 ? pathPart.slice(0, hash) : pathPart).trim();
	// The usual link (`[[Name]]`) as one literal; keys always in this order (the facts copy relies on it).
	if (hash < 0 && display === undefined) return { target, isLink: true };
	const subpath = hash >= 0 ? pathPart.slice(hash + 1).trim() : undefined;
	if (subpath === undefined) return { target, display, isLink: true };
	return display === undefined ? { target, subpath, isLink: true } : { target, subpath, display, isLink: true };
}

/**
 * Reads a reference written as a whole value: `[[Target|display]]` becomes a link, anything else
 * a plain name (trimmed). Returns undefined for an empty value.
 */
export function parseReference(text: string): LinkRef | undefined {
	const trimmed = text.trim();
	const whole = /^!?\[\[([^[\]]+)\]\]$/.exec(trimmed);
	if (whole !== null) {
		const link = parseLinkInner(whole[1]);
		return link.target === '' && link.subpath === undefined ? undefined : link;
	}
	return trimmed === '' ? undefined : { target: trimmed, isLink: false };
}

const WIKI_LINK = /\[\[([^[\]\n]+)\]\]/g;

/** The link a WIKI_LINK match writes, or undefined when its inside names nothing (`[[#]]` does name a heading). */
function readWikiLink(match: RegExpExecArray): LinkRef | undefined {
	const link = parseLinkInner(match[1]);
	return link.target === '' && link.subpath === undefined ? undefined : link;
}

/** Finds every `[[…]]` (and `![[…]]` embed) in a line, in order. Links with an empty inside are skipped. */
export function findWikiLinks(text: string): LinkMatch[] {
	const found: LinkMatch[] = [];
	WIKI_LINK.lastIndex = 0;
	for (let match = WIKI_LINK.exec(text); match !== null; match = WIKI_LINK.exec(text)) {
		const link = readWikiLink(match);
		if (link !== undefined) found.push({ start: match.index, end: match.index + match[0].length, link });
	}
	return found;
}

/**
 * Adds each wiki link of a line (as findWikiLinks finds them) to `out`, with the line number:
 * the body pass's reading, without the positions.
 */
export function collectWikiLinks(text: string, line: number, out: Array<{ readonly line: number; readonly link: LinkRef }>): void {
	WIKI_LINK.lastIndex = 0;
	for (let match = WIKI_LINK.exec(text); match !== null; match = WIKI_LINK.exec(text)) {
		const link = readWikiLink(match);
		if (link !== undefined) out.push({ line, link });
	}
}

/**
 * For each `[` and `(` of the line from `from` on, the index of its matching `]` / `)` (each kind
 * nested on its own), or -1: entry `i` is for index `from + i` (brackets before `from` do not change
 * where a later one closes). One pass with two stacks keeps field scanning linear even on `[[[[…`.
 */
function matchBracketsFrom(text: string, from: number): Int32Array {
	const closing = new Int32Array(text.length - from).fill(-1);
	const squares: number[] = [];
	const rounds: number[] = [];
	for (let index = from; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char === 0x5b) squares.push(index);
		else if (char === 0x28) rounds.push(index);
		else if (char === 0x5d) {
			const open = squares.pop();
			if (open !== undefined) closing[open - from] = index;
		} else if (char === 0x29) {
			const open = rounds.pop();
			if (open !== undefined) closing[open - from] = index;
		}
	}
	return closing;
}

const BRACKETED_KEY = /[[(]([^[\]()\n:`]+)::/g;

/**
 * Cleans a field key the way Dataview canonicalizes it: trimmed, bold/italic markers around it
 * removed, lower-cased, runs of spaces as one `-` (`Recruited By::` is `recruited-by`).
 */
function normalizeFieldKey(raw: string): string {
	// The usual key (`due`, `recruited-by`) is already in its canonical form.
	if (isCanonicalKey(raw)) return raw;
	return raw.trim().replace(/^(\*\*|__|\*|_)(.*)\1$/u, '$2').trim().toLowerCase().replace(/\s+/gu, '-');
}

/** True for a non-empty key of lower-case ASCII letters, digits and `-` inside (nothing to clean). */
function isCanonicalKey(raw: string): boolean {
	if (raw.length === 0 || raw.charCodeAt(0) === 0x2d || raw.charCodeAt(raw.length - 1) === 0x2d) return false;
	for (let index = 0; index < raw.length; index++) {
		const char = raw.charCodeAt(index);
		if (!((char >= 0x61 && char <= 0x7a) || (char >= 0x30 && char <= 0x39) || char === 0x2d)) return false;
	}
	return true;
}

/** True when a cleaned key names something: it holds a letter or a digit (a canonical key always does). */
function isNamingKey(key: string): boolean {
	return isCanonicalKey(key) || /[\p{L}\p{N}]/u.test(key);
}

/** Finds bracketed inline fields `[key:: value]` and `(key:: value)` anywhere in a line. */
export function findBracketedFields(text: string): FieldMatch[] {
	if (!text.includes('::')) return [];
	const found: FieldMatch[] = [];
	let closing: Int32Array | undefined;
	let closingFrom = 0;
	BRACKETED_KEY.lastIndex = 0;
	for (let match = BRACKETED_KEY.exec(text); match !== null; match = BRACKETED_KEY.exec(text)) {
		const start = match.index;
		if (closing === undefined) {
			closingFrom = start;
			closing = matchBracketsFrom(text, start);
		}
		const end = closing[start - closingFrom];
		const key = normalizeFieldKey(match[1]);
		// `[[x]]:: y` and `[ ]:: y` are not fields: a key needs a word character.
		if (end < 0 || key === '' || !isNamingKey(key)) {
			BRACKETED_KEY.lastIndex = start + 1;
			continue;
		}
		const value = text.slice(start + match[0].length, end).trim();
		found.push({ start, end: end + 1, key, value, bracketed: true });
		BRACKETED_KEY.lastIndex = end + 1;
	}
	return found;
}

const LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]]\][ \t]+)?)?/;
const FULL_LINE_FIELD = /^([^[\]()\n:`]+?)::[ \t]*(.*)$/;

/**
 * Finds the Dataview inline fields of one line: a full-line `key:: value` (after any quote marker,
 * list marker and checkbox), else every bracketed `[key:: value]` / `(key:: value)`.
 */
export function findInlineFieldsInLine(text: string): FieldMatch[] {
	const prefix = LINE_PREFIX.exec(text);
	const offset = prefix === null ? 0 : prefix[0].length;
	const full = FULL_LINE_FIELD.exec(text.slice(offset));
	if (full !== null) {
		const key = normalizeFieldKey(full[1]);
		if (key !== '' && isNamingKey(key) && !key.includes('://')) {
			return [{ start: offset, end: text.length, key, value: (full[2] ?? '').trim(), bracketed: false }];
		}
	}
	return findBracketedFields(text);
}

/** A task checkbox at the start of a list item's text. */
export interface CheckboxMatch {
	/** The character between the brackets. */
	readonly statusChar: string;
}

/**
 * Reads the checkbox at the start of a list item's content, as GFM does for `[ ]`, `[x]`, `[X]` and
 * as Obsidian and Tasks do for any other single character (`[/]`, `[-]`, `[>]`): the box must be
 * followed by a space or tab and then some text on the same line.
 */
export function matchCheckbox(content: string): CheckboxMatch | undefined {
	const match = /^\[([^[\]\n\r])\][ \t]+[^ \t]/.exec(content);
	return match === null ? undefined : { statusChar: match[1] };
}

/** True for the characters GFM itself accepts between the brackets (others are our own layer). */
export function isGfmStatusChar(char: string): boolean {
	return char === ' ' || char === '\t' || char === 'x' || char === 'X';
}

/**
 * The text of an ATX heading whose first `#` is at the start of `fromHash`: marks, the optional
 * closing sequence and surrounding spaces removed.
 */
export function readAtxHeadingText(fromHash: string): string {
	// The usual heading (`## Organize`): marks, one space, text ending in a letter or digit, which
	// neither a closing sequence nor trailing blanks can follow.
	let marks = 0;
	while (marks < fromHash.length && fromHash.charCodeAt(marks) === 0x23) marks++;
	const last = fromHash.charCodeAt(fromHash.length - 1);
	if (marks >= 1 && marks <= 6 && fromHash.charCodeAt(marks) === 0x20 && isAsciiWordChar(fromHash.charCodeAt(marks + 1)) && isAsciiWordChar(last)) {
		return fromHash.slice(marks + 1);
	}
	const rest = fromHash.replace(/^#{1,6}/, '');
	const content = rest.replace(/^[ \t]+/, '');
	if (/^#*[ \t]*$/.test(content)) return '';
	return content.replace(/[ \t]+#+[ \t]*$/, '').trim();
}

/** True for an ASCII letter or digit. */
export function isAsciiWordChar(char: number): boolean {
	return (char >= 0x61 && char <= 0x7a) || (char >= 0x41 && char <= 0x5a) || (char >= 0x30 && char <= 0x39);
}

/** The level (1–6) of an ATX heading starting at `fromHash`, or 0 when it is not one. */
export function readAtxHeadingLevel(fromHash: string): number {
	return readAtxHeadingLevelAt(fromHash, 0);
}

/** readAtxHeadingLevel of the line from `at`, without copying it: 1–6 `#` then a space, a tab or the end. */
export function readAtxHeadingLevelAt(line: string, at: number): number {
	let end = at;
	while (end < line.length && end - at < 7 && line.charCodeAt(end) === 0x23) end++;
	const marks = end - at;
	if (marks < 1 || marks > 6) return 0;
	const after = line.charCodeAt(end);
	return end === line.length || after === 0x20 || after === 0x09 ? marks : 0;
}

/**
 * Text as Obsidian's reading view shows its links: `[[target|display]]` → `display`,
 * `[[Note#Heading]]` → `Note > Heading`, `[[target]]` → `target`. Everything else is unchanged.
 */
export function showLinksAsText(text: string): string {
	return text.replace(/!?\[\[([^[\]\n]+)\]\]/g, (whole, inner: string) => {
		const link = parseLinkInner(inner);
		if (link.display) return link.display;
		if (link.target === '' && link.subpath === undefined) return whole;
		return link.subpath ? (link.target ? `${link.target} > ${link.subpath}` : link.subpath) : link.target;
	});
}

/**
 * A commitment's text without its leading `[[Name]]: ` owner prefix, for lists where the owner is
 * already clear (Your promises would otherwise repeat your own name on every line), in the pane and
 * in the report alike.
 */
export function dropOwnerPrefix(text: string): string {
	// The same prefix the line parser reads as an owner: a non-empty link, a colon, then a space.
	return text.replace(/^[ \t]*\[\[[^[\]]+\]\]:[ \t]+/, '');
}

/**
 * A commitment's text shown next to its owner's name: a leading `[[Owner]]: ` (or
 * `[[Folder/Owner|Label]]: `) that names that same owner goes, so "Sam Rivera: [[Sam Rivera]]: …"
 * reads "Sam Rivera: …". A prefix naming someone else stays: it is part of what was written.
 */
export function dropPrefixNaming(text: string, owner: string): string {
	const match = /^\[\[([^[\]|#]*)[^[\]]*\]\]:[ \t]*/.exec(text);
	if (!match) return text;
	const target = (match[1].split('/').pop() ?? '').trim().toLowerCase();
	return target === owner.trim().toLowerCase() ? text.slice(match[0].length) : text;
}
