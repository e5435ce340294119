/**
 * Held-out review of privacy mode (DESIGN §4): an organizer who turns it on just before sharing
 * the screen, with the dashboard, the map and the chart already open, sees initials at once in all
 * three, in text and in every attribute (title, aria-label, data-*), and in the Notices that follow.
 * Expected words written by hand from the notes below.
 */
import { describe, expect, it } from 'vitest';
import { leaked } from '../cli/held-out-trust-cli';
import { CHART_VIEW_TYPE } from '../../src/plugin/chart-view';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { fake, openChart, openDashboard, pinToday, runCommand, startPlugin, waitFor, waitForIndex, whenViewsRendered, type Running } from './harness';

const TODAY = '2026-11-20';

const FILES: Record<string, string> = {
	'People/Kwame Asante.md': '---\ntype: person\naliases: [Kwesi]\nworkplace: "[[Harbor Foods]]"\ndepartment: Loading dock\nrole: leader\nleads: ["[[Ngozi Eze]]"]\nassessment: 2\n---\n',
	'People/Ngozi Eze.md': '---\ntype: person\nworkplace: "[[Harbor Foods]]"\ndepartment: Loading dock\nknows: ["[[Zoë Brontë]]"]\n---\n',
	'People/Zoë Brontë.md': '---\ntype: person\nworkplace: "[[Harbor Foods]]"\ndepartment: Cold store\n---\n',
	'1-on-1s/2026-11-02 Kwame Asante.md': [
		'---', 'type: one-on-one', 'person: "[[Kwame Asante|Big K]]"', 'date: 2026-11-02', 'organizer: "[[Dana Whitfield]]"', 'issues: ["[[Short breaks]]"]', '---',
		'## Organize',
		'- [ ] ask [[Ngozi Eze|Ngo]] about the petition 📅 2026-11-10',
		'- [ ] talk to Kwesi\'s crew first 📅 2026-11-12',
		'',
	].join('\n'),
	'1-on-1s/2026-11-03 Ngozi Eze.md': '---\ntype: one-on-one\nperson: "[[Ngozi Eze]]"\ndate: 2026-11-03\nassessment: 2\norganizer: "[[Dana Whitfield]]"\n---\n## Agitate\nbreaks\n',
	'1-on-1s/2026-11-15 Ngozi Eze.md': '---\ntype: one-on-one\nperson: "[[Ngozi Eze]]"\ndate: 2026-11-15\nassessment: 4\norganizer: "[[Dana Whitfield]]"\nissues: ["[[Short breaks]]"]\n---\n## Agitate\nworried\n',
};

const NAMES = ['Kwame', 'Asante', 'Kwesi', 'Big', 'Ngozi', 'Eze', 'Ngo', 'Zoë', 'Brontë', 'Dana', 'Whitfield'];

/** Everything a view shows or carries: text nodes and every attribute value. */
function shown(el: HTMLElement): string {
	const out: string[] = [];
	for (const node of [el, ...Array.from(el.querySelectorAll('*'))]) {
		for (const name of node.getAttributeNames()) out.push(node.getAttribute(name) ?? '');
		for (const child of Array.from(node.childNodes)) if (child.nodeType === 3) out.push(child.textContent ?? '');
	}
	return out.join('\n');
}

async function openAll(running: Running): Promise<{ dashboard: HTMLElement; chart: HTMLElement; map: MapView }> {
	const dashboard = await openDashboard(running);
	const chart = await openChart(running);
	runCommand(running, 'open-relationship-map');
	await whenViewsRendered(running);
	const leaf = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0];
	if (!leaf || !(leaf.view instanceof MapView)) throw new Error('the map did not open');
	return { dashboard, chart, map: leaf.view };
}

