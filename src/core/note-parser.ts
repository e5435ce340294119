/**
 * One note's text → NoteFacts (DESIGN §2, §6 "Parsing and speed").
 *
 * The fast path reads the block structure in one linear pass; when it is unsure (HTML, structure in
 * quotes, setext headings…) and the note is small and simple enough for remark to be quick (its
 * size and inline delimiters, and the nesting, markers and lazy lines the fast path counted), remark
 * reads it instead. Larger or pathological notes keep the fast facts (`fast-unsure`); an organizing
 * note among them gets a Problem so the organizer knows it was not fully checked. Never throws.
 */

import { DEFAULT_SECTION_NAMES, type SectionKey } from './aeiou';
import type { NoteFacts, NoteKind, Problem, PropertyValue } from './model';
import type { BlockStructure } from './block-structure';
import { findFirstDate } from './date-text';
import { findFrontMatter, parseFrontMatterLines } from './frontmatter';
import type { FrontMatterBlock } from './frontmatter';
import { assembleFacts, copyFacts } from './facts-copy';
import { readBodyFacts } from './note-body';
import { readAliases, readConversationFacts, readPersonFacts } from './note-properties';
import type { PropertySource } from './note-properties';
import { scanBlocksFast } from './parse-fast';
import type { RemarkCost } from './parse-fast';
import { scanBlocksRemark } from './parse-remark';
import { basenameOf, folderOf, isInOrganizingFolder } from './vault-paths';

/** Options for parseNote. */
export interface ParseOptions {
	/** Heading text of each AEIOU section (case-insensitive). Defaults to DEFAULT_SECTION_NAMES. */
	readonly sectionNames?: Readonly<Record<SectionKey, string>>;
	/** Send small notes the fast path is unsure of to remark. Default true. */
	readonly escalate?: boolean;
	/** 'remark' reads every note with remark (the reference, for tests and benchmarks). Default 'auto'. */
	readonly engine?: 'auto' | 'remark';
	/** The people folder ('' = the vault root), for "folder implies type" and its problems. */
	readonly peopleFolder?: string;
	/** The 1-on-1 folder. */
	readonly oneOnOneFolder?: string;
	/** A note without `type` in the people folder is a person note, in the 1-on-1 folder a 1-on-1. Default true. */
	readonly folderImpliesType?: boolean;
	/**
	 * Keep every fact the parser can read, also those nothing in the index reads (headings, body
	 * links of notes that are not 1-on-1s, the properties and body of other notes): for tests of the
	 * parser and for Explain, which shows a note's properties whatever its kind. Default false.
	 */
	readonly allFacts?: boolean;
	/**
	 * Copy the facts out of the note's text (default true), so that the index never keeps a text
	 * alive. False only where they are copied anyway: a worker thread's facts are copied by the
	 * structured clone that carries them to the index.
	 */
	readonly copy?: boolean;
}

/** The settings parsing reads (a structural subset of the plugin settings; core never imports them). */
export interface ReadingSettings {
	readonly sectionNames: Readonly<Record<SectionKey, string>>;
	readonly peopleFolder: string;
	readonly oneOnOneFolder: string;
	readonly folderImpliesType: boolean;
}

/** The parse options for a settings object, so plugin, CLI and tests read notes alike. */
export function toParseOptions(settings: ReadingSettings): ParseOptions {
	const { sectionNames, peopleFolder, oneOnOneFolder, folderImpliesType } = settings;
	return { sectionNames, peopleFolder, oneOnOneFolder, folderImpliesType };
}

export { DEFAULT_SECTION_NAMES } from './aeiou';

