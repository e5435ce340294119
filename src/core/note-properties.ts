/**
 * The typed front matter of 1-on-1 and person notes (DESIGN §2), read from property values with
 * a Problem for each value that is there but cannot be used.
 */

import type { CalendarDate, ContactEvery, ConversationFacts, LinkRef, PersonFacts, Problem, PropertyValue } from './model';
import { ASSESSMENT_VALUES } from './assessment';
import { readDateText } from './date-text';
import { findWikiLinks, parseReference } from './obsidian-syntax';

/** Properties plus a way to find the front matter line of a key, for problems that point at it. */
export interface PropertySource {
	readonly properties: Readonly<Record<string, PropertyValue>>;
	readonly lineOf: (key: string) => number | undefined;
}

type Problems = Problem[];

/** An empty wiki link or embed: `[[]]`, `[[ ]]`, `![[]]`. */
const EMPTY_LINK = /!?\[\[[ \t]*\]\]/g;

function problemAt(source: PropertySource, key: string, message: string): Problem {
	const line = source.lineOf(key);
	return line === undefined ? { message } : { message, line };
}

function get(source: PropertySource, key: string): PropertyValue | undefined {
	const value = Object.prototype.hasOwnProperty.call(source.properties, key) ? source.properties[key] : undefined;
	return value === undefined || value.kind === 'null' ? undefined : value;
}

/** References in a value: links, plain names, lists of either; links inside longer text. */
export function readReferences(value: PropertyValue | undefined): LinkRef[] {
	if (value === undefined) return [];
	switch (value.kind) {
		case 'link': return value.link.target === '' && value.link.subpath === undefined ? [] : [value.link];
		case 'list': return value.items.flatMap(readReferences);
		case 'text': {
			let text = value.text;
			if (text.includes('[[')) {
				const links = findWikiLinks(text).map((match) => match.link);
				if (links.length > 0) return links;
				// Empty links (`[[]]`, a template's placeholder) name nobody: what is left, if anything.
				text = text.replace(EMPTY_LINK, '');
				if (/^[\s,;]*$/.test(text)) return [];
			}
			// A plain-text list (`person: Ana Ruiz, Ben Okafor`) names each of its items.
			return text.split(',').flatMap((part) => {
				const name = parseReference(part);
				return name === undefined ? [] : [name];
			});
		}
		case 'number': return [{ target: String(value.value), isLink: false }];
		default: return [];
	}
}

/** Plain text of a value: text as is, a link's target, numbers as written, lists joined with ", ". */
export function readText(value: PropertyValue | undefined): string | undefined {
	if (value === undefined) return undefined;
	switch (value.kind) {
		case 'text': return value.text === '' ? undefined : value.text;
		case 'link': return value.link.target;
		case 'number': case 'boolean': return String(value.value);
		case 'date': return value.date;
		case 'list': {
			const parts = value.items.map(readText).filter((part): part is string => part !== undefined);
			return parts.length === 0 ? undefined : parts.join(', ');
		}
		case 'null': return undefined;
	}
}

function readDate(source: PropertySource, key: string, problems: Problems): CalendarDate | undefined {
	const value = get(source, key);
	if (value === undefined) return undefined;
	if (value.kind === 'date') return value.date;
	if (value.kind === 'text' && value.text === '') return undefined;
	const text = readText(value) ?? '';
	const date = value.kind === 'text' ? readDateText(text) : undefined;
	if (date !== undefined) return date.date;
	problems.push(problemAt(source, key, `"${key}" is "${text}", which is not a date, so it is ignored: write it as YYYY-MM-DD (e.g. 2026-11-28).`));
	return undefined;
}

function readNumber(source: PropertySource, key: string, problems: Problems): number | undefined {
	const value = get(source, key);
	if (value === undefined) return undefined;
	if (value.kind === 'number') return value.value;
	if (value.kind === 'text') {
		if (value.text === '') return undefined;
		if (/^-?\d+(?:\.\d+)?$/.test(value.text)) return Number(value.text);
	}
	problems.push(problemAt(source, key, `"${key}" is "${readText(value) ?? ''}", which is not a number, so it is ignored: write a number (e.g. ${key}: 2).`));
	return undefined;
}

/**
 * The `assessment`: a whole number on the scale (DESIGN §1, 1–5). Any other number (`22` typed for
 * `2`, `2.5`) would count the person as assessed while falling in no band and no check-in interval,
 * so it is no assessment, and a problem says why.
 */
function readAssessment(source: PropertySource, problems: Problems): number | undefined {
	const value = readNumber(source, 'assessment', problems);
	if (value === undefined || (Number.isInteger(value) && value >= 1 && value <= ASSESSMENT_VALUES.length)) return value;
	problems.push(problemAt(source, 'assessment', `"assessment" is "${String(value)}", which is not on the scale, so it is ignored: write a whole number from 1 to ${ASSESSMENT_VALUES.length} (e.g. assessment: 2), or leave it empty.`));
	return undefined;
}

/** The longest `contact-every` read, in days (the same bound as the settings' intervals). */
export const MAX_CONTACT_EVERY_DAYS = 3650;