describe('held-out: turning privacy mode on while the views are open', () => {
	pinToday(TODAY);

	it('shows the names before, so the checks below mean something', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Dana Whitfield' } });
		await waitForIndex(running);
		const { dashboard, chart, map } = await openAll(running);
		const all = [shown(dashboard), shown(chart), shown(map.contentEl)].join('\n');
		expect(leaked(all, NAMES)).toEqual(expect.arrayContaining(['Kwame', 'Asante', 'Ngozi', 'Eze', 'Zoë', 'Brontë']));
	});

	it('redraws the dashboard, the chart and the map with initials only, and its Notice names no one', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Dana Whitfield' } });
		await waitForIndex(running);
		const { dashboard, chart, map } = await openAll(running);
		const notices = fake.noticeTexts().length;
		runCommand(running, 'toggle-privacy-mode');
		await whenViewsRendered(running);
		await map.whenDrawn();
		expect(running.plugin.settings.privacyMode).toBe(true);
		// The pane redraws after its short debounce; the map, in front, within a frame or two.
		await waitFor(() => leaked(shown(dashboard), NAMES).length === 0, 2000);
		await waitFor(() => leaked(shown(map.contentEl), NAMES).length === 0, 2000);
		// The chart's tab is behind the map's: it catches up when brought forward.
		await running.app.workspace.revealLeaf(running.app.workspace.getLeavesOfType(CHART_VIEW_TYPE)[0]);
		await whenViewsRendered(running);
		expect(leaked(shown(chart), NAMES)).toEqual([]);
		expect(leaked(fake.noticeTexts().slice(notices).join('\n'), NAMES)).toEqual([]);
		// Still usable: the same items, under initials; workplaces and issues kept.
		expect(dashboard.textContent).toContain('KA');
		expect(chart.textContent).toContain('Harbor Foods');
		expect(chart.textContent).toContain('Short breaks');
		expect(Array.from(map.contentEl.querySelectorAll('.ro-map__node .ro-map__label')).map((t) => t.textContent).sort()).toEqual(['DW', 'KA', 'NE', 'ZB']);
	});

	it('hides every open view at once, before its redraw lands, and shows it again redrawn', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Dana Whitfield' } });
		await waitForIndex(running);
		const { dashboard, chart, map } = await openAll(running);
		/** What is on screen now: nothing of a view hidden until its redraw (`ro-privacy-pending` hides it). */
		const onScreen = (el: HTMLElement): string => (el.hasClass('ro-privacy-pending') ? '' : shown(el));
		runCommand(running, 'toggle-privacy-mode');
		// No timer has run: the pane's debounce and the map's sliced redraw have not even started.
		expect(leaked(onScreen(dashboard), NAMES)).toEqual([]);
		expect(leaked(onScreen(map.contentEl), NAMES)).toEqual([]);
		await whenViewsRendered(running);
		await map.whenDrawn();
		await waitFor(() => !dashboard.hasClass('ro-privacy-pending') && !map.contentEl.hasClass('ro-privacy-pending'), 2000);
		expect(leaked(shown(dashboard), NAMES)).toEqual([]);
		expect(leaked(shown(map.contentEl), NAMES)).toEqual([]);
		// The chart's tab, behind the map's (not on screen), is hidden the moment it comes forward, until it has caught up.
		await running.app.workspace.revealLeaf(running.app.workspace.getLeavesOfType(CHART_VIEW_TYPE)[0]);
		expect(leaked(onScreen(chart), NAMES)).toEqual([]);
		await whenViewsRendered(running);
		await waitFor(() => !chart.hasClass('ro-privacy-pending'), 2000);
		expect(leaked(shown(chart), NAMES)).toEqual([]);
		// Turned off again: the names come back, and nothing stays hidden.
		runCommand(running, 'toggle-privacy-mode');
		await whenViewsRendered(running);
		await map.whenDrawn();
		await waitFor(() => leaked(shown(dashboard), NAMES).includes('Kwame'), 2000);
		expect(dashboard.hasClass('ro-privacy-pending') || map.contentEl.hasClass('ro-privacy-pending')).toBe(false);
	});

	it('shows the names again when it is turned off', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Dana Whitfield', privacyMode: true } });
		await waitForIndex(running);
		const { dashboard, map } = await openAll(running);
		expect(leaked(shown(dashboard), NAMES)).toEqual([]);
		runCommand(running, 'toggle-privacy-mode');
		await whenViewsRendered(running);
		await map.whenDrawn();
		await waitFor(() => leaked(shown(dashboard), NAMES).includes('Kwame'), 2000);
		await waitFor(() => leaked(shown(map.contentEl), NAMES).includes('Kwame'), 2000);
		expect(Array.from(map.contentEl.querySelectorAll('.ro-map__node .ro-map__label')).map((t) => t.textContent).sort()).toEqual(['Dana Whitfield', 'Kwame Asante', 'Ngozi Eze', 'Zoë Brontë']);
	});

	it('lets the map\'s search find people only by what it shows', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Dana Whitfield', privacyMode: true } });
		await waitForIndex(running);
		const { map } = await openAll(running);
		const input = map.contentEl.querySelector<HTMLInputElement>('.ro-map__search');
		if (!input) throw new Error('no search field');
		const search = async (text: string) => {
			(document.activeElement as HTMLElement | null)?.blur();
			input.value = text;
			input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
			await map.whenDrawn();
			await fake.settle();
			return document.activeElement?.getAttribute('aria-label') ?? '';
		};
		// A real name or alias typed by someone watching the screen must not single anyone out.
		expect(await search('Kwesi')).not.toMatch(/^KA/);
		expect(await search('Ngozi')).not.toMatch(/^NE/);
		expect(await search('NE')).toMatch(/^NE,/);
		expect(leaked(fake.noticeTexts().join('\n'), ['Kwame', 'Asante', 'Eze', 'Zoë', 'Brontë', 'Dana', 'Whitfield'])).toEqual([]);
	});
});
