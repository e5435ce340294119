/**
 * A reader for the plain front matter organizers write (issue 15, "a faster YAML path"): one
 * `key: value` per line, values that are plain, single- or double-quoted scalars without escapes,
 * one-line flow lists of such scalars, or block lists (`- item`) under a key. It gives exactly what
 * js-yaml's core schema gives for such a block, and gives up (undefined) on anything else — nested
 * mappings, multi-line scalars, escapes, anchors, tags, comments after values, tabs, duplicate keys —
 * which js-yaml then reads. A property test holds the two equal over real and mutated blocks.
 *
 * Every step looks at each character a bounded number of times, so it is linear on any input.
 */

/** What js-yaml's core schema gives for a scalar: text, number, boolean or null. */
export type Scalar = string | number | boolean | null;
/** A value the subset reads: a scalar or a list of scalars. */
export type Value = Scalar | Scalar[];

/** Gives up: the caller reads the block with js-yaml. */
const GIVE_UP = Symbol('give up');

const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,7})\.[0-9]{1,7}$/;
const DATE_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:T[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/;
/** `1:1`, a note type: text in YAML 1.2 (js-yaml 4 dropped 1.1's base-60 numbers). */
const RATIO = /^[0-9]{1,3}:[0-9]{1,3}$/;
/** First characters that give a plain scalar another meaning (indicators), or none. */
const UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`.+~=<]/;
/**
 * The core schema's booleans and nulls (`true`, `True`, `TRUE`, …, `null`, `Null`, `NULL`), or
 * undefined for any other text: compared by length and letters, where a lookup by the text (`in`, a
 * Set) first made V8 intern every plain value.
 */
function readKeyword(text: string): boolean | null | undefined {
	if (text.length !== 4 && text.length !== 5) return undefined;
	const first = text.charCodeAt(0) | 0x20;
	if (first !== 0x74 && first !== 0x66 && first !== 0x6e) return undefined;
	switch (text) {
		case 'true': case 'True': case 'TRUE': return true;
		case 'false': case 'False': case 'FALSE': return false;
		case 'null': case 'Null': case 'NULL': return null;
		default: return undefined;
	}
}
/**
 * True for a tab or CR (left to js-yaml) or what js-yaml refuses to read at all (its own pattern:
 * `[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]` and unpaired surrogates), left to it
 * for its error. One loop over the characters, several times faster than that pattern.
 */
function needsFullReader(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char >= 0x20 && char < 0x7f) continue;
		if (char === 0x0a) continue;
		if (char < 0x20 || char <= 0x84 || (char >= 0x86 && char <= 0x9f) || char === 0xfffe || char === 0xffff) return true;
		if (char >= 0xd800 && char <= 0xdbff) {
			const next = text.charCodeAt(index + 1);
			if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
			index++;
		} else if (char >= 0xdc00 && char <= 0xdfff) {
			return true;
		}
	}
	return false;
}

/**
 * Spaces off both ends: YAML's only white space besides the tab (which the subset leaves to js-yaml).
 * Not String.trim, which also takes a no-break space or U+2028 that YAML keeps as content.
 */
function trimSpaces(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && text.charCodeAt(start) === 0x20) start++;
	while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Spaces off the end. */
function trimSpacesEnd(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** Resolves a plain scalar in block context, or gives up. */
function readPlain(text: string, inFlow: boolean): Scalar | typeof GIVE_UP {
	if (text === '') return null;
	if (text === '~') return null;
	const keyword = readKeyword(text);
	if (keyword !== undefined) return keyword;
	const first = text.charCodeAt(0);
	if (first >= 0x30 && first <= 0x39 || first === 0x2d) {
		if (INTEGER.test(text)) return Number(text);
		if (DECIMAL.test(text)) {
			const value = Number(text);
			return value === 0 && text.startsWith('-') ? GIVE_UP : value;
		}
		if (DATE_LIKE.test(text) || RATIO.test(text)) return text;
		return GIVE_UP;
	}
	if (UNSAFE_START.test(text)) return GIVE_UP;
	if (text.includes(': ') || text.endsWith(':') || text.includes(' #') || text.includes('\t')) return GIVE_UP;
	if (inFlow && /[[\]{},:#"']/.test(text)) return GIVE_UP;
	return text;
}

/** Reads a quoted scalar that is the whole of `text`, or gives up (escapes, inner quotes). */
function readQuoted(text: string): string | typeof GIVE_UP {
	const quote = text[0];
	if (text.length < 2 || text[text.length - 1] !== quote) return GIVE_UP;
	const inner = text.slice(1, -1);
	if (inner.includes(quote) || (quote === '"' && inner.includes('\\'))) return GIVE_UP;
	return inner;
}

function readScalar(text: string, inFlow: boolean): Scalar | typeof GIVE_UP {
	const first = text[0];
	if (first === '"' || first === "'") return readQuoted(text);
	return readPlain(text, inFlow);
}

/** Reads a one-line flow list `[a, "b", 'c']` of scalars, or gives up. */
function readFlowList(text: string): Scalar[] | typeof GIVE_UP {
	if (text[text.length - 1] !== ']') return GIVE_UP;
	const inner = trimSpaces(text.slice(1, -1));
	if (inner === '') return [];
	const items: Scalar[] = [];
	let index = 0;
	while (index <= inner.length) {
		while (inner[index] === ' ') index++;
		let end: number;
		const first = inner[index];
		if (first === '"' || first === "'") {
			const close = inner.indexOf(first, index + 1);
			if (close < 0) return GIVE_UP;
			end = close + 1;
		} else {
			end = inner.indexOf(',', index);
			if (end < 0) end = inner.length;
		}
		const item = readScalar(trimSpaces(inner.slice(index, end)), true);
		if (item === GIVE_UP || trimSpaces(inner.slice(index, end)) === '') return GIVE_UP;
		items.push(item);
		let next = end;
		while (inner[next] === ' ') next++;
		if (next >= inner.length) break;
		if (inner[next] !== ',') return GIVE_UP;
		index = next + 1;
		if (index >= inner.length) return GIVE_UP;
	}
	return items;
}

function readValue(text: string): Value | typeof GIVE_UP {
	if (text.startsWith('[')) return text.startsWith('[[') ? GIVE_UP : readFlowList(text);
	return readScalar(text, false);
}

/** True for a character a key may hold: `A-Z`, `a-z`, `0-9`, `_` and `-`. */
function isKeyChar(char: number): boolean {
	return (char >= 0x61 && char <= 0x7a) || (char >= 0x41 && char <= 0x5a) || (char >= 0x30 && char <= 0x39) || char === 0x5f || char === 0x2d;
}

/**
 * Where a `key:` line's key ends (the index of its colon), or -1 when the line is no such line: a
 * key opens with a letter or `_`, then key characters and single spaces each followed by one, then
 * `:`, then the end of the line or a space. A scan, where a pattern built a match array per line.
 */
function findKeyEnd(line: string): number {
	const first = line.charCodeAt(0);
	if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f)) return -1;
	let index = 1;
	for (;;) {
		while (index < line.length && isKeyChar(line.charCodeAt(index))) index++;
		if (line.charCodeAt(index) === 0x20 && isKeyChar(line.charCodeAt(index + 1))) index++;
		else break;
	}
	if (line.charCodeAt(index) !== 0x3a) return -1;
	const after = line.charCodeAt(index + 1);
	return index + 1 === line.length || after === 0x20 ? index : -1;
}

/** A block list item `- item` under a key: its indent (spaces before the dash) and the text after the dash's spaces. */
function readBlockItem(line: string): { readonly indent: number; readonly text: string } | undefined {
	let indent = 0;
	while (line.charCodeAt(indent) === 0x20) indent++;
	if (line.charCodeAt(indent) !== 0x2d || line.charCodeAt(indent + 1) !== 0x20) return undefined;
	let start = indent + 2;
	while (line.charCodeAt(start) === 0x20) start++;
	return { indent, text: line.slice(start) };
}

/**
 * True when a line holds U+2028 or U+2029, which YAML reads as line breaks inside a value: such a
 * block is left to js-yaml (its lines are not the subset's lines).
 */
function hasUnicodeLineBreak(line: string): boolean {
	return line.indexOf('\u2028') >= 0 || line.indexOf('\u2029') >= 0;
}

/**
 * Reads `text` (the lines between the front matter fences) when it is plain organizer front matter,
 * as js-yaml's core schema would; undefined when it is anything else, or empty.
 */
export function readYamlSubset(text: string): Record<string, Value> | undefined {
	const lines = text.split('\n');
	return readYamlSubsetLines(lines, 0, lines.length);
}

/**
 * {@link readYamlSubset} of the lines `from` (inclusive) to `to` (exclusive) of a note, without
 * joining them into one text first: the parser has the note's lines already.
 */
export function readYamlSubsetLines(lines: readonly string[], from: number, to: number): Record<string, Value> | undefined {
	for (let index = from; index < to; index++) if (needsFullReader(lines[index]) || hasUnicodeLineBreak(lines[index])) return undefined;
	const result: Record<string, Value> = {};
	let count = 0;
	for (let index = from; index < to; index++) {
		const line = trimSpacesEnd(lines[index]);
		if (line === '' || line.startsWith('#')) continue;
		const keyEnd = findKeyEnd(line);
		if (keyEnd < 0) return undefined;
		const key = line.slice(0, keyEnd);
		if (key === '__proto__' || Object.prototype.hasOwnProperty.call(result, key)) return undefined;
		const rest = trimSpaces(line.slice(keyEnd + 1));
		let value: Value | typeof GIVE_UP;
		if (rest === '') {
			const items: Scalar[] = [];
			let indent = -1;
			while (index + 1 < to) {
				const next = trimSpacesEnd(lines[index + 1]);
				if (next === '') return undefined;
				const item = readBlockItem(next);
				if (item === undefined) break;
				if (indent >= 0 && item.indent !== indent) return undefined;
				indent = item.indent;
				const scalar = readScalar(trimSpaces(item.text), false);
				if (scalar === GIVE_UP) return undefined;
				items.push(scalar);
				index++;
			}
			value = indent < 0 ? null : items;
		} else {
			value = readValue(rest);
		}
		if (value === GIVE_UP) return undefined;
		result[key] = value;
		count++;
	}
	return count === 0 ? undefined : result;
}
