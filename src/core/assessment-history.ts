/**
 * A person's assessment over time (issue #17): the current value, whose support is slipping, and
 * who has not been assessed for a while. The history is the dated assessments of held 1-on-1s; a
 * person note's `assessment` is a current value with no date, so it is never part of it.
 */
import { compareAnyCase } from './campaign-collation';
import { isTowardsOpposed, type AssessmentDirection } from './assessment';
import { addDays } from './dates';
import type { CalendarDate } from './model';
import { findHeldTalks, isInactive, toPersonKey, toPersonRef, type PeopleTable, type Person, type PersonRef, type Talk } from './people';

/** How far back a move towards opposed counts as "slipping": the last 30 days, today included. */
export const SLIPPING_WINDOW_DAYS = 30;

/** Days after which a person's last dated assessment is "not assessed in 90 days". */
export const STALE_ASSESSMENT_DAYS = 90;

/** Someone whose assessment moved towards opposed within the last {@link SLIPPING_WINDOW_DAYS} days. */
export interface SlippingItem {
	readonly person: PersonRef;
	readonly from: number;
	readonly to: number;
	/** The date of the talk where the assessment changed. */
	readonly date: CalendarDate;
	/** That talk's path. */
	readonly source: string;
}

/** Someone whose last dated assessment is older than {@link STALE_ASSESSMENT_DAYS} days, or who has none. */
export interface StaleAssessmentItem {
	readonly person: PersonRef;
	readonly assessedOn?: CalendarDate;
}

/** A dated assessment: one held talk that sets `assessment`. */
interface DatedAssessment {
	readonly value: number;
	readonly talk: Talk;
}

/** The held talks that set an assessment, oldest first. */
function readHistory(held: readonly Talk[]): DatedAssessment[] {
	const out: DatedAssessment[] = [];
	for (const talk of held) {
		const value = talk.note.conversation.assessment;
		if (value !== undefined) out.push({ value, talk });
	}
	return out;
}

/** A person's current assessment (DESIGN §2): their note's, else the newest held 1-on-1 that sets one. */
export function findCurrentAssessment(person: Person, held: readonly Talk[]): number | undefined {
	const own = person.note?.person?.assessment;
	if (own !== undefined) return own;
	for (let i = held.length - 1; i >= 0; i--) {
		const value = held[i].note.conversation.assessment;
		if (value !== undefined) return value;
	}
	return undefined;
}

/**
 * The move that brought a person to their latest dated assessment: from the last different value
 * to the first talk of the run that ends in the latest one (2 → 4 → 4 changed at the first 4).
 */
function findLastChange(history: readonly DatedAssessment[]): { from: number; to: DatedAssessment } | undefined {
	if (history.length < 2) return undefined;
	const latest = history[history.length - 1].value;
	let first = history.length - 1;
	while (first > 0 && history[first - 1].value === latest) first--;
	if (first === 0) return undefined;
	return { from: history[first - 1].value, to: history[first] };
}

/** By name, then by path: two person notes may share a name, and the order must not depend on the index's. */
function compareByName(a: PersonRef, b: PersonRef): number {
	return (
		compareAnyCase(a.name, b.name) ||
		(a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
		((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0)
	);
}

/** Active people other than you, in table order. */
function* activePeople(table: PeopleTable): Iterable<Person> {
	for (const person of table.people.values()) {
		if (!table.youKeys.has(toPersonKey(person.id)) && !isInactive(person)) yield person;
	}
}

/**
 * Support slipping: active people (you excluded) whose latest dated assessment is more opposed than
 * the one before it, when that change was made in the last {@link SLIPPING_WINDOW_DAYS} days
 * (today − 30 … today). Most recent change first, then by name.
 */
export function findSupportSlipping(table: PeopleTable, direction: AssessmentDirection, today: CalendarDate): SlippingItem[] {
	const out: SlippingItem[] = [];
	for (const person of activePeople(table)) {
		const item = findSlippingOf(person, findHeldTalks(person, today), direction, today);
		if (item) out.push(item);
	}
	return out.sort(compareSlipping);
}

/** One person's Support slipping item (see {@link findSupportSlipping}), given their held talks; undefined when they are not slipping. */
export function findSlippingOf(person: Person, held: readonly Talk[], direction: AssessmentDirection, today: CalendarDate): SlippingItem | undefined {
	const change = findLastChange(readHistory(held));
	if (!change || change.to.talk.date < addDays(today, -SLIPPING_WINDOW_DAYS) || !isTowardsOpposed(change.from, change.to.value, direction)) return undefined;
	return { person: toPersonRef(person), from: change.from, to: change.to.value, date: change.to.talk.date, source: change.to.talk.note.path };
}

/** Support slipping's order: the most recent change first, then by name. */
export function compareSlipping(a: SlippingItem, b: SlippingItem): number {
	return a.date !== b.date ? (a.date < b.date ? 1 : -1) : compareByName(a.person, b.person);
}

/**
 * Not assessed in 90 days: active people (you excluded) whose last dated assessment is more than
 * {@link STALE_ASSESSMENT_DAYS} days before today, or who have none. Never assessed first, then the
 * oldest assessment first, then by name.
 */
export function findStaleAssessments(table: PeopleTable, today: CalendarDate): StaleAssessmentItem[] {
	const before = addDays(today, -STALE_ASSESSMENT_DAYS);
	const out: StaleAssessmentItem[] = [];
	for (const person of activePeople(table)) {
		const history = readHistory(findHeldTalks(person, today));
		const last = history[history.length - 1]?.talk.date;
		if (last === undefined) out.push({ person: toPersonRef(person) });
		else if (last < before) out.push({ person: toPersonRef(person), assessedOn: last });
	}
	return out.sort((a, b) => {
		if (a.assessedOn !== b.assessedOn) {
			if (a.assessedOn === undefined) return -1;
			if (b.assessedOn === undefined) return 1;
			return a.assessedOn < b.assessedOn ? -1 : 1;
		}
		return compareByName(a.person, b.person);
	});
}
