/**
 * Per-person facts derived from the index (DESIGN §2–§3): who the people are, their talks in date
 * order, the commitments each owns, and who "you" are. Built from the index's reference postings,
 * so the work is proportional to people and their own notes, not to the whole vault.
 */
import type { LinkRef, NoteFacts, OneOnOneNoteFacts, PersonNoteFacts } from './model';
import { parseReference } from './obsidian-syntax';
import type { NoteProblem } from './problems';
import { normalizeReference, resolveRelativeReference } from './resolver';
import { isSyncConflictCopy } from './sync-conflict';
import type { VaultIndex } from './vault-index';
import { ownCommitments, type OwnedCommitment } from './commitment-owners';
import { toPersonKey, type Identify, type PersonId, type PersonIdentity, type PersonKey } from './person-identity';
import { compareTalks, type Person, type Talk } from './person-talks';

export type { OwnedCommitment, OwnerRule } from './commitment-owners';
export type { Identify, PersonId, PersonIdentity, PersonKey } from './person-identity';
export { toPersonKey } from './person-identity';
export type { Person, PersonRef, Talk } from './person-talks';
export { findHeldTalks, isBeingPrepared, isInactive, splitTalks, toPersonRef } from './person-talks';

/** Everything per person, for one index revision and one "you". */
export interface PeopleTable {
	/** Every person (person notes and unresolved `person` names), you included. */
	readonly people: ReadonlyMap<PersonKey, Person>;
	/** Keys that are you: the "Your name" setting, or, when empty, the organizers of 1-on-1s. */
	readonly youKeys: ReadonlySet<PersonKey>;
	/** Every commitment in a 1-on-1 note, with its owner. */
	readonly commitments: readonly OwnedCommitment[];
	/** Keys of people whose note is excluded: in no list, nor are commitments they own. */
	readonly excludedKeys: ReadonlySet<PersonKey>;
	/** `person` values that name a note that is not a person note (DESIGN §2): Notes to fix. */
	readonly problems: readonly NoteProblem[];
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

/** What one talk gives the people table: kept so an update can take it back and put it in again. */
export interface TalkRecord {
	readonly note: OneOnOneNoteFacts;
	/** Its `person` links that may be people ({@link keepPersons}), in order: commitments' default owners. */
	readonly persons: readonly LinkRef[];
	/** The people it names (not excluded), each once, in order, with the first link naming them. */
	readonly named: readonly NamedPerson[];
	/** Its `person` links whose note is excluded, as people. */
	readonly excluded: readonly PersonIdentity[];
	readonly organizer?: PersonIdentity;
	/** Its `person` values that name a note of another kind. */
	readonly problems: readonly NoteProblem[];
}

/** A person a talk names, and the link that first names them there. */
export interface NamedPerson extends PersonIdentity {
	readonly link: LinkRef;
}

/**
 * An identify function for one index state, remembering what it resolved. Relative links
 * (`[[../People/Jo]]`) resolve from the linking note's folder.
 */
export function makeIdentify(index: VaultIndex): Identify {
	const idCache = new Map<string, PersonIdentity>();
	return (link, fromPath) => {
		const target = resolveRelativeReference(link.target, fromPath);
		let found = idCache.get(target);
		if (found === undefined) {
			const id = identifyReference(index, target);
			found = { id, key: toPersonKey(id) };
			idCache.set(target, found);
		}
		return found;
	};
}

/** True for the talks the people table reads: a sync-conflict copy is only a note to fix (counting it would count its original twice). */
export function isCountedTalk(note: NoteFacts | undefined): note is OneOnOneNoteFacts {
	return note?.kind === 'one-on-one' && !isSyncConflictCopy(note.basename);
}

/** True for the person notes that are people whether or not a talk names them. */
export function isCountedPersonNote(note: NoteFacts | undefined): note is PersonNoteFacts {
	return note?.kind === 'person' && !isSyncConflictCopy(note.basename);
}

const NONE: readonly never[] = [];

/** True when one of `people` has `key` (a loop, not `some`: this runs for every talk of the vault). */
function hasKey(people: readonly PersonIdentity[], key: PersonKey): boolean {
	for (const person of people) if (person.key === key) return true;
	return false;
}

/** What one talk gives the people table ({@link TalkRecord}). */
export function describeTalk(index: VaultIndex, note: OneOnOneNoteFacts, identify: Identify): TalkRecord {
	const excluded: PersonIdentity[] = [];
	const problems: NoteProblem[] = [];
	const persons = keepPersons(index, note, identify, excluded, problems);
	const named: NamedPerson[] = [];
	for (const link of persons) {
		const { id, key } = identify(link, note.path);
		if (hasKey(excluded, key) || hasKey(named, key)) continue;
		named.push({ key, id, link });
	}
	const organizer = note.conversation.organizer;
	// Most talks exclude no one and have no problem: one shared empty list, not one per talk.
	const excludedOrNone = excluded.length > 0 ? excluded : NONE;
	const problemsOrNone = problems.length > 0 ? problems : NONE;
	// Two literals, not a conditional spread: this runs for every talk of the vault.
	return organizer
		? { note, persons, named, excluded: excludedOrNone, organizer: identify(organizer, note.path), problems: problemsOrNone }
		: { note, persons, named, excluded: excludedOrNone, problems: problemsOrNone };
}

/** A row of the table while it is built. */
interface DraftPerson {
	id: PersonId;
	name: string;
	note?: PersonNoteFacts;
	talks: Talk[];
}

/** What a full build gives: the table, and each counted talk's record and commitments (for updates). */
export interface PeopleBuild {
	readonly table: PeopleTable;
	/** Counted talks by path, in index order. */
	readonly talks: ReadonlyMap<string, TalkRecord>;
	/** Each counted talk's commitments with their owners, by path (talks without any left out); an update state adopts it. */
	readonly owned: Map<string, readonly OwnedCommitment[]>;
}

/**
 * Notes (or people) handled between two yields of a stepped build: a few ms at most (issue 15: at
 * 500 a step took 8–13 ms in Chromium at 10k notes). A power of two: steps yield every
 * `STEP_SIZE / 4`, `/ 2` and `* 4` items.
 */
export const STEP_SIZE = 128;

/**
 * Builds the people table in steps (each `yield` a point where a caller may pause). `yourName` is
 * the "Your name" setting ('' = use each note's organizer). Deterministic for a given index
 * content, whatever order the notes were indexed in.
 */
export function* buildPeopleSteps(index: VaultIndex, yourName: string): Generator<undefined, PeopleBuild, undefined> {
	// One generator per phase: V8 optimizes each on its own, where one long function was optimized
	// while its first loop ran and then thrown away and rebuilt whole as each later loop began.
	const identify = makeIdentify(index);
	const { people, conversations } = yield* collectPeopleNotesSteps(index);
	const { talks, excludedKeys, problems } = yield* describeTalksSteps(index, conversations, identify);
	yield* addNamedPeopleSteps(index, talks, people);
	yield* sortTalksSteps(people);
	const youKeys = findYouKeys(index, yourName, talks, people);
	const { commitments, owned } = yield* ownCommitmentsSteps(index, talks, identify, people, youKeys, yourName);
	return { table: { people, youKeys, commitments, excludedKeys, problems }, talks, owned };
}

/** The people with a note of their own, and the counted talks, in index order. */
function* collectPeopleNotesSteps(index: VaultIndex): Generator<undefined, { people: Map<PersonKey, DraftPerson>; conversations: OneOnOneNoteFacts[] }, undefined> {
	const people = new Map<PersonKey, DraftPerson>();
	const conversations: OneOnOneNoteFacts[] = [];
	let work = 0;
	for (const note of index.notes()) {
		if (++work % (STEP_SIZE * 4) === 0) yield undefined;
		if (isCountedPersonNote(note)) {
			const id: PersonId = { kind: 'note', path: note.path };
			people.set(toPersonKey(id), { id, name: note.basename, note, talks: [] });
		} else if (isCountedTalk(note)) conversations.push(note);
	}
	return { people, conversations };
}

/**
 * The `person` values of each talk that may be people: not notes of another kind (Notes to fix),
 * and people whose note is excluded are remembered, to keep them and what they own out of lists.
 */
function* describeTalksSteps(index: VaultIndex, conversations: readonly OneOnOneNoteFacts[], identify: Identify): Generator<undefined, { talks: Map<string, TalkRecord>; excludedKeys: Set<PersonKey>; problems: NoteProblem[] }, undefined> {
	const excludedKeys = new Set<PersonKey>();
	const problems: NoteProblem[] = [];
	const talks = new Map<string, TalkRecord>();
	let work = 0;
	for (const note of conversations) {
		if (++work % STEP_SIZE === 0) yield undefined;
		const record = describeTalk(index, note, identify);
		talks.set(note.path, record);
		for (const { key } of record.excluded) excludedKeys.add(key);
		for (const problem of record.problems) problems.push(problem);
	}
	return { talks, excludedKeys, problems };
}

/**
 * The people the talks name, with the talks naming them. An unresolved person is shown as first
 * written in the note with the smallest path, so the name does not depend on the order notes were
 * indexed in.
 */
function* addNamedPeopleSteps(index: VaultIndex, talks: ReadonlyMap<string, TalkRecord>, people: Map<PersonKey, DraftPerson>): Generator<undefined, void, undefined> {
	const noteOf = (id: PersonId) => (id.kind === 'note' ? index.get(id.path) : undefined);
	const namedIn = new Map<PersonKey, string>();
	let work = 0;
	for (const { note, named } of talks.values()) {
		if (++work % STEP_SIZE === 0) yield undefined;
		for (const { id, key, link } of named) {
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
			if (note.conversation.date) person.talks.push({ date: note.conversation.date, note });
		}
	}
}

/** Each person's talks in date order. */
function* sortTalksSteps(people: ReadonlyMap<PersonKey, DraftPerson>): Generator<undefined, void, undefined> {
	let work = 0;
	for (const person of people.values()) {
		work += person.talks.length + 1;
		if (work >= STEP_SIZE * 2) {
			work = 0;
			yield undefined;
		}
		person.talks.sort(compareTalks);
	}
}

/**
 * Who "you" are: "Your name"; without it, each note's own organizer is "you" there (see
 * ownCommitments), and organizers are kept out of people lists, except someone with a person note,
 * who is also being organized (DESIGN §2).
 */
function findYouKeys(index: VaultIndex, yourName: string, talks: ReadonlyMap<string, TalkRecord>, people: ReadonlyMap<PersonKey, DraftPerson>): Set<PersonKey> {
	const youKeys = new Set<PersonKey>();
	if (yourName.trim()) youKeys.add(findYourKey(index, yourName));
	else {
		for (const { organizer } of talks.values()) {
			if (organizer !== undefined && people.get(organizer.key)?.note === undefined) youKeys.add(organizer.key);
		}
	}
	return youKeys;
}

/** Every counted talk's commitments with their owners, in all and by talk. */
function* ownCommitmentsSteps(
	index: VaultIndex,
	talks: ReadonlyMap<string, TalkRecord>,
	identify: Identify,
	people: ReadonlyMap<PersonKey, DraftPerson>,
	youKeys: ReadonlySet<PersonKey>,
	yourName: string,
): Generator<undefined, { commitments: OwnedCommitment[]; owned: Map<string, readonly OwnedCommitment[]> }, undefined> {
	const commitments: OwnedCommitment[] = [];
	const owned = new Map<string, readonly OwnedCommitment[]>();
	let work = 0;
	for (const record of talks.values()) {
		if (++work % (STEP_SIZE / 4) === 0) yield undefined;
		if (record.note.commitments.length === 0) continue;
		const mine = ownCommitments(index, record.note, record.persons, identify, people, youKeys, yourName);
		owned.set(record.note.path, mine);
		for (const item of mine) commitments.push(item);
	}
	return { commitments, owned };
}

/** The key of "Your name" (it may be typed as a link). */
export function findYourKey(index: VaultIndex, yourName: string): PersonKey {
	return toPersonKey(identifyReference(index, parseReference(yourName)?.target ?? yourName));
}

/**
 * Builds the people table. `yourName` is the "Your name" setting ('' = use each note's organizer).
 * Deterministic for a given index content, whatever order the notes were indexed in.
 */
export function buildPeopleTable(index: VaultIndex, yourName: string): PeopleTable {
	const steps = buildPeopleSteps(index, yourName);
	for (;;) {
		const next = steps.next();
		if (next.done === true) return next.value.table;
	}
}

/**
 * One person's row from the talks that name them (their records, any order) and their note, as
 * {@link buildPeopleSteps} makes it; undefined when neither makes them a person.
 */
export function buildPersonRow(index: VaultIndex, key: PersonKey, id: PersonId, naming: readonly TalkRecord[]): Person | undefined {
	const own = id.kind === 'note' ? index.get(id.path) : undefined;
	if (!isCountedPersonNote(own) && naming.length === 0) return undefined;
	let name: string | undefined = own?.basename;
	let namedIn: string | undefined;
	const talks: Talk[] = [];
	for (const record of naming) {
		const { note } = record;
		if (id.kind === 'unresolved' && (namedIn === undefined || note.path < namedIn)) {
			const first = record.named.find((named) => named.key === key);
			if (first) {
				name = first.link.target;
				namedIn = note.path;
			}
		}
		if (note.conversation.date) talks.push({ date: note.conversation.date, note });
	}
	talks.sort(compareTalks);
	return own?.kind === 'person' ? { id, name: name ?? '', note: own, talks } : { id, name: name ?? '', talks };
}

/** The `person` links of a talk that may be people: not notes of another kind (Notes to fix), nor excluded notes. */
function keepPersons(
	index: VaultIndex,
	note: OneOnOneNoteFacts,
	identify: Identify,
	excluded: PersonIdentity[],
	problems: NoteProblem[],
): LinkRef[] {
	const kept: LinkRef[] = [];
	for (const link of note.conversation.persons) {
		const who = identify(link, note.path);
		const { id } = who;
		const resolved = id.kind === 'note' ? index.resolve(id.path) : undefined;
		if (resolved?.unread === true) excluded.push(who);
		else if (resolved !== undefined && resolved.kind !== 'person') {
			problems.push({
				path: note.path,
				message: `"person" names [[${resolved.basename}]], which is not a person note, so it is not counted as a person: link a person here, or give that note type: person.`,
			});
			continue;
		}
		kept.push(link);
	}
	return kept;
}
