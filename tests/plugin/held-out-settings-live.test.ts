/**
 * Held out (written from docs/guide.md, Settings, and DESIGN §3–4 before reading the settings
 * code): each setting changed in the settings tab shows on the open dashboard without a restart.
 * The ones the guide says read the vault again (folders, folder implies type, templates, excluded
 * folders) read it once when the typing stops; the others read nothing again.
 */
import { describe, expect, it, vi } from 'vitest';
import { PLUGIN_ID, fake, openDashboard, pinToday, startPlugin, waitFor, waitForIndex, whenViewsRendered, type Running } from './harness';
import { FILES, TODAY, clickToggle, shows, texts, typeSetting } from './held-out-settings-support';

async function start(): Promise<{ running: Running; el: HTMLElement; rebuild: ReturnType<typeof vi.spyOn> }> {
	const running = await startPlugin({ files: FILES });
	await waitForIndex(running);
	const el = await openDashboard(running);
	const rebuild = vi.spyOn(running.plugin.indexer, 'rebuild');
	return { running, el, rebuild };
}

/** Waits until the dashboard shows what `check` looks for, then until the views are drawn. */
async function until(running: Running, check: () => boolean): Promise<void> {
	await waitFor(check);
	await whenViewsRendered(running);
}

/** Lets any debounce run out (the guide: "once you stop typing"). */
async function pause(): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 900));
}

