/**
 * Dates written as text: the digit-by-digit reading of the usual `YYYY-MM-DD` gives what the
 * pattern that reads every accepted form gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealCalendarDay } from '../../src/core/dates';
import { readDateText } from '../../src/core/date-text';

/** The rule as the pattern states it, with no shortcut. */
function readByThePattern(text: string): { date: string; time?: string } | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|[ \t]+)(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
	if (match === null || !isRealCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
	const date = `${match[1]}-${match[2]}-${match[3]}`;
	if (match[4] === undefined) return { date };
	const [hours, minutes] = match[4].split(':').map(Number);
	return hours > 23 || minutes > 59 ? undefined : { date, time: match[4] };
}

describe('readDateText', () => {
	it('reads real days, with or without a time, and refuses impossible ones', () => {
		expect(readDateText('2026-11-28')).toStrictEqual({ date: '2026-11-28' });
		expect(readDateText(' 2024-02-29 ')).toStrictEqual({ date: '2024-02-29' });
		expect(readDateText('2026-02-29')).toBeUndefined();
		expect(readDateText('2026-11-28T18:30')).toStrictEqual({ date: '2026-11-28', time: '18:30' });
		expect(readDateText('2026-1-28')).toBeUndefined();
		expect(readDateText('２０２６-11-28')).toBeUndefined();
	});

	it('gives what the pattern gives for any text near a date', () => {
		const char = fc.constantFrom('0', '1', '2', '9', '-', ' ', 'T', ':', 'Z', '+', '.', 'a', '٣', '\t');
		const nearDate = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
			.map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
		const text = fc.oneof(nearDate, fc.tuple(nearDate, fc.array(char, { maxLength: 4 })).map(([date, tail]) => date + tail.join('')), fc.array(char, { maxLength: 12 }).map((chars) => chars.join('')));
		fc.assert(fc.property(text, (value) => {
			expect(readDateText(value)).toStrictEqual(readByThePattern(value));
		}), { numRuns: 5000 });
	});
});
