/**
 * Held out (docs/guide.md, Settings; DESIGN §4): typing in the settings tab. What is saved is what
 * was typed; a field on its way to a value (emptied, "-", "1-") changes nothing; each setting shows
 * once, with the saved value, however often the tab is opened.
 */
import { describe, expect, it, vi } from 'vitest';
import { DATA_PATH, PLUGIN_ID, fake, startPlugin, type Running } from './harness';
import { field, row } from './held-out-settings-support';

async function saved(running: Running): Promise<Record<string, unknown>> {
	return JSON.parse(await running.app.vault.adapter.read(DATA_PATH)) as Record<string, unknown>;
}

describe('the settings tab', () => {
	it('shows each setting once however often it is opened', async () => {
		const running = await startPlugin();
		let tab = fake.openSettings(running.app, PLUGIN_ID);
		const count = tab.querySelectorAll('.setting-item').length;
		fake.closeSettings(running.app);
		tab = fake.openSettings(running.app, PLUGIN_ID);
		tab = fake.openSettings(running.app, PLUGIN_ID);
		expect(tab.querySelectorAll('.setting-item')).toHaveLength(count);
		expect(Array.from(tab.querySelectorAll('.setting-item-name')).filter((n) => n.textContent === 'Stall days')).toHaveLength(1);
	});

	it('shows the values saved, after a restart', async () => {
		const running = await startPlugin({ data: { stallDays: 21, assessmentLabels: { '3': 'On the fence' } } });
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		expect(field(tab, 'Stall days').value).toBe('21');
		expect(field(tab, 'Assessment 3').value).toBe('On the fence');
	});

	it('saves exactly what was typed, never an intermediate value that is not one', async () => {
		const running = await startPlugin();
		const writes: unknown[] = [];
		const saveData = running.plugin.saveData.bind(running.plugin);
		vi.spyOn(running.plugin, 'saveData').mockImplementation(async (data: unknown) => {
			writes.push(structuredClone(data));
			await saveData(data);
		});
		const input = field(fake.openSettings(running.app, PLUGIN_ID), 'Stall days');
		const seen: number[] = [];
		for (const typed of ['', '-', '1', '14']) {
			fake.typeInto(input, typed);
			await fake.settle();
			seen.push(running.plugin.settings.stallDays);
		}
		// An empty or "-" field keeps what was there; "1" is a valid number of days.
		expect(seen).toEqual([14, 14, 1, 14]);
		expect((await saved(running)).stallDays).toBe(14);
		for (const write of writes) {
			const days = (write as { stallDays: unknown }).stallDays;
			expect(Number.isInteger(days) && (days as number) > 0).toBe(true);
		}
		// At most one write per key that changed something.
		expect(writes.length).toBeLessThanOrEqual(2);
	});

	it('writes nothing when a field is typed back to the value it has', async () => {
		const running = await startPlugin({ data: '{"yourName":"Sam Rivera"}' });
		const input = field(fake.openSettings(running.app, PLUGIN_ID), 'Your name');
		fake.typeInto(input, 'Sam Rivera');
		await fake.settle();
		expect(await running.app.vault.adapter.read(DATA_PATH)).toBe('{"yourName":"Sam Rivera"}');
	});

	it('accepts a band typed with a plain hyphen, and ignores it half typed', async () => {
		const running = await startPlugin();
		const input = field(fake.openSettings(running.app, PLUGIN_ID), 'Supportive assessments');
		for (const typed of ['', '1', '1-', '1-3']) {
			fake.typeInto(input, typed);
			await fake.settle();
		}
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 1, to: 3 });
		expect((await saved(running)).supportiveBand).toEqual({ from: 1, to: 3 });
	});

	it('refuses a supportive band that overlaps the opposed one, keeping both', async () => {
		const running = await startPlugin();
		fake.typeInto(field(fake.openSettings(running.app, PLUGIN_ID), 'Supportive assessments'), '4–5');
		await fake.settle();
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 1, to: 2 });
		expect(running.plugin.settings.opposedBand).toEqual({ from: 5, to: 5 });
		expect(row(fake.openSettings(running.app, PLUGIN_ID), 'Supportive assessments')).toBeDefined();
	});

	it('keeps an assessment interval and the majority threshold while their fields are emptied', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		fake.typeInto(field(tab, 'Assessment 2', 2), '');
		fake.typeInto(field(tab, 'Majority threshold'), ' ');
		fake.typeInto(field(tab, 'Debrief window'), '');
		await fake.settle();
		expect(running.plugin.settings.assessmentIntervals['2']).toBe(14);
		expect(running.plugin.settings.supportThreshold).toBe(65);
		expect(running.plugin.settings.debriefWindowDays).toBe(30);
		expect(await running.app.vault.adapter.exists(DATA_PATH)).toBe(false);
	});

	it('reads "1e1" or "0x10" in a day field as no number of days', async () => {
		const running = await startPlugin();
		const input = field(fake.openSettings(running.app, PLUGIN_ID), 'Coming-up window');
		for (const typed of ['1e1', '0x10']) fake.typeInto(input, typed);
		await fake.settle();
		expect(running.plugin.settings.comingUpDays).toBe(7);
	});
});