/** Notes longer than this never go to remark (it is super-linear on some inputs). */
export const REMARK_MAX_CHARS = 100_000;
/** Nor notes of more lines than this (one 49,000-line paragraph: 1.5 s in remark; the longest help note: 1,534 lines). */
export const REMARK_MAX_LINES = 5_000;
/** Nor notes with more `*` and `_` than this: remark's emphasis matching is quadratic (`*a_` repeated). */
export const REMARK_MAX_EMPHASIS = 1_000;
/** Nor notes with more of the other inline delimiters (`[`, `]`, backticks, `<`, `!`, `&`, `\`) than this. */
export const REMARK_MAX_DELIMITERS = 10_000;
/**
 * Nor notes whose block structure makes remark slow (RemarkCost, counted by the fast path): more list
 * and quote markers than this in all (1,000 one-line tasks: ~0.3 s in remark, 500: ~0.15 s; `- - - …` and `>>>…`
 * nested thousands deep on one line: seconds, growing faster than their length)…
 */
export const REMARK_MAX_CONTAINER_MARKERS = 500;
/** …containers nested deeper than this on one line (ordinary notes: under 10)… */
export const REMARK_MAX_NESTING = 32;
/** …quotes nested deeper than this… */
export const REMARK_MAX_QUOTE_DEPTH = 32;
/** …or more lazy continuation lines in list items and quotes than this (remark: quadratic in them). */
export const REMARK_MAX_LAZY_LINES = 1_000;

/** The kind each `type` (lower-cased) names; any other type is an other note. */
const KINDS_BY_TYPE: ReadonlyMap<string, NoteKind> = new Map([['person', 'person'], ['one-on-one', 'one-on-one'], ['1-on-1', 'one-on-one'], ['1:1', 'one-on-one']]);

/**
 * The properties of any note that redaction reads as people's names whatever the note's type (see
 * redaction-names.ts), and `person`, which Insert template reads from the note it fills.
 */
const PEOPLE_PROPERTIES: readonly string[] = ['person', 'persons', 'people', 'organizer', 'owner'];

/** Which facts a note keeps: only what the index's readers use for its kind (issue 15). */
interface FactNeeds {
	/** Every property (else only PEOPLE_PROPERTIES). */
	readonly allProperties: boolean;
	/** The body is read at all. */
	readonly body: boolean;
	readonly headings: boolean;
	readonly links: boolean;
	readonly inlineFields: boolean;
}

const ALL_FACTS: FactNeeds = { allProperties: true, body: true, headings: true, links: true, inlineFields: true };
/** 1-on-1s: their commitments, own content and body links ("mentioned together"); their typed front matter is `conversation`. */
const ONE_ON_ONE_NEEDS: FactNeeds = { allProperties: false, body: true, headings: false, links: true, inlineFields: false };
/**
 * Person notes, and other notes redaction treats as people's (in the people folder, or with a
 * `type`, which may be a misspelt `person`): every property and the inline fields (relations).
 */
const PERSON_NEEDS: FactNeeds = { allProperties: true, body: true, headings: false, links: false, inlineFields: true };
/** Any other note: its name, kind, aliases, problems and the properties that name people. */
const OTHER_NEEDS: FactNeeds = { allProperties: false, body: false, headings: false, links: false, inlineFields: false };

function findNeeds(kind: NoteKind, path: string, typeValue: string | undefined, options: ParseOptions): FactNeeds {
	if (options.allFacts === true) return ALL_FACTS;
	if (kind === 'one-on-one') return ONE_ON_ONE_NEEDS;
	if (kind === 'person' || typeValue !== undefined) return PERSON_NEEDS;
	return isInOrganizingFolder(path, options.peopleFolder) ? PERSON_NEEDS : OTHER_NEEDS;
}

function pickPeopleProperties(properties: Readonly<Record<string, PropertyValue>>): Readonly<Record<string, PropertyValue>> {
	let picked: Record<string, PropertyValue> | undefined;
	for (const key of PEOPLE_PROPERTIES) {
		if (!Object.prototype.hasOwnProperty.call(properties, key)) continue;
		picked ??= {};
		picked[key] = properties[key];
	}
	return picked ?? EMPTY_PROPERTIES;
}

const EMPTY_PROPERTIES: Readonly<Record<string, PropertyValue>> = Object.freeze({});

/** Splits a text into lines on CRLF, CR or LF after dropping a byte-order mark. */
export function splitLines(text: string): string[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	// Splitting on a string is several times faster than on a pattern, and most notes have no CR.
	return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}

