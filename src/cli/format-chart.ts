/**
 * Text and Markdown renderings of the campaign chart (docs/chart.md), for a terminal and for
 * pasting into a note. Both work from the JSON projection, so every format shows the same facts.
 * The wording says where the next conversations could go, never "targets".
 */
import type { ChartJson } from '../core/chart-json';
import { escapeMarkdown, linkTo } from './markdown-escape';

type UnitJson = ChartJson['units'][number];

/** Units grouped by workplace, in chart order (units are sorted by workplace already). */
export function groupByWorkplace(units: readonly UnitJson[]): { workplace: string | null; units: UnitJson[] }[] {
	const groups: { workplace: string | null; units: UnitJson[] }[] = [];
	for (const unit of units) {
		const last = groups[groups.length - 1];
		if (last && last.workplace === unit.workplace) last.units.push(unit);
		else groups.push({ workplace: unit.workplace, units: [unit] });
	}
	return groups;
}

/** A workplace group's heading. */
export function nameWorkplace(workplace: string | null): string {
	return workplace ?? 'No workplace yet';
}

/** A unit's row name inside its workplace: department and shift. */
export function nameUnitRow(unit: UnitJson): string {
	return [unit.department, unit.shift].filter((part): part is string => part !== null).join(' · ') || (unit.workplace === null ? 'No unit yet' : 'No department yet');
}

function plural(n: number, word: string, many = `${word}s`): string {
	return `${n} ${n === 1 ? word : many}`;
}

/** How a unit's support stands, in words. */
export function describeSupport(unit: UnitJson, goals: ChartJson['goals']): string {
	return `${unit.supportive} supportive (${unit.supportShare}%; ${unit.supportReached ? `${goals.supportThreshold}% reached` : `majority at ${goals.supportThreshold}%`})`;
}

/** How a unit's committee stands, in words. */
export function describeCommittee(unit: UnitJson, goals: ChartJson['goals']): string {
	const { from, to } = goals.committeeTarget;
	const aim = from === to ? `${from}%` : `${from}–${to}%`;
	if (unit.committeeStanding === 'none') return 'no one on the committee yet';
	const where = unit.committeeStanding === 'below' ? `under the ${aim} aim` : unit.committeeStanding === 'above' ? `above ${aim}` : `within ${aim}`;
	return `${unit.organizingCommittee} on the committee (${unit.committeeShare}%; ${where})`;
}

function describeStale(item: ChartJson['staleAssessments'][number]): string {
	return item.assessedOn === null ? 'no dated assessment yet' : `last assessed ${item.assessedOn}`;
}

/** The chart as terminal text (sanitize the strings first: this adds no escaping). */
export function formatChartText(chart: ChartJson): string {
	const { goals } = chart;
	const lines: string[] = [`Campaign chart for ${chart.today}`, ''];
	lines.push(`Units (${chart.units.length})`);
	if (chart.units.length === 0) lines.push('  nothing here');
	for (const group of groupByWorkplace(chart.units)) {
		lines.push(`  ${nameWorkplace(group.workplace)}`);
		for (const unit of group.units) {
			lines.push(`    ${nameUnitRow(unit)}: ${plural(unit.people, 'person', 'people')} · ${unit.assessed} assessed · ${describeSupport(unit, goals)} · ${unit.opposed} opposed`);
			lines.push(`        ${describeCommittee(unit, goals)} · ${plural(unit.leaders, 'leader')} · ${unit.noOneOnOne} with no 1-on-1 yet`);
		}
	}
	lines.push('', `Issue heat (${chart.issues.length})`);
	if (chart.issues.length === 0) lines.push('  nothing here');
	for (const issue of chart.issues) {
		lines.push(`  ${issue.issue}: ${plural(issue.people, 'person', 'people')}, last raised ${issue.lastRaised}`);
		lines.push(`      ${issue.units.join('; ')}`);
	}
	lines.push('', `Support slipping (${chart.slipping.length})`);
	if (chart.slipping.length === 0) lines.push('  nothing here');
	for (const item of chart.slipping) lines.push(`  ${item.person}: ${item.from} → ${item.to} on ${item.date} · ${item.source}`);
	lines.push('', `Not assessed in 90 days (${chart.staleAssessments.length})`);
	if (chart.staleAssessments.length === 0) lines.push('  nothing here');
	for (const item of chart.staleAssessments) lines.push(`  ${item.person}: ${describeStale(item)}`);
	lines.push('', `Leaders and their people to check in with (${chart.leaders.length})`);
	if (chart.leaders.length === 0) lines.push('  nothing here');
	for (const tree of chart.leaders) {
		lines.push(`  ${tree.leader} (leads ${tree.leads})`);
		lines.push(`      check in with: ${tree.checkIn.join(', ') || 'no one due'}`);
		lines.push(`      no 1-on-1 yet: ${tree.noOneOnOne.join(', ') || 'no one'}`);
	}
	lines.push('');
	return lines.join('\n');
}

function personLink(name: string, path: string | null): string {
	return path ? linkTo(path, name) : escapeMarkdown(name);
}

/** The chart as a Markdown note: a table per workplace, then the lists. */
export function formatChartMarkdown(chart: ChartJson): string {
	const { goals } = chart;
	const lines: string[] = [`# Campaign chart, ${chart.today}`, ''];
	for (const group of groupByWorkplace(chart.units)) {
		lines.push(`## ${escapeMarkdown(nameWorkplace(group.workplace))}`, '');
		lines.push('| Unit | People | Assessed | Supportive | Opposed | Committee | No 1-on-1 yet |', '| --- | ---: | ---: | --- | ---: | --- | ---: |');
		for (const unit of group.units) {
			lines.push(
				`| ${escapeMarkdown(nameUnitRow(unit))} | ${unit.people} | ${unit.assessed} | ${escapeMarkdown(describeSupport(unit, goals))} | ${unit.opposed} | ${escapeMarkdown(describeCommittee(unit, goals))} | ${unit.noOneOnOne} |`,
			);
		}
		lines.push('');
	}
	const list = (title: string, items: string[]): void => {
		lines.push(`## ${title} (${items.length})`, '');
		if (items.length === 0) lines.push('Nothing here.');
		for (const item of items) lines.push(item);
		lines.push('');
	};
	list('Issue heat', chart.issues.map((i) => `- ${i.path ? linkTo(i.path, i.issue) : escapeMarkdown(i.issue)}: ${plural(i.people, 'person', 'people')}, last raised ${i.lastRaised} (${escapeMarkdown(i.units.join('; '))})`));
	list('Support slipping', chart.slipping.map((s) => `- ${personLink(s.person, s.path)}: ${s.from} → ${s.to} on ${s.date} (${linkTo(s.source)})`));
	list('Not assessed in 90 days', chart.staleAssessments.map((s) => `- ${personLink(s.person, s.path)}: ${describeStale(s)}`));
	list('Leaders and their people to check in with', chart.leaders.map((t) => {
		const checkIn = t.checkIn.map(escapeMarkdown).join(', ') || 'no one due';
		const none = t.noOneOnOne.map(escapeMarkdown).join(', ') || 'no one';
		return `- ${personLink(t.leader, t.path)} (leads ${t.leads}): check in with ${checkIn}; no 1-on-1 yet: ${none}`;
	}));
	return lines.join('\n');
}
