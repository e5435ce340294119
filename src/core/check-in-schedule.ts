/**
 * When a person is next due a check-in (DESIGN §3): the interval the precedence rules choose, and
 * a person's last contact and next check-in for one today, with where each date came from. The
 * dashboard's Check in with and Coming up read it, and Explain says it.
 */
import type { AssessmentIntervals } from './assessment';
import { findCurrentAssessment } from './assessment-history';
import { addDays } from './dates';
import type { CalendarDate } from './model';
import { splitTalks, type Person, type Talk } from './people';

/** What the check-in schedule reads from the settings. */
export interface CheckInOptions {
	readonly assessmentIntervals: AssessmentIntervals;
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
export function chooseInterval(person: Person, held: readonly Talk[], settings: CheckInOptions): IntervalChoice {
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
function findInterval(person: Person, held: readonly Talk[], settings: CheckInOptions): number | undefined {
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
export function describeContact(person: Person, today: CalendarDate, settings: CheckInOptions): Contact {
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
