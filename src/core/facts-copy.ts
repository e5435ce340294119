/**
 * The facts of one note copied out of its text (see fresh-copy.ts for why), with the objects the
 * index holds by the hundred thousand (links, property values, the facts themselves) built as
 * literals: V8 then sizes each to its keys, where an object filled key by key keeps spare slots
 * (measured: 40 against 56 bytes for a link, 112 against 145 for an 11-key object). Plain links are
 * shared across notes as frozen objects (the facts are readonly data; nothing compares them by
 * identity), link targets and short property texts as strings (copySharedString). The rest goes
 * through the generic copy. Equal to a JSON round trip of the facts, as the tests hold it.
 *
 * Measured on 10k generated notes (bench/measure-parse.ts), against the JSON round trip of the whole
 * facts it replaces: 19.9 MB retained instead of 21.4, in about half the copying time.
 */

import { copyFlat, copyFresh, copySharedString, copyString, EMPTY } from './fresh-copy';
import type { BaseNoteFacts, BodyLink, Commitment, CommitmentStatus, ConversationFacts, InlineField, LinkRef, NoteFacts, OneOnOneNoteFacts, OtherNoteFacts, ParsePath, PersonFacts, PersonNoteFacts, Problem, PropertyValue } from './model';

/** Plain links (`[[Name]]`) and names, one frozen object per target, shared by every note naming it. */
const sharedLinks = new Map<string, LinkRef>();
const sharedNames = new Map<string, LinkRef>();
/** Beyond this many targets, new ones are copied, not shared (the tables stop growing). */
const MAX_SHARED_LINKS = 100_000;

function copyPlainLink(target: string, isLink: boolean): LinkRef {
	const table = isLink ? sharedLinks : sharedNames;
	const known = table.get(target);
	if (known !== undefined) return known;
	const link: LinkRef = Object.freeze({ target: copySharedString(target), isLink });
	if (table.size < MAX_SHARED_LINKS) table.set(link.target, link);
	return link;
}

function copyLink(link: LinkRef): LinkRef {
	// The keys in the order parseLinkInner writes them.
	if (link.subpath === undefined) {
		return link.display === undefined ? copyPlainLink(link.target, link.isLink) : { target: copySharedString(link.target), display: copySharedString(link.display), isLink: link.isLink };
	}
	const target = copySharedString(link.target);
	const subpath = copySharedString(link.subpath);
	return link.display === undefined ? { target, subpath, isLink: link.isLink } : { target, subpath, display: copySharedString(link.display), isLink: link.isLink };
}

function copyList<T>(items: readonly T[], copy: (item: T) => T): readonly T[] {
	const length = items.length;
	if (length === 0) return EMPTY;
	const out = new Array<T>(length);
	for (let index = 0; index < length; index++) out[index] = copy(items[index]);
	return out;
}

function copyProperty(value: PropertyValue): PropertyValue {
	switch (value.kind) {
		case 'text': return { kind: 'text', text: copySharedString(value.text) };
		case 'link': return { kind: 'link', link: copyLink(value.link) };
		case 'date': return value.time === undefined ? { kind: 'date', date: copyString(value.date) } : copyFresh(value);
		case 'list': return { kind: 'list', items: copyList(value.items, copyProperty) };
		default: return copyFresh(value);
	}
}

function copyProperties(properties: Readonly<Record<string, PropertyValue>>): Readonly<Record<string, PropertyValue>> {
	if (Object.isFrozen(properties)) return properties;
	const out: Record<string, PropertyValue> = {};
	// Keys are interned by V8 (a copy of their own), so only the values are copied.
	for (const key in properties) out[key] = copyProperty(properties[key]);
	return out;
}

function copyStatus(status: CommitmentStatus): CommitmentStatus {
	return Object.isFrozen(status) ? status : copyFresh(status);
}

/**
 * The commitment of the usual shape (a due date at most, an owner prefix or none, a section or
 * none; keys in parseCommitmentLine's order) as a literal, sized to its keys; undefined for others.
 */
