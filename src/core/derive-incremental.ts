/**
 * The people table brought up to date after a few edits (issue 15: one frame at 50k notes), and
 * what it needs to know to do so: which talks make each reference, name each person, organize, own
 * each person's commitments. From the index's changes since the table's revision it finds the
 * talks whose references may resolve elsewhere (a name, alias or basename appeared or vanished)
 * and the people those talks and the changed notes touch, and rebuilds only their rows and the
 * ownership of the commitments that read them. Equal to a from-scratch build (a property test
 * holds it so).
 */
import { ownCommitments } from './commitment-owners';
import type { LinkRef, NoteFacts } from './model';
import {
	buildPersonRow,
	describeTalk,
	findYourKey,
	isCountedTalk,
	makeIdentify,
	STEP_SIZE,
	toPersonKey,
	type OwnedCommitment,
	type PeopleBuild,
	type PeopleTable,
	type Person,
	type PersonId,
	type PersonKey,
	type TalkRecord,
} from './people';
import type { NoteProblem } from './problems';
import { listLookupKeys, normalizeReference, resolveRelativeReference } from './resolver';
import type { VaultIndex } from './vault-index';
import { basenameOf } from './vault-paths';

/** Past this many talks to re-describe or re-own, a full build is as quick and simpler. */
const MAX_TALKS = 4000;

/** Adds `path` to the set at `key`. */
function addTo<K>(map: Map<K, Set<string>>, key: K, path: string): void {
	const set = map.get(key);
	if (set) set.add(path);
	else map.set(key, new Set([path]));
}

/** Takes `path` out of the set at `key`. */
function removeFrom<K>(map: Map<K, Set<string>>, key: K, path: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(path);
	if (set.size === 0) map.delete(key);
}

function count<K>(map: Map<K, number>, key: K, by: number): void {
	const next = (map.get(key) ?? 0) + by;
	if (next === 0) map.delete(key);
	else map.set(key, next);
}

/**
 * The last path segment of a lookup key (`people/jo chen` → `jo chen`). Talks are listed under the
 * segment of each reference they make: every reference whose lookup key is `k` is listed under
 * `segmentOf(k)`, and so is every unresolved reference to the person `name:<segment>`.
 */
function segmentOf(lookup: string): string {
	const parts = lookup.split('/');
	return normalizeReference(parts[parts.length - 1] || lookup);
}

/** Turns link targets into the segments they are listed under, remembering them: most targets are a few names written many times. */
type SegmentOfTarget = (target: string, fromPath: string) => string;

function makeSegmentOfTarget(): SegmentOfTarget {
	const segments = new Map<string, string>();
	const compute = (target: string, fromPath: string): string => segmentOf(normalizeReference(resolveRelativeReference(target, fromPath)));
	return (target, fromPath) => {
		// A relative link's key depends on the linking note's folder: not remembered.
		if (target.startsWith('.')) return compute(target, fromPath);
		let segment = segments.get(target);
		if (segment === undefined) {
			segment = compute(target, fromPath);
			segments.set(target, segment);
		}
		return segment;
	};
}

/** Every reference a talk makes that the people table reads (person, organizer, owners). */
function listReferences(note: NoteFacts): LinkRef[] {
	if (note.kind !== 'one-on-one') return [];
	const out = note.conversation.organizer ? [...note.conversation.persons, note.conversation.organizer] : [...note.conversation.persons];
	for (const commitment of note.commitments) {
		if (commitment.ownerField) out.push(commitment.ownerField);
		if (commitment.ownerPrefix) out.push(commitment.ownerPrefix);
	}
	return out;
}

/**
 * Each talk's commitments, as one list per derivation, while the live map moves on: a version
 * keeps the values its successor replaced, so an older table still lists its own.
 */
class CommitmentsVersion {
	private next?: CommitmentsVersion;
	/** Values this version had for paths a later update changed (undefined: none then). */
	private readonly replaced = new Map<string, readonly OwnedCommitment[] | undefined>();

	constructor(private readonly live: Map<string, readonly OwnedCommitment[]>) {}

