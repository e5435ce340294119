/**
 * The dashboard model brought up to date after an edit (issue 15): the items some commitments and
 * some people gave under the old people table leave the lists, the ones they give under the new
 * table go in at their place. Every list order is total, so an item is found where the list put it.
 */
import { compareSlipping, type SlippingItem } from './assessment-history';
import type { CalendarDate } from './model';
import type { CheckInItem, ComingUpItem, CommitmentRef, FollowUpItem, FollowUpModel, NoOneOnOneItem, PromiseItem, StalledItem } from './follow-up-items';
import { byFollowUpDate, compareCheckIns, compareComingUp, compareNoOneOnOne, comparePromises, mergeProblems } from './follow-up-orders';
import { findPlace, sortCommitmentInto, sortPersonInto, type FollowUpOptions } from './follow-ups';
import type { OwnedCommitment, PeopleTable, Person, PersonRef } from './people';
import { collectProblems } from './problems';
import type { VaultIndex } from './vault-index';

/** One side of an update: a people table, and the commitments and people whose items may change, under it. */
export interface ModelSide {
	readonly table: PeopleTable;
	readonly owned: readonly OwnedCommitment[];
	readonly persons: readonly Person[];
}

interface AllLists {
	readonly followUp: FollowUpItem[];
	readonly stalled: StalledItem[];
	readonly yourPromises: PromiseItem[];
	readonly comingUp: ComingUpItem[];
	readonly checkIn: CheckInItem[];
	readonly noOneOnOne: NoOneOnOneItem[];
	readonly slipping: SlippingItem[];
}

function sortSide(side: ModelSide, settings: FollowUpOptions, today: CalendarDate): AllLists {
	const lists: AllLists = { followUp: [], stalled: [], yourPromises: [], comingUp: [], checkIn: [], noOneOnOne: [], slipping: [] };
	for (const owned of side.owned) sortCommitmentInto(lists, owned, side.table, settings, today);
	for (const person of side.persons) sortPersonInto(lists, person, side.table, settings, today);
	return lists;
}

/**
 * `sorted` without the `removed` items and with the `added` ones; undefined when a removed item is
 * not in the list (the model and the side it was taken from disagree: the caller rebuilds).
 */
function spliceSorted<T>(sorted: readonly T[], removed: readonly T[], added: readonly T[], compare: (a: T, b: T) => number, isSame: (a: T, b: T) => boolean): readonly T[] | undefined {
	if (removed.length === 0 && added.length === 0) return sorted;
	const out = sorted.slice();
	for (const item of removed) {
		let at = findPlace(out, item, compare);
		while (at < out.length && compare(out[at], item) === 0 && !isSame(out[at], item)) at++;
		if (at >= out.length || compare(out[at], item) !== 0) return undefined;
		out.splice(at, 1);
	}
	for (const item of added) out.splice(findPlace(out, item, compare), 0, item);
	return out;
}

function isSameCommitment(a: CommitmentRef, b: CommitmentRef): boolean {
	return a.source === b.source && a.line === b.line;
}

function isSamePerson(a: PersonRef, b: PersonRef): boolean {
	return a.name === b.name && a.path === b.path;
}

const sameCommitmentItem = (a: { readonly commitment: CommitmentRef }, b: { readonly commitment: CommitmentRef }): boolean => isSameCommitment(a.commitment, b.commitment);
const samePersonItem = (a: { readonly person: PersonRef }, b: { readonly person: PersonRef }): boolean => isSamePerson(a.person, b.person);

function isSameComingUp(a: ComingUpItem, b: ComingUpItem): boolean {
	if (a.what === 'commitment') return b.what === 'commitment' && isSameCommitment(a.commitment, b.commitment);
	if (a.what === 'planned') return b.what === 'planned' && a.source === b.source && isSamePerson(a.person, b.person);
	return b.what === 'check-in' && isSamePerson(a.person, b.person);
}

/**
 * The model of `after.table` from `previous`, the model of `before.table` (same options, same
 * today), when only the given commitments and people can give other items. Undefined when the
 * lists do not hold what `before` says they hold.
 */
export function updateFollowUps(previous: FollowUpModel, index: VaultIndex, settings: FollowUpOptions, before: ModelSide, after: ModelSide): FollowUpModel | undefined {
	const gone = sortSide(before, settings, previous.today);
	const come = sortSide(after, settings, previous.today);
	const followUp = spliceSorted(previous.followUp, gone.followUp, come.followUp, byFollowUpDate, sameCommitmentItem);
	const stalled = spliceSorted(previous.stalled, gone.stalled, come.stalled, byFollowUpDate, sameCommitmentItem);
	const yourPromises = spliceSorted(previous.yourPromises, gone.yourPromises, come.yourPromises, comparePromises, sameCommitmentItem);
	const comingUp = spliceSorted(previous.comingUp, gone.comingUp, come.comingUp, compareComingUp, isSameComingUp);
	const checkIn = spliceSorted(previous.checkIn, gone.checkIn, come.checkIn, compareCheckIns, samePersonItem);
	const noOneOnOne = spliceSorted(previous.noOneOnOne, gone.noOneOnOne, come.noOneOnOne, compareNoOneOnOne, samePersonItem);
	const slipping = spliceSorted(previous.slipping, gone.slipping, come.slipping, compareSlipping, samePersonItem);
	if (!followUp || !stalled || !yourPromises || !comingUp || !checkIn || !noOneOnOne || !slipping) return undefined;
	return {
		today: previous.today,
		followUp,
		stalled,
		yourPromises,
		checkIn,
		noOneOnOne,
		comingUp,
		problems: mergeProblems(collectProblems(index.notesThatMayHaveProblems(), settings), after.table.problems),
		slipping,
	};
}
