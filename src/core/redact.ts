/**
 * Redaction to initials, used by `--redact`, privacy mode and the map: every known name becomes its
 * initials everywhere in a text (paths and task text included). Colliding initials get a digit so
 * two people stay two people.
 */

/** Initials of a name: the first letter of each word, upper-cased (`Maria Lopez` → `ML`). */
export function toInitials(name: string): string {
	const letters = name
		.split(/[\s\-_.]+/u)
		.map((word) => Array.from(word.replace(/[^\p{L}\p{N}]/gu, ''))[0] ?? '')
		.join('')
		.toUpperCase();
	return letters || '?';
}

/** Replaces names with initials in any text. */
export interface Redactor {
	/** The initials standing for a name (a name it was not built with gets plain initials). */
	initialsOf(name: string): string;
	/** `text` with every known name, any case, replaced by its initials. */
	redact(text: string): string;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a redactor for a set of people. Each entry is a canonical name with optional other names
 * (aliases) that map to the same initials. Names are assigned initials in sorted order, so the
 * output does not depend on the order they are given in.
 */
export function buildRedactor(people: readonly { readonly name: string; readonly aliases?: readonly string[] }[]): Redactor {
	const byName = new Map<string, string>();
	const used = new Map<string, number>();
	const canonical = [...new Map(people.map((p) => [p.name.toLowerCase(), p])).values()].sort((a, b) =>
		a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1,
	);
	for (const person of canonical) {
		const base = toInitials(person.name);
		const count = (used.get(base) ?? 0) + 1;
		used.set(base, count);
		const initials = count === 1 ? base : `${base}${count}`;
		for (const name of [person.name, ...(person.aliases ?? [])]) {
			const key = name.trim().toLowerCase();
			if (key && !byName.has(key)) byName.set(key, initials);
		}
	}
	// Longest names first, so "Maria Lopez" wins over "Maria".
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	const pattern =
		names.length > 0 ? new RegExp(`(^|[^\\p{L}\\p{N}])(${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
	return {
		initialsOf: (name) => byName.get(name.trim().toLowerCase()) ?? toInitials(name),
		// The boundary before a name is captured, not looked behind: lookbehind breaks older iOS.
		redact: (text) =>
			pattern
				? text.replace(pattern, (_match, before: string, name: string) => before + (byName.get(name.toLowerCase()) ?? toInitials(name)))
				: text,
	};
}
