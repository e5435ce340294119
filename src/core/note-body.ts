/**
 * The Obsidian layer over a body's block structure: visible headings, commitments with their AEIOU
 * section, wiki links and inline fields. Both parse paths end here, so they differ only in the
 * structure they hand over.
 */

import type { BodyLink, Commitment, Heading, InlineField, Problem, SectionKey } from './model';
import type { BlockStructure } from './block-structure';
import { CARRIED_FORWARD_CLOSE, CARRIED_FORWARD_OPEN } from './carry-forward-marker';
import { LineMasker } from './comment-mask';
import { parseCommitmentLine } from './commitment-line';
import { collectWikiLinks, findInlineFieldsInLine, findWikiLinks, isAsciiWordChar, readAtxHeadingText } from './obsidian-syntax';

/** What the body of a note holds. */
export interface BodyFacts {
	readonly headings: readonly Heading[];
	readonly commitments: readonly Commitment[];
	readonly links: readonly BodyLink[];
	readonly inlineFields: readonly InlineField[];
	readonly problems: readonly Problem[];
	/** Text of its own outside comments, headings, empty list items and the carried-forward block. */
	readonly hasOwnContent: boolean;
	/** The AEIOU sections holding such text, in section order. */
	readonly stagesWithContent: readonly SectionKey[];
}

/** A line with nothing of its own: blank, a bare list marker or checkbox, a quote mark, a rule. */
const EMPTY_LINE = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])(?:\s+\[.\])?)?\s*$|^\s*(?:[-*_]\s*){3,}$/;
/** EMPTY_LINE's test, answered at once for the common line that opens with a letter (after quote marks). */
function isEmptyLine(line: string): boolean {
	let index = 0;
	for (; index < line.length; index++) {
		const char = line.charCodeAt(index);
		if (char !== 0x20 && char !== 0x09 && char !== 0x3e) break;
	}
	if (index === line.length) return true;
	const char = line.charCodeAt(index);
	// Only a list marker, a rule or whitespace of another kind can open a line with nothing of its own.
	const mayBeEmpty = char === 0x2d || char === 0x2a || char === 0x2b || char === 0x5f || (char >= 0x30 && char <= 0x39) || char < 0x21 || char > 0x7e;
	return mayBeEmpty && EMPTY_LINE.test(line);
}

/**
 * False when the line cannot be the carried-forward opening marker once trimmed: it starts with
 * neither `%` nor a character trim may remove (most lines start with a letter or a list marker).
 */
function mayOpenCarried(line: string): boolean {
	if (line.length === 0) return false;
	const first = line.charCodeAt(0);
	return (first === 0x25 || first <= 0x20 || first >= 0x80) && line.includes(CARRIED_FORWARD_OPEN);
}

const STAGE_ORDER: readonly SectionKey[] = ['agitate', 'educate', 'inoculate', 'organize', 'uplift'];

/** An open heading of the nesting stack, with the AEIOU section it names. */
interface OpenHeading {
	readonly level: number;
	readonly section?: SectionKey;
}

/** Opens a heading on the stack (closing those of its level and deeper); returns the innermost section. */
function openHeading(open: OpenHeading[], level: number, section: SectionKey | undefined): SectionKey | undefined {
	while (open.length > 0 && open[open.length - 1].level >= level) open.pop();
	open.push({ level, section });
	for (let index = open.length - 1; index >= 0; index--) if (open[index].section !== undefined) return open[index].section;
	return undefined;
}

/** Options for reading a body. */
export interface BodyOptions {
	/** Commitments are read only in 1-on-1 notes. */
	readonly readCommitments: boolean;
	/** Whether the note has content of its own, and where (1-on-1s). Default true. */
	readonly readOwnContent?: boolean;
	/** The headings themselves (they are read for sections anyway). Default true. */
	readonly readHeadings?: boolean;
	/** Wiki links in the body. Default true. */
	readonly readLinks?: boolean;
	/** Dataview inline fields. Default true. */
	readonly readInlineFields?: boolean;
	readonly sectionNames: Readonly<Record<SectionKey, string>>;
}

