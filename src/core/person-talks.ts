/**
 * A person and their talks as the lists read them (DESIGN §3): who is inactive, which talks are
 * held and which planned, and the order of a person's talks. The people table (people.ts) builds them.
 */
import type { CalendarDate, OneOnOneNoteFacts, PersonNoteFacts } from './model';
import type { PersonId } from './person-identity';
import { readCollisionSuffix } from './vault-paths';

/** One person: a person note, or a name used as `person` of a 1-on-1 without a note of its own. */
export interface Person {
	readonly id: PersonId;
	/** The note's basename, or the link target as written when unresolved. */
	readonly name: string;
	/** The person note, when there is one. */
	readonly note?: PersonNoteFacts;
	/** Dated 1-on-1s naming this person, oldest first (ties by path). */
	readonly talks: readonly Talk[];
}

/** A person as the lists show them. */
export interface PersonRef {
	readonly name: string;
	/** The person note's path, or undefined for a person without a note. */
	readonly path?: string;
}

/** How a list shows a person: the name, and the note's path when there is one. */
export function toPersonRef(person: Person): PersonRef {
	return person.id.kind === 'unresolved' ? { name: person.name } : { name: person.name, path: person.id.path };
}

const INACTIVE = new Set(['inactive', 'left', 'archived']);

/** True when a person's note says `status: inactive | left | archived` (DESIGN §3: in no list). */
export function isInactive(person: Person | undefined): boolean {
	const status = person?.note?.person?.status;
	return status !== undefined && INACTIVE.has(status);
}

/**
 * A talk dated today with no content of its own yet is being prepared (DESIGN §3): planned for
 * today, so writing tomorrow's note from the template does not empty Follow up.
 */
export function isBeingPrepared(talk: Talk, today: CalendarDate): boolean {
	return talk.date === today && talk.note.conversation?.hasOwnContent === false;
}

/**
 * True when a talk on `date` is held for `today` (DESIGN §3): dated on or before today, except one
 * of today that has no content of its own yet (being prepared). The dashboard, carry-forward and
 * the relationship graph all read "held" through this.
 */
export function isHeldOnDay(date: CalendarDate, hasOwnContent: boolean, today: CalendarDate): boolean {
	return date <= today && (date !== today || hasOwnContent);
}

/** {@link isHeldOnDay} for a talk of the people table. */
export function isHeld(talk: Talk, today: CalendarDate): boolean {
	return isHeldOnDay(talk.date, talk.note.conversation?.hasOwnContent !== false, today);
}

/** A person's held talks (oldest first) and planned ones (DESIGN §3), for one today. */
export function splitTalks(person: Person, today: CalendarDate): { held: readonly Talk[]; planned: readonly Talk[] } {
	const held: Talk[] = [];
	const planned: Talk[] = [];
	for (const talk of person.talks) (isHeld(talk, today) ? held : planned).push(talk);
	return { held, planned };
}

/** A person's held talks, oldest first (see {@link splitTalks}). */
export function findHeldTalks(person: Person, today: CalendarDate): readonly Talk[] {
	return splitTalks(person, today).held;
}

/** A dated 1-on-1 with one person. */
export interface Talk {
	readonly date: CalendarDate;
	readonly note: OneOnOneNoteFacts;
}

/**
 * Same-day talks (DESIGN §3): by time (a date without one is the start of the day), then the `(2)`
 * suffix New 1-on-1 gives a second talk that day, then path.
 */
export function compareTalks(a: Talk, b: Talk): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	const timeA = a.note.conversation.time ?? '';
	const timeB = b.note.conversation.time ?? '';
	if (timeA !== timeB) return timeA < timeB ? -1 : 1;
	const suffix = readCollisionSuffix(a.note.basename) - readCollisionSuffix(b.note.basename);
	if (suffix !== 0) return suffix;
	return a.note.path < b.note.path ? -1 : a.note.path > b.note.path ? 1 : 0;
}
