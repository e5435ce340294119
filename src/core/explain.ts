/**
 * "Explain this note" (issue #10): what the plugin read from one note and why each commitment is
 * where it is, built from the same core the dashboard uses — the index's facts, the resolver's rules,
 * the derived lists and the follow-up model's predicates — so the CLI's `explain` and the plugin's
 * modal say the same thing, and neither can drift from the lists it explains.
 *
 * Pure: the index, the note's text, the options and today go in; plain data comes out (the stable
 * JSON of docs/explain.md is {@link toExplainJson}).
 */
import { SECTION_KEYS, type SectionKey } from './aeiou';
import { deriveDashboard, type DeriveOptions } from './derive';
import { chooseInterval, describeContact } from './check-in-schedule';
import { isInactive } from './follow-ups';
import type { ExclusionReason } from './exclusion';
import { explainTasks, type NotATask, type TaskExplanation } from './explain-tasks';
import type { CalendarDate, LinkRef, NoteFacts, PropertyValue } from './model';
import { parseNote, readNoteStructure, toParseOptions, type ReadingSettings } from './note-parser';
import { findNoteProblems } from './problems';
import { toPersonKey } from './people';
import { redactProblemMessage, type NameMatcher } from './redact';
import { resolveRelativeReference, type ResolutionRule } from './resolver';
import { isSyncConflictCopy } from './sync-conflict';
import { isInOrganizingFolder } from './vault-paths';
import type { VaultIndex } from './vault-index';

export type { CommitmentList, NotATask, TaskExplanation } from './explain-tasks';

/** The options an explanation reads: the follow-up rules and how notes are read. */
export interface ExplainOptions extends DeriveOptions, ReadingSettings {}

/** What to explain. */
export interface ExplainInput {
	readonly index: VaultIndex;
	/** Vault-relative path of the note. */
	readonly path: string;
	/** The note's text as it is now. */
	readonly text: string;
	readonly today: CalendarDate;
	readonly options: ExplainOptions;
	/** Why the index skips this path (excluded folder, template), when it does. */
	readonly exclusion?: ExclusionReason;
}

/** One reference (`person`, `organizer`) and what it resolved to, by which rule. */
export interface ResolvedReference {
	readonly property: 'person' | 'organizer';
	/** As written (the link target). */
	readonly written: string;
	/** The note it resolved to, or null when unresolved. */
	readonly path: string | null;
	readonly rule: ResolutionRule | 'unresolved';
	/** The rule in words, and what follows from it. */
	readonly how: string;
}

/** A person note's contact, interval and list. */
export interface PersonExplanation {
	readonly lastContact: CalendarDate | null;
	readonly lastContactFrom: string | null;
	readonly interval: string;
	readonly nextCheckIn: CalendarDate | null;
	readonly nextCheckInFrom: string | null;
	readonly lists: readonly ('checkIn' | 'noOneOnOne' | 'comingUp')[];
	readonly why: string;
}

/** Everything "Explain this note" says about one note. */
export interface NoteExplanation {
	readonly path: string;
	readonly today: CalendarDate;
	/** 'indexed', or why nothing in it is counted. */
	readonly status: 'indexed' | 'excluded' | 'template' | 'conflict';
	readonly statusReason: string | null;
	readonly kind: NoteFacts['kind'];
	readonly kindReason: string;
	readonly properties: readonly { readonly key: string; readonly value: string }[];
	readonly references: readonly ResolvedReference[];
	/** A 1-on-1's date, where it came from, and whether it counts as held. */
	readonly date: { readonly value: CalendarDate; readonly from: 'date' | 'file name'; readonly counts: string } | null;
	/** Each AEIOU section, and whether it has content of its own (1-on-1s only). */
	readonly sections: readonly { readonly stage: SectionKey; readonly hasContent: boolean }[];
	readonly tasks: readonly TaskExplanation[];
	readonly notTasks: readonly NotATask[];
	readonly person: PersonExplanation | null;
	readonly problems: readonly { readonly line: number | null; readonly message: string }[];
	/** 'fast' or 'remark' (a fast path that was unsure but kept is 'fast', with `parserDetail` 'fast-unsure'). */
	readonly parser: 'fast' | 'remark';
	readonly parserDetail: NoteFacts['parsePath'];
	readonly parserReason: string;
}

