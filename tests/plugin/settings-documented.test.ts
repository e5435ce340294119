/**
 * The settings the guide lists (docs/guide.md, Settings; DESIGN §4) can be changed in the settings
 * tab, not only by editing data.json: the assessment scale's colours, the relationship vocabulary
 * and the canvas export path. Each edit is saved, and a value that is not valid saves nothing.
 */
import { describe, expect, it } from 'vitest';
import { DATA_PATH, PLUGIN_ID, fake, startPlugin, type Running } from './harness';

function row(tab: HTMLElement, name: string): HTMLElement {
	const found = Array.from(tab.querySelectorAll<HTMLElement>('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === name);
	if (!found) throw new Error(`no setting "${name}": ${Array.from(tab.querySelectorAll('.setting-item-name')).map((n) => n.textContent).join(' | ')}`);
	return found;
}

async function saved(running: Running): Promise<Record<string, unknown> | undefined> {
	if (!(await running.app.vault.adapter.exists(DATA_PATH))) return undefined;
	return JSON.parse(await running.app.vault.adapter.read(DATA_PATH)) as Record<string, unknown>;
}

describe('settings the guide lists', () => {
	it('edits an assessment colour, ignoring one that is not a hex colour', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const colour = row(tab, 'Assessment 1').querySelector<HTMLInputElement>('input[aria-label="Colour"]');
		if (!colour) throw new Error('no colour field');
		expect(colour.value).toBe('#1a7f37');
		fake.typeInto(colour, 'green');
		await fake.settle();
		expect(await saved(running)).toBeUndefined();
		fake.typeInto(colour, '#00AA00');
		await fake.settle();
		expect(running.plugin.settings.assessmentColours['1']).toBe('#00aa00');
		expect((await saved(running))?.assessmentColours).toMatchObject({ '1': '#00aa00', '2': '#4fa35a' });
	});

	it('edits the relationship vocabulary, one relation a line, a reverse after a slash', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const area = row(tab, 'Relationship vocabulary').querySelector('textarea');
		if (!area) throw new Error('no vocabulary field');
		expect(area.value.split('\n')).toEqual(['knows', 'friends', 'family', 'works-with', 'recruited-by / recruited', 'leads / led-by', 'influences / influenced-by']);
		fake.typeInto(area, 'knows\n  Mentor / Mentee \n\n');
		await fake.settle();
		expect(running.plugin.settings.relationships).toEqual([{ property: 'knows', reverse: 'knows' }, { property: 'mentor', reverse: 'mentee' }]);
		expect((await saved(running))?.relationships).toEqual([{ property: 'knows', reverse: 'knows' }, { property: 'mentor', reverse: 'mentee' }]);
	});

	it('edits the canvas export path', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const input = row(tab, 'Canvas export path').querySelector('input');
		if (!input) throw new Error('no path field');
		expect(input.value).toBe('Relationship map.canvas');
		fake.typeInto(input, 'Maps/Union.canvas');
		await fake.settle();
		expect((await saved(running))?.canvasExportPath).toBe('Maps/Union.canvas');
	});
});
