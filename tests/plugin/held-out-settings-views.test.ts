/**
 * Held out (docs/guide.md, Settings; docs/graph.md, docs/chart.md): the settings the map and the
 * campaign chart read take hold on the open view without a restart — assessment colours, the
 * relationship vocabulary, "Mentioned together", privacy mode, the chart's bands.
 */
import { describe, expect, it } from 'vitest';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { PLUGIN_ID, fake, openChart, pinToday, runCommand, startPlugin, waitFor, waitForIndex, whenViewsRendered, type Running } from './harness';
import { FILES, TODAY, clickToggle, typeSetting } from './held-out-settings-support';

/** FILES plus a talk whose notes name Ben: a "mentioned together" tie from Jo to Ben. */
const MAP_FILES = { ...FILES, '1-on-1s/2026-11-12 Jo Chen.md': '---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-12\n---\n## Agitate\nSays [[Ben Okafor]] is worried too.\n' };

async function openMap(running: Running): Promise<HTMLElement> {
	runCommand(running, 'open-relationship-map');
	await fake.settle();
	const leaf = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0];
	if (!leaf || !(leaf.view instanceof MapView)) throw new Error('the map is not open');
	await leaf.view.whenDrawn();
	return leaf.view.contentEl;
}

/** The relation kinds the map offers to filter by (the kinds its ties have). */
function edgeKinds(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll('.ro-map__kind-list label')).map((t) => t.textContent ?? '').sort();
}

function nodeLabels(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll('.ro-map__node .ro-map__label')).map((t) => t.textContent ?? '').sort();
}

/** The counts of each chart unit: people, assessed, supportive, opposed, committee, no 1-on-1. */
function unitCounts(el: HTMLElement): string[][] {
	return Array.from(el.querySelectorAll('.ro-chart__unit')).map((row) => Array.from(row.querySelectorAll('.ro-chart__count')).map((b) => b.textContent ?? ''));
}

async function drawn(running: Running, check: () => boolean): Promise<void> {
	await waitFor(() => {
		void whenViewsRendered(running);
		return check();
	});
	await whenViewsRendered(running);
}

describe('map and chart settings take hold on the open view', { timeout: 30_000 }, () => {
	pinToday(TODAY);

	it('an assessment colour', async () => {
		const running = await startPlugin({ files: MAP_FILES });
		await waitForIndex(running);
		const el = await openMap(running);
		const svg = (): SVGSVGElement => el.querySelector('svg') as SVGSVGElement;
		expect(svg().style.getPropertyValue('--ro-assessment-2')).not.toBe('#00aa00');
		await typeSetting(running, 'Assessment 2', '#00aa00', 1);
		await drawn(running, () => svg().style.getPropertyValue('--ro-assessment-2') === '#00aa00');
	});

	it('an assessment label: the map\'s assessment filter offers it', async () => {
		const running = await startPlugin({ files: MAP_FILES });
		await waitForIndex(running);
		const el = await openMap(running);
		const options = (): string[] => Array.from(el.querySelectorAll<HTMLOptionElement>('select.ro-map__assessment option')).map((o) => o.text);
		expect(options().some((o) => o.includes('On the fence'))).toBe(false);
		await typeSetting(running, 'Assessment 3', 'On the fence');
		await drawn(running, () => options().some((o) => o.includes('On the fence')));
		// A half-typed label was never left behind as an option.
		expect(options().filter((o) => o.includes('On the'))).toHaveLength(1);
	});

	it('the relationship vocabulary: a new relation draws its ties', async () => {
		const running = await startPlugin({ files: MAP_FILES });
		await waitForIndex(running);
		const el = await openMap(running);
		expect(edgeKinds(el)).not.toContain('mentors');
		const ties = el.querySelectorAll('.ro-map__edge').length;
		const area = fake.openSettings(running.app, PLUGIN_ID).querySelector<HTMLTextAreaElement>('textarea');
		if (!area) throw new Error('no vocabulary field');
		fake.typeInto(area, `${area.value}\nmentors / mentored-by`);
		// Jo's note says `mentors: [[Ben Okafor]]`: one tie more.
		await drawn(running, () => el.querySelectorAll('.ro-map__edge').length === ties + 1);
		expect(edgeKinds(el)).toContain('mentors');
		expect(edgeKinds(el)).toContain('knows');
	});

	it('"Mentioned together" off removes those ties, on brings them back', async () => {
		const running = await startPlugin({ files: MAP_FILES });
		await waitForIndex(running);
		const el = await openMap(running);
		const mentioned = (): number => el.querySelectorAll('.ro-map__edge').length;
		const before = mentioned();
		clickToggle(fake.openSettings(running.app, PLUGIN_ID), 'Mentioned together');
		await drawn(running, () => mentioned() === before - 1);
		clickToggle(fake.openSettings(running.app, PLUGIN_ID), 'Mentioned together');
		await drawn(running, () => mentioned() === before);
	});

	it('privacy mode: the open map shows initials', async () => {
		const running = await startPlugin({ files: MAP_FILES });
		await waitForIndex(running);
		const el = await openMap(running);
		expect(nodeLabels(el)).toContain('Maria Lopez');
		clickToggle(fake.openSettings(running.app, PLUGIN_ID), 'Privacy mode');
		await drawn(running, () => !(el.textContent ?? '').includes('Maria'));
		expect(nodeLabels(el)).toContain('ML');
	});

	it('the supportive band: the open chart counts the new band', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		const el = await openChart(running);
		// Warehouse 4: Maria (2) and Jo (4), both assessed; supportive 1–2 → Maria only.
		const warehouse = (): string[] | undefined => unitCounts(el).find((row) => row[0] === '2');
		expect(warehouse()?.slice(0, 3)).toEqual(['2', '2', '1']);
		await typeSetting(running, 'Supportive assessments', '1-4');
		await drawn(running, () => warehouse()?.[2] === '2');
	});

	it('the opposed band: Jo (4) counts as opposed once it is 4–5', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		const el = await openChart(running);
		const warehouse = (): string[] | undefined => unitCounts(el).find((row) => row[0] === '2');
		expect(warehouse()?.[3]).toBe('0');
		await typeSetting(running, 'Opposed assessments', '4-5');
		await drawn(running, () => warehouse()?.[3] === '1');
	});

	it('excluded folders: the open chart stops counting a person there', async () => {
		const files = { ...FILES, 'Archive/Cal Diaz.md': '---\ntype: person\nworkplace: Warehouse 4\n---\n' };
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openChart(running);
		expect(unitCounts(el)[0]?.[0]).toBe('3');
		await typeSetting(running, 'Excluded folders', 'Archive');
		await drawn(running, () => unitCounts(el)[0]?.[0] === '2');
	});
});