const ONE_ON_ONE_TYPES = ['one-on-one', '1-on-1', '1:1'];

/**
 * Properties whose values redaction can show: the ones the plugin reads, whose names it collects
 * (`person`, `organizer`) or which hold no names (dates, numbers, workplaces: DESIGN §5).
 */
const KEYS_READ: ReadonlySet<string> = new Set([
	'type', 'person', 'persons', 'people', 'organizer', 'owner', 'date', 'kind', 'assessment', 'next-contact', 'last-contact',
	'contact-every', 'status', 'role', 'workplace', 'department', 'shift', 'issues', 'tags',
]);
/** On a person note, its aliases too (and its relation properties), which redaction collects from person notes only. */
const PERSON_KEYS_READ: ReadonlySet<string> = new Set([...KEYS_READ, 'aliases', 'alias']);

/** A property value as one line of text (links in `[[…]]`, lists comma-separated). */
export function showPropertyValue(value: PropertyValue): string {
	switch (value.kind) {
		case 'text':
			return value.text;
		case 'link':
			return `[[${value.link.target}${value.link.display ? `|${value.link.display}` : ''}]]`;
		case 'number':
		case 'boolean':
			return String(value.value);
		case 'date':
			return value.time ? `${value.date} ${value.time}` : value.date;
		case 'list':
			return value.items.map(showPropertyValue).join(', ');
		case 'null':
			return '(empty)';
	}
}

function describeExclusion(reason: ExclusionReason): { status: 'excluded' | 'template'; text: string } {
	switch (reason.kind) {
		case 'template-file':
			return { status: 'template', text: 'it is one of the template files in settings: never read as a note, so nothing in it is counted (links to it still resolve to it)' };
		case 'templates-folder':
			return { status: 'template', text: `it is in the core Templates folder "${reason.folder}": never read as a note, so nothing in it is counted` };
		case 'templater-folder':
			return { status: 'template', text: `it is in Templater's template folder "${reason.folder}": never read as a note, so nothing in it is counted` };
		case 'excluded-folder':
			return { status: 'excluded', text: `it is in the excluded folder "${reason.folder}": invisible to every list, though links to it still resolve to it (a person whose note is here is in no list)` };
	}
}

function isFolderNote(path: string): boolean {
	const parts = path.split('/');
	return parts.length > 1 && parts[parts.length - 2].toLowerCase() === (parts[parts.length - 1] ?? '').replace(/\.md$/i, '').toLowerCase();
}

/** An organizing folder as Explain names it: empty is "not set" (the vault root implies no type). */
function describeFolder(label: string, folder: string): string {
	return folder === '' ? `${label} (not set)` : `${label} "${folder}"`;
}

/** Why the note is a person note, a 1-on-1 or neither: its `type`, or the folder it sits in. */
function explainKind(facts: NoteFacts, properties: NoteFacts['properties'], options: ExplainOptions): string {
	const raw = properties.type;
	const written = raw === undefined ? undefined : showPropertyValue(raw);
	const form = raw?.kind === 'list' ? ' (a list; its first item counts)' : raw?.kind === 'link' ? ' (a link; its text counts)' : '';
	const folders = `${describeFolder('the people folder', options.peopleFolder)} nor ${describeFolder('the 1-on-1 folder', options.oneOnOneFolder)}`;
	if (facts.typeValue !== undefined) {
		if (facts.kind !== 'other') return `its type is "${written ?? facts.typeValue}"${form}`;
		const inFolder = isInOrganizingFolder(facts.path, options.peopleFolder) || isInOrganizingFolder(facts.path, options.oneOnOneFolder);
		return `its type "${facts.typeValue}"${form} is not one the plugin reads (person, ${ONE_ON_ONE_TYPES.join(', ')})${inFolder ? ', so it is listed under Notes to fix' : ''}`;
	}
	if (facts.kind === 'person') return `it has no type and sits in the people folder "${options.peopleFolder}" (folder implies type)`;
	if (facts.kind === 'one-on-one') return `it has no type and sits in the 1-on-1 folder "${options.oneOnOneFolder}" (folder implies type)`;
	const inPeople = isInOrganizingFolder(facts.path, options.peopleFolder);
	const inTalks = isInOrganizingFolder(facts.path, options.oneOnOneFolder);
	if ((inPeople || inTalks) && isFolderNote(facts.path)) return 'it has no type, and folder implies type never applies to a folder note (named like its folder)';
	if ((inPeople || inTalks) && !options.folderImpliesType) return 'it has no type, and "Folder implies type" is off in settings';
	return `it has no type property, and is in neither ${folders}: add type: person or type: one-on-one, or move it into one of those folders`;
}

