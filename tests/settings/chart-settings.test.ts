/** The campaign chart's settings (issue #17): the scale's bands and direction, the committee aim and the majority threshold. */
import { describe, expect, it } from 'vitest';
import { parseBandText as parseBand } from '../../src/core/assessment';
import { normalizeSettings } from '../../src/settings';

describe('campaign chart settings', () => {
	it('default to supportive 1–2, opposed 5, lower is more supportive, committee 10–15%, majority 65%', () => {
		const { settings } = normalizeSettings({});
		expect([settings.supportiveBand, settings.opposedBand, settings.assessmentDirection, settings.committeeTarget, settings.supportThreshold]).toEqual([
			{ from: 1, to: 2 },
			{ from: 5, to: 5 },
			'lower-is-supportive',
			{ from: 10, to: 15 },
			65,
		]);
	});

	it('keep valid values', () => {
		const { settings, warnings } = normalizeSettings({
			supportiveBand: { from: 4, to: 5 },
			opposedBand: { from: 1, to: 1 },
			assessmentDirection: 'higher-is-supportive',
			committeeTarget: { from: 0, to: 100 },
			supportThreshold: 100,
		});
		expect(warnings).toEqual([]);
		expect([settings.supportiveBand, settings.opposedBand, settings.assessmentDirection, settings.committeeTarget, settings.supportThreshold]).toEqual([
			{ from: 4, to: 5 },
			{ from: 1, to: 1 },
			'higher-is-supportive',
			{ from: 0, to: 100 },
			100,
		]);
	});

	it.each([
		['supportiveBand', { from: 2, to: 1 }],
		['supportiveBand', { from: 0, to: 2 }],
		['opposedBand', { from: 5, to: 6 }],
		['opposedBand', '5'],
		['assessmentDirection', 'up'],
		['committeeTarget', { from: 15, to: 10 }],
		['committeeTarget', { from: 10, to: 101 }],
		['committeeTarget', { from: 1.5, to: 10 }],
		['supportThreshold', 101],
		['supportThreshold', -1],
		['supportThreshold', '65'],
	])('drop an invalid %s (%j) with a warning', (key, value) => {
		const { settings, warnings } = normalizeSettings({ [key]: value });
		expect(settings[key as keyof typeof settings]).toEqual(normalizeSettings({}).settings[key as keyof typeof settings]);
		expect(warnings).toEqual([`Setting "${key}" was invalid; using the default.`]);
	});

	it('refuse bands that overlap (a value cannot be supportive and opposed): both fall back', () => {
		const { settings, warnings } = normalizeSettings({ supportiveBand: { from: 1, to: 3 }, opposedBand: { from: 3, to: 5 } });
		expect([settings.supportiveBand, settings.opposedBand]).toEqual([{ from: 1, to: 2 }, { from: 5, to: 5 }]);
		expect(warnings).toEqual(['Settings "supportiveBand" and "opposedBand" overlap; using the defaults.']);
	});

	it('read a band typed in the settings tab as 1-2, 1–2 or 5', () => {
		expect([parseBand('1-2'), parseBand(' 1 – 2 '), parseBand('5'), parseBand('2-1'), parseBand('a'), parseBand('')]).toEqual([
			{ from: 1, to: 2 },
			{ from: 1, to: 2 },
			{ from: 5, to: 5 },
			undefined,
			undefined,
			undefined,
		]);
	});
});