/**
 * The `type` as text: Obsidian stores a list-typed property as `[person]` and a link-typed one as
 * `"[[person]]"`; both read as their text (the first item of a list).
 */
function readTypeText(value: PropertyValue | undefined): string | undefined {
	if (value === undefined) return undefined;
	if (value.kind === 'text') return value.text.trim() === '' ? undefined : value.text.trim();
	if (value.kind === 'link') return value.link.target === '' ? undefined : value.link.target;
	if (value.kind === 'list') {
		for (const item of value.items) {
			const text = readTypeText(item);
			if (text !== undefined) return text;
		}
	}
	return undefined;
}

/** The innermost organizing folder a note is in ('people' or '1-on-1'), when the options name them. */
function findOrganizingFolder(path: string, options: ParseOptions): 'person' | 'one-on-one' | undefined {
	const inPeople = isInOrganizingFolder(path, options.peopleFolder);
	const inTalks = isInOrganizingFolder(path, options.oneOnOneFolder);
	if (inPeople && inTalks) return (options.peopleFolder ?? '').length >= (options.oneOnOneFolder ?? '').length ? 'person' : 'one-on-one';
	return inPeople ? 'person' : inTalks ? 'one-on-one' : undefined;
}

/** The `type:` keys an unclosed front matter block is searched for in: its first lines, up to a blank one. */
const UNCLOSED_TYPE_LINES = 50;
const TYPE_LINE = /^type:[ \t]*(.*)$/i;

/**
 * True when the lines after an opening `---` that never closes hold a `type:` naming a person or a
 * 1-on-1 (`type: one-on-one`, `type: "[[person]]"`, `type: [1-on-1]`): front matter that lost its
 * closing line, not a note opening with a rule.
 */
function namesOrganizingType(lines: readonly string[]): boolean {
	for (let index = 1; index < lines.length && index <= UNCLOSED_TYPE_LINES && lines[index].trim() !== ''; index++) {
		const match = TYPE_LINE.exec(lines[index]);
		if (match === null) continue;
		const first = match[1].replace(/["'[\]]/g, '').split(',')[0].trim();
		if (readKind(first) !== 'other') return true;
	}
	return false;
}

/** A folder note: named like the folder it is in (`People/People.md`). */
function isFolderNote(path: string): boolean {
	const folder = folderOf(path);
	return folder !== '' && basenameOf(folder).toLowerCase() === basenameOf(path).toLowerCase();
}

function readKind(typeValue: string | undefined): NoteKind {
	// One lookup for every kind: the optimized parse then sees person notes and 1-on-1s take the same path.
	return (typeValue === undefined ? undefined : KINDS_BY_TYPE.get(typeValue.toLowerCase())) ?? 'other';
}

/** True when remark may read a note of this text in bounded time (well under a second). */
export function isSmallEnoughForRemark(text: string): boolean {
	if (text.length > REMARK_MAX_CHARS) return false;
	let emphasis = 0;
	let delimiters = 0;
	let lines = 1;
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char === 0x0a) lines++;
		else if (char === 0x2a || char === 0x5f) emphasis++;
		else if (char === 0x5b || char === 0x5d || char === 0x60 || char === 0x3c || char === 0x21 || char === 0x26 || char === 0x5c) delimiters++;
	}
	return emphasis <= REMARK_MAX_EMPHASIS && delimiters <= REMARK_MAX_DELIMITERS && lines <= REMARK_MAX_LINES;
}

/**
 * True when the block structure the fast path counted (see RemarkCost) keeps remark within bounded
 * time; with isSmallEnoughForRemark, which looks only at the text's size and inline delimiters.
 */
export function isSimpleEnoughForRemark(cost: RemarkCost): boolean {
	return cost.containerMarkers <= REMARK_MAX_CONTAINER_MARKERS && cost.maxNesting <= REMARK_MAX_NESTING
		&& cost.maxQuoteDepth <= REMARK_MAX_QUOTE_DEPTH && cost.lazyLines <= REMARK_MAX_LAZY_LINES;
}

