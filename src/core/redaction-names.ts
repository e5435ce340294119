/**
 * Every name a dashboard, report or map could show, for redaction (DESIGN §5, "what counts as a
 * name"): every person's and organizer's name from every note, broken or mistyped notes included,
 * with their aliases. Workplace and department values are not names and are kept.
 *
 * - people (person notes and unresolved `person` values), you, organizers, commitment owners;
 * - `person`, `organizer` and `owner` values of any note, whatever they resolve to (a person linked
 *   to a note that is not a person note is still a person) and whatever the note's `type`;
 * - relation values and body links of person notes, and links in task text, unless they resolve to
 *   a note that is not a person (an issue, a workplace);
 * - notes in the people folder, whatever their type or problems (the file name is the name), and
 *   1-on-1s whose person could not be read (the name in `2026-11-28 Maria Lopez.md`), and the
 *   capitalized words of any other 1-on-1's file name (`… Maria Lopez and Nadia Varga.md`);
 * - a note whose `type` is a misspelling of `person`;
 * - references written with a folder (`[[Staff/Olamide Bankole]]`) count by their last segment.
 */
import type { LinkRef, NoteFacts, PropertyValue } from './model';
import { findWikiLinks, parseReference } from './obsidian-syntax';
import type { PeopleTable } from './people';
import { isLowerCaseWord } from './redaction/fold-name';
import type { RedactionName } from './redaction/name-matcher';
import { isInOrganizingFolder } from './vault-paths';
import type { VaultIndex } from './vault-index';

export type { RedactionName } from './redaction/name-matcher';

/** What name collection reads from the settings. */
export interface RedactionNameOptions {
	/** The "Your name" setting ('' when unset). */
	readonly yourName: string;
	readonly peopleFolder: string;
	readonly oneOnOneFolder: string;
	/** Relation properties (forward and reverse names): their values are people. */
	readonly relationships?: readonly { readonly property: string; readonly reverse: string }[];
}

/** Properties whose values are places and teams, not people (DESIGN §5: workplace names are kept). */
const NOT_PEOPLE = new Set(['workplace', 'department', 'shift', 'type', 'aliases', 'alias', 'tags', 'issues', 'status', 'role']);
/** Properties whose values are always people. */
const PEOPLE_PROPERTIES = ['person', 'persons', 'people', 'organizer', 'owner'];

/** The name part of a reference: last path segment, `.md` dropped. */
function lastSegment(reference: string): string {
	const parts = reference.trim().split(/[\\/]/);
	return (parts[parts.length - 1] || reference).replace(/\.md$/i, '').trim();
}

/** A 1-on-1 file name without its date and `(2)` suffix: `2026-11-28 Maria Lopez (2)` → `Maria Lopez`. */
function nameInTalkFileName(basename: string): string {
	return basename.replace(/^\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}[:.]?\d{2})?\s*[-–—]?\s*/, '').replace(/\s*\(\d+\)\s*$/, '').trim();
}

/**
 * The names a talk's title may hold: runs of words that start with a letter but not a lower-case
 * one, apart at commas, dots and any other mark (`Maria Lopez and Nadia Varga, Kofi` → `Maria Lopez`,
 * `Nadia Varga`, `Kofi`). Lower-case words (`and`, `with`, `lunch`) are left out, so they are not
 * redacted everywhere. The dot after an initial belongs to the name (`J.R. Ewing`, `A. Smith` are
 * one name each), and an initial alone is no name: a one-letter "name" would be matched as every
 * `a` and `I` of every text.
 */
function findNamesInTitle(title: string): string[] {
	const names: string[] = [];
	let run: string[] = [];
	const end = (): void => {
		if (run.some((word) => Array.from(word).length > 1)) names.push(run.join(' '));
		run = [];
	};
	// Words (`O'Neil`, `Lopez-Garcia` are one) and single marks; spaces join a run, anything else ends it.
	let afterInitial = false;
	for (const token of title.match(TITLE_TOKEN) ?? []) {
		const capitalized = startsCapitalized(token);
		if (capitalized) run.push(token);
		else if (!(token === '.' && afterInitial)) end();
		afterInitial = capitalized && Array.from(token).length === 1;
	}
	end();
	return names;
}

const TITLE_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const LETTER = /^\p{L}$/u;

/** True when a word opens with a letter that is not lower case (`Maria`, `Ángel`, `李`), not with `and` or `3`. */
function startsCapitalized(token: string): boolean {
	const code = token.charCodeAt(0);
	// Most titles are ASCII: a capital A–Z, without the Unicode tests.
	if (code < 0x80) return code >= 0x41 && code <= 0x5a;
	const first = String.fromCodePoint(token.codePointAt(0) ?? 0);
	return LETTER.test(first) && !isLowerCaseWord(first);
}

/** True for a `type` that is a slip of the keyboard away from `person` (`persn`, `peron`, `Persons`). */
function isMistypedPerson(typeValue: string | undefined): boolean {
	if (!typeValue) return false;
	const a = typeValue.trim().toLowerCase();
	const b = 'person';
	if (Math.abs(a.length - b.length) > 2) return false;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length] <= 2;
}

/** The references in a property value: links, and plain names (`Ana Ruiz, Ben Okafor` is two). */
function referencesIn(value: PropertyValue): LinkRef[] {
	if (value.kind === 'link') return [value.link];
	if (value.kind === 'list') return value.items.flatMap(referencesIn);
	if (value.kind === 'text') {
		return value.text.split(',').flatMap((part) => {
			const ref = parseReference(part);
			return ref ? [ref] : [];
		});
	}
	return [];
}

