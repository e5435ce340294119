/**
 * Held out (written from docs/guide.md and DESIGN §4, §6 — "normalizeSettings(raw) (pure,
 * deep-merging, validating)" — before reading the settings code): a data.json from an older or
 * hand-edited version. Missing keys get their defaults, a bad key falls back alone (with a Notice
 * naming it), nested objects merge key by key, nothing crashes, and loading writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { DATA_PATH, fake, openDashboard, pinToday, startPlugin, waitForIndex, whenViewsRendered, type Running } from './harness';
import { FILES, TODAY, shows } from './held-out-settings-support';

async function savedText(running: Running): Promise<string | undefined> {
	const { adapter } = running.app.vault;
	return (await adapter.exists(DATA_PATH)) ? adapter.read(DATA_PATH) : undefined;
}

describe('a data.json from an older or hand-edited version', () => {
	pinToday(TODAY);

	it('fills the keys an older version did not have, silently, and writes nothing on load', async () => {
		// Compact, as no version of the plugin writes it: any write would show.
		const text = '{"yourName":"Sam Rivera","stallDays":20}';
		const running = await startPlugin({ files: FILES, data: text });
		await waitForIndex(running);
		await openDashboard(running);
		expect(running.plugin.settings.yourName).toBe('Sam Rivera');
		expect(running.plugin.settings.stallDays).toBe(20);
		expect(running.plugin.settings.comingUpDays).toBe(7);
		expect(running.plugin.settings.debriefWindowDays).toBe(30);
		expect(running.plugin.settings.peopleFolder).toBe('People');
		expect(running.plugin.settings.assessmentLabels).toEqual(DEFAULT_SETTINGS.assessmentLabels);
		expect(fake.noticeTexts()).toEqual([]);
		expect(await savedText(running)).toBe(text);
	});

	it('ignores a key it does not know (a newer version\'s) without a complaint', async () => {
		const running = await startPlugin({ data: { yourName: 'Sam Rivera', someFutureOption: { deep: [1, 2] } } });
		expect(running.plugin.settings.yourName).toBe('Sam Rivera');
		expect(fake.noticeTexts()).toEqual([]);
	});

	it('keeps the good keys when one is bad, and names only the bad one', async () => {
		const running = await startPlugin({ data: { yourName: 'Sam Rivera', peopleFolder: 'Crew', debriefWindowDays: -1, comingUpDays: 'soon' } });
		expect(running.plugin.settings.yourName).toBe('Sam Rivera');
		expect(running.plugin.settings.peopleFolder).toBe('Crew');
		expect(running.plugin.settings.debriefWindowDays).toBe(30);
		expect(running.plugin.settings.comingUpDays).toBe(7);
		const notices = fake.noticeTexts();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('debriefWindowDays');
		expect(notices[0]).toContain('comingUpDays');
		expect(notices[0]).not.toContain('yourName');
		expect(notices[0]).not.toContain('peopleFolder');
	});

	it('names the bad key in its Notice, never the value (a value may be anyone\'s name)', async () => {
		const running = await startPlugin({ files: FILES, data: { privacyMode: true, stallDays: 'Maria Lopez', assessmentColours: { '2': 'Jo Chen' } } });
		const notice = fake.noticeTexts().join('\n');
		expect(notice).toContain('stallDays');
		expect(notice).toContain('assessmentColours');
		expect(notice).not.toMatch(/Maria|Lopez|Jo|Chen/);
		expect(running.plugin.settings.privacyMode).toBe(true);
	});

	it('keeps the good excluded folders when one entry is bad: notes meant to be hidden stay hidden', async () => {
		const running = await startPlugin({ files: FILES, data: { excludedFolders: ['Archive', '../outside', 42] } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(running.plugin.settings.excludedFolders).toEqual(['Archive']);
		expect(shows(el, 'no-one-on-one', 'Cal Diaz')).toBe(false);
		expect(fake.noticeTexts().join(' ')).toContain('excludedFolders');
	});

	it('falls back for numbers JSON can hold but no day count is: Infinity (1e999), a fraction, null', async () => {
		const running = await startPlugin({ data: '{"stallDays": 1e999, "debriefWindowDays": 2.5, "comingUpDays": null}' });
		const { stallDays, debriefWindowDays, comingUpDays } = running.plugin.settings;
		expect(stallDays).toBe(14);
		expect(debriefWindowDays).toBe(30);
		expect(comingUpDays).toBe(7);
	});

	it('treats an interval of 0 as "never", like contact-every: 0 — never "every day"', async () => {
		// Maria (assessment 2) was talked to on 11-10: with an interval of 0 taken as 0 days her
		// check-in would be 11-10, always due.
		const running = await startPlugin({ files: FILES, data: { assessmentIntervals: { '2': 0 } } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(running.plugin.settings.assessmentIntervals['2']).toBe('none');
		expect(shows(el, 'check-in', 'Maria Lopez')).toBe(false);
		expect(shows(el, 'coming-up', 'Maria Lopez')).toBe(false);
		// The other values keep theirs.
		expect(running.plugin.settings.assessmentIntervals['4']).toBe(30);
	});

	it('falls back for a colour that is not hex, keeping the others', async () => {
		const running = await startPlugin({ data: { assessmentColours: { '1': 'green', '3': '#123456' } } });
		const colours = running.plugin.settings.assessmentColours;
		expect(colours['1']).toBe(DEFAULT_SETTINGS.assessmentColours['1']);
		expect(colours['3']).toBe('#123456');
		expect(colours['2']).toBe(DEFAULT_SETTINGS.assessmentColours['2']);
		expect(fake.noticeTexts().join(' ')).toContain('assessmentColours');
	});

	it('merges nested objects key by key: one assessment label keeps the other four', async () => {
		const running = await startPlugin({ data: { assessmentLabels: { '3': 'On the fence' }, sectionNames: { uplift: 'Follow-up' } } });
		const { assessmentLabels, sectionNames } = running.plugin.settings;
		expect(assessmentLabels['3']).toBe('On the fence');
		for (const key of ['1', '2', '4', '5'] as const) expect(assessmentLabels[key]).toBe(DEFAULT_SETTINGS.assessmentLabels[key]);
		expect(sectionNames.uplift).toBe('Follow-up');
		expect(sectionNames.agitate).toBe(DEFAULT_SETTINGS.sectionNames.agitate);
		expect(fake.noticeTexts()).toEqual([]);
	});

	it('fills a gap in the scale (labels for 1, 2, 4 and 5 only) from the defaults', async () => {
		const running = await startPlugin({ data: { assessmentLabels: { '1': 'A', '2': 'B', '4': 'D', '5': 'E' } } });
		expect(running.plugin.settings.assessmentLabels['3']).toBe(DEFAULT_SETTINGS.assessmentLabels['3']);
		expect(running.plugin.settings.assessmentLabels['4']).toBe('D');
	});

	it('never mutates the defaults: a second load from nothing after a custom one gets the defaults', async () => {
		const before = structuredClone(DEFAULT_SETTINGS);
		const first = await startPlugin({ data: { assessmentLabels: { '3': 'On the fence' }, excludedFolders: ['Archive'], relationships: [{ property: 'mentors', reverse: 'mentored-by' }] } });
		expect(first.plugin.settings.assessmentLabels['3']).toBe('On the fence');
		const second = await startPlugin();
		expect(second.plugin.settings).toEqual(before);
		expect(DEFAULT_SETTINGS).toEqual(before);
		// Changing one running plugin's settings leaves the other's alone.
		await first.plugin.updateSettings({ ...first.plugin.settings, sectionNames: { ...first.plugin.settings.sectionNames, agitate: 'Grievances' } });
		expect(second.plugin.settings.sectionNames.agitate).toBe('Agitate');
		expect(DEFAULT_SETTINGS).toEqual(before);
	});

	it('does not let "__proto__" in data.json reach the settings or any object', async () => {
		const running = await startPlugin({ data: '{"__proto__": {"privacyMode": true, "yourName": "Boss"}, "constructor": {"prototype": {"x": 1}}}' });
		expect(running.plugin.settings.privacyMode).toBe(false);
		expect(running.plugin.settings.yourName).toBe('');
		expect(({} as Record<string, unknown>).privacyMode).toBeUndefined();
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	for (const [what, text] of [
		['an array', '[1, 2]'],
		['a string', '"Sam Rivera"'],
		['a number', '42'],
		['null', 'null'],
		['invalid JSON', '{"yourName": "Sam",'],
		['an empty file', ''],
	] as const) {
		it(`starts with the defaults from ${what}, shows the dashboard, and leaves the file as it was`, async () => {
			const running = await startPlugin({ files: FILES, data: text });
			await waitForIndex(running);
			const el = await openDashboard(running);
			expect(running.plugin.settings).toEqual(DEFAULT_SETTINGS);
			expect(shows(el, 'check-in', 'Maria Lopez')).toBe(true);
			// The person can still fix it by hand: nothing overwrote it.
			expect(await savedText(running)).toBe(text);
		});
	}

	it('starts from a 5 MB data.json (a huge unknown key and a huge excluded list) without hanging', { timeout: 20_000 }, async () => {
		const data = { yourName: 'Sam Rivera', junk: 'x'.repeat(5_000_000), excludedFolders: Array.from({ length: 20_000 }, (_, i) => `Old ${i}`).concat(['Archive']) };
		const running = await startPlugin({ files: FILES, data });
		await waitForIndex(running);
		const el = await openDashboard(running);
		await whenViewsRendered(running);
		expect(running.plugin.settings.yourName).toBe('Sam Rivera');
		expect(shows(el, 'no-one-on-one', 'Ben Okafor')).toBe(true);
		expect(shows(el, 'no-one-on-one', 'Cal Diaz')).toBe(false);
	});
});
