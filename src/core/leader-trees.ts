/**
 * Leader trees (issue #17): for each leader and committee member, the coworkers they lead
 * (`leads` ∪ `led-by`, read exactly as the relationship graph reads relations) who are due a
 * check-in or have no 1-on-1 yet: their people to check in with.
 */
import { compareAnyCase } from './campaign-collation';
import type { FollowUpModel } from './follow-ups';
import { identifyReference, isInactive, toPersonKey, toPersonRef, type PeopleTable, type PersonKey, type PersonRef } from './people';
import { readRelationStatements } from './relationships/facts-adapter';
import { resolveRelativeReference } from './resolver';
import { runSteps } from './steps';
import type { VaultIndex } from './vault-index';

/** One leader or committee member and their people to check in with. */
export interface LeaderTree {
	readonly leader: PersonRef;
	/** Everyone active they lead. */
	readonly leads: readonly PersonRef[];
	/** Those due a check-in (in the dashboard's Check in with). */
	readonly checkIn: readonly PersonRef[];
	/** Those with no held 1-on-1 yet. */
	readonly noOneOnOne: readonly PersonRef[];
}

const LEADS = 'leads';
const LED_BY = 'led-by';
const ROLE_WORD = /\b(leader|committee)\b/i;

function compareNames(a: PersonRef, b: PersonRef): number {
	return compareAnyCase(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || ((a.path ?? '') < (b.path ?? '') ? -1 : 1);
}

/** A person ref's identity in a list: the path, or the name for a person without a note. */
function refKey(ref: PersonRef): string {
	return ref.path ?? `?${ref.name}`;
}

/**
 * Builds the leader trees of active leaders and committee members (you excluded), by name. Who is
 * due a check-in and who has no 1-on-1 yet come from the dashboard model of the same day, so the
 * chart and the dashboard never disagree.
 */
export function buildLeaderTrees(index: VaultIndex, table: PeopleTable, followUps: FollowUpModel): LeaderTree[] {
	return runSteps(buildLeaderTreesSteps(index, table, followUps));
}

/** Notes (or people) read between two pause points of {@link buildLeaderTreesSteps}. */
const READS_PER_STEP = 200;

/** {@link buildLeaderTrees} in steps: each `yield` is a point where a caller on the main thread may pause (issue 15). */
export function* buildLeaderTreesSteps(index: VaultIndex, table: PeopleTable, followUps: FollowUpModel): Generator<undefined, LeaderTree[], undefined> {
	let read = 0;
	const keys = new Set([LEADS, LED_BY]);
	const led = new Map<PersonKey, Map<PersonKey, PersonRef>>();
	const add = (leader: PersonKey, member: PersonKey, ref: PersonRef | undefined): void => {
		if (leader === member || !ref) return;
		let members = led.get(leader);
		if (!members) led.set(leader, (members = new Map()));
		members.set(member, ref);
	};
	/** The person a relation names: their ref, or none for a note that is not a person (a workplace) or an inactive person. */
	const refOf = (key: PersonKey, target: string): PersonRef | undefined => {
		// You are never counted in the chart (docs/chart.md), so you lead no one's list either.
		if (table.youKeys.has(key)) return undefined;
		const person = table.people.get(key);
		if (person) return isInactive(person) ? undefined : toPersonRef(person);
		if (key.startsWith('note:')) return undefined;
		return { name: (target.split(/[\\/]/).pop() ?? target).trim() || target };
	};
	for (const note of index.notes()) {
		if (++read % READS_PER_STEP === 0) yield undefined;
		if (note.kind !== 'person') continue;
		const self = toPersonKey({ kind: 'note', path: note.path });
		for (const { key, target } of readRelationStatements(note, keys)) {
			// Resolved from the note's folder, as the graph resolves a relative link.
			const other = toPersonKey(identifyReference(index, resolveRelativeReference(target.target, note.path)));
			if (key === LEADS) add(self, other, refOf(other, target.target));
			else add(other, self, refOf(self, note.basename));
		}
	}
	const dueCheckIn = new Set(followUps.checkIn.map((item) => refKey(item.person)));
	const noTalkYet = new Set(followUps.noOneOnOne.map((item) => refKey(item.person)));
	const trees: LeaderTree[] = [];
	for (const person of table.people.values()) {
		if (++read % READS_PER_STEP === 0) yield undefined;
		const key = toPersonKey(person.id);
		if (table.youKeys.has(key) || isInactive(person) || !ROLE_WORD.test(person.note?.person?.role ?? '')) continue;
		const members = [...(led.get(key)?.values() ?? [])].sort(compareNames);
		trees.push({
			leader: toPersonRef(person),
			leads: members,
			checkIn: members.filter((ref) => dueCheckIn.has(refKey(ref))),
			// Someone named only in `leads`, with no note and no 1-on-1, has had no 1-on-1 either.
			noOneOnOne: members.filter((ref) => noTalkYet.has(refKey(ref)) || (ref.path === undefined && !table.people.has(toPersonKey(identifyReference(index, ref.name))))),
		});
	}
	return trees.sort((a, b) => compareNames(a.leader, b.leader));
}
