/**
 * Renders the campaign chart (issue #17) into an element: a table per workplace with bars for
 * assessed, supportive and committee against the goals, where a click on a number lists the people
 * behind it; then issue heat, support slipping, people not assessed lately, and each leader's
 * people to check in with. A function of the shown chart and handlers only (tested in happy-dom
 * and Chromium). Text is always set as text; paths are never rendered: they stay behind `pathOf`.
 */
import type { CampaignChart } from '../core/campaign-chart';
import type { ChartUnit } from '../core/campaign-units';
import type { ChartItem, ShownChart } from '../core/chart-shown';
import type { PersonRef } from '../core/people';
import { runSteps, type Steps } from '../core/steps';

/** List items (or unit rows) rendered between two pause points of {@link renderChartSteps}. */
const ROWS_PER_STEP = 25;

/** What the chart can ask the plugin to do. */
export interface ChartActions {
	openNote(path: string): void;
	/** Shows the next page of a list (by its section id); without it, every item is shown. */
	readonly showMore?: (id: string) => void;
}

/** Items a list shows before "Show N more" (as the pane's lists). */
export const CHART_PAGE_SIZE = 50;

/** Display state: items shown per list (by section id; default {@link CHART_PAGE_SIZE}). */
export interface ChartDisplay {
	readonly shown?: Readonly<Record<string, number>>;
}

function percent(count: number, total: number): number {
	return total === 0 ? 0 : Math.round((count * 100) / total);
}

/** A link that opens the note behind `item`, or plain text when there is none. */
function addOpen(parent: HTMLElement, label: string, item: ChartItem, shown: ShownChart, actions: ChartActions, cls = 'ro-chart__link'): HTMLElement {
	const path = shown.pathOf(item);
	if (path === undefined) return parent.createSpan({ cls: 'ro-chart__name', text: label });
	const link = parent.createEl('a', { cls, text: label, href: '#' });
	link.addEventListener('click', (event) => {
		event.preventDefault();
		actions.openNote(path);
	});
	return link;
}

function addPeople(parent: HTMLElement, people: readonly PersonRef[], shown: ShownChart, actions: ChartActions, none: string): void {
	if (people.length === 0) {
		parent.createSpan({ cls: 'ro-chart__none', text: none });
		return;
	}
	people.forEach((person, i) => {
		if (i > 0) parent.appendText(', ');
		addOpen(parent, person.name, person, shown, actions);
	});
}

/** A bar of `count` out of `total`, with a marker band for the goal (`from`–`to` percent). */
function addBar(cell: HTMLElement, kind: string, count: number, total: number, goal?: { from: number; to: number }): void {
	const bar = cell.createDiv({ cls: `ro-chart__bar ro-chart__bar--${kind}` });
	bar.setAttr('aria-hidden', 'true');
	const fill = bar.createDiv({ cls: 'ro-chart__bar-fill' });
	fill.setCssProps({ '--ro-chart-fill': `${percent(count, total)}%` });
	if (goal) {
		const mark = bar.createDiv({ cls: 'ro-chart__bar-goal' });
		mark.setCssProps({ '--ro-chart-goal-from': `${goal.from}%`, '--ro-chart-goal-width': `${Math.max(goal.to - goal.from, 0)}%` });
	}
}

/** The cell of one number: a button that lists the people behind it, and its bar. */
function addCountCell(
	row: HTMLElement,
	kind: string,
	people: readonly PersonRef[],
	unit: ChartUnit,
	caption: string,
	details: HTMLElement,
	shown: ShownChart,
	actions: ChartActions,
	bar?: { goal?: { from: number; to: number } },
): void {
	const cell = row.createEl('td', { cls: `ro-chart__cell ro-chart__cell--${kind}` });
	const button = cell.createEl('button', { cls: 'ro-chart__count', text: String(people.length) });
	button.setAttr('aria-label', `${caption}: ${people.length}`);
	button.addEventListener('click', () => {
		details.empty();
		details.removeClass('ro-chart__details--hidden');
		details.createSpan({ cls: 'ro-chart__details-title', text: `${unit.label} — ${caption}: ` });
		addPeople(details, people, shown, actions, 'no one');
	});
	if (bar) addBar(cell, kind, people.length, unit.people.length, bar.goal);
}

function standingText(unit: ChartUnit, chart: CampaignChart): string {
	const { from, to } = chart.goals.committeeTarget;
	const aim = from === to ? `${from}%` : `${from}–${to}%`;
	if (unit.committeeStanding === 'none') return 'No one on the committee yet';
	if (unit.committeeStanding === 'below') return `Under the ${aim} aim`;
	return unit.committeeStanding === 'above' ? `Above ${aim}` : `Within ${aim}`;
}

