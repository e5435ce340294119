/**
 * Text and Markdown renderings of the DESIGN §5 report, for a terminal and for pasting into a note.
 * Both work from the JSON projection, so every format shows the same facts.
 */
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

/** The report as terminal text; `colour` adds ANSI styling (only for a TTY). */
export function formatText(report: ReportJson, colour: boolean): string {
	const s = colour ? ANSI : PLAIN;
	const lines: string[] = [s.heading(`Follow-up dashboard for ${report.today}`), ''];
	const section = (title: string, count: number, body: () => void): void => {
		lines.push(s.heading(`${title} (${count})`));
		if (count === 0) lines.push(s.dim('  nothing here'));
		else body();
		lines.push('');
	};
	section('Follow up', report.followUp.length, () => {
		for (const item of report.followUp) {
			lines.push(`  ${s.badge(item.kind === 'debrief' ? 'Debrief' : 'Offer support')}  ${item.owner}: ${item.text}`);
			lines.push(s.dim(`      since ${item.followUpDate} · ${item.source}:${item.line}`));
		}
	});
	section('Stalled', report.stalled.length, () => {
		for (const item of report.stalled) {
			lines.push(`  ${item.owner}: ${item.text}`);
			lines.push(s.dim(`      open ${plural(item.daysStalled, 'day')} since follow-up · ${item.source}:${item.line}`));
		}
	});
	section('Your promises', report.yourPromises.length, () => {
		for (const item of report.yourPromises) {
			const overdue = item.due !== null && item.due < report.today;
			lines.push(`  ${overdue ? s.badge('Overdue') + '  ' : ''}${item.text}`);
			lines.push(s.dim(`      ${item.due ? `due ${item.due}` : 'no due date'} · ${item.source}:${item.line}`));
		}
	});
	section('Check in with', report.checkIn.length, () => {
		for (const item of report.checkIn) {
			lines.push(`  ${item.person}`);
			lines.push(s.dim(`      last talked ${item.lastContact} · check-in was ${item.nextCheckIn} (${plural(item.daysOver, 'day')} ago)`));
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
		for (const item of report.comingUp) lines.push(`  ${item.date}  ${s.badge(label[item.what])}  ${item.text}`);
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
export function formatMarkdown(report: ReportJson): string {
	const lines: string[] = [`# Follow-up dashboard, ${report.today}`, ''];
	const section = (title: string, items: readonly string[]): void => {
		lines.push(`## ${title} (${items.length})`, '');
		// One push per line: spreading 125,000 items into push overflows the stack.
		if (items.length === 0) lines.push('Nothing here.');
		for (const item of items) lines.push(item);
		lines.push('');
	};
	section('Follow up', report.followUp.map((i) =>
		`- **${i.kind === 'debrief' ? 'Debrief' : 'Offer support'}** ${escapeMarkdown(i.owner)}: ${escapeMarkdown(i.text)} (since ${i.followUpDate}, ${linkTo(i.source)})`));
	section('Stalled', report.stalled.map((i) =>
		`- ${escapeMarkdown(i.owner)}: ${escapeMarkdown(i.text)} (${plural(i.daysStalled, 'day')}, ${linkTo(i.source)})`));
	section('Your promises', report.yourPromises.map((i) =>
		`- ${escapeMarkdown(i.text)} (${i.due ? `due ${i.due}` : 'no due date'}, ${linkTo(i.source)})`));
	section('Check in with', report.checkIn.map((i) =>
		`- ${i.path ? linkTo(i.path, i.person) : escapeMarkdown(i.person)}: last talked ${i.lastContact}, check-in was ${i.nextCheckIn}`));
	section('No 1-on-1 yet', report.noOneOnOne.map((i) =>
		`- ${i.path ? linkTo(i.path, i.person) : escapeMarkdown(i.person)}${i.planned ? `: planned ${i.planned}` : ''}`));
	section('Coming up', report.comingUp.map((i) => `- ${i.date} ${i.what}: ${escapeMarkdown(i.text)}`));
	section('Notes to fix', report.problems.map((i) => `- ${linkTo(i.path)}: ${escapeMarkdown(i.message)}`));
	return lines.join('\n');
}
