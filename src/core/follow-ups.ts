/**
 * The follow-up dashboard model for one `today` (DESIGN §3): Follow up (Debrief / Offer support),
 * Stalled, Your promises, Check in with, No 1-on-1 yet, Coming up, Notes to fix and Support slipping.
 *
 * Pure: the index, the settings and today go in, plain data comes out. Views render it, the CLI
 * prints it; neither recomputes a rule.
 */
import type { SectionKey } from './aeiou';
import type { AssessmentIntervals, AssessmentScaleOptions } from './assessment';
import { compareSlipping, findCurrentAssessment, findSlippingOf, type SlippingItem } from './assessment-history';
import { addDays, daysBetween } from './dates';
import type { CalendarDate, Commitment, OneOnOneNoteFacts } from './model';
import { buildPeopleTable, isBeingPrepared, isInactive, splitTalks, STEP_SIZE, toPersonKey, toPersonRef, type OwnedCommitment, type Person, type PeopleTable, type PersonRef, type Talk } from './people';
import { showLinksAsText } from './obsidian-syntax';
import { collectProblems, type NoteProblem, type OrganizingFolders } from './problems';
import { sortInSteps } from './sort-steps';
import type { VaultIndex } from './vault-index';

/** The options the follow-up rules read (DESIGN §3); `Settings` holds them. */
export interface FollowUpOptions extends OrganizingFolders, Pick<AssessmentScaleOptions, 'assessmentDirection'> {
	/** The organizer's own name; empty means "the note's organizer". */
	readonly yourName: string;
	/** Days after its creation an undated open commitment needs a follow-up. */
	readonly stallDays: number;
	/** Days a done commitment stays up for a debrief. */
	readonly debriefWindowDays: number;
	/** Days ahead "Coming up" looks. */
	readonly comingUpDays: number;
	readonly assessmentIntervals: AssessmentIntervals;
}

/** A commitment as the lists show it. */
export interface CommitmentRef {
	/** As written (links in `[[…]]`), for the report. */
	readonly text: string;
	/** As reading view shows it (`[[Sam Rivera]]` → `Sam Rivera`), for the pane. */
	readonly displayText: string;
	/** Path of the 1-on-1 note it is in. */
	readonly source: string;
	/** 1-based line. */
	readonly line: number;
	/** The whole line as written, for line-exact edits ("Mark done"). */
	readonly raw: string;
	readonly due?: CalendarDate;
	readonly recurring: boolean;
	readonly format: 'tasks' | 'dataview';
}

export type { PersonRef } from './people';
// Who is inactive and which talks are held are people rules; the explanations import them from here too.
export { isBeingPrepared, isInactive, splitTalks } from './people';

export interface FollowUpItem {
	/** 'debrief' for done commitments, 'support' for open ones. */
	readonly kind: 'debrief' | 'support';
	readonly commitment: CommitmentRef;
	readonly owner: PersonRef;
	readonly followUpDate: CalendarDate;
}

export interface StalledItem {
	readonly commitment: CommitmentRef;
	readonly owner: PersonRef;
	readonly followUpDate: CalendarDate;
	readonly daysStalled: number;
}

export interface PromiseItem {
	readonly commitment: CommitmentRef;
	readonly overdue: boolean;
}

export interface CheckInItem {
	readonly person: PersonRef;
	readonly lastContact: CalendarDate;
	readonly nextCheckIn: CalendarDate;
	readonly daysOver: number;
	/** AEIOU stages of the latest held talk that have content of their own (DESIGN §3), in order. */
	readonly lastTalkStages: readonly SectionKey[];
}

export interface NoOneOnOneItem {
	readonly person: PersonRef;
	/** Always empty (no held talk yet); there so every person item has the same shape. */
	readonly lastTalkStages: readonly SectionKey[];
	/** The earliest planned 1-on-1, if any. */
	readonly planned?: CalendarDate;
}

export type ComingUpItem =
	| {
			readonly what: 'commitment';
			readonly date: CalendarDate;
			readonly text: string;
			readonly commitment: CommitmentRef;
			/** Whose it is (the owner's name); absent when the note names nobody. */
			readonly owner?: string;
			/** True for your own promise. */
			readonly yours: boolean;
	  }
	| { readonly what: 'planned'; readonly date: CalendarDate; readonly text: string; readonly person: PersonRef; readonly source: string }
	| { readonly what: 'check-in'; readonly date: CalendarDate; readonly text: string; readonly person: PersonRef };