function* renderUnits(el: HTMLElement, shown: ShownChart, actions: ChartActions): Steps<void> {
	const { chart } = shown;
	const section = addSection(el, 'units', 'Units', chart.units.length, 'Where the next conversations could go: units with few people assessed, little support or no one on the committee.');
	const groups: { workplace?: string; first: ChartUnit; units: ChartUnit[] }[] = [];
	for (const unit of chart.units) {
		const last = groups[groups.length - 1];
		if (last && last.workplace === unit.workplace) last.units.push(unit);
		else groups.push({ workplace: unit.workplace, first: unit, units: [unit] });
	}
	for (const group of groups) {
		const box = section.createDiv({ cls: 'ro-chart__workplace' });
		const heading = box.createEl('h6', { cls: 'ro-chart__workplace-title' });
		if (group.workplace === undefined) heading.setText('No workplace yet');
		else addOpen(heading, group.workplace, group.first, shown, actions);
		const table = box.createEl('table', { cls: 'ro-chart__table' });
		const head = table.createEl('thead').createEl('tr');
		for (const title of ['Unit', 'People', 'Assessed', 'Supportive', 'Opposed', 'Committee', 'No 1-on-1 yet']) head.createEl('th', { text: title });
		const body = table.createEl('tbody');
		const details = box.createDiv({ cls: 'ro-chart__details ro-chart__details--hidden' });
		details.setAttr('aria-live', 'polite');
		for (const [i, unit] of group.units.entries()) {
			if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield undefined;
			const row = body.createEl('tr', { cls: 'ro-chart__unit' });
			const name = row.createEl('th', { cls: 'ro-chart__unit-name', text: [unit.department, unit.shift].filter(Boolean).join(' · ') || (unit.workplace === undefined ? 'No unit yet' : 'No department yet') });
			name.setAttr('scope', 'row');
			addCountCell(row, 'people', unit.people, unit, 'People', details, shown, actions);
			addCountCell(row, 'assessed', unit.assessed, unit, 'Assessed', details, shown, actions, {});
			addCountCell(row, 'supportive', unit.supportive, unit, 'Supportive', details, shown, actions, { goal: { from: chart.goals.supportThreshold, to: chart.goals.supportThreshold } });
			row.lastElementChild?.createDiv({ cls: 'ro-chart__note', text: `${percent(unit.supportive.length, unit.people.length)}% · ${unit.supportReached ? `${chart.goals.supportThreshold}% reached` : `majority at ${chart.goals.supportThreshold}%`}` });
			addCountCell(row, 'opposed', unit.opposed, unit, 'Opposed', details, shown, actions);
			addCountCell(row, 'committee', unit.organizingCommittee, unit, 'Committee and leaders', details, shown, actions, { goal: chart.goals.committeeTarget });
			row.lastElementChild?.createDiv({ cls: `ro-chart__note ro-chart__standing--${unit.committeeStanding}`, text: standingText(unit, chart) });
			addCountCell(row, 'no-one-on-one', unit.noOneOnOne, unit, 'No 1-on-1 yet', details, shown, actions);
		}
		yield undefined;
	}
}

function addSection(el: HTMLElement, id: string, title: string, count: number, hint: string): HTMLElement {
	const box = el.createDiv({ cls: `ro-chart__section ro-chart__section--${id}` });
	const heading = box.createEl('h5', { cls: 'ro-chart__section-title' });
	heading.createSpan({ text: title });
	heading.createSpan({ cls: 'ro-chart__section-count', text: String(count) });
	box.createDiv({ cls: 'ro-chart__hint', text: hint });
	return box;
}

/** How a list is paged: its id, and the actions and display state that page it. */
interface ListPaging {
	readonly id: string;
	readonly actions: ChartActions;
	readonly display: ChartDisplay;
}

/**
 * A list of items, a page at a time when the view can show more (at thousands of people a list
 * holds hundreds: building and laying them all out would hold the main thread for long).
 */
function* addList<T>(section: HTMLElement, items: readonly T[], paging: ListPaging, fill: (row: HTMLElement, item: T) => void): Steps<void> {
	if (items.length === 0) {
		section.createDiv({ cls: 'ro-chart__none', text: 'Nothing here right now.' });
		return;
	}
	const { showMore } = paging.actions;
	const limit = showMore ? Math.max(CHART_PAGE_SIZE, paging.display.shown?.[paging.id] ?? CHART_PAGE_SIZE) : items.length;
	const list = section.createEl('ul', { cls: 'ro-chart__list' });
	for (const [i, item] of items.slice(0, limit).entries()) {
		if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield undefined;
		fill(list.createEl('li', { cls: 'ro-chart__item' }), item);
	}
	const hidden = items.length - limit;
	if (hidden > 0 && showMore) {
		const more = section.createEl('button', { cls: 'ro-chart__more', text: `Show ${Math.min(hidden, CHART_PAGE_SIZE)} more` });
		if (hidden > CHART_PAGE_SIZE) more.setAttr('aria-label', `Show ${CHART_PAGE_SIZE} more of ${hidden}`);
		more.addEventListener('click', () => showMore(paging.id));
	}
}

