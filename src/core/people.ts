/**
 * Per-person facts derived from the index (DESIGN §2–§3): who the people are, their talks in date
 * order, the commitments each owns, and who "you" are. Built from the index's reference postings,
 * so the work is proportional to people and their own notes, not to the whole vault.
 */
import type { CalendarDate, Commitment, LinkRef, NoteFacts } from './model';
import { parseReference } from './obsidian-syntax';
import { normalizeReference } from './resolver';
import type { VaultIndex } from './vault-index';

/** One person: a person note, or a name used as `person` of a 1-on-1 without a note of its own. */
export interface Person {
	/** The person note's path, or `?` + the normalized name when unresolved. */
	readonly key: string;
	/** The note's basename, or the link target as written when unresolved. */
	readonly name: string;
	/** The person note, when there is one. */
	readonly note?: NoteFacts;
	/** Dated 1-on-1s naming this person, oldest first (ties by path). */
	readonly talks: readonly Talk[];
}

/** A dated 1-on-1 with one person. */
export interface Talk {
	readonly date: CalendarDate;
	readonly note: NoteFacts;
}

/** A commitment with its note and the owner the rules gave it. */
export interface OwnedCommitment {
	readonly commitment: Commitment;
	readonly note: NoteFacts;
	/** Owner key (see {@link Person.key}); undefined when the note names nobody. */
	readonly ownerKey?: string;
	readonly ownerName?: string;
	/** True when the owner is you. */
	readonly yours: boolean;
}

/** Everything per person, for one index revision and one "you". */
export interface PeopleTable {
	/** Every person (person notes and unresolved `person` names), you included. */
	readonly people: ReadonlyMap<string, Person>;
	/** Keys that are you: the "Your name" setting, or, when empty, the organizers of 1-on-1s. */
	readonly youKeys: ReadonlySet<string>;
	/** Every commitment in a 1-on-1 note, with its owner. */
	readonly commitments: readonly OwnedCommitment[];
}

/**
 * The key a reference resolves to: a note path, or, when unresolved, `?` + the normalized last path
 * segment (`[[People/Jo Chen]]` and `[[Jo Chen]]` both create `Jo Chen.md`, so they are one person).
 */
export function keyOfReference(index: VaultIndex, reference: string): string {
	const resolved = index.resolve(reference);
	return resolved ? resolved.path : `?${normalizeReference(lastSegment(reference))}`;
}

/** The name part of a path-style reference. */
function lastSegment(reference: string): string {
	const parts = reference.trim().split(/[\\/]/);
	return parts[parts.length - 1] || reference;
}

function compareTalks(a: Talk, b: Talk): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	return a.note.path < b.note.path ? -1 : a.note.path > b.note.path ? 1 : 0;
}

/**
 * Builds the people table. `yourName` is the "Your name" setting ('' = use each note's organizer).
 * Deterministic for a given index content, whatever order the notes were indexed in.
 */
export function buildPeopleTable(index: VaultIndex, yourName: string): PeopleTable {
	const people = new Map<string, { key: string; name: string; note?: NoteFacts; talks: Talk[] }>();
	const keyCache = new Map<string, string>();
	const keyOf = (link: LinkRef): string => {
		let key = keyCache.get(link.target);
		if (key === undefined) {
			key = keyOfReference(index, link.target);
			keyCache.set(link.target, key);
		}
		return key;
	};

	const conversations: NoteFacts[] = [];
	for (const note of index.notes()) {
		if (note.kind === 'person') people.set(note.path, { key: note.path, name: note.basename, note, talks: [] });
		else if (note.conversation) conversations.push(note);
	}

	// An unresolved person is shown as first written in the note with the smallest path, so the name
	// does not depend on the order notes were indexed in.
	const namedIn = new Map<string, string>();
	for (const note of conversations) {
		const conversation = note.conversation;
		if (!conversation) continue;
		const seen = new Set<string>();
		for (const link of conversation.persons) {
			const key = keyOf(link);
			if (seen.has(key)) continue;
			seen.add(key);
			let person = people.get(key);
			if (!person) {
				const resolved = key.startsWith('?') ? undefined : index.get(key);
				person = { key, name: resolved ? resolved.basename : link.target, talks: [] };
				if (resolved?.kind === 'person') person.note = resolved;
				people.set(key, person);
				namedIn.set(key, note.path);
			} else if (key.startsWith('?') && note.path < (namedIn.get(key) ?? '')) {
				person.name = link.target;
				namedIn.set(key, note.path);
			}
			if (conversation.date) person.talks.push({ date: conversation.date, note });
		}
	}
	for (const person of people.values()) person.talks.sort(compareTalks);

	const youKeys = new Set<string>();
	// "Your name" may be typed as a link.
	if (yourName.trim()) youKeys.add(keyOfReference(index, parseReference(yourName)?.target ?? yourName));
	else {
		for (const note of conversations) {
			const organizer = note.conversation?.organizer;
			if (organizer) youKeys.add(keyOf(organizer));
		}
	}

	const nameOf = (key: string, link: LinkRef): string => {
		const person = people.get(key);
		if (person) return person.name;
		const resolved = key.startsWith('?') ? undefined : index.get(key);
		return resolved ? resolved.basename : link.target;
	};
	const commitments: OwnedCommitment[] = [];
	for (const note of conversations) {
		const conversation = note.conversation;
		if (!conversation) continue;
		const organizerKey = conversation.organizer ? keyOf(conversation.organizer) : undefined;
		for (const commitment of note.commitments) {
			const ownerLink = pickOwner(commitment, conversation.persons, (link) => {
				const key = keyOf(link);
				return people.has(key) || youKeys.has(key);
			});
			const ownerKey = ownerLink ? keyOf(ownerLink) : undefined;
			const yours =
				ownerKey !== undefined &&
				(yourName.trim() ? youKeys.has(ownerKey) : ownerKey === organizerKey);
			commitments.push({
				commitment,
				note,
				ownerKey,
				ownerName: ownerKey && ownerLink ? nameOf(ownerKey, ownerLink) : undefined,
				yours,
			});
		}
	}
	return { people, youKeys, commitments };
}

/**
 * The owner of a commitment (DESIGN §2): `[owner:: …]`, else a leading `[[Name]]: ` when Name is a
 * person or you, else the conversation's first person.
 */
function pickOwner(
	commitment: Commitment,
	persons: readonly LinkRef[],
	isPersonOrYou: (link: LinkRef) => boolean,
): LinkRef | undefined {
	if (commitment.ownerField) return commitment.ownerField;
	if (commitment.ownerPrefix && isPersonOrYou(commitment.ownerPrefix)) return commitment.ownerPrefix;
	return persons[0];
}
