/**
 * Adding a link to a relation property (Add relationship…, DESIGN §4): the property becomes a list
 * of links with the new one appended unless an entry already points at the same person. Entries
 * are compared by whom they point at (through the caller's resolver), so `[[Jo Chen|Jo]]`,
 * `[[People/Jo Chen]]` and a plain `Jo Chen` are all duplicates of `[[Jo Chen]]`.
 */
import { readReferences } from './note-properties';
import { parseReference } from './obsidian-syntax';

/** The new value of the property, or why it cannot be changed safely. */
export type RelationPropertyResult =
	| { readonly kind: 'added'; readonly value: readonly unknown[] }
	| { readonly kind: 'present' }
	| { readonly kind: 'refused'; readonly reason: string };

/** The reference an existing entry makes, including YAML's reading of an unquoted `[[X]]` as `[['X']]`. */
function referenceOf(entry: unknown): string | undefined {
	if (typeof entry === 'string') return parseReference(entry)?.target;
	if (Array.isArray(entry) && entry.length === 1 && Array.isArray(entry[0]) && entry[0].length === 1 && typeof entry[0][0] === 'string') return parseReference(entry[0][0])?.target;
	if (Array.isArray(entry) && entry.length === 1 && typeof entry[0] === 'string') return parseReference(entry[0])?.target;
	return undefined;
}

/**
 * The property's value with `[[linkTarget]]` added. `pointsAtTarget` says whether a reference
 * names the same person. An unquoted `[[X]]` entry is rewritten as the string `"[[X]]"`, which is
 * what Obsidian's Properties view writes too. A value that is not text or a list (a number, a map)
 * is refused rather than overwritten.
 */
export function addRelationLink(current: unknown, linkTarget: string, pointsAtTarget: (reference: string) => boolean): RelationPropertyResult {
	let entries: unknown[];
	if (current === undefined || current === null || current === '') entries = [];
	else if (typeof current === 'string') entries = [current];
	else if (Array.isArray(current)) {
		// `knows: [[Jo Chen]]` (one unquoted link) reads as [['Jo Chen']]: one entry, not a list of lists.
		entries = referenceOf(current) !== undefined && !current.every((e) => typeof e === 'string') ? [current] : [...current];
	} else return { kind: 'refused', reason: 'the property holds something other than links' };
	const normalized: unknown[] = [];
	for (const entry of entries) {
		const reference = referenceOf(entry);
		if (reference !== undefined && pointsAtTarget(reference)) return { kind: 'present' };
		// One text entry can name several people (`"[[Jo Chen]], [[Ana Ruiz]]"`, `Jo Chen, Ana Ruiz`): the graph reads each.
		if (typeof entry === 'string' && readReferences({ kind: 'text', text: entry }).some((ref) => pointsAtTarget(ref.target))) return { kind: 'present' };
		normalized.push(typeof entry === 'string' || reference === undefined ? entry : `[[${reference}]]`);
	}
	return { kind: 'added', value: [...normalized, `[[${linkTarget}]]`] };
}
