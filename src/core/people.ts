/**
 * Per-person facts derived from the index (DESIGN §2–§3): who the people are, their talks in date
 * order, the commitments each owns, and who "you" are. Built from the index's reference postings,
 * so the work is proportional to people and their own notes, not to the whole vault.
 */
import type { CalendarDate, Commitment, LinkRef, OneOnOneNoteFacts, PersonNoteFacts } from './model';
import { parseReference } from './obsidian-syntax';
import { normalizeReference } from './resolver';
import type { VaultIndex } from './vault-index';

/**
 * Who a reference points at: a note (by path), or, when nothing resolves, a name (normalized, last
 * path segment only: `[[People/Jo Chen]]` and `[[Jo Chen]]` both create `Jo Chen.md`).
 */
export type PersonId =
	| { readonly kind: 'note'; readonly path: string }
	| { readonly kind: 'unresolved'; readonly name: string };

/** A map key for a {@link PersonId}: equal ids give equal keys, and a path never equals a name's key. */
export type PersonKey = string & { readonly __personKey: true };

/** The map key of a person id (opaque: never shown, never parsed back). */
export function toPersonKey(id: PersonId): PersonKey {
	return (id.kind === 'note' ? `note:${id.path}` : `name:${id.name}`) as PersonKey;
}

/** One person: a person note, or a name used as `person` of a 1-on-1 without a note of its own. */
export interface Person {
	readonly id: PersonId;
	/** The note's basename, or the link target as written when unresolved. */
	readonly name: string;
	/** The person note, when there is one. */
	readonly note?: PersonNoteFacts;
	/** Dated 1-on-1s naming this person, oldest first (ties by path). */
	readonly talks: readonly Talk[];
}

/** A person as the lists show them. */
export interface PersonRef {
	readonly name: string;
	/** The person note's path, or undefined for a person without a note. */
	readonly path?: string;
}

/** How a list shows a person: the name, and the note's path when there is one. */
export function toPersonRef(person: Person): PersonRef {
	return person.id.kind === 'unresolved' ? { name: person.name } : { name: person.name, path: person.id.path };
}

const INACTIVE = new Set(['inactive', 'left', 'archived']);

/** True when a person's note says `status: inactive | left | archived` (DESIGN §3: in no list). */
export function isInactive(person: Person | undefined): boolean {
	const status = person?.note?.person?.status;
	return status !== undefined && INACTIVE.has(status);
}

/** A person's 1-on-1s dated on or before today (talks are sorted by date). */
export function findHeldTalks(person: Person, today: CalendarDate): readonly Talk[] {
	let end = person.talks.length;
	while (end > 0 && person.talks[end - 1].date > today) end--;
	return end === person.talks.length ? person.talks : person.talks.slice(0, end);
}

/** A dated 1-on-1 with one person. */
export interface Talk {
	readonly date: CalendarDate;
	readonly note: OneOnOneNoteFacts;
}

/** A commitment with its note and the owner the rules gave it. */
export interface OwnedCommitment {
	readonly commitment: Commitment;
	readonly note: OneOnOneNoteFacts;
	/** The owner; undefined when the note names nobody. */
	readonly ownerKey?: PersonKey;
	readonly ownerName?: string;
	/** True when the owner is you. */
	readonly yours: boolean;
}

/** Everything per person, for one index revision and one "you". */
export interface PeopleTable {
	/** Every person (person notes and unresolved `person` names), you included. */
	readonly people: ReadonlyMap<PersonKey, Person>;
	/** Keys that are you: the "Your name" setting, or, when empty, the organizers of 1-on-1s. */
	readonly youKeys: ReadonlySet<PersonKey>;
	/** Every commitment in a 1-on-1 note, with its owner. */
	readonly commitments: readonly OwnedCommitment[];
}

/**
 * The person a reference points at: the note it resolves to, or, when unresolved, the normalized last
 * path segment (`[[People/Jo Chen]]` and `[[Jo Chen]]` both create `Jo Chen.md`, so they are one person).
 */
export function identifyReference(index: VaultIndex, reference: string): PersonId {
	const resolved = index.resolve(reference);
	return resolved ? { kind: 'note', path: resolved.path } : { kind: 'unresolved', name: normalizeReference(lastSegment(reference)) };
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
	const people = new Map<PersonKey, { id: PersonId; name: string; note?: PersonNoteFacts; talks: Talk[] }>();
	const idCache = new Map<string, { id: PersonId; key: PersonKey }>();
	const identify = (link: LinkRef): { id: PersonId; key: PersonKey } => {
		let found = idCache.get(link.target);
		if (found === undefined) {
			const id = identifyReference(index, link.target);
			found = { id, key: toPersonKey(id) };
			idCache.set(link.target, found);
		}
		return found;
	};
	const keyOf = (link: LinkRef): PersonKey => identify(link).key;
	const noteOf = (id: PersonId) => (id.kind === 'note' ? index.get(id.path) : undefined);

	const conversations: OneOnOneNoteFacts[] = [];
	for (const note of index.notes()) {
		if (note.kind === 'person') {
			const id: PersonId = { kind: 'note', path: note.path };
			people.set(toPersonKey(id), { id, name: note.basename, note, talks: [] });
		} else if (note.kind === 'one-on-one') conversations.push(note);
	}

	// An unresolved person is shown as first written in the note with the smallest path, so the name
	// does not depend on the order notes were indexed in.
	const namedIn = new Map<PersonKey, string>();
	for (const note of conversations) {
		const { conversation } = note;
		const seen = new Set<PersonKey>();
		for (const link of conversation.persons) {
			const { id, key } = identify(link);
			if (seen.has(key)) continue;
			seen.add(key);
			let person = people.get(key);
			if (!person) {
				const resolved = noteOf(id);
				person = { id, name: resolved ? resolved.basename : link.target, talks: [] };
				if (resolved?.kind === 'person') person.note = resolved;
				people.set(key, person);
				namedIn.set(key, note.path);
			} else if (id.kind === 'unresolved' && note.path < (namedIn.get(key) ?? '')) {
				person.name = link.target;
				namedIn.set(key, note.path);
			}
			if (conversation.date) person.talks.push({ date: conversation.date, note });
		}
	}
	for (const person of people.values()) person.talks.sort(compareTalks);

	const youKeys = new Set<PersonKey>();
	// "Your name" may be typed as a link.
	if (yourName.trim()) youKeys.add(toPersonKey(identifyReference(index, parseReference(yourName)?.target ?? yourName)));
	else {
		for (const note of conversations) {
			const organizer = note.conversation.organizer;
			if (organizer) youKeys.add(keyOf(organizer));
		}
	}

	const nameOf = (link: LinkRef): string => {
		const { id, key } = identify(link);
		const person = people.get(key);
		if (person) return person.name;
		const resolved = noteOf(id);
		return resolved ? resolved.basename : link.target;
	};
	const commitments: OwnedCommitment[] = [];
	for (const note of conversations) {
		const { conversation } = note;
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
				ownerName: ownerLink ? nameOf(ownerLink) : undefined,
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
