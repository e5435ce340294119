/**
 * What the CLI prints is data from notes and file names, so it must never drive the terminal or
 * fake a line: control characters (C0, DEL, C1: ESC and OSC sequences, which can retitle the window
 * or, with OSC 52, write the clipboard), line and paragraph separators and bidi controls (which
 * reorder what follows) are shown as visible `\u{…}` escapes instead. Lone UTF-16 surrogates become
 * U+FFFD, so the JSON stays readable to tools such as `jq`.
 */

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with terminal control, separator and bidi characters shown as `\u{…}` escapes. */
export function sanitizeTerminalText(text: string): string {
	return replaceLoneSurrogates(text).replace(UNSAFE, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`);
}

/** What JSON.stringify writes as it is though a terminal acts on it: DEL, C1, separators, bidi controls. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with the characters a terminal acts on written as `\uXXXX` escapes: it parses to the
 * same strings, and printed it cannot reorder or drive the screen. (JSON.stringify escapes C0 itself;
 * these characters only occur inside strings.)
 */
export function escapeJsonForTerminal(json: string): string {
	return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const SURROGATE = /[\ud800-\udfff]/;

/** `text` with every unpaired surrogate replaced by U+FFFD (String.prototype.toWellFormed, for Node 20). */
export function replaceLoneSurrogates(text: string): string {
	// Nearly every text has no surrogate at all: one native scan answers that.
	if (!SURROGATE.test(text)) return text;
	let out = '';
	let start = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0xd800 || code > 0xdfff) continue;
		const next = text.charCodeAt(index + 1);
		if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			index++;
			continue;
		}
		out += `${text.slice(start, index)}\ufffd`;
		start = index + 1;
	}
	return start === 0 ? text : out + text.slice(start);
}

/** A copy of JSON-like data with `map` applied to every string (keys included). */
export function mapStrings<T>(data: T, map: (text: string) => string): T {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return map(value);
		if (Array.isArray(value)) return value.map(walk);
		if (value !== null && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([key, inner]) => [map(key), walk(inner)]));
		}
		return value;
	};
	return walk(data) as T;
}