	/** The next version, which the live map's changes from now on belong to. */
	advance(): CommitmentsVersion {
		this.next = new CommitmentsVersion(this.live);
		return this.next;
	}

	/** Sets a talk's commitments in the live map (call on the newest version). */
	set(path: string, owned: readonly OwnedCommitment[] | undefined, previous: CommitmentsVersion): void {
		if (!previous.replaced.has(path)) previous.replaced.set(path, this.live.get(path));
		if (owned && owned.length > 0) this.live.set(path, owned);
		else this.live.delete(path);
	}

	/** Every commitment as this version had it, grouped by talk. */
	list(): OwnedCommitment[] {
		// The earliest replaced value of a path is the one this version had.
		const replaced = new Map(this.replaced);
		for (let version = this.next; version; version = version.next) {
			for (const [path, owned] of version.replaced) if (!replaced.has(path)) replaced.set(path, owned);
		}
		const out: OwnedCommitment[] = [];
		for (const [path, owned] of this.live) {
			const mine = replaced.has(path) ? replaced.get(path) : owned;
			if (mine) for (const item of mine) out.push(item);
		}
		for (const [path, owned] of replaced) if (!this.live.has(path) && owned) for (const item of owned) out.push(item);
		return out;
	}
}

/** What an update needs beyond the table. Owned by one cache entry; an update changes it in place. */
export class PeopleState {
	readonly records = new Map<string, TalkRecord>();
	/**
	 * The talks making a reference (person, organizer, owner), by its segment ({@link segmentOf}):
	 * both the talks whose references a changed note's names may re-point, and the talks whose
	 * ownership reads a person (all of them name that person by a key with that segment).
	 */
	private readonly bySegment = new Map<string, Set<string>>();
	/** Person key → the talks naming that person. */
	private readonly naming = new Map<PersonKey, Set<string>>();
	/** Person key → how many talks they organize. */
	private readonly organizers = new Map<PersonKey, number>();
	/** Person key → how many talks name them with an excluded note. */
	private readonly excluded = new Map<PersonKey, number>();
	/** Person key → the talks with commitments they own. */
	private readonly ownedBy = new Map<PersonKey, Set<string>>();
	private readonly problems = new Map<string, readonly NoteProblem[]>();
	private version: CommitmentsVersion;
	private readonly live: Map<string, readonly OwnedCommitment[]>;

	private constructor(
		readonly yourKey: PersonKey | undefined,
		owned: Map<string, readonly OwnedCommitment[]>,
	) {
		// Adopted, not copied: the build hands it over.
		this.live = owned;
		this.version = new CommitmentsVersion(this.live);
	}

	/** The state of a full build, in steps (each `yield` a point where a caller may pause). */
	static *fromBuild(index: VaultIndex, build: PeopleBuild, yourName: string): Generator<undefined, PeopleState, undefined> {
		// "You" as the build saw it (the index may have changed since it began).
		const state = new PeopleState(yourName.trim() ? [...build.table.youKeys][0] : undefined, build.owned);
		const segmentOfTarget = makeSegmentOfTarget();
		let work = 0;
		for (const record of build.talks.values()) {
			if (++work % (STEP_SIZE / 2) === 0) yield undefined;
			state.attach(record, segmentOfTarget);
		}
		for (const [path, owned] of build.owned) {
			if (++work % (STEP_SIZE * 4) === 0) yield undefined;
			for (const item of owned) if (item.ownerKey !== undefined) addTo(state.ownedBy, item.ownerKey, path);
		}
		return state;
	}

	/** The commitments of the table as of now, built when read. */
	commitmentsNow(): () => OwnedCommitment[] {
		const version = this.version;
		let list: OwnedCommitment[] | undefined;
		return () => (list ??= version.list());
	}

