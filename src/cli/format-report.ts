/**
 * Text and Markdown renderings of the DESIGN §5 report, for a terminal and for pasting into a note.
 * Both work from the JSON projection, so every format shows the same facts.
 */
import { DASHBOARD_SECTIONS, type DashboardSectionField } from '../core/dashboard-sections';
import { addDays } from '../core/dates';
import { dropOwnerPrefix, dropPrefixNaming } from '../core/obsidian-syntax';
import type { ReportJson } from '../core/report-json';
import { escapeMarkdown, linkTo } from './markdown-escape';

interface Style {
	readonly heading: (text: string) => string;
	readonly dim: (text: string) => string;
	readonly badge: (text: string) => string;
}

const PLAIN: Style = { heading: (t) => t, dim: (t) => t, badge: (t) => t };
const ANSI: Style = {
	heading: (t) => `\u001b[1m${t}\u001b[22m`,
	dim: (t) => `\u001b[2m${t}\u001b[22m`,
	badge: (t) => `\u001b[36m${t}\u001b[39m`,
};

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the formats need besides the report. */
export interface FormatOptions {
	/** Person and 1-on-1 notes found; 0 prints how to start instead of seven empty lists. */
	readonly organizingNotes?: number;
}

/** Said instead of the lists when the vault holds no organizing notes at all. */
export const NO_ORGANIZING_NOTES = [
	'No organizing notes found: no person notes (type: person, or any note in the People folder) and',
	'no 1-on-1 notes (type: one-on-one, or any note in the 1-on-1s folder).',
	'To start, write a demo vault and open it in Obsidian: relational-organizer demo <new folder>',
	'The note formats are in the user guide (docs/guide.md).',
];

/** "check-in due today" / "check-in due 2026-11-24, 7 days ago". */
function describeCheckIn(nextCheckIn: string, daysOver: number): string {
	return daysOver === 0 ? 'check-in due today' : `check-in due ${nextCheckIn}, ${plural(daysOver, 'day')} ago`;
}

/** "still open 19 days after its follow-up date, 2026-11-10, though you have talked since". */
function describeStalled(today: string, daysStalled: number): string {
	return `still open ${plural(daysStalled, 'day')} after its follow-up date, ${addDays(today, -daysStalled)}, though you have talked since`;
}

/** Whose a Coming up row is: "Ana Ruiz: …", nothing for rows that are not commitments. */
function ownerOf(item: ReportJson['comingUp'][number]): string {
	return item.what === 'commitment' && item.owner !== null ? `${item.owner}: ` : '';
}

/** A Coming up row's text after its owner: without a prefix naming that owner again. */
function comingUpText(item: ReportJson['comingUp'][number]): string {
	return item.what === 'commitment' && item.owner !== null ? dropPrefixNaming(item.text, item.owner) : item.text;
}

/** How each list's items become terminal lines. */
type TextRenderers = {
	readonly [F in DashboardSectionField]: (items: ReportJson[F], s: Style, today: string) => string[];
};

const TEXT_ITEMS: TextRenderers = {
	followUp: (items, s) => items.flatMap((item) => [
		`  ${s.badge(item.kind === 'debrief' ? 'Debrief' : 'Offer support')}  ${item.owner}: ${dropPrefixNaming(item.text, item.owner)}`,
		s.dim(`      follow-up due since ${item.followUpDate} · ${item.source}:${item.line}`),
	]),
	stalled: (items, s, today) => items.flatMap((item) => [
		`  ${item.owner}: ${dropPrefixNaming(item.text, item.owner)}`,
		s.dim(`      ${describeStalled(today, item.daysStalled)} · ${item.source}:${item.line}`),
	]),
	yourPromises: (items, s, today) => items.flatMap((item) => {
		const overdue = item.due !== null && item.due < today;
		return [
			`  ${overdue ? s.badge('Overdue') + '  ' : ''}${dropOwnerPrefix(item.text)}`,
			s.dim(`      ${item.due ? `due ${item.due}` : 'no due date'} · ${item.source}:${item.line}`),
		];
	}),
	checkIn: (items, s) => items.flatMap((item) => [
		`  ${item.person}`,
		s.dim(`      last talked ${item.lastContact} · ${describeCheckIn(item.nextCheckIn, item.daysOver)}`),
	]),
	noOneOnOne: (items, s) => items.flatMap((item) => [
		`  ${item.person}${item.path ? '' : s.dim(' (no note yet)')}`,
		s.dim(`      ${item.planned ? `planned ${item.planned}` : 'nothing planned'}`),
	]),
	comingUp: (items, s) => {
		const label = { commitment: 'due', planned: '1-on-1', 'check-in': 'check in' } as const;
		return items.map((item) => `  ${item.date}  ${s.badge(label[item.what])}  ${ownerOf(item)}${comingUpText(item)}`);
	},
	problems: (items) => items.map((item) => `  ${item.path}${item.line ? `:${item.line}` : ''} — ${item.message}`),
	slipping: (items, s) => items.flatMap((item) => [
		`  ${item.person}`,
		s.dim(`      ${item.from} → ${item.to} on ${item.date} · ${item.source}`),
	]),
};

