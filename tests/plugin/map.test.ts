/**
 * The relationship map in the plugin (DESIGN §4): it draws the vault's people and ties, the
 * filters and search change what is shown, privacy mode shows initials only, the map follows the
 * index with people staying put, and the export writes the CLI's canvas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { captureIo, writeVault } from '../builders/temp-vault';
import { person, talk } from '../support/builders';
import { fake, pinToday, runCommand, startPlugin, waitFor, waitForIndex, type Running } from './harness';

const FILES: Record<string, string> = {
	'People/Maria Lopez.md': person({ aliases: ['Mari'], workplace: '"[[Warehouse 4]]"', department: 'Nights', assessment: '2', knows: ['[[Jo Chen]]'], 'recruited-by': '"[[Sam Rivera]]"' }),
	'People/Jo Chen.md': person({ workplace: '"[[Warehouse 4]]"', department: 'Nights', assessment: '4', knows: ['[[Hector Vega]]'] }),
	'People/Ana Ruiz.md': person({ workplace: '"[[Warehouse 4]]"', department: 'Receiving', status: 'left' }),
	'People/Sam Rivera.md': person({ workplace: '"[[Depot 9]]"', assessment: '1' }),
	'1-on-1s/2026-11-10 Maria Lopez.md': talk('Maria Lopez', '2026-11-10'),
};

function mapView(running: Running): MapView {
	const leaf = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0];
	if (!leaf || !(leaf.view instanceof MapView)) throw new Error('the map is not open');
	return leaf.view;
}

async function openMap(files: Record<string, string>, data?: unknown): Promise<{ running: Running; view: MapView; el: HTMLElement }> {
	const running = await startPlugin({ files, data });
	await waitForIndex(running);
	runCommand(running, 'open-relationship-map');
	await fake.settle();
	const view = mapView(running);
	await view.whenDrawn();
	return { running, view, el: view.contentEl };
}

/** The people drawn, by the text of their labels, sorted. */
function labels(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll('.ro-map__node .ro-map__label')).map((t) => t.textContent ?? '').sort();
}

function select(el: HTMLElement, cls: string, text: string): void {
	const box = el.querySelector<HTMLSelectElement>(`select.${cls}`);
	const option = Array.from(box?.options ?? []).find((o) => o.text === text);
	if (!box || !option) throw new Error(`no option "${text}" in ${cls}: ${Array.from(box?.options ?? []).map((o) => o.text).join(' | ')}`);
	box.value = option.value;
	box.dispatchEvent(new Event('change'));
}

