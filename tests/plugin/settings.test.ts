import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { DATA_PATH, PLUGIN_ID, fake, startPlugin } from './harness';

async function savedData(running: Awaited<ReturnType<typeof startPlugin>>): Promise<Record<string, unknown>> {
	return JSON.parse(await running.app.vault.adapter.read(DATA_PATH)) as Record<string, unknown>;
}

describe('settings', () => {
	it('starts from the defaults without data.json, silently', async () => {
		const running = await startPlugin();
		expect(running.plugin.settings).toEqual(DEFAULT_SETTINGS);
		expect(fake.noticeTexts()).toEqual([]);
	});

	it('falls back to the defaults with a Notice when data.json is corrupt', async () => {
		const running = await startPlugin({ data: '{"yourName": "Sam",' });
		expect(running.plugin.settings).toEqual(DEFAULT_SETTINGS);
		const notices = fake.noticeTexts();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/^Relational Organizer: .*defaults/);
	});

	it('keeps valid saved values and reports the invalid ones', async () => {
		const running = await startPlugin({ data: { yourName: 'Sam Rivera', stallDays: -3 } });
		expect(running.plugin.settings.yourName).toBe('Sam Rivera');
		expect(running.plugin.settings.stallDays).toBe(DEFAULT_SETTINGS.stallDays);
		expect(fake.noticeTexts()[0]).toContain('stallDays');
	});

	it('saves an edit in the settings tab through saveData', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const names = Array.from(tab.querySelectorAll('.setting-item-name')).map((n) => n.textContent);
		expect(names).toContain('Your name');
		const row = Array.from(tab.querySelectorAll('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === 'Your name');
		fake.typeInto(row?.querySelector('input') as HTMLInputElement, 'Sam Rivera');
		await fake.settle();
		expect((await savedData(running)).yourName).toBe('Sam Rivera');
		expect(running.plugin.settings.yourName).toBe('Sam Rivera');
	});

	it('saves a toggle (privacy mode)', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const row = Array.from(tab.querySelectorAll('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === 'Privacy mode');
		(row?.querySelector('.checkbox-container') as HTMLElement).click();
		await fake.settle();
		expect((await savedData(running)).privacyMode).toBe(true);
		fake.closeSettings(running.app);
		expect(tab.childElementCount).toBe(0);
	});

	it('ignores a number setting that is not a number', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const row = Array.from(tab.querySelectorAll('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === 'Stall days');
		fake.typeInto(row?.querySelector('input') as HTMLInputElement, 'soon');
		await fake.settle();
		expect(await running.app.vault.adapter.exists(DATA_PATH)).toBe(false);
	});
});