/** Renders the shown chart into `el` (emptied first). */
export function renderChart(el: HTMLElement, shown: ShownChart, actions: ChartActions, display: ChartDisplay = {}): void {
	runSteps(renderChartSteps(el, shown, actions, display));
}

/**
 * {@link renderChart} in steps (issue 15: at thousands of people its lists are long): each `yield`
 * is a point where a caller may pause for a macrotask. Render into a detached element and move its
 * children in at the end, so a half-built chart is never shown.
 */
export function* renderChartSteps(el: HTMLElement, shown: ShownChart, actions: ChartActions, display: ChartDisplay = {}): Steps<void> {
	const paging = (id: string): ListPaging => ({ id, actions, display });
	const { chart } = shown;
	el.empty();
	el.addClass('ro-chart');
	const header = el.createDiv({ cls: 'ro-chart__header' });
	header.createEl('h4', { cls: 'ro-chart__title', text: 'Campaign chart' });
	header.createDiv({ cls: 'ro-chart__today', text: `Today: ${chart.today}` });
	if (chart.units.length === 0) {
		el.createDiv({ cls: 'ro-chart__empty', text: 'No people yet. Give person notes a workplace and a department to see each unit here.' });
		return;
	}
	yield* renderUnits(el, shown, actions);

	const maxPeople = Math.max(1, ...chart.issues.map((issue) => issue.people));
	const issues = addSection(el, 'issues', 'Issue heat', chart.issues.length, 'The issues most people raised in their 1-on-1s.');
	yield* addList(issues, chart.issues, paging('issues'), (row, issue) => {
		addOpen(row, issue.issue, issue, shown, actions);
		row.createSpan({ cls: 'ro-chart__meta', text: ` · ${issue.people === 1 ? '1 person' : `${issue.people} people`} · last raised ${issue.lastRaised}` });
		addBar(row, 'heat', issue.people, maxPeople);
		row.createDiv({ cls: 'ro-chart__meta', text: issue.units.join('; ') });
	});

	const slipping = addSection(el, 'slipping', 'Support slipping', chart.slipping.length, 'Their assessment moved towards opposed in the last 30 days: a good next conversation.');
	yield* addList(slipping, chart.slipping, paging('slipping'), (row, item) => {
		addOpen(row, item.person.name, item.person, shown, actions);
		row.createSpan({ cls: 'ro-chart__meta', text: ` · ${item.from} → ${item.to} on ` });
		addOpen(row, item.date, item, shown, actions);
	});

	const stale = addSection(el, 'stale', 'Not assessed in 90 days', chart.staleAssessments.length, 'No dated assessment from a 1-on-1 lately.');
	yield* addList(stale, chart.staleAssessments, paging('stale'), (row, item) => {
		addOpen(row, item.person.name, item.person, shown, actions);
		row.createSpan({ cls: 'ro-chart__meta', text: item.assessedOn ? ` · last assessed ${item.assessedOn}` : ' · no dated assessment yet' });
	});

	const leaders = addSection(el, 'leaders', 'Leaders and their people', chart.leaders.length, 'The coworkers each leader or committee member leads who are due a check-in or have had no 1-on-1 yet.');
	yield* addList(leaders, chart.leaders, paging('leaders'), (row, tree) => {
		addOpen(row, tree.leader.name, tree.leader, shown, actions);
		row.createSpan({ cls: 'ro-chart__meta', text: ` · leads ${tree.leads.length}` });
		const checkIn = row.createDiv({ cls: 'ro-chart__tree' });
		checkIn.createSpan({ text: 'Check in with: ' });
		addPeople(checkIn, tree.checkIn, shown, actions, 'no one due');
		const none = row.createDiv({ cls: 'ro-chart__tree' });
		none.createSpan({ text: 'No 1-on-1 yet: ' });
		addPeople(none, tree.noOneOnOne, shown, actions, 'no one');
	});
}

/** Shown while the first pass over the vault runs. */
export function renderChartIndexing(el: HTMLElement, done: number, total: number): void {
	el.empty();
	el.addClass('ro-chart');
	el.createDiv({ cls: 'ro-chart__indexing', text: `Indexing ${done}/${total} notes…` });
}

/** Shown, only when the view has nothing else to show, while a large vault's chart is built in slices. */
export function renderChartPreparing(el: HTMLElement): void {
	el.empty();
	el.addClass('ro-chart');
	el.createDiv({ cls: 'ro-chart__indexing', text: 'Preparing the chart…' });
}