/** Heading text as compared with section names: case folded, without emphasis marks or a trailing colon. */
function normalizeSectionName(text: string): string {
	// The usual heading (`Organize`) starts and ends with a letter or digit, which nothing below
	// trims or strips: only its case changes.
	if (text.length > 0 && isAsciiWordChar(text.charCodeAt(0)) && isAsciiWordChar(text.charCodeAt(text.length - 1))) return text.toLowerCase();
	return text
		.trim()
		.replace(/^[*_=~]+|[*_=~]+$/g, '')
		.replace(/\s*:$/, '')
		.trim()
		.toLowerCase();
}

/** Normalized section name → section, built once per settings object. */
const sectionTables = new WeakMap<Readonly<Record<SectionKey, string>>, ReadonlyMap<string, SectionKey>>();

/** The AEIOU section a heading names (`## Organize`, `### **Organize:**`), matched case-insensitively. */
function matchSection(text: string, names: Readonly<Record<SectionKey, string>>): SectionKey | undefined {
	let table = sectionTables.get(names);
	if (!table) {
		const built = new Map<string, SectionKey>();
		// The first section wins when two are given the same name.
		for (const key of Object.keys(names) as SectionKey[]) {
			const name = normalizeSectionName(names[key]);
			if (name && !built.has(name)) built.set(name, key);
		}
		table = built;
		sectionTables.set(names, table);
	}
	return table.get(normalizeSectionName(text));
}

/**
 * Reads the body facts from the lines and their block structure, in one pass over the lines. A
 * heading or task whose first mark is inside a comment does not count. A commitment's section is
 * the innermost enclosing heading (by level, as Obsidian nests sections) whose text is a section name.
 */
