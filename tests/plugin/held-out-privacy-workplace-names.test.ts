/**
 * Held-out review: "Where a string is both a person's name and a workplace, redaction wins"
 * (DESIGN §4). A shop named after its owner, who is also in the vault, is hidden in privacy mode
 * wherever a workplace shows: the chart's units, the map's workplace menu and its tooltips, the
 * pane. Other workplaces stay readable. Expected words written by hand.
 */
import { describe, expect, it } from 'vitest';
import { leaked } from '../cli/held-out-trust-cli';
import { CHART_VIEW_TYPE } from '../../src/plugin/chart-view';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { openChart, openDashboard, pinToday, runCommand, startPlugin, waitForIndex, whenViewsRendered } from './harness';

const FILES: Record<string, string> = {
	'People/Tariq Haddad.md': '---\ntype: person\nworkplace: Harbor Foods\nrole: leader\n---\n',
	'People/Mina Cho.md': '---\ntype: person\nworkplace: "[[Tariq Haddad]]"\ndepartment: Bakery\nknows: ["[[Tariq Haddad]]"]\n---\n',
	'People/Lu Wen.md': '---\ntype: person\nworkplace: Haddad Bakery\ndepartment: Tariq shift\n---\n',
	'1-on-1s/2026-11-02 Mina Cho.md': '---\ntype: one-on-one\nperson: "[[Mina Cho]]"\ndate: 2026-11-02\n---\n## Agitate\nbreaks\n',
};

function shown(el: HTMLElement): string {
	const out: string[] = [];
	for (const node of [el, ...Array.from(el.querySelectorAll('*'))]) {
		for (const name of node.getAttributeNames()) out.push(node.getAttribute(name) ?? '');
		for (const child of Array.from(node.childNodes)) if (child.nodeType === 3) out.push(child.textContent ?? '');
	}
	return out.join('\n');
}

describe('held-out: a workplace named like a person, in privacy mode', () => {
	pinToday('2026-11-20');

	it('is shown with privacy mode off, so the check below means something', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		const chart = await openChart(running);
		expect(leaked(shown(chart), ['Tariq', 'Haddad'])).toEqual(['Tariq', 'Haddad']);
	});

	it('is hidden in the pane, the chart and the map; other workplaces are kept', async () => {
		const running = await startPlugin({ files: FILES, data: { privacyMode: true } });
		await waitForIndex(running);
		const dashboard = await openDashboard(running);
		const chart = await openChart(running);
		runCommand(running, 'open-relationship-map');
		await whenViewsRendered(running);
		const map = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0]?.view;
		if (!(map instanceof MapView)) throw new Error('the map did not open');
		await map.whenDrawn();
		for (const el of [dashboard, map.contentEl]) expect(leaked(shown(el), ['Tariq', 'Haddad', 'Mina', 'Cho', 'Lu', 'Wen'])).toEqual([]);
		// The chart is behind the map: bring it forward before reading it.
		await running.app.workspace.revealLeaf(running.app.workspace.getLeavesOfType(CHART_VIEW_TYPE)[0]);
		await whenViewsRendered(running);
		expect(leaked(shown(chart), ['Tariq', 'Haddad', 'Mina', 'Cho', 'Lu', 'Wen'])).toEqual([]);
		expect(chart.textContent).toContain('Harbor Foods');
		expect(chart.textContent).toContain('Bakery');
		const options = Array.from(map.contentEl.querySelectorAll('select.ro-map__scope option')).map((o) => o.textContent ?? '');
		expect(options.some((o) => o.startsWith('Harbor Foods'))).toBe(true);
	});
});