function copyUsualCommitment(commitment: Commitment, raw: string, text: string): Commitment | undefined {
	const { line, statusChar, due, ownerPrefix, recurring, format, section } = commitment;
	if (commitment.created !== undefined || commitment.scheduled !== undefined || commitment.start !== undefined || commitment.ownerField !== undefined) return undefined;
	const status = copyStatus(commitment.status);
	if (ownerPrefix === undefined) {
		if (due === undefined) return section === undefined ? { line, raw, statusChar, status, text, recurring, format } : { line, raw, statusChar, status, text, recurring, format, section };
		return section === undefined ? { line, raw, statusChar, status, text, due, recurring, format } : { line, raw, statusChar, status, text, due, recurring, format, section };
	}
	const owner = copyLink(ownerPrefix);
	if (due === undefined) return section === undefined ? { line, raw, statusChar, status, text, ownerPrefix: owner, recurring, format } : { line, raw, statusChar, status, text, ownerPrefix: owner, recurring, format, section };
	return section === undefined ? { line, raw, statusChar, status, text, due, ownerPrefix: owner, recurring, format } : { line, raw, statusChar, status, text, due, ownerPrefix: owner, recurring, format, section };
}

/** A commitment with its line and text already copied (`raw`, `text`). */
function copyCommitment(commitment: Commitment, raw: string, text: string): Commitment {
	const usual = copyUsualCommitment(commitment, raw, text);
	if (usual !== undefined) return usual;
	const out: Record<string, unknown> = {};
	const source = commitment as unknown as Record<string, unknown>;
	for (const key in source) {
		const value = source[key];
		if (value === undefined) continue;
		if (key === 'raw') out[key] = raw;
		else if (key === 'text') out[key] = text;
		else if (typeof value === 'string') out[key] = copyString(value);
		else if (key === 'status') out[key] = copyStatus(value as CommitmentStatus);
		else if (typeof value === 'object') out[key] = copyLink(value as LinkRef);
		else out[key] = value;
	}
	return out as unknown as Commitment;
}

/**
 * The commitments with their lines copied flat (see copyFlat: a task line mostly holds emoji, two
 * bytes a character anyway) and their texts in one JSON call (one byte a character when they can
 * be). Measured on the 10k bench vault against both in one JSON call: parse 1.5% fewer instructions,
 * index 18.4 against 17.3 MB; both flat was 3.4% and 20.5 MB.
 */
function copyCommitments(commitments: readonly Commitment[]): readonly Commitment[] {
	const length = commitments.length;
	if (length === 0) return EMPTY;
	const texts = new Array<string>(length);
	for (let index = 0; index < length; index++) texts[index] = commitments[index].text;
	const fresh = JSON.parse(JSON.stringify(texts)) as string[];
	const out = new Array<Commitment>(length);
	for (let index = 0; index < length; index++) {
		const commitment = commitments[index];
		out[index] = copyCommitment(commitment, copyFlat(commitment.raw), fresh[index]);
	}
	return out;
}

const copyBodyLink = (link: BodyLink): BodyLink => ({ line: link.line, link: copyLink(link.link) });
const copyField = (field: InlineField): InlineField => ({ line: field.line, key: copyString(field.key), value: copyString(field.value), links: copyList(field.links, copyLink) });
const copyProblem = (problem: Problem): Problem => (problem.line === undefined ? copyFresh(problem) : { message: copyString(problem.message), line: problem.line });

function copyConversation(conversation: ConversationFacts): ConversationFacts {
	const { persons, date, time, organizer, kind, assessment, nextContact, issues, hasOwnContent, stagesWithContent } = conversation;
	// A talk the New 1-on-1 template wrote, every property filled: a literal in readConversationFacts' key order.
	if (date !== undefined && time === undefined && organizer !== undefined && kind !== undefined && assessment !== undefined && nextContact !== undefined && issues !== undefined) {
		return {
			persons: copyList(persons, copyLink), date: copyString(date), organizer: copyLink(organizer), kind: copySharedString(kind), assessment: copyFresh(assessment),
			nextContact: copyString(nextContact), issues: copyList(issues, copyLink), hasOwnContent, stagesWithContent: copyList(stagesWithContent, (stage) => stage),
		};
	}
	const out: Record<string, unknown> = {};
	const source = conversation as unknown as Record<string, unknown>;
	for (const key in source) {
		const value = source[key];
		if (value === undefined) continue;
		if (key === 'persons' || key === 'issues') out[key] = copyList(value as LinkRef[], copyLink);
		else if (key === 'organizer') out[key] = copyLink(value as LinkRef);
		else out[key] = typeof value === 'string' ? copySharedString(value) : copyFresh(value);
	}
	return out as unknown as ConversationFacts;
}