/** What is about to be shown beyond the index's own facts (an explanation of one note). */
export interface MoreToRedact {
	/** Notes the index does not hold (an excluded note being explained), read as if it did. */
	readonly notes?: readonly NoteFacts[];
	/** Texts whose wiki links name people unless they resolve to a note that is not a person (task lines that are no commitment). */
	readonly linkTexts?: readonly string[];
}

/**
 * Collects the names to redact from an index and its people table, and from `more`: what is about
 * to be shown that the index's facts do not cover. Linear in the vault's facts.
 */
export function collectRedactionNames(index: VaultIndex, table: PeopleTable, options: RedactionNameOptions, more: MoreToRedact = {}): RedactionName[] {
	const out = new Map<string, { name: string; aliases: string[]; displayAliases: string[]; capitalizedWordsOnly?: boolean }>();
	// The same few names come back for every note (the organizer, owners): skip them early.
	const added = new Set<string>();
	const add = (raw: string, aliases: readonly string[] = [], guessed = false, display?: string): void => {
		if (aliases.length === 0 && !guessed && display === undefined) {
			if (added.has(raw)) return;
			added.add(raw);
		}
		const name = lastSegment(raw);
		const key = name.normalize('NFC').toLowerCase();
		if (!key) return;
		let entry = out.get(key);
		if (!entry) {
			entry = guessed ? { name, aliases: [], displayAliases: [], capitalizedWordsOnly: true } : { name, aliases: [], displayAliases: [] };
			out.set(key, entry);
		} else if (!guessed && entry.capitalizedWordsOnly) delete entry.capitalizedWordsOnly;
		for (const alias of aliases) if (alias.trim()) entry.aliases.push(alias.trim());
		if (display?.trim()) entry.displayAliases.push(display.trim());
	};
	const addPerson = (link: LinkRef): void => add(link.target, [], false, link.display);
	/** A linked name, unless it resolves to a note that is not a person. */
	const addLinked = (link: LinkRef): void => {
		const resolved = index.resolve(link.target);
		if (resolved && resolved.kind !== 'person') return;
		add(resolved ? resolved.basename : link.target, [], false, link.display);
		if (resolved) add(link.target);
	};
	const relationKeys = new Set((options.relationships ?? []).flatMap((r) => [r.property, r.reverse].map((k) => k.toLowerCase())));

	for (const person of table.people.values()) add(person.name, person.note?.aliases ?? []);
	for (const owned of table.commitments) {
		if (owned.ownerName) add(owned.ownerName);
		for (const found of findWikiLinks(owned.commitment.text)) addLinked(found.link);
	}
	const you = options.yourName.trim();
	if (you) add(parseReference(you)?.target ?? you);

	const titles = new Set<string>();
	const collectors = { add, addPerson, addLinked, relationKeys, titles };
	for (const note of index.notes()) collectFromNote(note, options, collectors);
	for (const note of more.notes ?? []) collectFromNote(note, options, collectors);
	for (const text of more.linkTexts ?? []) for (const found of findWikiLinks(text)) addLinked(found.link);
	return [...out.values()];
}

interface Collectors {
	readonly add: (name: string, aliases?: readonly string[], guessed?: boolean) => void;
	readonly addPerson: (link: LinkRef) => void;
	readonly addLinked: (link: LinkRef) => void;
	readonly relationKeys: ReadonlySet<string>;
	/** Talk titles whose names were added already: every talk with Maria is titled `… Maria Lopez`. */
	readonly titles: Set<string>;
}

function collectFromNote(note: NoteFacts, options: RedactionNameOptions, c: Collectors): void {
	const inPeople = isInOrganizingFolder(note.path, options.peopleFolder);
	const inTalks = isInOrganizingFolder(note.path, options.oneOnOneFolder);
	// A note in the people folder is named after its person unless it says it is a 1-on-1.
	const isPersonLike = note.kind === 'person' || (note.kind === 'other' && (inPeople || isMistypedPerson(note.typeValue)));
	if (isPersonLike) c.add(note.basename, note.aliases);

	for (const key of PEOPLE_PROPERTIES) {
		const value = note.properties[key];
		if (value) referencesIn(value).forEach(c.addPerson);
	}
	const conversation = note.kind === 'one-on-one' ? note.conversation : undefined;
	for (const link of conversation?.persons ?? []) c.addPerson(link);
	if (conversation?.organizer) c.addPerson(conversation.organizer);
	for (const commitment of note.commitments) {
		if (commitment.ownerField) c.addPerson(commitment.ownerField);
		if (commitment.ownerPrefix) c.addLinked(commitment.ownerPrefix);
	}
	// A 1-on-1 whose front matter could not be read (or names nobody) still names its person in its file name;
	// one that names people may name others there too (`2026-11-02 Maria Lopez and Nadia Varga`), shown in every path.
	if ((inTalks || note.kind === 'one-on-one') && note.kind !== 'person') {
		const name = nameInTalkFileName(note.basename);
		if (name && (conversation?.persons.length ?? 0) === 0 && inTalks) c.add(name, [], true);
		else if (name && !c.titles.has(name)) {
			c.titles.add(name);
			findNamesInTitle(name).forEach((found) => c.add(found));
		}
	}
	if (!isPersonLike) return;
	for (const [key, value] of Object.entries(note.properties)) {
		if (NOT_PEOPLE.has(key) || PEOPLE_PROPERTIES.includes(key)) continue;
		const links = referencesIn(value).filter((ref) => ref.isLink || c.relationKeys.has(key));
		links.forEach(c.relationKeys.has(key) ? c.addPerson : c.addLinked);
	}
	for (const field of note.inlineFields) {
		if (NOT_PEOPLE.has(field.key)) continue;
		field.links.forEach(c.relationKeys.has(field.key) ? c.addPerson : c.addLinked);
	}
}