describe('relationship map', () => {
	pinToday('2026-11-29');

	it('draws every person of a fixture vault, with ties, assessment digits and labels', async () => {
		const { el } = await openMap(FILES);
		expect(labels(el)).toEqual(['Ana Ruiz', 'Hector Vega', 'Jo Chen', 'Maria Lopez', 'Sam Rivera']);
		// Maria knows Jo, Jo knows Hector, Maria recruited-by Sam, Sam talked with Maria (Sam and Jo
		// are Maria's two ties: the people she shares an edge with).
		expect(el.querySelectorAll('.ro-map__edge')).toHaveLength(4);
		expect(el.querySelectorAll('.ro-map__edge[marker-end]')).toHaveLength(2);
		const maria = Array.from(el.querySelectorAll('.ro-map__node')).find((n) => n.getAttribute('aria-label')?.startsWith('Maria Lopez'));
		expect(maria?.getAttribute('aria-label')).toBe('Maria Lopez, assessment 2 (Supporter), 2 ties');
		expect(maria?.querySelector('.ro-map__badge')?.textContent).toBe('2');
		expect(maria?.classList.contains('ro-map__node--a2')).toBe(true);
		const hector = Array.from(el.querySelectorAll('.ro-map__node')).find((n) => n.getAttribute('aria-label')?.startsWith('Hector Vega'));
		expect(hector?.classList.contains('ro-map__node--unresolved')).toBe(true);
		expect(el.querySelector('.ro-map__status')?.textContent).toBe('Showing 5 of 5 people, 4 ties.');
		// The user's assessment colours reach the drawing as our own variables.
		expect((el.querySelector('svg') as SVGSVGElement).style.getPropertyValue('--ro-assessment-2')).toBe('#4fa35a');
	});

	it('grows a node with its ties', async () => {
		const { el } = await openMap(FILES);
		const radius = (name: string): number => Number(Array.from(el.querySelectorAll('.ro-map__node')).find((n) => n.getAttribute('aria-label')?.startsWith(name))?.querySelector('circle')?.getAttribute('r'));
		// Jo: Maria and Hector (2 ties); Hector: Jo (1); Ana: nobody.
		expect(radius('Jo Chen')).toBeGreaterThan(radius('Hector Vega'));
		expect(radius('Hector Vega')).toBeGreaterThan(radius('Ana Ruiz'));
	});

	it('filters by assessment, workplace and department, inactive people and tie kinds', async () => {
		const { el } = await openMap(FILES);
		el.querySelector<HTMLSelectElement>('select.ro-map__assessment')!.focus();
		select(el, 'ro-map__assessment', '4 · Leaning against');
		expect(labels(el)).toEqual(['Jo Chen']);
		// The redrawn toolbar keeps the keyboard where it was.
		expect(document.activeElement?.classList.contains('ro-map__assessment')).toBe(true);
		select(el, 'ro-map__assessment', 'Any assessment');
		el.querySelector<HTMLInputElement>('.ro-map__check input')!.click();
		expect(labels(el)).toEqual(['Hector Vega', 'Jo Chen', 'Maria Lopez', 'Sam Rivera']);
		select(el, 'ro-map__scope', 'Warehouse 4 · Nights');
		expect(labels(el)).toEqual(['Jo Chen', 'Maria Lopez']);
		expect(el.querySelectorAll('.ro-map__edge')).toHaveLength(1);
		const knows = Array.from(el.querySelectorAll('.ro-map__kind-list label')).find((l) => l.textContent === 'knows')?.querySelector('input');
		knows?.click();
		expect(el.querySelectorAll('.ro-map__edge')).toHaveLength(0);
		select(el, 'ro-map__scope', 'All workplaces (5)');
		// Sam's recruited-by and 1-on-1 ties to Maria are still shown.
		expect(el.querySelectorAll('.ro-map__edge')).toHaveLength(2);
	});

	it('highlights connectors and people with no ties', async () => {
		// Two pairs joined by Bea: without her, {Al, Ann} and {Cy, Cat} fall apart.
		const { el } = await openMap({
			'People/Al.md': person({ knows: ['[[Ann]]', '[[Bea]]'] }),
			'People/Ann.md': person({ knows: ['[[Bea]]'] }),
			'People/Bea.md': person({ knows: ['[[Cy]]', '[[Cat]]'] }),
			'People/Cy.md': person({ knows: ['[[Cat]]'] }),
			'People/Cat.md': person(),
			'People/Lone.md': person(),
		});
		const button = (cls: string): HTMLButtonElement => el.querySelector<HTMLButtonElement>(`.${cls}`)!;
		expect(button('ro-map__toggle--connectors').textContent).toBe('Connectors (1)');
		expect(button('ro-map__toggle--isolated').textContent).toBe('No ties (1)');
		button('ro-map__toggle--connectors').click();
		expect(el.querySelector('svg')?.classList.contains('ro-map--show-connectors')).toBe(true);
		expect(Array.from(el.querySelectorAll('.ro-map__node.is-connector .ro-map__label')).map((t) => t.textContent)).toEqual(['Bea']);
		expect(Array.from(el.querySelectorAll('.ro-map__node.is-isolated .ro-map__label')).map((t) => t.textContent)).toEqual(['Lone']);
		expect(button('ro-map__toggle--connectors').getAttribute('aria-pressed')).toBe('true');
	});

	it('search centres the view on a person found by name or alias, switching workplace if needed', async () => {
		const { el, view } = await openMap(FILES);
		select(el, 'ro-map__scope', 'Depot 9 (1)');
		expect(labels(el)).toEqual(['Sam Rivera']);
		const input = el.querySelector<HTMLInputElement>('.ro-map__search')!;
		input.value = 'Mari';
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
		await view.whenDrawn();
		await fake.settle();
		expect(labels(el)).toContain('Maria Lopez');
		expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Maria Lopez,/);
		// Centred: Maria's circle is at the middle of the (default 800 × 600) viewport.
		const circle = document.activeElement?.querySelector('circle');
		const transform = el.querySelector('.ro-map__world')?.getAttribute('transform') ?? '';
		const [, tx, ty, k] = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)/.exec(transform)!.map(Number);
		expect(Number(circle?.getAttribute('cx')) * k + tx).toBeCloseTo(400, 0);
		expect(Number(circle?.getAttribute('cy')) * k + ty).toBeCloseTo(300, 0);
	});

	it('moves keyboard focus between people with the arrow keys and opens a note with Enter', async () => {
		const { el, running } = await openMap(FILES);
		const nodes = Array.from(el.querySelectorAll<SVGGElement>('.ro-map__node'));
		expect(nodes.filter((n) => n.getAttribute('tabindex') === '0')).toHaveLength(1);
		const first = nodes.find((n) => n.getAttribute('tabindex') === '0')!;
		first.focus();
		first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		const second = document.activeElement;
		expect(second).not.toBe(first);
		expect(second?.classList.contains('ro-map__node')).toBe(true);
		// The focused person's ties show their labels.
		second?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await fake.settle();
		const opened = fake.activeMarkdownView(running.app)?.file?.basename;
		expect(second?.getAttribute('aria-label')?.startsWith(`${opened},`)).toBe(true);
		// The map stays open in its own tab.
		expect(running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)).toHaveLength(1);
	});

	it('shows the labels of a focused person\'s ties', async () => {
		const { el } = await openMap(FILES);
		const maria = Array.from(el.querySelectorAll<SVGGElement>('.ro-map__node')).find((n) => n.getAttribute('aria-label')?.startsWith('Maria Lopez'))!;
		maria.focus();
		expect(Array.from(el.querySelectorAll('.ro-map__edge-label')).map((t) => t.textContent).sort()).toEqual(['1-on-1', 'knows', 'recruited-by']);
	});

	it('shows initials only in privacy mode, and still opens the note', async () => {
		const { el, running } = await openMap(FILES, { privacyMode: true });
		expect(labels(el)).toEqual(['AR', 'HV', 'JC', 'ML', 'SR']);
		const shown = [el.textContent ?? '', ...Array.from(el.querySelectorAll('*')).flatMap((n) => n.getAttributeNames().map((a) => n.getAttribute(a) ?? ''))].join('\n');
		for (const name of ['Maria', 'Lopez', 'Jo Chen', 'Ana', 'Ruiz', 'Hector', 'Sam', 'Rivera', 'People/']) expect(shown).not.toContain(name);
		const ml = Array.from(el.querySelectorAll<SVGGElement>('.ro-map__node')).find((n) => n.getAttribute('aria-label')?.startsWith('ML,'))!;
		ml.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe('People/Maria Lopez.md');
	});

	it('keeps a name hidden in privacy mode when a new relationship property makes it a person', async () => {
		const files = { ...FILES, 'People/Ana Ruiz.md': person({ workplace: '"[[Warehouse 4]]"', department: 'Receiving', mentor: 'Zed Quill' }) };
		const { el, running, view } = await openMap(files, { privacyMode: true });
		expect(labels(el)).not.toContain('ZQ');
		await running.plugin.updateSettings({ ...running.plugin.settings, relationships: [...running.plugin.settings.relationships, { property: 'mentor', reverse: 'mentee' }] });
		await waitFor(() => labels(el).includes('ZQ'));
		await view.whenDrawn();
		const shown = [el.textContent ?? '', ...Array.from(el.querySelectorAll('*')).flatMap((n) => n.getAttributeNames().map((a) => n.getAttribute(a) ?? ''))].join('\n');
		for (const name of ['Zed', 'Quill', 'Ana', 'Ruiz']) expect(shown).not.toContain(name);
	});

	it('follows the index: a new person appears and the others stay where they were', async () => {
		const { el, running, view } = await openMap(FILES);
		const place = (name: string): string => {
			const c = Array.from(el.querySelectorAll('.ro-map__node')).find((n) => n.getAttribute('aria-label')?.startsWith(name))?.querySelector('circle');
			return `${c?.getAttribute('cx')},${c?.getAttribute('cy')}`;
		};
		const before = Object.fromEntries(['Maria Lopez', 'Jo Chen', 'Ana Ruiz', 'Sam Rivera', 'Hector Vega'].map((n) => [n, place(n)]));
		// "Aaron" sorts first in Warehouse 4 · Nights: a fresh layout would move Jo and Maria.
		await running.app.vault.create('People/Aaron Diaz.md', person({ workplace: '"[[Warehouse 4]]"', department: 'Nights', knows: ['[[Maria Lopez]]'] }));
		await waitFor(() => labels(el).includes('Aaron Diaz'));
		await view.whenDrawn();
		for (const [name, at] of Object.entries(before)) expect(place(name)).toBe(at);
		expect(new Set(Object.values({ ...before, aaron: place('Aaron Diaz') })).size).toBe(6);
	});

	it('draws thousands of ties as one path per kind, and still shows a person\'s ties on focus', async () => {
		// 400 people, each knowing the next four: 4 × 400 − (1 + 2 + 3 + 4) = 1,590 ties, over the bundling threshold.
		const files: Record<string, string> = {};
		const name = (i: number): string => `P${String(i).padStart(3, '0')}`;
		for (let i = 0; i < 400; i++) files[`People/${name(i)}.md`] = person({ knows: [1, 2, 3, 4].filter((d) => i + d < 400).map((d) => `[[${name(i + d)}]]`) });
		const { el } = await openMap(files);
		expect(el.querySelector('.ro-map__status')?.textContent).toBe('Showing 400 of 400 people, 1590 ties.');
		expect(el.querySelectorAll('line.ro-map__edge')).toHaveLength(0);
		expect(el.querySelectorAll('path.ro-map__edge--bundle')).toHaveLength(1);
		const p010 = Array.from(el.querySelectorAll<SVGGElement>('.ro-map__node')).find((n) => n.getAttribute('aria-label')?.startsWith('P010,'))!;
		p010.focus();
		// P006…P009 and P011…P014.
		expect(el.querySelectorAll('line.ro-map__edge.is-active')).toHaveLength(8);
		expect(Array.from(el.querySelectorAll('.ro-map__edge-label')).map((t) => t.textContent)).toEqual(Array(8).fill('knows'));
	});

	it('opens on one workplace at a time beyond 500 people', async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 520; i++) files[`People/P${String(i).padStart(3, '0')}.md`] = person({ workplace: i % 3 === 0 ? '"[[Depot 9]]"' : '"[[Warehouse 4]]"' });
		const { el } = await openMap(files);
		expect(el.querySelector<HTMLSelectElement>('select.ro-map__scope')?.selectedOptions[0]?.text).toBe('Warehouse 4 (346)');
		expect(el.querySelectorAll('.ro-map__node')).toHaveLength(346);
		expect(el.querySelector('.ro-map__status')?.textContent).toBe('Showing 346 of 520 people, 0 ties. Large map: one workplace at a time.');
	});
});