function readFrontMatter(lines: readonly string[], block: FrontMatterBlock): { properties: Readonly<Record<string, PropertyValue>>; problems: Problem[] } {
	if (block.kind === 'yaml') {
		const result = parseFrontMatterLines(lines, block);
		return { properties: result.properties, problems: [...result.problems] };
	}
	if (block.kind === 'other') {
		return { properties: {}, problems: [{ message: `The properties at the top of this note are written as "${block.language}", which is not read (only YAML is); nothing in them was run. To use them, rewrite them as YAML "key: value" lines between --- lines.`, line: 1 }] };
	}
	return { properties: {}, problems: [] };
}

function makeLineLookup(lines: readonly string[], block: FrontMatterBlock): (key: string) => number | undefined {
	return (key: string) => {
		if (block.kind !== 'yaml') return undefined;
		for (let index = block.openLine + 1; index < block.closeLine; index++) {
			const match = /^\s*["']?([^:"']+)["']?\s*:/.exec(lines[index]);
			if (match !== null && match[1].trim().toLowerCase() === key) return index + 1;
		}
		return undefined;
	};
}

/**
 * Parses one note. `path` is vault-relative with `/` separators; `text` any string (CRLF, a BOM,
 * binary junk). Returns the note's facts, with problems instead of exceptions.
 */
export function parseNote(path: string, text: string, options: ParseOptions = {}): NoteFacts {
	try {
		return readNote(path, text, options);
	} catch {
		// A last guard (the walks are bounded, but a note must never stop the vault): the note is
		// indexed by name only and listed under Notes to fix.
		const basename = basenameOf(path);
		return {
			path, basename, kind: 'other', properties: {}, aliases: [], headings: [], commitments: [], links: [], inlineFields: [],
			problems: [{ message: 'This note could not be read: it is too large or too deeply nested. Split it or simplify its properties.', line: 1 }],
			parsePath: 'fast-unsure',
		};
	}
}

/** The lines with those before `bodyStart` (the front matter) blank. */
function blankFrontMatter(lines: string[], bodyStart: number): string[] {
	if (bodyStart === 0) return lines;
	const bodyLines = lines.slice();
	for (let index = 0; index < bodyStart && index < bodyLines.length; index++) bodyLines[index] = '';
	return bodyLines;
}

/** The block structure a note was read with, which path read it, and why (for "Explain this note"). */
export interface NoteStructure {
	/** The note's lines, front matter blanked. */
	readonly bodyLines: readonly string[];
	/** 0-based index of the first body line. */
	readonly bodyStart: number;
	readonly structure: BlockStructure;
	readonly parsePath: NoteFacts['parsePath'];
	/** Why the fast path was unsure ("HTML (line 12)"), when it was. */
	readonly unsureReason?: string;
	/** 1-based line where the fast path became unsure. */
	readonly unsureLine?: number;
}

/** The fast path, or remark when the fast path is unsure and the note is small and simple enough. */
function pickStructure(text: string, bodyLines: readonly string[], bodyStart: number, options: ParseOptions): Omit<NoteStructure, 'bodyLines' | 'bodyStart'> {
	if (options.engine === 'remark') return { structure: scanBlocksRemark(bodyLines, bodyStart), parsePath: 'remark' };
	const fast = scanBlocksFast(bodyLines, bodyStart);
	if (fast.unsure === undefined) return { structure: fast.structure, parsePath: 'fast' };
	const unsure = { unsureReason: fast.unsure, ...(fast.unsureLine !== undefined ? { unsureLine: fast.unsureLine } : {}) };
	if (options.escalate !== false && isSmallEnoughForRemark(text) && (fast.cost === undefined || isSimpleEnoughForRemark(fast.cost))) {
		return { structure: scanBlocksRemark(bodyLines, bodyStart), parsePath: 'remark', ...unsure };
	}
	return { structure: fast.structure, parsePath: 'fast-unsure', ...unsure };
}