const RULE_TEXT: Readonly<Record<ResolutionRule, string>> = {
	path: 'its exact vault path',
	basename: 'its file name (the only note of that name)',
	'basename-person-first': 'its file name; several notes share it, and a person note comes first',
	'basename-shortest-path': 'its file name; several notes share it, and the shortest path comes first',
	'basename-alphabetical': 'its file name; several notes share it, and the first path alphabetically comes first',
	alias: "a person note's aliases",
};

/** What one reference resolved to, by which rule, and what follows from it. */
function explainReference(index: VaultIndex, property: 'person' | 'organizer', link: LinkRef, fromPath: string): ResolvedReference {
	const target = resolveRelativeReference(link.target, fromPath);
	const relative = target !== link.target ? ' (a relative link, resolved from this note\'s folder)' : '';
	const resolution = index.resolveWithRule(target);
	if (!resolution) {
		const how = property === 'person'
			? `no note by that path, name or alias: an unresolved person (shown with an action to create the note)${relative}`
			: `no note by that path, name or alias${relative}`;
		return { property, written: link.target, path: null, rule: 'unresolved', how };
	}
	const { note, rule } = resolution;
	let then = '';
	if (note.unread === true) then = '; that note is excluded or a template, so this person is in no list';
	else if (property === 'person' && note.kind !== 'person') then = '; that note is not a person note, so it is not counted as a person (Notes to fix)';
	return { property, written: link.target, path: note.path, rule, how: `${RULE_TEXT[rule]}${relative}${then}` };
}

/** Whether a 1-on-1's date makes it held, planned or being prepared today (the follow-up model's reading). */
function explainDate(facts: NoteFacts, properties: NoteFacts['properties'], today: CalendarDate, uncounted: boolean): NoteExplanation['date'] {
	if (facts.kind !== 'one-on-one' || facts.conversation.date === undefined) return null;
	const value = facts.conversation.date;
	const own = properties.date;
	const from = own?.kind === 'date' && own.date === value ? 'date' : 'file name';
	const counts = uncounted ? 'not a talk, as nothing in this note is counted' : value > today
		? 'planned: dated after today, so it does not count as a talk yet'
		: value === today && !facts.conversation.hasOwnContent
			? 'planned for today: it has no content of its own yet (only headings, %% prompts and the carried-forward block), so it does not count as a talk until you write in it or the day passes'
			: 'held: dated today or earlier, so it counts as a talk';
	return { value, from, counts };
}

