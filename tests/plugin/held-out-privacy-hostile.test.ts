/**
 * Held-out review: hostile note text in the dashboard, the chart, the map and Explain this note is
 * shown as text, never run or rendered (docs/security-and-privacy.md, "What the plugin does").
 * Expected results written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { fake, openChart, openDashboard, pinToday, runCommand, startPlugin, waitForIndex, whenViewsRendered, type Running } from './harness';

const TODAY = '2026-11-20';
const IMG = '<img src=x onerror="globalThis.__pwned=1">';
const SCRIPT = '<script>globalThis.__pwned=2</script>';

const HOSTILE: Record<string, string> = {
	[`People/${IMG}.md`]: `---\ntype: person\nworkplace: ${JSON.stringify(SCRIPT)}\ndepartment: "<b onmouseover=\\"globalThis.__pwned=3\\">Nights</b>"\nknows: ["[[Jo Chen]]"]\n---\n`,
	'People/Jo Chen.md': '---\ntype: person\nworkplace: "<iframe src=javascript:globalThis.__pwned=4>"\n---\n',
	'1-on-1s/2026-11-02 x.md': [
		'---', 'type: one-on-one', `person: ${JSON.stringify(`[[${IMG}]]`)}`, 'date: 2026-11-02', `issues: [${JSON.stringify(SCRIPT)}]`, '---',
		`## Organize ${SCRIPT}`,
		'- [ ] read [the contract](javascript:globalThis.__pwned=5) and ![[secret.png]] <a href="javascript:globalThis.__pwned=6">here</a> 📅 2026-11-10',
		'',
	].join('\n'),
};

/** The elements that would run or fetch something if note text became markup. */
const ACTIVE = 'script, img, iframe, object, embed, b, a[href^="javascript"], [onerror], [onmouseover], [onload]';

async function openNote(running: Running, path: string): Promise<void> {
	const file = running.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await running.app.workspace.getLeaf(false).openFile(file, { active: true });
}

describe('held-out: hostile notes in every view', () => {
	pinToday(TODAY);
	afterEach(() => {
		for (const modal of fake.currentModals()) modal.close();
		delete (globalThis as Record<string, unknown>).__pwned;
	});

	it('shows markup from names, properties, headings and tasks as text in the pane, the chart and the map', async () => {
		const running = await startPlugin({ files: HOSTILE });
		await waitForIndex(running);
		const dashboard = await openDashboard(running);
		const chart = await openChart(running);
		runCommand(running, 'open-relationship-map');
		await whenViewsRendered(running);
		const map = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0]?.view;
		if (!(map instanceof MapView)) throw new Error('the map did not open');
		await map.whenDrawn();
		for (const el of [dashboard, chart, map.contentEl]) expect(el.querySelector(ACTIVE)).toBeNull();
		expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
		expect(dashboard.textContent).toContain('<a href="javascript:globalThis.__pwned=6">here</a>');
		expect(dashboard.textContent).toContain(IMG);
		expect(chart.textContent).toContain(SCRIPT);
		// A long label is shortened with "…" (docs/graph.md); it still starts as written.
		expect(Array.from(map.contentEl.querySelectorAll('.ro-map__label')).some((l) => (l.textContent ?? '').startsWith('<img src=x'))).toBe(true);
	});

	it('shows them as text in Explain this note', async () => {
		const running = await startPlugin({ files: HOSTILE });
		await waitForIndex(running);
		await openNote(running, '1-on-1s/2026-11-02 x.md');
		runCommand(running, 'explain-this-note');
		await fake.settle();
		const modal = fake.currentModals().at(-1);
		expect(modal?.contentEl.querySelector(ACTIVE)).toBeNull();
		expect(modal?.contentEl.textContent).toContain(SCRIPT);
		expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
	});
});