/**
 * Reads only a note's block structure, exactly as {@link parseNote} does (same path choice), for
 * explaining which lines are tasks and which parser read them. Never throws on any text.
 */
export function readNoteStructure(text: string, options: ParseOptions = {}): NoteStructure {
	const lines = splitLines(text);
	const block = findFrontMatter(lines);
	const bodyStart = block.kind === 'none' ? 0 : block.closeLine + 1;
	const bodyLines = blankFrontMatter(lines, bodyStart);
	return { bodyLines, bodyStart, ...pickStructure(text, bodyLines, bodyStart, options) };
}

function readNote(path: string, text: string, options: ParseOptions): NoteFacts {
	const lines = splitLines(text);
	const block = findFrontMatter(lines);
	const frontMatter = readFrontMatter(lines, block);
	const { properties } = frontMatter;
	const problems: Problem[] = frontMatter.problems;
	const typeValue = readTypeText(properties.type);
	const folderKind = findOrganizingFolder(path, options);
	const kind = typeValue === undefined && folderKind !== undefined && options.folderImpliesType !== false && !isFolderNote(path)
		? folderKind
		: readKind(typeValue);
	const basename = basenameOf(path);
	if (block.kind === 'none' && /^---[ \t]*$/.test(lines[0] ?? '') && lines.length > 1 && (folderKind !== undefined || namesOrganizingType(lines))) {
		problems.push({ message: 'The properties at the top of this note open with --- but never close, so none of them are read: add a line --- after the last property.', line: 1 });
	}

	const needs = findNeeds(kind, path, typeValue, options);
	const aliases = readAliases(properties);
	if (!needs.body) {
		// Nothing reads the body of such a note, and it has no problems of its own there (only
		// commitments have, and organizing notes' "not fully checked").
		const facts = assembleFacts({
			path, basename, typeValue, properties: needs.allProperties ? properties : pickPeopleProperties(properties),
			aliases, headings: [], commitments: [], links: [], inlineFields: [],
		}, { kind: 'other' }, problems, 'fast');
		return copyOutOfSource(facts, options);
	}

	const bodyStart = block.kind === 'none' ? 0 : block.closeLine + 1;
	const bodyLines = blankFrontMatter(lines, bodyStart);
	const { structure, parsePath, unsureLine } = pickStructure(text, bodyLines, bodyStart, options);
	if (parsePath === 'fast-unsure' && kind !== 'other') {
		problems.push({ message: 'This note is too large or complex to check fully: its tasks and headings from this line on may be misread. Check them with Explain this note, or split the note.', line: unsureLine ?? 1 });
	}

	const body = readBodyFacts(bodyLines, structure, {
		readCommitments: kind === 'one-on-one',
		readOwnContent: kind === 'one-on-one',
		readHeadings: needs.headings,
		readLinks: needs.links,
		readInlineFields: needs.inlineFields,
		sectionNames: options.sectionNames ?? DEFAULT_SECTION_NAMES,
	});
	problems.push(...body.problems);
	const source: PropertySource = { properties, lineOf: makeLineLookup(lines, block) };
	// The kind-specific facts are read before the facts are assembled, so their problems count.
	const kindFacts = kind === 'one-on-one'
		? { kind, conversation: readConversationFacts(source, findFirstDate(basename), problems, body) }
		: kind === 'person' ? { kind, person: readPersonFacts(source, problems) } : { kind };
	const facts = assembleFacts({
		path, basename, typeValue, properties: needs.allProperties ? properties : pickPeopleProperties(properties), aliases,
		headings: needs.headings ? body.headings : [], commitments: body.commitments, links: body.links, inlineFields: body.inlineFields,
	}, kindFacts, problems, parsePath);
	return copyOutOfSource(facts, options);
}

/** The facts with their strings copied out of the note's text, so the index never keeps a note's text alive. */
function copyOutOfSource(facts: NoteFacts, options: ParseOptions): NoteFacts {
	return options.copy === false ? facts : copyFacts(facts);
}
