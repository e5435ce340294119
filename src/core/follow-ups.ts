/**
 * The follow-up dashboard model for one `today` (DESIGN §3): Follow up (Debrief / Offer support),
 * Stalled, Your promises, Check in with, No 1-on-1 yet, Coming up, Notes to fix and Support slipping.
 *
 * Pure: the index, the settings and today go in, plain data comes out. Views render it, the CLI
 * prints it; neither recomputes a rule.
 */
import type { SectionKey } from './aeiou';
import type { AssessmentScaleOptions } from './assessment';
import { compareSlipping, findSlippingOf, type SlippingItem } from './assessment-history';
import { describeContact, type CheckInOptions } from './check-in-schedule';
import { byFollowUpDate, compareCheckIns, compareComingUp, compareNoOneOnOne, comparePromises, mergeProblems } from './follow-up-orders';
import type { CheckInItem, ComingUpItem, CommitmentRef, FollowUpItem, FollowUpModel, NoOneOnOneItem, PromiseItem, StalledItem } from './follow-up-items';
import { addDays, daysBetween } from './dates';
import type { CalendarDate, Commitment, OneOnOneNoteFacts } from './model';
import { buildPeopleTable, isBeingPrepared, isInactive, STEP_SIZE, toPersonKey, toPersonRef, type OwnedCommitment, type Person, type PeopleTable, type PersonRef, type Talk } from './people';
import { showLinksAsText } from './obsidian-syntax';
import { collectProblems, type OrganizingFolders } from './problems';
import { sortInSteps } from './sort-steps';
import type { VaultIndex } from './vault-index';

/** The options the follow-up rules read (DESIGN §3); `Settings` holds them. */
export interface FollowUpOptions extends OrganizingFolders, Pick<AssessmentScaleOptions, 'assessmentDirection'>, CheckInOptions {
	/** The organizer's own name; empty means "the note's organizer". */
	readonly yourName: string;
	/** Days after its creation an undated open commitment needs a follow-up. */
	readonly stallDays: number;
	/** Days a done commitment stays up for a debrief. */
	readonly debriefWindowDays: number;
	/** Days ahead "Coming up" looks. */
	readonly comingUpDays: number;
}

export type { PersonRef } from './people';
export type { CheckInItem, ComingUpItem, CommitmentRef, FollowUpItem, FollowUpModel, NoOneOnOneItem, PromiseItem, StalledItem } from './follow-up-items';
// Who is inactive and which talks are held are people rules; the explanations import them from here too.
export { isBeingPrepared, isInactive, splitTalks } from './people';

function toOwnerRef(person: Person | undefined, fallbackName: string): PersonRef {
	return person ? toPersonRef(person) : { name: fallbackName };
}

/**
 * A commitment as a list shows it, with its display text built when read: the pane shows 50
 * items a list, of tens of thousands at 50k notes. (A class, not a literal with a getter: V8
 * builds literal accessors slowly, and there is one of these per listed commitment.)
 */
class ListedCommitment implements CommitmentRef {
	readonly text: string;
	readonly source: string;
	readonly line: number;
	readonly raw: string;
	readonly due?: CalendarDate;
	readonly recurring: boolean;
	readonly format: 'tasks' | 'dataview';

	constructor(owned: OwnedCommitment) {
		const c = owned.commitment;
		this.text = c.text;
		this.source = owned.note.path;
		this.line = c.line;
		this.raw = c.raw;
		this.due = c.due;
		this.recurring = c.recurring;
		this.format = c.format;
	}

	/** Not kept: the pane reads it once per shown item, and a kept copy would differ between equal models. */
	get displayText(): string {
		return showLinksAsText(this.text);
	}
}

function toCommitmentRef(owned: OwnedCommitment): CommitmentRef {
	return new ListedCommitment(owned);
}

/** A commitment's follow-up date (DESIGN §3), or undefined when nothing dates it. */
export function findFollowUpDate(commitment: Commitment, note: OneOnOneNoteFacts, stallDays: number): CalendarDate | undefined {
	const noteDate = note.conversation.date;
	if (commitment.status.kind === 'done') return commitment.status.doneOn ?? noteDate;
	if (commitment.due) return commitment.due;
	const created = commitment.created ?? noteDate;
	return created ? addDays(created, stallDays) : undefined;
}

