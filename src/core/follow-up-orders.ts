/**
 * The orders of the dashboard's lists (DESIGN §3), shared by the full build and the incremental
 * update, so both give the same lists in the same order.
 */
import type { CheckInItem, ComingUpItem, CommitmentRef, FollowUpItem, NoOneOnOneItem, PromiseItem, StalledItem } from './follow-up-items';
import type { PersonRef } from './people';
import type { NoteProblem } from './problems';

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function compareByNoteAndLine(a: CommitmentRef, b: CommitmentRef): number {
	return compareText(a.source, b.source) || a.line - b.line;
}

/** Built once: `localeCompare` with options builds a collator on every call. */
const NAME_COLLATOR = new Intl.Collator('en', { sensitivity: 'base' });

function compareNames(a: PersonRef, b: PersonRef): number {
	return (
		NAME_COLLATOR.compare(a.name, b.name) ||
		compareText(a.name, b.name) ||
		compareText(a.path ?? '', b.path ?? '')
	);
}

/** Vault problems and the people table's, in one list sorted by path and line. */
export function mergeProblems(vault: readonly NoteProblem[], people: readonly NoteProblem[]): NoteProblem[] {
	return [...vault, ...people].sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0));
}

/** The list orders (DESIGN §3). For commitments each is total: no two commitments share a note and line. */
export const byFollowUpDate = (a: FollowUpItem | StalledItem, b: FollowUpItem | StalledItem): number =>
	compareText(a.followUpDate, b.followUpDate) || compareByNoteAndLine(a.commitment, b.commitment);

export function comparePromises(a: PromiseItem, b: PromiseItem): number {
	const da = a.commitment.due;
	const db = b.commitment.due;
	if (da !== db) {
		if (da === undefined) return 1;
		if (db === undefined) return -1;
		return compareText(da, db);
	}
	return compareByNoteAndLine(a.commitment, b.commitment);
}

const WHAT_ORDER = { commitment: 0, planned: 1, 'check-in': 2 } as const;

// A planned talk names its person too: one talk with two people plans two items on one day.
function tieBreak(item: ComingUpItem): string {
	return item.what === 'commitment'
		? `${item.commitment.source}\u0000${String(item.commitment.line).padStart(9, '0')}`
		: item.what === 'planned'
			? `${item.source}\u0000${item.person.path ?? ''}`
			: item.person.path ?? '';
}

/** Coming up: by date, commitments before planned talks before check-ins, then text, then place. */
export function compareComingUp(a: ComingUpItem, b: ComingUpItem): number {
	return compareText(a.date, b.date) || WHAT_ORDER[a.what] - WHAT_ORDER[b.what] || compareText(a.text, b.text) || compareText(tieBreak(a), tieBreak(b));
}

/** Check in with: most days over first, then by name. */
export function compareCheckIns(a: CheckInItem, b: CheckInItem): number {
	return b.daysOver - a.daysOver || compareNames(a.person, b.person);
}

/** No 1-on-1 yet: by name. */
export function compareNoOneOnOne(a: NoOneOnOneItem, b: NoOneOnOneItem): number {
	return compareNames(a.person, b.person);
}
