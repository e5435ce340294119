/**
 * A name on the campaign chart opens that person's note, in a note tab, never over the chart
 * (as the map does: docs/graph.md, "in a note tab, never over the map"), so the organizer can go
 * through a unit's people one by one.
 */
import { describe, expect, it } from 'vitest';
import { CHART_VIEW_TYPE, ChartView } from '../../src/plugin/chart-view';
import { fake, pinToday, runCommand, type Running, startPlugin, waitForIndex, whenViewsRendered } from './harness';

const person = (props: string): string => `---\ntype: person\n${props}\n---\n`;
const FILES: Record<string, string> = {
	'People/Ben Okafor.md': person('workplace: Warehouse 4\ndepartment: Days'),
	'People/Cy Dunn.md': person('workplace: Warehouse 4\ndepartment: Days\nassessment: 5'),
};

/** The chart opened over FILES, a unit's opposed cell opened, and the link to `name` in its details. */
async function openOpposedLink(name: string): Promise<{ running: Running; link: HTMLElement }> {
	const running = await startPlugin({ files: FILES });
	await waitForIndex(running);
	runCommand(running, 'open-campaign-chart');
	await whenViewsRendered(running);
	const chart = running.app.workspace.getLeavesOfType(CHART_VIEW_TYPE)[0]?.view;
	if (!(chart instanceof ChartView)) throw new Error('the chart did not open');
	chart.contentEl.querySelector<HTMLButtonElement>('.ro-chart__unit .ro-chart__cell--opposed .ro-chart__count')?.click();
	const link = Array.from(chart.contentEl.querySelectorAll<HTMLElement>('.ro-chart__details .ro-chart__link')).find((a) => a.textContent === name);
	if (!link) throw new Error(`no link to ${name}`);
	return { running, link };
}

describe('a name on the campaign chart', () => {
	pinToday('2026-11-30');

	it('opens the person\'s note in a note tab and leaves the chart open', async () => {
		const { running, link } = await openOpposedLink('Cy Dunn');
		link.click();
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe('People/Cy Dunn.md');
		expect(running.app.workspace.getLeavesOfType(CHART_VIEW_TYPE)).toHaveLength(1);
	});
});

describe('a note opened from the dashboard while the map is the tab in front', () => {
	pinToday('2026-11-30');

	it('opens in a tab of its own, leaving the map open', async () => {
		const talk = '---\ntype: one-on-one\nperson: "[[Ben Okafor]]"\ndate: 2026-11-01\n---\n- [ ] Ask two coworkers 📅 2026-11-20\n';
		const running = await startPlugin({ files: { ...FILES, '1-on-1s/2026-11-01 Ben Okafor.md': talk } });
		await waitForIndex(running);
		runCommand(running, 'open-follow-up-dashboard');
		runCommand(running, 'open-relationship-map');
		await whenViewsRendered(running);
		const dashboard = running.app.workspace.getLeavesOfType('relational-organizer-dashboard')[0]?.view;
		const link = (dashboard as { contentEl?: HTMLElement } | undefined)?.contentEl?.querySelector<HTMLElement>('.ro-dashboard__section--follow-up .ro-dashboard__link');
		if (!link) throw new Error('no commitment link');
		link.click();
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe('1-on-1s/2026-11-01 Ben Okafor.md');
		expect(running.app.workspace.getLeavesOfType('relational-organizer-map')).toHaveLength(1);
	});
});

describe('"Show N more" on the campaign chart', () => {
	pinToday('2026-11-30');

	it('moves keyboard focus to the first item it shows', async () => {
		const leaders: Record<string, string> = {};
		for (let i = 1; i <= 52; i++) leaders[`People/Leader ${String(i).padStart(2, '0')}.md`] = person('workplace: Warehouse 4\ndepartment: Nights\nrole: leader');
		const running = await startPlugin({ files: { ...FILES, ...leaders } });
		await waitForIndex(running);
		runCommand(running, 'open-campaign-chart');
		await whenViewsRendered(running);
		const view = running.app.workspace.getLeavesOfType(CHART_VIEW_TYPE)[0]?.view;
		if (!(view instanceof ChartView)) throw new Error('the chart did not open');
		const el = view.contentEl;
		const more = el.querySelector<HTMLButtonElement>('.ro-chart__section--leaders .ro-chart__more');
		more?.focus();
		more?.click();
		await whenViewsRendered(running);
		const fiftyFirst = el.querySelectorAll('.ro-chart__section--leaders .ro-chart__item')[50];
		expect(fiftyFirst?.contains(document.activeElement)).toBe(true);
	});
});

describe('a name on the campaign chart whose note was just deleted', () => {
	pinToday('2026-11-30');

	it('says the note is gone when clicked', async () => {
		const { running, link } = await openOpposedLink('Cy Dunn');
		await running.app.vault.delete(running.app.vault.getFileByPath('People/Cy Dunn.md')!);
		link.click();
		await fake.settle();
		expect(fake.noticeTexts()).toEqual(['That note is gone: it was deleted or moved.']);
	});
});