export function readBodyFacts(lines: readonly string[], structure: BlockStructure, options: BodyOptions): BodyFacts {
	const readOwnContent = options.readOwnContent !== false;
	const readCommitments = options.readCommitments;
	// Headings matter for the facts, the sections of commitments and of own content; a person note needs none.
	// Counts rather than a shared empty array: one array map at these reads, so a person note after
	// a thousand 1-on-1s does not throw the optimized loop away.
	const headingBlocks = structure.headings;
	const headingCount = options.readHeadings !== false || readCommitments || readOwnContent ? headingBlocks.length : 0;
	const taskBlocks = structure.tasks;
	const taskCount = readCommitments ? taskBlocks.length : 0;
	const readLinks = options.readLinks !== false;
	const readFields = options.readInlineFields !== false;
	const { opaque } = structure;
	const masker = new LineMasker();

	const headings: Heading[] = [];
	const headingSections: Array<SectionKey | undefined> = [];
	const problems: Problem[] = [];
	const commitments: Commitment[] = [];
	const links: BodyLink[] = [];
	const inlineFields: InlineField[] = [];
	let nextHeading = 0;
	let nextTask = 0;
	// The section commitments fall in: every heading up to the task's line counts.
	const taskOpen: OpenHeading[] = [];
	let taskSection: SectionKey | undefined;
	// Own content steps through the headings kept, one per line, as its section.
	const ownOpen: OpenHeading[] = [];
	let ownSection: SectionKey | undefined;
	let ownHeading = 0;
	let hasOwnContent = false;
	const stages = new Set<SectionKey>();
	let carried = false;

	for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
		const line = lines[lineIndex];
		let isCarried = false;
		if (readOwnContent) {
			// The marker lines New 1-on-1 writes around what it carries forward (never own content).
			if (!carried && mayOpenCarried(line) && line.trim() === CARRIED_FORWARD_OPEN) carried = true;
			isCarried = carried;
			if (carried && line.trim() === CARRIED_FORWARD_CLOSE) carried = false;
		}
		if (opaque[lineIndex] === 1) {
			// Nothing of an opaque line is read: its headings and tasks are not kept, and it is empty.
			while (nextHeading < headingCount && headingBlocks[nextHeading].lineIndex <= lineIndex) nextHeading++;
			while (nextTask < taskCount && taskBlocks[nextTask].lineIndex <= lineIndex) nextTask++;
			continue;
		}
		// Only a `%%` changes what later lines read: a line without one (outside a comment) is masked
		// only when something on it is read (a heading, a task, links or fields), and a prose line
		// seldom needs to be. Masking only blanks characters: a line without `[[` or `::` has none
		// once masked either.
		const hasBlock = (nextHeading < headingCount && headingBlocks[nextHeading].lineIndex <= lineIndex)
			|| (nextTask < taskCount && taskBlocks[nextTask].lineIndex <= lineIndex);
		const linked = readLinks && line.includes('[[');
		const fielded = readFields && line.includes('::');
		let shown: string | undefined;
		let text = '';
		if (masker.inComment || line.indexOf('%%') >= 0 || hasBlock || linked || fielded) {
			masker.mask(line);
			shown = masker.visible;
			text = masker.plain;
		}

		for (; shown !== undefined && nextHeading < headingCount && headingBlocks[nextHeading].lineIndex <= lineIndex; nextHeading++) {
			const block = headingBlocks[nextHeading];
			let headingText: string;
			if (block.column >= 0) {
				if (shown[block.column] !== '#') continue;
				headingText = readAtxHeadingText(shown.slice(block.column));
			} else {
				if (shown.trim() === '') continue;
				headingText = block.setextText ?? '';
			}
			const section = matchSection(headingText, options.sectionNames);
			headings.push({ line: lineIndex + 1, level: block.level, text: headingText });
			headingSections.push(section);
			taskSection = openHeading(taskOpen, block.level, section);
		}

		for (; shown !== undefined && nextTask < taskCount && taskBlocks[nextTask].lineIndex <= lineIndex; nextTask++) {
			const task = taskBlocks[nextTask];
			if (shown[task.column] !== '[') continue;
			const parsed = parseCommitmentLine(line, shown, text, task.column, lineIndex + 1, taskSection);
			// A task with no text besides its fields (`- [ ] 📅 2026-11-05`) is an empty checkbox, no commitment.
			if (parsed.commitment.text === '') continue;
			commitments.push(parsed.commitment);
			for (const problem of parsed.problems) problems.push(problem);
		}

		if (text !== '') {
			// A link New 1-on-1 copied into the carried-forward block is the earlier talk's, not a mention of this one's.
			if (linked && !isCarried && text.includes('[[')) collectWikiLinks(text, lineIndex + 1, links);
			if (fielded && text.includes('::')) {
				for (const field of findInlineFieldsInLine(text)) {
					inlineFields.push({ line: lineIndex + 1, key: field.key, value: field.value, links: findWikiLinks(field.value).map((match) => match.link) });
				}
			}
		}

		if (readOwnContent) {
			if (ownHeading < headings.length && headings[ownHeading].line === lineIndex + 1) {
				ownSection = openHeading(ownOpen, headings[ownHeading].level, headingSections[ownHeading]);
				ownHeading++;
				continue;
			}
			// Once the note has content and this section is counted, a line can tell nothing new.
			if (hasOwnContent && (ownSection === undefined || stages.has(ownSection))) continue;
			if (isCarried) continue;
			if (shown === undefined) {
				masker.mask(line);
				shown = masker.visible;
			}
			if (isEmptyLine(shown)) continue;
			hasOwnContent = true;
			if (ownSection !== undefined) stages.add(ownSection);
		}
	}
	const stagesWithContent = readOwnContent ? STAGE_ORDER.filter((stage) => stages.has(stage)) : [];
	return { headings, commitments, links, inlineFields, problems, hasOwnContent, stagesWithContent };
}
