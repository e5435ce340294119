/**
 * docs/chart.md, Settings: "If you turn the scale around (higher-is-supportive), set the bands too
 * (e.g. supportive 4–5, opposed 1)", and bands that overlap are refused. In the settings tab that
 * means: one band may overlap the other for a moment while the organizer is typing the pair; the
 * pair is saved once it no longer overlaps, in either order, and an overlapping pair is never saved.
 */
import { describe, expect, it } from 'vitest';
import { DATA_PATH, PLUGIN_ID, fake, startPlugin, waitFor, type Running } from './harness';

function field(tab: HTMLElement, name: string): HTMLInputElement {
	const row = Array.from(tab.querySelectorAll<HTMLElement>('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === name);
	const input = row?.querySelector('input');
	if (!input) throw new Error(`no text setting "${name}"`);
	return input;
}

async function saved(running: Running): Promise<Record<string, unknown>> {
	return JSON.parse(await running.app.vault.adapter.read(DATA_PATH)) as Record<string, unknown>;
}

describe('turning the scale around in the settings tab', () => {
	it('saves supportive 4–5 and opposed 1, typed supportive first', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		fake.typeInto(field(tab, 'Supportive assessments'), '4–5');
		await fake.settle();
		// 4–5 overlaps the opposed 5: not saved yet, and nothing reset either.
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 1, to: 2 });
		expect(running.plugin.settings.opposedBand).toEqual({ from: 5, to: 5 });
		fake.typeInto(field(tab, 'Opposed assessments'), '1');
		await waitFor(() => running.plugin.settings.opposedBand.from === 1);
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 4, to: 5 });
		expect(running.plugin.settings.opposedBand).toEqual({ from: 1, to: 1 });
		await fake.settle();
		expect(await saved(running)).toMatchObject({ supportiveBand: { from: 4, to: 5 }, opposedBand: { from: 1, to: 1 } });
	});

	it('saves the same pair typed opposed first', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		fake.typeInto(field(tab, 'Opposed assessments'), '1');
		await fake.settle();
		expect(running.plugin.settings.opposedBand).toEqual({ from: 5, to: 5 });
		fake.typeInto(field(tab, 'Supportive assessments'), '4-5');
		await waitFor(() => running.plugin.settings.supportiveBand.from === 4);
		expect(running.plugin.settings.opposedBand).toEqual({ from: 1, to: 1 });
	});

	it('says in the tab that overlapping bands are not saved', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		fake.typeInto(field(tab, 'Supportive assessments'), '1–5');
		await fake.settle();
		expect(tab.textContent).toContain('overlap');
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 1, to: 2 });
		fake.typeInto(field(tab, 'Supportive assessments'), '1–3');
		await waitFor(() => running.plugin.settings.supportiveBand.to === 3);
		expect(tab.textContent).not.toContain('overlap');
	});
});
