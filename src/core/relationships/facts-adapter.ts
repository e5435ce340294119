/**
 * The one place the relationship graph reads note facts and the people table, so a change to their
 * shape (note kinds, person identities) is a change to this file only. It also turns the table's
 * opaque person keys into the graph's readable ids (a note path, or `?` + the normalized name).
 */
import type { CalendarDate, LinkRef, NoteFacts, OneOnOneNoteFacts, PersonNoteFacts } from '../model';
import { readReferences } from '../note-properties';
import { parseReference } from '../obsidian-syntax';
import { buildPeopleTable, identifyReference, isCountedPersonNote, isCountedTalk, toPersonKey, type PeopleTable, type PersonId } from '../people';
import { isHeldOnDay } from '../person-talks';
import { resolveRelativeReference } from '../resolver';
import { runSteps, type Steps } from '../steps';
import type { VaultIndex } from '../vault-index';

/** The profile fields of a person note the graph shows. */
export interface PersonProfile {
	readonly role?: string;
	readonly assessment?: number;
	readonly status?: string;
	readonly workplace?: string;
	readonly department?: string;
	readonly lastContact?: CalendarDate;
}

/** What the graph needs of one 1-on-1 note. */
export interface TalkFacts {
	readonly path: string;
	readonly persons: readonly LinkRef[];
	readonly date?: CalendarDate;
	readonly organizer?: LinkRef;
	readonly assessment?: number;
	/** Wiki links in the body, outside code and comments. */
	readonly bodyLinks: readonly LinkRef[];
	/** False while the note holds only template headings, prompts and the carried-forward block. */
	readonly hasOwnContent: boolean;
}

/** True when a talk on `date` is held for `today`, by the dashboard's rule ({@link isHeldOnDay}). */
export function isHeldOn(date: CalendarDate | undefined, talk: TalkFacts, today: CalendarDate): date is CalendarDate {
	return date !== undefined && isHeldOnDay(date, talk.hasOwnContent, today);
}

/** One person of the people table, with their dated talks oldest first. */
export interface PersonEntry {
	readonly key: string;
	readonly name: string;
	/** The person note's path and profile, when there is one. */
	readonly note?: { readonly path: string; readonly basename: string; readonly aliases: readonly string[]; readonly profile: PersonProfile };
	readonly talks: readonly { readonly date: CalendarDate; readonly talk: TalkFacts }[];
}

/** A relation written in a person note: a vocabulary key and the reference it points at. */
export interface RelationStatement {
	readonly key: string;
	readonly target: LinkRef;
}

/** What the graph reads from one index revision. */
export interface GraphSource {
	readonly people: readonly PersonEntry[];
	/** True when a node key is you ("Your name", or an organizer when it is empty). */
	readonly isYou: (key: string) => boolean;
	/** Every 1-on-1 note but sync-conflict copies. */
	readonly talks: readonly TalkFacts[];
	/** Person notes with the relations they state (only keys in `relationKeys`). */
	readonly statements: readonly { readonly key: string; readonly relations: readonly RelationStatement[] }[];
	/**
	 * The node key a reference written in the note at `fromPath` resolves to (note path, or `?` +
	 * normalized name); a relative link (`../People/Maria Lopez`) is read from that note's folder.
	 */
	readonly keyOf: (reference: string, fromPath: string) => string;
	/** True when a key is a note that exists but is not a person note (a workplace, an issue, a sync-conflict copy). */
	readonly isOtherNote: (key: string) => boolean;
}

/**
 * The graph's id of a person: the note's path, or `?` + the normalized name. Shown in the CLI's JSON
 * (docs/graph.md), so it is readable, unlike the people table's opaque keys.
 */
function toGraphId(id: PersonId): string {
	return id.kind === 'note' ? id.path : `?${id.name}`;
}

function readProfile(note: PersonNoteFacts): PersonProfile {
	const person = note.person;
	return {
		role: person.role,
		assessment: person.assessment,
		status: person.status,
		workplace: person.workplace?.target,
		department: person.department,
		lastContact: person.lastContact,
	};
}

