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
 *
 * Measured at 10k generated notes against a JSON round trip of the whole facts: about half the CPU
 * time; the heap is a little larger (objects are built key by key, not at their exact size).
 */

/** The one empty array every copy shares. */
export const EMPTY: readonly never[] = Object.freeze([]);

/** A string that keeps no longer one alive (itself when shorter than V8's slices). */
export function copyString(text: string): string {
	return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
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
