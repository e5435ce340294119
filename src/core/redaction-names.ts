/**
 * Every name a dashboard, report or map could show, for redaction to initials (`--redact`, privacy
 * mode): people with their aliases, you, organizers, commitment owners, and people reached only
 * through links (relation targets, `[[Name]]` in task text) unless the link is to a note that is
 * not a person (an issue, a workplace). A unique first name alone also identifies someone, so it
 * stands for that person too.
 */
import { findWikiLinks } from './obsidian-syntax';
import type { LinkRef } from './model';
import type { PeopleTable } from './people';
import type { VaultIndex } from './vault-index';

/** A person to redact, with the other names that stand for them. */
export interface RedactionName {
	readonly name: string;
	readonly aliases: readonly string[];
}

/** Collects the names to redact from an index and its people table. */
export function collectRedactionNames(index: VaultIndex, table: PeopleTable, yourName: string): RedactionName[] {
	const out = new Map<string, { name: string; aliases: string[] }>();
	const add = (name: string, aliases: readonly string[] = []): void => {
		const trimmed = name.trim();
		const key = trimmed.toLowerCase();
		if (!key) return;
		const entry = out.get(key) ?? { name: trimmed, aliases: [] };
		entry.aliases.push(...aliases);
		out.set(key, entry);
	};
	/** A linked name, unless it resolves to a note that is not a person. */
	const addLinked = (link: LinkRef): void => {
		const resolved = index.resolve(link.target);
		if (resolved && resolved.kind !== 'person') return;
		add(resolved ? resolved.basename : link.target, link.display ? [link.display] : []);
	};

	for (const person of table.people.values()) add(person.name, person.note?.aliases ?? []);
	for (const owned of table.commitments) {
		if (owned.ownerName) add(owned.ownerName);
		for (const found of findWikiLinks(owned.commitment.text)) addLinked(found.link);
	}
	if (yourName.trim()) add(yourName.replace(/^\[\[|\]\]$/g, ''));
	for (const note of index.notes()) {
		if (note.kind === 'person') {
			add(note.basename, note.aliases);
			for (const value of Object.values(note.properties)) {
				const items = value.kind === 'list' ? value.items : [value];
				for (const item of items) if (item.kind === 'link') addLinked(item.link);
			}
			for (const field of note.inlineFields) field.links.forEach(addLinked);
		}
		const organizer = note.kind === 'one-on-one' ? note.conversation.organizer : undefined;
		if (organizer) add(index.resolve(organizer.target)?.basename ?? organizer.target);
	}

	const firstNames = new Map<string, string[]>();
	for (const entry of out.values()) {
		const first = entry.name.split(/\s+/)[0];
		if (entry.name.includes(' ') && first.length > 1) {
			firstNames.set(first.toLowerCase(), [...(firstNames.get(first.toLowerCase()) ?? []), entry.name]);
		}
	}
	for (const [first, owners] of firstNames) {
		if (owners.length === 1 && !out.has(first)) out.get(owners[0].toLowerCase())?.aliases.push(first);
	}
	return [...out.values()];
}