	private attach(record: TalkRecord, segmentOfTarget: SegmentOfTarget): void {
		const path = record.note.path;
		this.records.set(path, record);
		for (const link of listReferences(record.note)) addTo(this.bySegment, segmentOfTarget(link.target, path), path);
		for (const { key } of record.named) addTo(this.naming, key, path);
		if (record.organizer !== undefined) count(this.organizers, record.organizer.key, 1);
		for (const { key } of record.excluded) count(this.excluded, key, 1);
		if (record.problems.length > 0) this.problems.set(path, record.problems);
	}

	private detach(record: TalkRecord, segmentOfTarget: SegmentOfTarget): void {
		const path = record.note.path;
		this.records.delete(path);
		for (const link of listReferences(record.note)) removeFrom(this.bySegment, segmentOfTarget(link.target, path), path);
		for (const { key } of record.named) removeFrom(this.naming, key, path);
		if (record.organizer !== undefined) count(this.organizers, record.organizer.key, -1);
		for (const { key } of record.excluded) count(this.excluded, key, -1);
		this.problems.delete(path);
	}

	/**
	 * Brings the state from `previous` (the table it was at) to the index as it is now, given every
	 * version of each note changed since (a table built while the index changed read any). Undefined
	 * when the change is better rebuilt (too many talks, or "Your name" now names someone else);
	 * the state is then unusable. `before`/`after` are the commitments and people whose list items
	 * may differ, as they were and as they are.
	 */
	update(
		index: VaultIndex,
		previous: PeopleTable,
		yourName: string,
		changes: ReadonlyMap<string, ReadonlyArray<NoteFacts | 'unread' | undefined>>,
	): { readonly table: PeopleTable; readonly before: Side; readonly after: Side } | undefined {
		if (yourName.trim() && findYourKey(index, yourName) !== this.yourKey) return undefined;
		const identify = makeIdentify(index);
		const segmentOfTarget = makeSegmentOfTarget();

		// The talks whose references may resolve elsewhere: they make a reference under a key a
		// changed note was, or is, found under.
		const touched = new Set<string>();
		const dirty = new Set<string>();
		const affected = new Map<PersonKey, PersonId>();
		for (const [path, versions] of changes) {
			for (const before of versions) addNoteKeys(touched, path, before);
			addNoteKeys(touched, path, index.isUnread(path) ? 'unread' : index.get(path));
			if (this.records.has(path) || isCountedTalk(index.get(path))) dirty.add(path);
			const id: PersonId = { kind: 'note', path };
			affected.set(toPersonKey(id), id);
		}
		for (const name of touched) for (const path of this.bySegment.get(segmentOf(name)) ?? []) dirty.add(path);
		if (dirty.size > MAX_TALKS) return undefined;

		// The people of the dirty talks, as they were named then and as they are now.
		const touch = (record: TalkRecord): void => {
			for (const { key, id } of record.named) affected.set(key, id);
			for (const { key, id } of record.excluded) affected.set(key, id);
			if (record.organizer) affected.set(record.organizer.key, record.organizer.id);
		};
		for (const path of dirty) {
			const old = this.records.get(path);
			if (old) {
				touch(old);
				this.detach(old, segmentOfTarget);
			}
			const now = index.get(path);
			if (isCountedTalk(now)) {
				const record = describeTalk(index, now, identify);
				this.attach(record, segmentOfTarget);
				touch(record);
			}
		}

		const people = new Map(previous.people);
		const you = yourName.trim() ? undefined : new Set(previous.youKeys);
		const youKeys: ReadonlySet<PersonKey> = you ?? previous.youKeys;
		const excludedKeys = new Set(previous.excludedKeys);
		const before: Person[] = [];
		const after: Person[] = [];
		// People whose list items may change: the commitments they own are listed again.
		const relisted: PersonKey[] = [];
		// People whose presence, name or "you" changed: every talk whose ownership reads them re-owns.
		const reread: PersonId[] = [];
		for (const [key, id] of affected) {
			const old = previous.people.get(key);
			const naming: TalkRecord[] = [];
			for (const path of this.naming.get(key) ?? []) {
				const record = this.records.get(path);
				if (record) naming.push(record);
			}
			const row = buildPersonRow(index, key, id, naming);
			if (row) people.set(key, row);
			else people.delete(key);
			const wasExcluded = excludedKeys.has(key);
			if ((this.excluded.get(key) ?? 0) > 0) excludedKeys.add(key);
			else excludedKeys.delete(key);
			if (you) {
				if ((this.organizers.get(key) ?? 0) > 0 && row?.note === undefined) you.add(key);
				else you.delete(key);
			}
			const youChanged = previous.youKeys.has(key) !== youKeys.has(key);
			if (!isSameRow(old, row) || youChanged || wasExcluded !== excludedKeys.has(key)) {
				if (old) before.push(old);
				if (row) after.push(row);
				relisted.push(key);
			}
			if (!old !== !row || old?.name !== row?.name || youChanged) reread.push(id);
		}

		const reown = new Set(dirty);
		for (const key of relisted) for (const path of this.ownedBy.get(key) ?? []) reown.add(path);
		for (const id of reread) {
			for (const name of namesOf(index, id)) for (const path of this.bySegment.get(segmentOf(name)) ?? []) reown.add(path);
		}
		if (reown.size > MAX_TALKS) return undefined;

		const problems: NoteProblem[] = [];
		for (const list of this.problems.values()) for (const problem of list) problems.push(problem);
		const previousVersion = this.version;
		this.version = previousVersion.advance();
		const table: PeopleTable = lazyCommitments({ people, youKeys, excludedKeys, problems }, this.commitmentsNow());
		const gone: OwnedCommitment[] = [];
		const come: OwnedCommitment[] = [];
		for (const path of reown) {
			const old = this.live.get(path);
			if (old) {
				for (const item of old) {
					gone.push(item);
					if (item.ownerKey !== undefined) removeFrom(this.ownedBy, item.ownerKey, path);
				}
			}
			const record = this.records.get(path);
			const mine = record && record.note.commitments.length > 0 ? ownCommitments(index, record.note, record.persons, identify, people, youKeys, yourName) : undefined;
			for (const item of mine ?? []) {
				come.push(item);
				if (item.ownerKey !== undefined) addTo(this.ownedBy, item.ownerKey, path);
			}
			this.version.set(path, mine, previousVersion);
		}
		return { table, before: { owned: gone, persons: before }, after: { owned: come, persons: after } };
	}
}

