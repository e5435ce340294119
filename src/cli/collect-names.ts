/**
 * Every name a report could show, for `--redact`: people (with aliases), you, organizers and owners.
 */
import type { PeopleTable } from '../core/people';
import type { VaultIndex } from '../core/vault-index';

/** The people to redact, each with the other names that stand for them. */
export function collectNames(
	index: VaultIndex,
	table: PeopleTable,
	yourName: string,
): { name: string; aliases: string[] }[] {
	const out = new Map<string, { name: string; aliases: string[] }>();
	const add = (name: string, aliases: readonly string[] = []): void => {
		const key = name.trim().toLowerCase();
		if (!key) return;
		const entry = out.get(key) ?? { name: name.trim(), aliases: [] };
		entry.aliases.push(...aliases);
		out.set(key, entry);
	};
	for (const person of table.people.values()) add(person.name, person.note?.aliases ?? []);
	for (const owned of table.commitments) if (owned.ownerName) add(owned.ownerName);
	if (yourName) add(yourName);
	for (const note of index.notes()) {
		if (note.kind === 'person') add(note.basename, note.aliases);
		const organizer = note.conversation?.organizer;
		if (organizer) add(index.resolve(organizer.target)?.basename ?? organizer.target);
	}
	// A first name alone still identifies someone: redact it too when only one person has it.
	const firstNames = new Map<string, string[]>();
	for (const entry of out.values()) {
		const first = entry.name.split(/\s+/)[0];
		if (entry.name.includes(' ') && first.length > 1) firstNames.set(first.toLowerCase(), [...(firstNames.get(first.toLowerCase()) ?? []), entry.name]);
	}
	for (const [first, owners] of firstNames) {
		if (owners.length === 1) out.get(owners[0].toLowerCase())?.aliases.push(first);
	}
	return [...out.values()];
}