/** Index of the first talk dated after `date` (talks are sorted by date). */
function firstTalkAfter(talks: readonly Talk[], date: CalendarDate): number {
	let lo = 0;
	let hi = talks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (talks[mid].date <= date) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The first held talk with the owner, other than `ownNote`, dated in [from, today]: the one that followed a commitment up. */
export function findFollowingTalk(owner: Person | undefined, from: CalendarDate, today: CalendarDate, ownNote: string): Talk | undefined {
	if (!owner) return undefined;
	const end = firstTalkAfter(owner.talks, today);
	for (let i = firstTalkAfter(owner.talks, addDays(from, -1)); i < end; i++) {
		const talk = owner.talks[i];
		if (talk.note.path !== ownNote && !isBeingPrepared(talk, today)) return talk;
	}
	return undefined;
}

/** True when a held talk with the owner, other than `ownNote`, is dated in [from, today]. */
function isFollowedUp(owner: Person | undefined, from: CalendarDate, today: CalendarDate, ownNote: string): boolean {
	return findFollowingTalk(owner, from, today, ownNote) !== undefined;
}

/**
 * The stages a talk covered: its sections with content of their own, as the parser records them
 * (`stagesWithContent`, when the parser provides it).
 */
function readTalkStages(talk: Talk | undefined): readonly SectionKey[] {
	const conversation = talk?.note.conversation;
	if (!conversation || !('stagesWithContent' in conversation)) return [];
	return conversation.stagesWithContent as readonly SectionKey[];
}

/** The commitment lists of a model, filled as commitments are sorted into them. */
export interface CommitmentLists {
	readonly followUp: FollowUpItem[];
	readonly stalled: StalledItem[];
	readonly yourPromises: PromiseItem[];
	readonly comingUp: ComingUpItem[];
}

/** Puts one commitment into the lists it belongs in for today (DESIGN §3), in no order. */
export function sortCommitmentInto(lists: CommitmentLists, owned: OwnedCommitment, table: PeopleTable, settings: FollowUpOptions, today: CalendarDate): void {
	const { commitment, note } = owned;
	if (commitment.status.kind === 'cancelled') return;
	const owner = owned.ownerKey ? table.people.get(owned.ownerKey) : undefined;
	if (isInactive(owner) || (owned.ownerKey !== undefined && table.excludedKeys.has(owned.ownerKey))) return;
	// Most commitments end up in no list: build what a list shows only for those that do (once:
	// Coming up and Your promises share it).
	let made: CommitmentRef | undefined;
	if (commitment.status.kind === 'open' && commitment.due && commitment.due > today && commitment.due <= horizonOf(today, settings.comingUpDays)) {
		const owner = owned.ownerName;
		made = toCommitmentRef(owned);
		lists.comingUp.push(owner !== undefined
			? { what: 'commitment', date: commitment.due, text: commitment.text, commitment: made, yours: owned.yours, owner }
			: { what: 'commitment', date: commitment.due, text: commitment.text, commitment: made, yours: owned.yours });
	}
	if (owned.yours) {
		if (commitment.status.kind === 'open') lists.yourPromises.push({ commitment: made ?? toCommitmentRef(owned), overdue: !!commitment.due && commitment.due < today });
		return;
	}
	if (!owned.ownerKey) return;
	const followUpDate = findFollowUpDate(commitment, note, settings.stallDays);
	if (!followUpDate || followUpDate > today) return;
	// A done one is only ever a debrief, and only inside the window.
	if (commitment.status.kind === 'done' && followUpDate < horizonOf(today, -settings.debriefWindowDays)) return;
	const followedUp = isFollowedUp(owner, followUpDate, today, note.path);
	const ownerRef = toOwnerRef(owner, owned.ownerName ?? '');
	const ref = made ?? toCommitmentRef(owned);
	if (commitment.status.kind === 'open') {
		if (followedUp) lists.stalled.push({ commitment: ref, owner: ownerRef, followUpDate, daysStalled: daysBetween(followUpDate, today) });
		else lists.followUp.push({ kind: 'support', commitment: ref, owner: ownerRef, followUpDate });
	} else if (!followedUp) {
		lists.followUp.push({ kind: 'debrief', commitment: ref, owner: ownerRef, followUpDate });
	}
}

/** The last few `today + days` asked for: every commitment of a build asks for the same two. */
const horizons = new Map<string, CalendarDate>();

function horizonOf(today: CalendarDate, days: number): CalendarDate {
	const key = `${today} ${days}`;
	let date = horizons.get(key);
	if (date === undefined) {
		if (horizons.size > 8) horizons.clear();
		date = addDays(today, days);
		horizons.set(key, date);
	}
	return date;
}

/** The person lists of a model, filled as people are sorted into them. */
export interface PersonLists {
	readonly checkIn: CheckInItem[];
	readonly noOneOnOne: NoOneOnOneItem[];
	readonly comingUp: ComingUpItem[];
	readonly slipping: SlippingItem[];
}

/** Puts one person into the lists they belong in for today (DESIGN §3), in no order: none for you or someone inactive. */
export function sortPersonInto(lists: PersonLists, person: Person, table: PeopleTable, settings: FollowUpOptions, today: CalendarDate): void {
	if (table.youKeys.has(toPersonKey(person.id)) || isInactive(person)) return;
	const horizon = addDays(today, settings.comingUpDays);
	const contact = describeContact(person, today, settings);
	const slipping = findSlippingOf(person, contact.held, settings.assessmentDirection, today);
	if (slipping) lists.slipping.push(slipping);
	const ref = toPersonRef(person);
	const nextPlanned = contact.planned[0];
	for (const talk of contact.planned) {
		if (talk.date > today && talk.date <= horizon) lists.comingUp.push({ what: 'planned', date: talk.date, text: person.name, person: ref, source: talk.note.path });
	}
	if (contact.held.length === 0) {
		lists.noOneOnOne.push({ person: ref, planned: nextPlanned?.date, lastTalkStages: [] });
		return;
	}
	if (!contact.lastContact || !contact.nextCheckIn || nextPlanned) return;
	if (contact.nextCheckIn <= today) {
		lists.checkIn.push({
			person: ref,
			lastContact: contact.lastContact,
			nextCheckIn: contact.nextCheckIn,
			daysOver: daysBetween(contact.nextCheckIn, today),
			lastTalkStages: readTalkStages(contact.held[contact.held.length - 1]),
		});
	} else if (contact.nextCheckIn <= horizon) {
		lists.comingUp.push({ what: 'check-in', date: contact.nextCheckIn, text: person.name, person: ref });
	}
}

/** Where `item` goes in `sorted` (the first place not before it). */
export function findPlace<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compare(sorted[mid], item) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Builds the whole dashboard model for `today`. Pass a prebuilt `table` to share it with other
 * models of the same index revision.
 */
export function buildFollowUps(
	index: VaultIndex,
	settings: FollowUpOptions,
	today: CalendarDate,
	table: PeopleTable = buildPeopleTable(index, settings.yourName),
): FollowUpModel {
	const steps = buildFollowUpsSteps(index, settings, today, table);
	for (;;) {
		const next = steps.next();
		if (next.done === true) return next.value;
	}
}

/** Builds the dashboard model in steps ({@link buildFollowUps}): each `yield` a point where a caller may pause. */
export function* buildFollowUpsSteps(index: VaultIndex, settings: FollowUpOptions, today: CalendarDate, table: PeopleTable): Generator<undefined, FollowUpModel, undefined> {
	const lists: CommitmentLists = { followUp: [], stalled: [], yourPromises: [], comingUp: [] };
	let work = 0;
	for (const owned of table.commitments) {
		if (++work % (STEP_SIZE / 2) === 0) yield undefined;
		sortCommitmentInto(lists, owned, table, settings, today);
	}

	const people: PersonLists = { checkIn: [], noOneOnOne: [], comingUp: lists.comingUp, slipping: [] };
	for (const person of table.people.values()) {
		work += person.talks.length + 1;
		if (work >= STEP_SIZE * 2) {
			work = 0;
			yield undefined;
		}
		sortPersonInto(people, person, table, settings, today);
	}
	yield undefined;

	return {
		today,
		followUp: yield* sortInSteps(lists.followUp, byFollowUpDate),
		stalled: yield* sortInSteps(lists.stalled, byFollowUpDate),
		yourPromises: yield* sortInSteps(lists.yourPromises, comparePromises),
		checkIn: yield* sortInSteps(people.checkIn, compareCheckIns),
		noOneOnOne: yield* sortInSteps(people.noOneOnOne, compareNoOneOnOne),
		comingUp: yield* sortInSteps(lists.comingUp, compareComingUp),
		problems: mergeProblems(collectProblems(index.notesThatMayHaveProblems(), settings), table.problems),
		slipping: yield* sortInSteps(people.slipping, compareSlipping),
	};
}