function readTalkFacts(note: OneOnOneNoteFacts): TalkFacts {
	const conversation = note.conversation;
	return {
		path: note.path,
		persons: conversation.persons,
		date: conversation.date,
		organizer: conversation.organizer,
		assessment: conversation.assessment,
		bodyLinks: note.links.map((link) => link.link),
		hasOwnContent: conversation.hasOwnContent,
	};
}

/**
 * The relation statements of a person note: link-valued properties and Dataview inline fields
 * (only keys in `relationKeys`). Exported so other models (the campaign chart's leader trees) read
 * relations exactly as the graph does.
 */
export function readRelationStatements(note: NoteFacts, relationKeys: ReadonlySet<string>): RelationStatement[] {
	const out: RelationStatement[] = [];
	for (const [key, value] of Object.entries(note.properties)) {
		if (!relationKeys.has(key)) continue;
		for (const target of readReferences(value)) out.push({ key, target });
	}
	for (const field of note.inlineFields) {
		if (!relationKeys.has(field.key)) continue;
		const targets = field.links.length > 0 ? field.links : [parseReference(field.value)].filter((t): t is LinkRef => t !== undefined);
		for (const target of targets) out.push({ key: field.key, target });
	}
	return out;
}

/**
 * Reads what the graph needs from the index, through the shared people table: pass the
 * derivation's (`deriveDashboard(…).people`) so the vault is not walked for it a second time.
 */
export function readGraphSource(
	index: VaultIndex,
	yourName: string,
	relationKeys: ReadonlySet<string>,
	table: PeopleTable = buildPeopleTable(index, yourName),
): GraphSource {
	return runSteps(readGraphSourceSteps(index, relationKeys, table));
}

/** Notes (or people) read between two pause points of {@link readGraphSourceSteps}. */
const READS_PER_STEP = 200;

/** {@link readGraphSource} in steps, over the derivation's people table: each `yield` is a point where a caller on the main thread may pause (issue 15). */
export function* readGraphSourceSteps(index: VaultIndex, relationKeys: ReadonlySet<string>, table: PeopleTable): Steps<GraphSource> {
	let read = 0;
	const talkByPath = new Map<string, TalkFacts>();
	const talkOf = (note: OneOnOneNoteFacts): TalkFacts => {
		let talk = talkByPath.get(note.path);
		if (!talk) {
			talk = readTalkFacts(note);
			talkByPath.set(note.path, talk);
		}
		return talk;
	};
	const statements: { key: string; relations: RelationStatement[] }[] = [];
	for (const note of index.notes()) {
		if (++read % READS_PER_STEP === 0) yield undefined;
		// A sync-conflict copy is only a note to fix (DESIGN §3): its talks and ties would count its original twice.
		if (isCountedTalk(note)) talkOf(note);
		else if (isCountedPersonNote(note)) {
			const relations = readRelationStatements(note, relationKeys);
			if (relations.length > 0) statements.push({ key: note.path, relations });
		}
	}
	const people: PersonEntry[] = [];
	const idOf = new Map<string, PersonId>();
	for (const person of table.people.values()) {
		if (++read % READS_PER_STEP === 0) yield undefined;
		const note = person.note;
		const key = toGraphId(person.id);
		idOf.set(key, person.id);
		people.push({
			key,
			name: person.name,
			note: note ? { path: note.path, basename: note.basename, aliases: note.aliases, profile: readProfile(note) } : undefined,
			talks: person.talks.map((t) => ({ date: t.date, talk: talkOf(t.note) })),
		});
	}
	const keyCache = new Map<string, string>();
	return {
		people,
		isYou: (key) => {
			const id = idOf.get(key);
			return id !== undefined && table.youKeys.has(toPersonKey(id));
		},
		talks: [...talkByPath.values()],
		statements,
		keyOf: (reference, fromPath) => {
			// The same resolution as the people table's, so a relative link is one person in the dashboard and the graph.
			const target = resolveRelativeReference(reference, fromPath);
			let key = keyCache.get(target);
			if (key === undefined) {
				const id = identifyReference(index, target);
				key = toGraphId(id);
				keyCache.set(target, key);
				idOf.set(key, id);
			}
			return key;
		},
		isOtherNote: (key) => !key.startsWith('?') && !isCountedPersonNote(index.get(key)),
	};
}