/** The commitments and people of one side of an update. */
export interface Side {
	readonly owned: readonly OwnedCommitment[];
	readonly persons: readonly Person[];
}

/** A table whose `commitments` are built on first read (only redaction names, carry-forward and tests read them all). */
export function lazyCommitments(table: Omit<PeopleTable, 'commitments'>, commitments: () => OwnedCommitment[]): PeopleTable {
	return {
		people: table.people,
		youKeys: table.youKeys,
		excludedKeys: table.excludedKeys,
		problems: table.problems,
		get commitments() {
			return commitments();
		},
	};
}

/** True when two rows of one person list the same: same name, note and talks. */
function isSameRow(a: Person | undefined, b: Person | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	if (a.name !== b.name || a.note !== b.note || a.talks.length !== b.talks.length) return false;
	return a.talks.every((talk, i) => talk.note === b.talks[i].note && talk.date === b.talks[i].date);
}

/**
 * The lookup keys a reference to this person may have: the name of an unresolved person; the
 * path, basename and aliases of a person's note (a note that changed in this update had its talks
 * described again already).
 */
function namesOf(index: VaultIndex, id: PersonId): string[] {
	if (id.kind === 'unresolved') return [id.name];
	const keys = new Set<string>();
	addNoteKeys(keys, id.path, index.isUnread(id.path) ? 'unread' : index.get(id.path));
	return [...keys];
}

/** The lookup keys a note is found under (its path, basename and, for a person, aliases). */
function addNoteKeys(out: Set<string>, path: string, facts: NoteFacts | 'unread' | undefined): void {
	if (facts === undefined) return;
	const note = facts === 'unread' ? { path, basename: basenameOf(path), kind: 'other' as const, aliases: [] } : facts;
	for (const key of listLookupKeys(note)) out.add(key);
}