function readContactEvery(source: PropertySource, problems: Problems): ContactEvery | undefined {
	const key = 'contact-every';
	const value = get(source, key);
	if (value === undefined) return undefined;
	const text = (readText(value) ?? '').trim().toLowerCase();
	if (text === '') return undefined;
	if (text === 'none' || text === 'never') return { kind: 'never' };
	const days = value.kind === 'number' ? value.value : /^\d+$/.test(text) ? Number(text) : Number.NaN;
	// Whole days within ten years: a fraction or a huge number would make an impossible date.
	if (Number.isInteger(days) && days >= 0 && days <= MAX_CONTACT_EVERY_DAYS) return days === 0 ? { kind: 'never' } : { kind: 'days', days };
	problems.push(problemAt(source, key, `"contact-every" is "${text}", which is not a whole number of days from 1 to ${MAX_CONTACT_EVERY_DAYS}, so it is ignored: write a number (contact-every: 14), or none to never prompt.`));
	return undefined;
}

/** The time of a date-time value (`2026-11-20T18:30` → `18:30`), if it has one. */
function readTime(value: PropertyValue | undefined): string | undefined {
	if (value?.kind === 'date') return value.time;
	if (value?.kind === 'text') return readDateText(value.text)?.time;
	return undefined;
}

/** A fact object being filled in, key by key, before it is handed out. */
type Filling<T> = { -readonly [K in keyof T]: T[K] };

/** What the body says of a 1-on-1's own content (see note-body.ts). */
export type OwnContent = Pick<ConversationFacts, 'hasOwnContent' | 'stagesWithContent'>;

/**
 * Reads a 1-on-1's facts; `fileNameDate` is used when `date` is missing or not a date. Filled key by
 * key, only with the values present (a conditional spread per key cost more than the reading).
 */
export function readConversationFacts(source: PropertySource, fileNameDate: CalendarDate | undefined, problems: Problems, own: OwnContent): ConversationFacts {
	const persons = readReferences(get(source, 'person'));
	const ownDate = readDate(source, 'date', problems);
	const date = ownDate ?? fileNameDate;
	const time = ownDate === undefined ? undefined : readTime(get(source, 'date'));
	const organizer = readReferences(get(source, 'organizer'))[0];
	const kind = readText(get(source, 'kind'));
	const assessment = readAssessment(source, problems);
	const nextContact = readDate(source, 'next-contact', problems);
	const issues = readReferences(get(source, 'issues'));
	if (persons.length === 0) problems.push(problemAt(source, 'person', 'This 1-on-1 names no person: add person: "[[Name]]" to its properties.'));
	if (date === undefined) problems.push({ message: 'This 1-on-1 has no date: add date: YYYY-MM-DD to its properties, or start the file name with the date.' });
	const facts: Partial<Filling<ConversationFacts>> = { persons };
	if (date !== undefined) facts.date = date;
	if (time !== undefined) facts.time = time;
	if (organizer !== undefined) facts.organizer = organizer;
	if (kind !== undefined) facts.kind = kind;
	if (assessment !== undefined) facts.assessment = assessment;
	if (nextContact !== undefined) facts.nextContact = nextContact;
	if (issues.length > 0) facts.issues = issues;
	facts.hasOwnContent = own.hasOwnContent;
	facts.stagesWithContent = own.stagesWithContent;
	// Every key it must have is there now: hasOwnContent and stagesWithContent, just set, and persons.
	return facts as ConversationFacts;
}

/** Reads a person note's facts (filled as readConversationFacts' are). */
export function readPersonFacts(source: PropertySource, problems: Problems): PersonFacts {
	const role = readText(get(source, 'role'));
	const assessment = readAssessment(source, problems);
	const contactEvery = readContactEvery(source, problems);
	const lastContact = readDate(source, 'last-contact', problems);
	const nextContact = readDate(source, 'next-contact', problems);
	const status = readText(get(source, 'status'))?.trim().toLowerCase();
	const workplace = readReferences(get(source, 'workplace'))[0];
	const department = readText(get(source, 'department'));
	const shift = readText(get(source, 'shift'));
	const facts: Filling<PersonFacts> = {};
	if (role !== undefined) facts.role = role;
	if (assessment !== undefined) facts.assessment = assessment;
	if (contactEvery !== undefined) facts.contactEvery = contactEvery;
	if (lastContact !== undefined) facts.lastContact = lastContact;
	if (nextContact !== undefined) facts.nextContact = nextContact;
	if (status !== undefined && status !== '') facts.status = status;
	if (workplace !== undefined) facts.workplace = workplace;
	if (department !== undefined) facts.department = department;
	if (shift !== undefined) facts.shift = shift;
	return facts;
}

/** `aliases` and `alias` as plain strings (a link's target, numbers as written), in order, no blanks. */
export function readAliases(properties: Readonly<Record<string, PropertyValue>>): string[] {
	const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(properties, key);
	// Most notes have neither: no arrays and closures for them.
	if (!has('aliases') && !has('alias')) return [];
	const values = ['aliases', 'alias'].map((key) => (has(key) ? properties[key] : undefined));
	const flatten = (value: PropertyValue | undefined): string[] => {
		if (value === undefined) return [];
		if (value.kind === 'list') return value.items.flatMap(flatten);
		const text = readText(value)?.trim();
		return text === undefined || text === '' ? [] : [text];
	};
	return values.flatMap(flatten);
}
