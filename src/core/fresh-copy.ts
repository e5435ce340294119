/**
 * A deep copy of parsed facts whose strings share no memory with the note's text.
 *
 * V8 represents a substring of 13 characters or more as a slice of its parent, and a concatenation
 * of that length as a pair of pointers to its parts, so a link target or a task line taken from a
 * note would keep the whole note text alive (measured: 50 notes of 0.9 MB kept 85 MB). Shorter
 * strings are always fresh copies, so only the longer ones are copied here, through JSON, which
 * yields a new flat string (one byte per character whenever it can: a note with one emoji is stored
 * two bytes per character, and so are its slices). Frozen values are shared constants built by the
 * parser itself (no text in them) and are not copied; empty arrays become one shared frozen array.
 * Each string copied costs a JSON call (~0.5 µs), still cheaper than a JSON round trip of the whole.
 */

/** The one empty array every copy shares. */
export const EMPTY: readonly never[] = Object.freeze([]);

/** A string that keeps no longer one alive (itself when shorter than V8's slices). */
export function copyString(text: string): string {
	return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * A string that keeps no longer one alive, made by flattening a concatenation: a new string holding
 * the characters, of which the copy is a slice (measured: about a third of a JSON round trip's time
 * on task lines). Unlike copyString, a text taken from a note with emoji stays two bytes a character.
 */
export function copyFlat(text: string): string {
	return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Shared copies of short texts that recur across notes (names, link targets, property words). */
const shared = new Map<string, string>();
/** Beyond this many, new texts are copied, not shared (a cache, not a leak: it stops growing). */
const MAX_SHARED = 100_000;
const MAX_SHARED_LENGTH = 64;

/**
 * Like copyString, for texts that recur across notes (a person's name in every talk, `Sam Rivera`
 * as organizer): one shared copy, stored one byte a character when it can be, where a substring of
 * a note with emoji takes two bytes a character and one copy per note.
 */
export function copySharedString(text: string): string {
	if (text.length > MAX_SHARED_LENGTH) return copyString(text);
	const known = shared.get(text);
	if (known !== undefined) return known;
	const fresh = JSON.parse(JSON.stringify(text)) as string;
	if (shared.size < MAX_SHARED) shared.set(fresh, fresh);
	return fresh;
}

/** The value as a JSON round trip gives it back (`undefined` → null, as in an array; NaN and ±Infinity → null). */
function copyValue(value: unknown): unknown {
	if (typeof value === 'string') return copyString(value);
	if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
	if (typeof value !== 'object' || value === null) return value === undefined ? null : value;
	if (Array.isArray(value)) {
		const length = value.length;
		if (length === 0) return EMPTY;
		const out = new Array<unknown>(length);
		for (let index = 0; index < length; index++) out[index] = copyValue(value[index]);
		return out;
	}
	if (Object.isFrozen(value)) return value;
	const out: Record<string, unknown> = {};
	const source = value as Record<string, unknown>;
	for (const key in source) {
		// As in JSON, a key whose value is undefined is left out.
		if (source[key] !== undefined) out[key] = copyValue(source[key]);
	}
	return out;
}

/**
 * Copies plain data (objects, arrays, strings, numbers, booleans) so that no string in the copy
 * keeps a longer string alive: equal to a JSON round trip of it (keys in order, undefined left
 * out, non-finite numbers as null), except that frozen objects are shared, not copied.
 */
export function copyFresh<T>(value: T): T {
	return copyValue(value) as T;
}