describe('the campaign chart bands in the settings tab', () => {
	it('turns the scale around as docs/chart.md says: supportive 4–5, then opposed 1', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const supportive = field(tab, 'Supportive assessments');
		const opposed = field(tab, 'Opposed assessments');
		for (const typed of ['', '4', '4-', '4-5']) fake.typeInto(supportive, typed);
		for (const typed of ['', '1']) fake.typeInto(opposed, typed);
		await fake.settle();
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 4, to: 5 });
		expect(running.plugin.settings.opposedBand).toEqual({ from: 1, to: 1 });
		expect((await saved(running)).opposedBand).toEqual({ from: 1, to: 1 });
	});

	it('the other order works too: opposed 1, then supportive 4–5', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		fake.typeInto(field(tab, 'Opposed assessments'), '1');
		fake.typeInto(field(tab, 'Supportive assessments'), '4–5');
		await fake.settle();
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 4, to: 5 });
		expect(running.plugin.settings.opposedBand).toEqual({ from: 1, to: 1 });
	});

	it('a supportive band typed over a custom opposed band leaves the opposed band as it was', async () => {
		const running = await startPlugin({ data: { opposedBand: { from: 4, to: 5 } } });
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		for (const typed of ['', '1', '1-', '1-4']) fake.typeInto(field(tab, 'Supportive assessments'), typed);
		await fake.settle();
		expect(running.plugin.settings.opposedBand).toEqual({ from: 4, to: 5 });
		expect(running.plugin.settings.supportiveBand).toEqual({ from: 1, to: 1 });
	});
});

describe('saving while typing on a slow disk', () => {
	it('data.json ends with what was typed last, however the writes finish', async () => {
		const running = await startPlugin();
		const { adapter } = running.app.vault;
		const write = adapter.write.bind(adapter);
		// Each write of data.json takes less time than the one before (a sync client, a busy disk):
		// overlapping writes would finish newest first and leave an older value.
		let delay = 80;
		let inFlight = 0;
		let most = 0;
		vi.spyOn(adapter, 'write').mockImplementation(async (path: string, data: string) => {
			const wait = (delay = Math.max(0, delay - 20));
			inFlight++;
			most = Math.max(most, inFlight);
			await new Promise((resolve) => setTimeout(resolve, wait));
			await write(path, data);
			inFlight--;
		});
		const input = field(fake.openSettings(running.app, PLUGIN_ID), 'Your name');
		for (const typed of ['S', 'Sa', 'Sam']) fake.typeInto(input, typed);
		expect(running.plugin.settings.yourName).toBe('Sam');
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect((await saved(running)).yourName).toBe('Sam');
		// One write at a time: Node's writeFile is unsafe on one file without waiting for the last.
		expect(most).toBe(1);
	});
});