describe('export relationship map to canvas', () => {
	pinToday('2026-11-28');

	it('writes the same canvas as the CLI', async () => {
		const vault = writeVault(FILES);
		const out = join(vault, 'Relationship map.canvas');
		expect(runCli(['graph', vault, '--today', '2026-11-28', '--format', 'canvas', '--out', out], captureIo())).toBe(0);
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		runCommand(running, 'export-relationship-map');
		await waitFor(() => running.app.vault.getFileByPath('Relationship map.canvas') !== null);
		const written = await running.app.vault.read(running.app.vault.getFileByPath('Relationship map.canvas')!);
		expect(written).toBe(readFileSync(out, 'utf8'));
		expect(fake.noticeTexts().at(-1)).toBe('Exported the relationship map (5 people, 4 ties) to Relationship map.canvas.');
	});

	it('merges into an existing canvas through vault.process, keeping the user\'s card', async () => {
		const running = await startPlugin({ files: { ...FILES, 'Relationship map.canvas': JSON.stringify({ nodes: [{ id: 'mine', type: 'text', text: 'Meeting Friday', x: 0, y: -400, width: 200, height: 60 }], edges: [] }) } });
		await waitForIndex(running);
		runCommand(running, 'open-relationship-map');
		await fake.settle();
		await mapView(running).whenDrawn();
		mapView(running).contentEl.querySelector<HTMLButtonElement>('.ro-map__export')!.click();
		await waitFor(() => fake.noticeTexts().some((t) => t.startsWith('Exported')));
		const canvas = JSON.parse(await running.app.vault.read(running.app.vault.getFileByPath('Relationship map.canvas')!)) as { nodes: { id: string; text?: string }[] };
		expect(canvas.nodes.find((n) => n.id === 'mine')?.text).toBe('Meeting Friday');
		expect(canvas.nodes.filter((n) => n.id.startsWith('ro-node-'))).toHaveLength(5);
	});

	it('refuses to merge into a file that is not a canvas, leaving it unchanged', async () => {
		const running = await startPlugin({ files: { ...FILES, 'Relationship map.canvas': 'not json' } });
		await waitForIndex(running);
		runCommand(running, 'export-relationship-map');
		await waitFor(() => fake.noticeTexts().some((t) => t.startsWith('Could not export')));
		expect(await running.app.vault.read(running.app.vault.getFileByPath('Relationship map.canvas')!)).toBe('not json');
	});

	it('writes a redacted export to a new "(redacted)" file in privacy mode', async () => {
		const running = await startPlugin({ files: { ...FILES, 'Relationship map.canvas': '{"nodes":[],"edges":[]}' }, data: { privacyMode: true } });
		await waitForIndex(running);
		runCommand(running, 'export-relationship-map');
		await waitFor(() => running.app.vault.getFileByPath('Relationship map (redacted).canvas') !== null);
		expect(await running.app.vault.read(running.app.vault.getFileByPath('Relationship map.canvas')!)).toBe('{"nodes":[],"edges":[]}');
		const text = await running.app.vault.read(running.app.vault.getFileByPath('Relationship map (redacted).canvas')!);
		for (const name of ['Maria', 'Lopez', 'People/']) expect(text).not.toContain(name);
		expect(text).toContain('ML');
	});
});
