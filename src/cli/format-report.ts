/**
 * Text and Markdown renderings of the DESIGN §5 report, for a terminal and for pasting into a note.
 * Both work from the JSON projection, so every format shows the same facts.
 */
import { addDays } from '../core/dates';
import { dropOwnerPrefix } from '../core/obsidian-syntax';
import type { ReportJson } from '../core/report-json';

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

/** "due today" / "due 2026-11-24, 7 days ago". */
function describeCheckIn(nextCheckIn: string, daysOver: number): string {
	return daysOver === 0 ? `check-in due today` : `check-in due ${nextCheckIn}, ${plural(daysOver, 'day')} ago`;
}

/** "still open 19 days after its follow-up date, 2026-11-10, though you have talked since". */
function describeStalled(today: string, daysStalled: number): string {
	return `still open ${plural(daysStalled, 'day')} after its follow-up date, ${addDays(today, -daysStalled)}, though you have talked since`;
}

/** Whose a Coming up row is: "Ana Ruiz: …", nothing for rows that are not commitments. */
function ownerOf(item: ReportJson['comingUp'][number]): string {
	return item.what === 'commitment' && item.owner !== null ? `${item.owner}: ` : '';
}

/** The report as terminal text; `colour` adds ANSI styling (only for a TTY). */
export function formatText(report: ReportJson, colour: boolean, options: FormatOptions = {}): string {
	const s = colour ? ANSI : PLAIN;
	const lines: string[] = [s.heading(`Follow-up dashboard for ${report.today}`), ''];
	if (options.organizingNotes === 0 && report.problems.length === 0) return [...lines, ...NO_ORGANIZING_NOTES].join('\n');
	const section = (title: string, count: number, body: () => void): void => {
		lines.push(s.heading(`${title} (${count})`));
		if (count === 0) lines.push(s.dim('  nothing here'));
		else body();
		lines.push('');
	};
	section('Follow up', report.followUp.length, () => {
		for (const item of report.followUp) {
			lines.push(`  ${s.badge(item.kind === 'debrief' ? 'Debrief' : 'Offer support')}  ${item.owner}: ${item.text}`);
			lines.push(s.dim(`      follow-up due since ${item.followUpDate} · ${item.source}:${item.line}`));
		}
	});
	section('Stalled', report.stalled.length, () => {
		for (const item of report.stalled) {
			lines.push(`  ${item.owner}: ${item.text}`);
			lines.push(s.dim(`      ${describeStalled(report.today, item.daysStalled)} · ${item.source}:${item.line}`));
		}
	});
	section('Your promises', report.yourPromises.length, () => {
		for (const item of report.yourPromises) {
			const overdue = item.due !== null && item.due < report.today;
			lines.push(`  ${overdue ? s.badge('Overdue') + '  ' : ''}${dropOwnerPrefix(item.text)}`);
			lines.push(s.dim(`      ${item.due ? `due ${item.due}` : 'no due date'} · ${item.source}:${item.line}`));
		}
	});
	section('Check in with', report.checkIn.length, () => {
		for (const item of report.checkIn) {
			lines.push(`  ${item.person}`);
			lines.push(s.dim(`      last talked ${item.lastContact} · ${describeCheckIn(item.nextCheckIn, item.daysOver)}`));
		}
	});
	section('No 1-on-1 yet', report.noOneOnOne.length, () => {
		for (const item of report.noOneOnOne) {
			lines.push(`  ${item.person}${item.path ? '' : s.dim(' (no note yet)')}`);
			lines.push(s.dim(`      ${item.planned ? `planned ${item.planned}` : 'nothing planned'}`));
		}
	});
	section('Coming up', report.comingUp.length, () => {
		const label = { commitment: 'due', planned: '1-on-1', 'check-in': 'check in' } as const;
		for (const item of report.comingUp) lines.push(`  ${item.date}  ${s.badge(label[item.what])}  ${ownerOf(item)}${item.text}`);
	});
	section('Notes to fix', report.problems.length, () => {
		for (const item of report.problems) lines.push(`  ${item.path}${item.line ? `:${item.line}` : ''} — ${item.message}`);
	});
	return lines.join('\n');
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes Markdown so note text shows as written (no links, emphasis, HTML, math or new lines are
 * created): every Markdown punctuation gets a backslash, control characters become spaces.
 */
function escapeMarkdown(text: string): string {
	return text.replace(CONTROL, ' ').replace(/[\\`*_{}[\]<>()#+|!~=%^&$]/g, (c) => `\\${c}`);
}

/** Characters a wiki link's target or label cannot hold safely: they end it, split it, or add markup. */
const UNSAFE_IN_WIKILINK = /[[\]|#^<>\\`\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A link to a vault path: a wiki link (the `.md` dropped) when the path and label are plain, else a
 * Markdown link whose target is percent-encoded and whose label is escaped, so a file name holding
 * `]]`, a new line or `<img …>` can never end the link or inject markup.
 */
function linkTo(path: string, label?: string): string {
	const target = path.replace(/\.md$/i, '');
	if (!UNSAFE_IN_WIKILINK.test(target) && (label === undefined || !UNSAFE_IN_WIKILINK.test(label))) {
		return label ? `[[${target}|${label}]]` : `[[${target}]]`;
	}
	const href = path.split('/').map(encodeURIComponent).join('/');
	return `[${escapeMarkdown(label ?? target)}](${href})`;
}

/** The report as a Markdown note. */
export function formatMarkdown(report: ReportJson, options: FormatOptions = {}): string {
	const lines: string[] = [`# Follow-up dashboard, ${report.today}`, ''];
	if (options.organizingNotes === 0 && report.problems.length === 0) return [...lines, ...NO_ORGANIZING_NOTES.map(escapeMarkdown)].join('\n');
	// Every row: names and texts escaped (they show as written), then one link to the note it is about.
	const person = (name: string, path: string | null): string => (path ? linkTo(path, name) : escapeMarkdown(name));
	const section = (title: string, items: readonly string[]): void => {
		lines.push(`## ${title} (${items.length})`, '');
		// One push per line: spreading 125,000 items into push overflows the stack.
		if (items.length === 0) lines.push('Nothing here.');
		for (const item of items) lines.push(item);
		lines.push('');
	};
	section('Follow up', report.followUp.map((i) =>
		`- **${i.kind === 'debrief' ? 'Debrief' : 'Offer support'}** ${escapeMarkdown(i.owner)}: ${escapeMarkdown(i.text)} (follow-up due since ${i.followUpDate}, ${linkTo(i.source)})`));
	section('Stalled', report.stalled.map((i) =>
		`- ${escapeMarkdown(i.owner)}: ${escapeMarkdown(i.text)} (${describeStalled(report.today, i.daysStalled)}, ${linkTo(i.source)})`));
	section('Your promises', report.yourPromises.map((i) =>
		`- ${escapeMarkdown(dropOwnerPrefix(i.text))} (${i.due ? `due ${i.due}` : 'no due date'}, ${linkTo(i.source)})`));
	section('Check in with', report.checkIn.map((i) =>
		`- ${person(i.person, i.path)}: last talked ${i.lastContact}, ${describeCheckIn(i.nextCheckIn, i.daysOver)}`));
	section('No 1-on-1 yet', report.noOneOnOne.map((i) =>
		`- ${person(i.person, i.path)}${i.planned ? `: planned ${i.planned}` : ''}`));
	const what = { commitment: 'due', planned: '1-on-1', 'check-in': 'check in' } as const;
	section('Coming up', report.comingUp.map((i) =>
		`- ${i.date} ${what[i.what]}: ${escapeMarkdown(ownerOf(i) + i.text)}${i.source ? ` (${linkTo(i.source)})` : ''}`));
	section('Notes to fix', report.problems.map((i) => `- ${linkTo(i.path)}: ${escapeMarkdown(i.message)}`));
	return lines.join('\n');
}
