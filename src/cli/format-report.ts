/**
 * Text and Markdown renderings of the DESIGN §5 report, for a terminal and for pasting into a note.
 * Both work from the JSON projection, so every format shows the same facts.
 */
import { DASHBOARD_SECTIONS, type DashboardSectionField } from '../core/dashboard-sections';
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

/** How each list's items become terminal lines. */
type TextRenderers = {
	readonly [F in DashboardSectionField]: (items: ReportJson[F], s: Style, today: string) => string[];
};

const TEXT_ITEMS: TextRenderers = {
	followUp: (items, s) => items.flatMap((item) => [
		`  ${s.badge(item.kind === 'debrief' ? 'Debrief' : 'Offer support')}  ${item.owner}: ${item.text}`,
		s.dim(`      since ${item.followUpDate} · ${item.source}:${item.line}`),
	]),
	stalled: (items, s) => items.flatMap((item) => [
		`  ${item.owner}: ${item.text}`,
		s.dim(`      open ${plural(item.daysStalled, 'day')} since follow-up · ${item.source}:${item.line}`),
	]),
	yourPromises: (items, s, today) => items.flatMap((item) => {
		const overdue = item.due !== null && item.due < today;
		return [
			`  ${overdue ? s.badge('Overdue') + '  ' : ''}${item.text}`,
			s.dim(`      ${item.due ? `due ${item.due}` : 'no due date'} · ${item.source}:${item.line}`),
		];
	}),
	checkIn: (items, s) => items.flatMap((item) => [
		`  ${item.person}`,
		s.dim(`      last talked ${item.lastContact} · check-in was ${item.nextCheckIn} (${plural(item.daysOver, 'day')} ago)`),
	]),
	noOneOnOne: (items, s) => items.flatMap((item) => [
		`  ${item.person}${item.path ? '' : s.dim(' (no note yet)')}`,
		s.dim(`      ${item.planned ? `planned ${item.planned}` : 'nothing planned'}`),
	]),
	comingUp: (items, s) => {
		const label = { commitment: 'due', planned: '1-on-1', 'check-in': 'check in' } as const;
		return items.map((item) => `  ${item.date}  ${s.badge(label[item.what])}  ${item.text}`);
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
export function formatText(report: ReportJson, colour: boolean): string {
	const s = colour ? ANSI : PLAIN;
	const lines: string[] = [s.heading(`Follow-up dashboard for ${report.today}`), ''];
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
	readonly [F in DashboardSectionField]: (item: ReportJson[F][number]) => string;
};

const MARKDOWN_ITEMS: MarkdownRenderers = {
	followUp: (i) => `- **${i.kind === 'debrief' ? 'Debrief' : 'Offer support'}** ${escapeMarkdown(i.owner)}: ${escapeMarkdown(i.text)} (since ${i.followUpDate}, ${linkTo(i.source)})`,
	stalled: (i) => `- ${escapeMarkdown(i.owner)}: ${escapeMarkdown(i.text)} (${plural(i.daysStalled, 'day')}, ${linkTo(i.source)})`,
	yourPromises: (i) => `- ${escapeMarkdown(i.text)} (${i.due ? `due ${i.due}` : 'no due date'}, ${linkTo(i.source)})`,
	checkIn: (i) => `- ${i.path ? linkTo(i.path, i.person) : escapeMarkdown(i.person)}: last talked ${i.lastContact}, check-in was ${i.nextCheckIn}`,
	noOneOnOne: (i) => `- ${i.path ? linkTo(i.path, i.person) : escapeMarkdown(i.person)}${i.planned ? `: planned ${i.planned}` : ''}`,
	comingUp: (i) => `- ${i.date} ${i.what}: ${escapeMarkdown(i.text)}`,
	problems: (i) => `- ${linkTo(i.path)}: ${escapeMarkdown(i.message)}`,
	slipping: (i) => `- ${i.path ? linkTo(i.path, i.person) : escapeMarkdown(i.person)}: ${i.from} → ${i.to} on ${i.date} (${linkTo(i.source)})`,
};

function formatMarkdownItems<F extends DashboardSectionField>(field: F, report: ReportJson): string[] {
	const items: ReadonlyArray<ReportJson[F][number]> = report[field];
	return items.map((item) => MARKDOWN_ITEMS[field](item));
}

/** The report as a Markdown note. */
export function formatMarkdown(report: ReportJson): string {
	const lines: string[] = [`# Follow-up dashboard, ${report.today}`, ''];
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
