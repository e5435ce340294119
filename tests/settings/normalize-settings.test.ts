import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/settings';

describe('normalizeSettings', () => {
	it('gives the defaults for a first run (no data.json)', () => {
		const { settings, warnings } = normalizeSettings(undefined);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(settings).not.toBe(DEFAULT_SETTINGS);
		expect(warnings).toEqual([]);
	});

	it('survives a corrupt data.json with the defaults and a warning', () => {
		for (const raw of ['{not json', 42, [1, 2], true]) {
			const { settings, warnings } = normalizeSettings(raw);
			expect(settings).toEqual(DEFAULT_SETTINGS);
			expect(warnings).toHaveLength(1);
		}
	});

	it('deep-merges nested values: one section name changed keeps the other four', () => {
		const { settings } = normalizeSettings({ sectionNames: { organize: 'Tasks' } });
		expect(settings.sectionNames).toEqual({
			agitate: 'Agitate',
			educate: 'Educate',
			inoculate: 'Inoculate',
			organize: 'Tasks',
			uplift: 'Uplift',
		});
	});

	it('never mutates the defaults', () => {
		const before = JSON.stringify(DEFAULT_SETTINGS);
		const { settings } = normalizeSettings({ sectionNames: { agitate: 'Grievances' }, assessmentIntervals: { '2': 21 } });
		(settings.sectionNames as Record<string, string>).uplift = 'changed';
		expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
	});

	it('keeps valid values and drops invalid ones with a warning each', () => {
		const { settings, warnings } = normalizeSettings({
			yourName: '  Sam Rivera ',
			peopleFolder: '/Organizing/People/',
			oneOnOneFolder: '../outside',
			stallDays: -3,
			debriefWindowDays: 45,
			comingUpDays: 'seven',
			assessmentIntervals: { '1': 10, '5': 'none', '3': 'often' },
			assessmentColours: { '1': '#00FF00', '2': 'green' },
			privacyMode: 'yes',
			unknownKey: 1,
		});
		expect(settings.yourName).toBe('Sam Rivera');
		expect(settings.peopleFolder).toBe('Organizing/People');
		expect(settings.oneOnOneFolder).toBe('1-on-1s');
		expect(settings.stallDays).toBe(14);
		expect(settings.debriefWindowDays).toBe(45);
		expect(settings.comingUpDays).toBe(7);
		expect(settings.assessmentIntervals).toEqual({ '1': 10, '2': 14, '3': 14, '4': 30, '5': 'none', unassessed: 14 });
		expect(settings.assessmentColours['1']).toBe('#00ff00');
		expect(settings.assessmentColours['2']).toBe('#4fa35a');
		expect(settings.privacyMode).toBe(false);
		expect(warnings).toHaveLength(6);
		expect(warnings.join(' ')).toContain('oneOnOneFolder');
	});

	it('reads an interval of 0 as never prompting', () => {
		expect(normalizeSettings({ assessmentIntervals: { '4': 0 } }).settings.assessmentIntervals['4']).toBe('none');
	});

	it('reads a relationship vocabulary and lower-cases it', () => {
		const { settings } = normalizeSettings({ relationships: [{ property: 'Mentors', reverse: 'Mentored-by' }, { property: 'neighbours' }] });
		expect(settings.relationships).toEqual([
			{ property: 'mentors', reverse: 'mentored-by' },
			{ property: 'neighbours', reverse: 'neighbours' },
		]);
	});

	it('drops a relation that is not one on its own, keeping the others, with a warning', () => {
		const { settings, warnings } = normalizeSettings({ relationships: [{ property: 'knows' }, 42, { property: '  ' }, { reverse: 'x' }, { property: 'Mentors', reverse: 'mentored-by' }] });
		expect(settings.relationships).toEqual([
			{ property: 'knows', reverse: 'knows' },
			{ property: 'mentors', reverse: 'mentored-by' },
		]);
		expect(warnings).toEqual(['Setting "relationships" had an entry that is not a relation (a property name, and a reverse or none); it is ignored.']);
		// Not a list at all: the default vocabulary, as before.
		expect(normalizeSettings({ relationships: 'knows' }).settings.relationships).toEqual(DEFAULT_SETTINGS.relationships);
	});
});
