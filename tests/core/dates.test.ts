import { describe, expect, it } from 'vitest';
import { addDays, calendarDateAt, daysBetween, fromDayNumber, isCalendarDate, toDayNumber } from '../../src/core/dates';

describe('calendar dates', () => {
	it('accepts real dates and rejects impossible ones', () => {
		expect(isCalendarDate('2026-11-28')).toBe(true);
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-29')).toBe(false);
		expect(isCalendarDate('2026-02-30')).toBe(false);
		expect(isCalendarDate('2026-13-01')).toBe(false);
		expect(isCalendarDate('2026-11-28T10:00')).toBe(false);
		expect(isCalendarDate('26-11-28')).toBe(false);
	});

	it('adds days across month and year ends and leap days', () => {
		expect(addDays('2026-11-28', 7)).toBe('2026-12-05');
		expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2026-11-29', -30)).toBe('2026-10-30');
	});

	it('counts days between dates', () => {
		expect(daysBetween('2026-11-20', '2026-11-29')).toBe(9);
		expect(daysBetween('2026-11-29', '2026-11-20')).toBe(-9);
		expect(daysBetween('2026-10-31', '2027-03-01')).toBe(121);
	});

	it('round-trips day numbers', () => {
		expect(toDayNumber('1970-01-01')).toBe(0);
		for (const date of ['2000-02-29', '2026-11-28', '1999-12-31', '2100-03-01']) {
			expect(fromDayNumber(toDayNumber(date))).toBe(date);
		}
	});

	it('takes today from the clock in a given time zone', () => {
		// 2026-11-28T11:30Z is already the 29th in Kiritimati (UTC+14), still the 28th elsewhere.
		const instant = new Date(Date.UTC(2026, 10, 28, 11, 30));
		expect(calendarDateAt(instant, 'Pacific/Kiritimati')).toBe('2026-11-29');
		expect(calendarDateAt(instant, 'America/Los_Angeles')).toBe('2026-11-28');
		expect(calendarDateAt(instant, 'UTC')).toBe('2026-11-28');
	});

	it('uses the process time zone by default', () => {
		const instant = new Date(Date.UTC(2026, 10, 28, 11, 30));
		const expected = { UTC: '2026-11-28', 'America/Los_Angeles': '2026-11-28', 'Pacific/Kiritimati': '2026-11-29' }[
			process.env.TZ ?? ''
		];
		if (expected) expect(calendarDateAt(instant)).toBe(expected);
		else expect(isCalendarDate(calendarDateAt(instant))).toBe(true);
	});
});
