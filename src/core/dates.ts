/**
 * Calendar-date helpers. A `CalendarDate` is `YYYY-MM-DD` and means the same day everywhere, so all
 * arithmetic is done on day numbers computed from the fields, never on `Date` instants (which shift
 * by the local offset and break near midnight).
 */
import type { CalendarDate } from './model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `year-month-day` names a real day of the proleptic Gregorian calendar. */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	return day <= lengths[month - 1];
}

/** True when `text` is exactly a real calendar date `YYYY-MM-DD` (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
	const m = ISO_DATE.exec(text);
	return m !== null && isRealCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The day number of a calendar date (days since 1970-01-01), by the civil-from-days algorithm
 * (H. Hinnant), exact for the proleptic Gregorian calendar.
 */
export function toDayNumber(date: CalendarDate): number {
	const y0 = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7));
	const d = Number(date.slice(8, 10));
	const y = m <= 2 ? y0 - 1 : y0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(days: number): CalendarDate {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `date` plus `days` (may be negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return toDayNumber(to) - toDayNumber(from);
}

/**
 * Today's calendar date in a time zone, for a given instant. The plugin and the CLI call this once
 * with the clock; the core only ever receives the resulting date.
 *
 * @param instant the moment (defaults to now)
 * @param timeZone an IANA zone; defaults to the runtime's local zone
 */
export function calendarDateAt(instant: Date = new Date(), timeZone?: string): CalendarDate {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).formatToParts(instant);
	const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}