/** A person note's last contact, interval, next check-in and list, from the follow-up model's own functions. */
function explainPerson(input: ExplainInput, facts: NoteFacts, derived: ReturnType<typeof deriveDashboard>): PersonExplanation | null {
	if (facts.kind !== 'person') return null;
	const key = toPersonKey({ kind: 'note', path: facts.path });
	const person = derived.people.people.get(key);
	if (!person) return null;
	const { today } = derived;
	const contact = describeContact(person, today, input.options);
	const interval = chooseInterval(person, contact.held, input.options);
	const every = interval.days === undefined ? 'never prompt' : `every ${interval.days} days`;
	const intervalText =
		interval.rule === 'contact-every'
			? `${every}, from its contact-every`
			: interval.rule === 'role'
				? `${every}, because its role "${facts.person.role ?? ''}" names a leader or committee member`
				: interval.rule === 'assessment'
					? `${every}, the setting for assessment ${interval.assessment ?? ''}`
					: `${every}, the setting for people not yet assessed`;
	const lists: Array<'checkIn' | 'noOneOnOne' | 'comingUp'> = [];
	const model = derived.followUps;
	if (model.checkIn.some((item) => item.person.path === facts.path)) lists.push('checkIn');
	if (model.noOneOnOne.some((item) => item.person.path === facts.path)) lists.push('noOneOnOne');
	if (model.comingUp.some((item) => item.what !== 'commitment' && item.person.path === facts.path)) lists.push('comingUp');
	let why: string;
	if (derived.people.youKeys.has(key)) why = 'this is you: you never appear in the people lists';
	else if (isInactive(person)) why = `its status is ${facts.person.status ?? ''}: inactive people are in no list`;
	else if (contact.held.length === 0) why = contact.planned.length > 0 ? `there is no held 1-on-1 yet (one is planned for ${contact.planned[0].date})` : 'there is no held 1-on-1 yet';
	else if (contact.planned.length > 0) why = `a 1-on-1 is planned for ${contact.planned[0].date}, so no check-in is needed before it`;
	else if (contact.nextCheckIn === undefined) why = 'the interval is never, so no check-in comes due';
	else if (contact.nextCheckIn <= today) why = `the next check-in ${contact.nextCheckIn} has come`;
	else why = `the next check-in ${contact.nextCheckIn} is after today${lists.includes('comingUp') ? `, within the next ${input.options.comingUpDays} days` : `, more than ${input.options.comingUpDays} days away`}`;
	const lastFrom = contact.lastContactFrom === 'talk' ? `the 1-on-1 of ${contact.held[contact.held.length - 1]?.date ?? ''} (${contact.held[contact.held.length - 1]?.note.path ?? ''})` : contact.lastContactFrom === 'logged' ? 'its last-contact property' : null;
	const nextFrom = contact.nextCheckInFrom === 'own-next-contact'
		? 'its own next-contact'
		: contact.nextCheckInFrom === 'talk-next-contact'
			? "the next-contact of its latest held 1-on-1"
			: contact.nextCheckInFrom === 'interval' ? 'last contact + interval' : null;
	return {
		lastContact: contact.lastContact ?? null,
		lastContactFrom: lastFrom,
		interval: intervalText,
		nextCheckIn: contact.nextCheckIn ?? null,
		nextCheckInFrom: nextFrom,
		lists,
		why,
	};
}

function explainParser(structure: ReturnType<typeof readNoteStructure>): string {
	const reason = structure.unsureReason ?? '';
	if (structure.parsePath === 'fast') return 'nothing in it needed a second look';
	if (structure.parsePath === 'remark') return `the fast path was unsure (${reason}), and the note is small and simple enough for remark, the reference parser`;
	return `the fast path was unsure (${reason}), but the note is too large or complex for remark, so the fast path's reading is kept: tasks and headings from line ${structure.unsureLine ?? 1} on may be misread; splitting the note fixes it`;
}