export interface FollowUpModel {
	readonly today: CalendarDate;
	readonly followUp: readonly FollowUpItem[];
	readonly stalled: readonly StalledItem[];
	readonly yourPromises: readonly PromiseItem[];
	readonly checkIn: readonly CheckInItem[];
	readonly noOneOnOne: readonly NoOneOnOneItem[];
	readonly comingUp: readonly ComingUpItem[];
	readonly problems: readonly NoteProblem[];
	/** Support slipping (issue #17): assessments that moved towards opposed in the last 30 days. */
	readonly slipping: readonly SlippingItem[];
}

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

const ROLE_WORD = /\b(leader|committee)\b/i;

/** The check-in interval and the DESIGN §3 rule that gave it. */
export interface IntervalChoice {
	/** Days between check-ins; undefined for never. */
	readonly days?: number;
	readonly rule: 'contact-every' | 'role' | 'assessment' | 'unassessed';
	/** The assessment the interval came from, for the 'assessment' rule. */
	readonly assessment?: number;
}

/** Days between check-ins for a person, with the rule that chose it (DESIGN §3 precedence). */
export function chooseInterval(person: Person, held: readonly Talk[], settings: FollowUpOptions): IntervalChoice {
	const facts = person.note?.person;
	const every = facts?.contactEvery;
	if (every) return every.kind === 'never' || every.days === 0 ? { rule: 'contact-every' } : { days: every.days, rule: 'contact-every' };
	if (facts?.role && ROLE_WORD.test(facts.role)) return { days: 7, rule: 'role' };
	const assessment = findCurrentAssessment(person, held);
	const intervals = settings.assessmentIntervals;
	const key = assessment === undefined ? 'unassessed' : String(assessment);
	const interval = key in intervals ? intervals[key as keyof typeof intervals] : 14;
	const days = interval === 'none' ? undefined : interval;
	const rule = assessment === undefined ? 'unassessed' : 'assessment';
	return { ...(days !== undefined ? { days } : {}), rule, ...(assessment !== undefined ? { assessment } : {}) };
}

/** Days between check-ins for a person, or undefined for never (DESIGN §3 precedence). */
function findInterval(person: Person, held: readonly Talk[], settings: FollowUpOptions): number | undefined {
	return chooseInterval(person, held, settings).days;
}

/** A person's contact for one today: what the lists read, and where each date came from. */
export interface Contact {
	readonly lastContact?: CalendarDate;
	/** 'talk' when the latest held 1-on-1 gave the last contact, 'logged' when `last-contact` did. */
	readonly lastContactFrom?: 'talk' | 'logged';
	readonly nextCheckIn?: CalendarDate;
	/** The person's own `next-contact`, the latest talk's `next-contact`, or last contact + interval. */
	readonly nextCheckInFrom?: 'own-next-contact' | 'talk-next-contact' | 'interval';
	readonly held: readonly Talk[];
	readonly planned: readonly Talk[];
}

/** Last contact and next check-in of a person for today (DESIGN §3). */
export function describeContact(person: Person, today: CalendarDate, settings: FollowUpOptions): Contact {
	const { held, planned } = splitTalks(person, today);
	const latestHeld = held.length > 0 ? held[held.length - 1] : undefined;
	const logged = person.note?.person?.lastContact;
	let lastContact = latestHeld?.date;
	let lastContactFrom: Contact['lastContactFrom'] = lastContact ? 'talk' : undefined;
	if (logged && logged <= today && (!lastContact || logged > lastContact)) {
		lastContact = logged;
		lastContactFrom = 'logged';
	}
	if (!lastContact) return { held, planned };
	const own = person.note?.person?.nextContact;
	const fromTalk = latestHeld?.note.conversation.nextContact;
	if (own && own > lastContact) return { lastContact, lastContactFrom, nextCheckIn: own, nextCheckInFrom: 'own-next-contact', held, planned };
	if (fromTalk && fromTalk > lastContact) return { lastContact, lastContactFrom, nextCheckIn: fromTalk, nextCheckInFrom: 'talk-next-contact', held, planned };
	const interval = findInterval(person, held, settings);
	if (interval === undefined) return { lastContact, lastContactFrom, held, planned };
	return { lastContact, lastContactFrom, nextCheckIn: addDays(lastContact, interval), nextCheckInFrom: 'interval', held, planned };
}

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