function copyPerson(person: PersonFacts): PersonFacts {
	const out: Record<string, unknown> = {};
	const source = person as unknown as Record<string, unknown>;
	for (const key in source) {
		const value = source[key];
		if (value === undefined) continue;
		if (key === 'workplace') out[key] = copyLink(value as LinkRef);
		else out[key] = typeof value === 'string' ? copySharedString(value) : copyFresh(value);
	}
	return out as unknown as PersonFacts;
}

/** A copy of a note's facts that keeps none of its text alive; equal to `JSON.parse(JSON.stringify(facts))`. */
export function copyFacts(facts: NoteFacts): NoteFacts {
	// The path is the caller's (a file's, never part of its text) and the file name a piece of it:
	// keeping them keeps nothing of the note alive.
	const common: CommonFacts = {
		path: facts.path,
		basename: facts.basename,
		typeValue: facts.typeValue === undefined ? undefined : copySharedString(facts.typeValue),
		properties: copyProperties(facts.properties),
		aliases: copyList(facts.aliases, copyString),
		headings: copyList(facts.headings, copyFresh),
		commitments: copyCommitments(facts.commitments),
		links: copyList(facts.links, copyBodyLink),
		inlineFields: copyList(facts.inlineFields, copyField),
	};
	const problems = copyList(facts.problems, copyProblem);
	const kindFacts: KindFacts = facts.kind === 'one-on-one'
		? { kind: 'one-on-one', conversation: copyConversation(facts.conversation) }
		: facts.kind === 'person' ? { kind: 'person', person: copyPerson(facts.person) } : { kind: 'other' };
	return assembleFacts(common, kindFacts, problems, facts.parsePath);
}

/** What every note's facts hold besides their kind, problems and parse path; `typeValue` undefined when the note has none. */
export interface CommonFacts extends Omit<BaseNoteFacts, 'typeValue' | 'problems' | 'parsePath'> {
	readonly typeValue: string | undefined;
}

/** The kind of a note with the facts of that kind. */
export type KindFacts = Pick<OneOnOneNoteFacts, 'kind' | 'conversation'> | Pick<PersonNoteFacts, 'kind' | 'person'> | Pick<OtherNoteFacts, 'kind'>;

/**
 * A note's facts as one object literal of their shape, keys in the parser's order: V8 then sizes
 * each to its keys, where a conditional spread (for `typeValue`) is both slower and larger.
 */
export function assembleFacts(common: CommonFacts, kindFacts: KindFacts, problems: readonly Problem[], parsePath: ParsePath): NoteFacts {
	const { path, basename, typeValue, properties, aliases, headings, commitments, links, inlineFields } = common;
	if (typeValue === undefined) {
		if (kindFacts.kind === 'one-on-one') return { path, basename, properties, aliases, headings, commitments, links, inlineFields, kind: 'one-on-one', conversation: kindFacts.conversation, problems, parsePath };
		if (kindFacts.kind === 'person') return { path, basename, properties, aliases, headings, commitments, links, inlineFields, kind: 'person', person: kindFacts.person, problems, parsePath };
		return { path, basename, properties, aliases, headings, commitments, links, inlineFields, kind: 'other', problems, parsePath };
	}
	if (kindFacts.kind === 'one-on-one') return { path, basename, typeValue, properties, aliases, headings, commitments, links, inlineFields, kind: 'one-on-one', conversation: kindFacts.conversation, problems, parsePath };
	if (kindFacts.kind === 'person') return { path, basename, typeValue, properties, aliases, headings, commitments, links, inlineFields, kind: 'person', person: kindFacts.person, problems, parsePath };
	return { path, basename, typeValue, properties, aliases, headings, commitments, links, inlineFields, kind: 'other', problems, parsePath };
}