/** Explains one note: kind, properties, references, sections, every task and its lists, person contact, problems, parser. */
export function explainNote(input: ExplainInput): NoteExplanation {
	const { index, path, text, today, options } = input;
	const parseOptions = toParseOptions(options);
	const indexed = index.get(path);
	const facts = indexed ?? parseNote(path, text, { ...parseOptions, allFacts: true });
	// The index keeps every property of person notes only (what its readers use); Explain shows them all.
	const properties = indexed === undefined || indexed.kind === 'person' ? facts.properties : parseNote(path, text, { ...parseOptions, allFacts: true }).properties;
	const structure = readNoteStructure(text, parseOptions);
	const derived = deriveDashboard(index, options, today);
	const excluded = input.exclusion ? describeExclusion(input.exclusion) : undefined;
	const conflict = !excluded && isSyncConflictCopy(facts.basename)
		? 'it is a sync-conflict copy (a sync tool made it when two edits clashed): it is only listed under Notes to fix, and nothing in it is counted, so nothing counts twice. Copy what is new into the original, then delete it'
		: undefined;
	const status = excluded?.status ?? (conflict ? 'conflict' : 'indexed');
	const uncounted = excluded?.text ?? conflict;
	const references: ResolvedReference[] = [];
	if (facts.kind === 'one-on-one') {
		for (const link of facts.conversation.persons) references.push(explainReference(index, 'person', link, path));
		if (facts.conversation.organizer) references.push(explainReference(index, 'organizer', facts.conversation.organizer, path));
	}
	const stages = facts.kind === 'one-on-one' ? new Set(facts.conversation.stagesWithContent) : undefined;
	const { tasks, notTasks } = explainTasks({ facts, structure, derived, options, ...(uncounted ? { uncounted } : {}) });
	const problems = excluded
		? []
		: (indexed ? derived.followUps.problems.filter((problem) => problem.path === path) : findNoteProblems(facts, options));
	return {
		path,
		today,
		status,
		statusReason: uncounted ?? null,
		kind: facts.kind,
		kindReason: explainKind(facts, properties, options),
		properties: Object.entries(properties).map(([key, value]) => ({ key, value: showPropertyValue(value) })),
		references,
		date: explainDate(facts, properties, today, uncounted !== undefined),
		sections: stages ? SECTION_KEYS.map((stage) => ({ stage, hasContent: stages.has(stage) })) : [],
		tasks,
		notTasks,
		person: uncounted ? null : explainPerson(input, facts, derived),
		problems: problems.map((problem) => ({ line: problem.line ?? null, message: problem.message })),
		parser: structure.parsePath === 'remark' ? 'remark' : 'fast',
		parserDetail: structure.parsePath,
		parserReason: explainParser(structure),
	};
}

/** Fields whose values are fixed words of the format, never text from the vault: left as they are. */
const KEYWORD_FIELDS = new Set(['status', 'kind', 'statusKind', 'rule', 'lists', 'parser', 'parserDetail', 'stage', 'property', 'from', 'followUpKind']);

/**
 * The explanation with `map` applied to every string taken from the vault (privacy mode, `--redact`,
 * terminal sanitizing); the format's own keywords (`kind`, `lists`, `rule`, …) stay as they are.
 */
export function mapExplanationText(explanation: NoteExplanation, map: (text: string) => string): NoteExplanation {
	const walk = (value: unknown, key: string): unknown => {
		if (KEYWORD_FIELDS.has(key)) return value;
		if (typeof value === 'string') return map(value);
		if (Array.isArray(value)) return value.map((item) => walk(item, key));
		if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([inner, item]) => [inner, walk(item, inner)]));
		return value;
	};
	return walk(explanation, '') as NoteExplanation;
}

/**
 * The explanation as privacy mode and `--redact` show it, through the derivation's one name matcher:
 * names replaced everywhere (task text and paths included), and problem messages redacted as the
 * model's redaction step redacts them (the note text they quote taken out). The values of properties
 * the plugin does not read (and, outside person notes, of aliases and `relationKeys`, which names are
 * collected from on person notes only) are shown as `…`.
 */
export function redactExplanation(explanation: NoteExplanation, matcher: NameMatcher, relationKeys: Iterable<string> = []): NoteExplanation {
	const seen = new Map<string, string>();
	const show = (text: string): string => {
		let shown = seen.get(text);
		if (shown === undefined) {
			shown = matcher.redact(text);
			seen.set(text, shown);
		}
		return shown;
	};
	const redacted = mapExplanationText(explanation, show);
	const readHere = explanation.kind === 'person' ? new Set([...PERSON_KEYS_READ, ...[...relationKeys].map((key) => key.toLowerCase())]) : KEYS_READ;
	// A property the plugin never reads (`witness: Vera Kowalczyk`) may hold a name no other note gives, which the matcher cannot know.
	const properties = explanation.properties.map((property, at) =>
		readHere.has(property.key.toLowerCase()) || property.value === '(empty)' ? redacted.properties[at] : { key: redacted.properties[at].key, value: '…' },
	);
	return { ...redacted, properties, problems: explanation.problems.map((problem) => ({ line: problem.line, message: redactProblemMessage(problem.message, matcher) })) };
}