describe('settings take hold on the open dashboard, without a restart', { timeout: 30_000 }, () => {
	pinToday(TODAY);

	it('starts as the vault says with the defaults (the baseline the other cases change)', async () => {
		const { el } = await start();
		expect(shows(el, 'follow-up', 'call two coworkers')).toBe(true);
		expect(shows(el, 'follow-up', 'bring flyers')).toBe(true);
		expect(shows(el, 'your-promises', 'bring the contract')).toBe(true);
		expect(shows(el, 'check-in', 'Maria Lopez')).toBe(true);
		expect(shows(el, 'check-in', 'Jo Chen')).toBe(false);
		expect(shows(el, 'coming-up', 'Jo Chen')).toBe(true);
		expect(shows(el, 'coming-up', 'bring the contract')).toBe(false);
		expect(shows(el, 'no-one-on-one', 'Ben Okafor')).toBe(true);
		expect(shows(el, 'no-one-on-one', 'Cal Diaz')).toBe(true);
		expect(shows(el, 'no-one-on-one', 'Dee Park')).toBe(false);
	});

	it('Your name: the named person\'s commitments become your promises and they leave the people lists', async () => {
		const { running, el, rebuild } = await start();
		await typeSetting(running, 'Your name', 'Maria Lopez');
		await until(running, () => shows(el, 'your-promises', 'call two coworkers'));
		expect(shows(el, 'follow-up', 'call two coworkers')).toBe(false);
		expect(shows(el, 'check-in', 'Maria Lopez')).toBe(false);
		await pause();
		expect(rebuild).not.toHaveBeenCalled();
	});

	it('Stall days: an undated commitment waits the new number of days', async () => {
		const { running, el, rebuild } = await start();
		await typeSetting(running, 'Stall days', '30');
		// 11-10 + 30 = 12-10: not yet.
		await until(running, () => !shows(el, 'follow-up', 'call two coworkers'));
		expect(shows(el, 'follow-up', 'bring flyers')).toBe(true);
		await pause();
		expect(rebuild).not.toHaveBeenCalled();
	});

	it('Debrief window: a debrief older than the window drops off', async () => {
		const { running, el, rebuild } = await start();
		await typeSetting(running, 'Debrief window', '20');
		await until(running, () => !shows(el, 'follow-up', 'bring flyers'));
		expect(shows(el, 'follow-up', 'call two coworkers')).toBe(true);
		await pause();
		expect(rebuild).not.toHaveBeenCalled();
	});

	it('Coming-up window: a commitment due in 9 days comes up with a 14-day window', async () => {
		const { running, el, rebuild } = await start();
		await typeSetting(running, 'Coming-up window', '14');
		await until(running, () => shows(el, 'coming-up', 'bring the contract'));
		await pause();
		expect(rebuild).not.toHaveBeenCalled();
	});

	it('an assessment interval: 7 days for assessment 4 puts Jo in Check in with', async () => {
		const { running, el, rebuild } = await start();
		// The third field of "Assessment 4" is its interval (label, colour, interval).
		await typeSetting(running, 'Assessment 4', '7', 2);
		await until(running, () => shows(el, 'check-in', 'Jo Chen'));
		expect(shows(el, 'coming-up', 'Jo Chen')).toBe(false);
		await pause();
		expect(rebuild).not.toHaveBeenCalled();
	});

	it('"none" as an interval: Maria is never prompted', async () => {
		const { running, el } = await start();
		await typeSetting(running, 'Assessment 2', 'none', 2);
		await until(running, () => !shows(el, 'check-in', 'Maria Lopez'));
		expect(shows(el, 'coming-up', 'Maria Lopez')).toBe(false);
	});

	it('People folder: the new folder\'s notes are people, read once when the typing stops', async () => {
		const { running, el, rebuild } = await start();
		await typeSetting(running, 'People folder', 'Crew');
		await until(running, () => shows(el, 'no-one-on-one', 'Dee Park'));
		// Ben was a person by his folder only.
		expect(shows(el, 'no-one-on-one', 'Ben Okafor')).toBe(false);
		await pause();
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it('People folder typed with a trailing slash is the same folder', async () => {
		const { running, el } = await start();
		await typeSetting(running, 'People folder', 'Crew/');
		await until(running, () => shows(el, 'no-one-on-one', 'Dee Park'));
	});

	it('1-on-1 folder: a talk without type in the new folder counts, read once', async () => {
		const { running, el, rebuild } = await start();
		await typeSetting(running, '1-on-1 folder', 'Talks');
		await until(running, () => !shows(el, 'no-one-on-one', 'Ben Okafor'));
		await pause();
		expect(rebuild).toHaveBeenCalledTimes(1);
		// Maria's and Jo's talks have a type: they still count.
		expect(shows(el, 'check-in', 'Maria Lopez')).toBe(true);
	});

	it('Folder implies type off: a note in People/ without type is no person', async () => {
		const { running, el, rebuild } = await start();
		clickToggle(fake.openSettings(running.app, PLUGIN_ID), 'Folder implies type');
		await until(running, () => !shows(el, 'no-one-on-one', 'Ben Okafor'));
		expect(shows(el, 'no-one-on-one', 'Cal Diaz')).toBe(true);
		await pause();
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it('Excluded folders: a person in an excluded folder is in no list, read once', async () => {
		const { running, el, rebuild } = await start();
		await typeSetting(running, 'Excluded folders', 'Archive');
		await until(running, () => !shows(el, 'no-one-on-one', 'Cal Diaz'));
		expect(shows(el, 'no-one-on-one', 'Ben Okafor')).toBe(true);
		await pause();
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it('1-on-1 template: the template file stops being read as a broken 1-on-1', async () => {
		const { running, el, rebuild } = await start();
		expect(texts(el, 'problems').some((t) => t.includes('Talk'))).toBe(true);
		await typeSetting(running, '1-on-1 template', 'Templates/Talk.md');
		await until(running, () => !texts(el, 'problems').some((t) => t.includes('Talk')));
		await pause();
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it('Privacy mode: the open dashboard shows initials at once', async () => {
		const { running, el } = await start();
		clickToggle(fake.openSettings(running.app, PLUGIN_ID), 'Privacy mode');
		await until(running, () => !(el.textContent ?? '').includes('Maria'));
		expect(shows(el, 'check-in', 'ML')).toBe(true);
		clickToggle(fake.openSettings(running.app, PLUGIN_ID), 'Privacy mode');
		await until(running, () => shows(el, 'check-in', 'Maria Lopez'));
	});
});