function formatTextItems<F extends DashboardSectionField>(field: F, report: ReportJson, s: Style): string[] {
	return TEXT_ITEMS[field](report[field], s, report.today);
}

/** The report as terminal text; `colour` adds ANSI styling (only for a TTY). */
export function formatText(report: ReportJson, colour: boolean, options: FormatOptions = {}): string {
	const s = colour ? ANSI : PLAIN;
	const lines: string[] = [s.heading(`Follow-up dashboard for ${report.today}`), ''];
	if (options.organizingNotes === 0 && report.problems.length === 0) return [...lines, ...NO_ORGANIZING_NOTES].join('\n');
	for (const section of DASHBOARD_SECTIONS) {
		const count = report[section.field].length;
		lines.push(s.heading(`${section.title} (${count})`));
		if (count === 0) lines.push(s.dim('  nothing here'));
		else for (const line of formatTextItems(section.field, report, s)) lines.push(line);
		lines.push('');
	}
	return lines.join('\n');
}

/** How each list's items become Markdown list items. */
type MarkdownRenderers = {
	readonly [F in DashboardSectionField]: (item: ReportJson[F][number], today: string) => string;
};

/** A person: a link to their note (the name as its label), else the name escaped. */
function personLink(name: string, path: string | null): string {
	return path ? linkTo(path, name) : escapeMarkdown(name);
}

const COMING_UP_WORD = { commitment: 'due', planned: '1-on-1', 'check-in': 'check in' } as const;

// Every row alike: names and texts escaped (they show as written), then one link to its note.
const MARKDOWN_ITEMS: MarkdownRenderers = {
	followUp: (i) => `- **${i.kind === 'debrief' ? 'Debrief' : 'Offer support'}** ${escapeMarkdown(i.owner)}: ${escapeMarkdown(dropPrefixNaming(i.text, i.owner))} (follow-up due since ${i.followUpDate}, ${linkTo(i.source)})`,
	stalled: (i, today) => `- ${escapeMarkdown(i.owner)}: ${escapeMarkdown(dropPrefixNaming(i.text, i.owner))} (${describeStalled(today, i.daysStalled)}, ${linkTo(i.source)})`,
	yourPromises: (i) => `- ${escapeMarkdown(dropOwnerPrefix(i.text))} (${i.due ? `due ${i.due}` : 'no due date'}, ${linkTo(i.source)})`,
	checkIn: (i) => `- ${personLink(i.person, i.path)}: last talked ${i.lastContact}, ${describeCheckIn(i.nextCheckIn, i.daysOver)}`,
	noOneOnOne: (i) => `- ${personLink(i.person, i.path)}${i.planned ? `: planned ${i.planned}` : ''}`,
	comingUp: (i) => `- ${i.date} ${COMING_UP_WORD[i.what]}: ${escapeMarkdown(ownerOf(i) + comingUpText(i))}${i.source ? ` (${linkTo(i.source)})` : ''}`,
	problems: (i) => `- ${linkTo(i.path)}: ${escapeMarkdown(i.message)}`,
	slipping: (i) => `- ${i.path ? linkTo(i.path, i.person) : escapeMarkdown(i.person)}: ${i.from} → ${i.to} on ${i.date} (${linkTo(i.source)})`,
};

function formatMarkdownItems<F extends DashboardSectionField>(field: F, report: ReportJson): string[] {
	const items: ReadonlyArray<ReportJson[F][number]> = report[field];
	return items.map((item) => MARKDOWN_ITEMS[field](item, report.today));
}

/** The report as a Markdown note. */
export function formatMarkdown(report: ReportJson, options: FormatOptions = {}): string {
	const lines: string[] = [`# Follow-up dashboard, ${report.today}`, ''];
	if (options.organizingNotes === 0 && report.problems.length === 0) return [...lines, ...NO_ORGANIZING_NOTES.map(escapeMarkdown)].join('\n');
	for (const section of DASHBOARD_SECTIONS) {
		const items = formatMarkdownItems(section.field, report);
		lines.push(`## ${section.title} (${items.length})`, '');
		// One push per line: spreading 125,000 items into push overflows the stack.
		if (items.length === 0) lines.push('Nothing here.');
		for (const item of items) lines.push(item);
		lines.push('');
	}
	return lines.join('\n');
}
