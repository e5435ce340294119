/**
 * The Obsidian layer over a body's block structure: visible headings, commitments with their AEIOU
 * section, wiki links and inline fields. Both parse paths end here, so they differ only in the
 * structure they hand over.
 */

import type { BodyLink, Commitment, Heading, InlineField, Problem, SectionKey } from '../../../src/core/model';
import type { BlockStructure } from '../../../src/core/block-structure';
import { CARRIED_FORWARD_CLOSE, CARRIED_FORWARD_OPEN } from '../../../src/core/carry-forward-marker';
import { maskLines } from './comment-mask';
import { parseCommitmentLine } from './commitment-line';
import { findInlineFieldsInLine, findWikiLinks, readAtxHeadingText } from '../../../src/core/obsidian-syntax';

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

const STAGE_ORDER: readonly SectionKey[] = ['agitate', 'educate', 'inoculate', 'organize', 'uplift'];

/** Which lines are inside a carried-forward block, markers included (an unclosed one runs to the end). */
function markCarriedForward(lines: readonly string[]): Uint8Array {
	const marks = new Uint8Array(lines.length);
	let inside = false;
	lines.forEach((line, index) => {
		// The marker lines New 1-on-1 writes around what it carries forward (never own content).
		if (!inside && line.trim() === CARRIED_FORWARD_OPEN) inside = true;
		if (inside) marks[index] = 1;
		if (inside && line.trim() === CARRIED_FORWARD_CLOSE) inside = false;
	});
	return marks;
}

/** The innermost open section (the stack holds the enclosing headings, outermost first). */
function innermostSection(open: ReadonlyArray<{ readonly section?: SectionKey }>): SectionKey | undefined {
	for (let index = open.length - 1; index >= 0; index--) if (open[index].section !== undefined) return open[index].section;
	return undefined;
}

/** Whether the note has content of its own, and in which AEIOU sections (DESIGN §3). */
function findOwnContent(
	lines: readonly string[],
	visible: readonly string[],
	headings: readonly Heading[],
	headingSections: ReadonlyArray<SectionKey | undefined>,
): { hasOwnContent: boolean; stagesWithContent: SectionKey[] } {
	const carried = lines.some((line) => line.includes('ro:carried-forward')) ? markCarriedForward(lines) : undefined;
	const open: Array<{ readonly level: number; readonly section?: SectionKey }> = [];
	const stages = new Set<SectionKey>();
	let hasOwnContent = false;
	let headingIndex = 0;
	let section: SectionKey | undefined;
	for (let index = 0; index < visible.length; index++) {
		if (headingIndex < headings.length && headings[headingIndex].line === index + 1) {
			const heading = headings[headingIndex];
			while (open.length > 0 && open[open.length - 1].level >= heading.level) open.pop();
			open.push({ level: heading.level, section: headingSections[headingIndex] });
			section = innermostSection(open);
			headingIndex++;
			continue;
		}
		const shown = visible[index] ?? '';
		if (carried?.[index] === 1 || isEmptyLine(shown)) continue;
		hasOwnContent = true;
		if (section !== undefined) stages.add(section);
	}
	return { hasOwnContent, stagesWithContent: STAGE_ORDER.filter((stage) => stages.has(stage)) };
}

const NO_OWN_CONTENT = { hasOwnContent: false, stagesWithContent: [] as SectionKey[] };

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
 * Reads the body facts from the lines and their block structure. A heading or task whose first mark
 * is inside a comment does not count. A commitment's section is the innermost enclosing heading
 * (by level, as Obsidian nests sections) whose text is a section name.
 */
export function readBodyFacts(lines: readonly string[], structure: BlockStructure, options: BodyOptions): BodyFacts {
	const { visible, plain } = maskLines(lines, structure.opaque);
	const readOwnContent = options.readOwnContent !== false;
	const headings: Heading[] = [];
	const headingSections: Array<SectionKey | undefined> = [];
	// Headings matter for the facts, the sections of commitments and of own content; a person note needs none.
	const readHeadings = options.readHeadings !== false || options.readCommitments || readOwnContent;
	for (const block of readHeadings ? structure.headings : []) {
		const shown = visible[block.lineIndex] ?? '';
		if (block.column >= 0) {
			if (shown[block.column] !== '#') continue;
			const text = readAtxHeadingText(shown.slice(block.column));
			headings.push({ line: block.lineIndex + 1, level: block.level, text });
		} else {
			if (shown.trim() === '') continue;
			headings.push({ line: block.lineIndex + 1, level: block.level, text: block.setextText ?? '' });
		}
		headingSections.push(matchSection(headings[headings.length - 1].text, options.sectionNames));
	}

	const problems: Problem[] = [];
	const commitments: Commitment[] = [];
	if (options.readCommitments) {
		const open: Array<{ readonly level: number; readonly section?: SectionKey }> = [];
		let headingIndex = 0;
		let section: SectionKey | undefined;
		for (const task of structure.tasks) {
			while (headingIndex < headings.length && headings[headingIndex].line <= task.lineIndex + 1) {
				const heading = headings[headingIndex];
				while (open.length > 0 && open[open.length - 1].level >= heading.level) open.pop();
				open.push({ level: heading.level, section: headingSections[headingIndex] });
				section = innermostSection(open);
				headingIndex++;
			}
			const shown = visible[task.lineIndex] ?? '';
			if (shown[task.column] !== '[') continue;
			const parsed = parseCommitmentLine(lines[task.lineIndex], shown, plain[task.lineIndex] ?? '', task.column, task.lineIndex + 1);
			// A task with no text besides its fields (`- [ ] 📅 2026-11-05`) is an empty checkbox, no commitment.
			if (parsed.commitment.text === '') continue;
			commitments.push(section === undefined ? parsed.commitment : { ...parsed.commitment, section });
			problems.push(...parsed.problems);
		}
	}

	const links: BodyLink[] = [];
	const inlineFields: InlineField[] = [];
	const readLinks = options.readLinks !== false;
	const readFields = options.readInlineFields !== false;
	// Links copied into the carried-forward block are the earlier talk's (the block is read where own content is).
	const carried = readOwnContent && lines.some((line) => line.includes('ro:carried-forward')) ? markCarriedForward(lines) : undefined;
	if (readLinks || readFields) {
		for (let lineIndex = 0; lineIndex < plain.length; lineIndex++) {
			const text = plain[lineIndex];
			if (text === '') continue;
			const line = lineIndex + 1;
			if (readLinks && carried?.[lineIndex] !== 1 && text.includes('[[')) for (const match of findWikiLinks(text)) links.push({ line, link: match.link });
			if (!readFields || !text.includes('::')) continue;
			for (const field of findInlineFieldsInLine(text)) {
				inlineFields.push({ line, key: field.key, value: field.value, links: findWikiLinks(field.value).map((match) => match.link) });
			}
		}
	}
	const own = !readOwnContent ? NO_OWN_CONTENT : findOwnContent(lines, visible, headings, headingSections);
	return { headings, commitments, links, inlineFields, problems, ...own };
}
