/**
 * Reading dates written as text (front matter values, task fields) into calendar dates.
 *
 * Dates are read from their digits, never through `Date`, so `2026-11-28` is the 28th in every
 * time zone. Kept apart from `dates.ts` (calendar arithmetic) because parsing only needs validation.
 */

import { isRealCalendarDay } from './dates';
import type { CalendarDate } from './model';

/** A date read from text: the calendar date and, for a date-time, the time of day as written. */
export interface DateText {
	readonly date: CalendarDate;
	readonly time?: string;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|[ \t]+)(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Date texts already built, by day number: a vault names the same few hundred days again and again. */
const dateTexts = new Map<number, CalendarDate>();
/** Beyond this many distinct days (a note of thousands of dates) new ones are built each time, not kept. */
const MAX_KEPT_DATES = 20_000;

/**
 * `YYYY-MM-DD` for a real day, one string per day: built from numbers, it is stored one byte per
 * character even when read from a note with emoji (whose substrings take two), and shared by every
 * fact that names that day.
 */
function toDateText(year: number, month: number, day: number): CalendarDate {
	const key = year * 10_000 + month * 100 + day;
	const known = dateTexts.get(key);
	if (known !== undefined) return known;
	const text = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
	if (dateTexts.size < MAX_KEPT_DATES) dateTexts.set(key, text);
	return text;
}

/** The number the ASCII digits from `start` to `end` write, or -1 when one of them is not a digit. */
function readDigits(text: string, start: number, end: number): number {
	let value = 0;
	for (let index = start; index < end; index++) {
		const digit = text.charCodeAt(index) - 0x30;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD HH:MM` (optionally with a zone, which is
 * ignored: the date as written is the calendar date). Returns undefined for anything else, including
 * impossible days such as `2026-02-30`.
 */
export function readDateText(text: string): DateText | undefined {
	// The usual `YYYY-MM-DD`, read from its digits (the pattern below reads it the same).
	if (text.length === 10 && text.charCodeAt(4) === 0x2d && text.charCodeAt(7) === 0x2d) {
		const year = readDigits(text, 0, 4);
		const month = readDigits(text, 5, 7);
		const day = readDigits(text, 8, 10);
		if (year >= 0 && month >= 0 && day >= 0) return isRealCalendarDay(year, month, day) ? { date: toDateText(year, month, day) } : undefined;
	}
	const match = DATE_TEXT.exec(text.trim());
	if (match === null) return undefined;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (!isRealCalendarDay(year, month, day)) return undefined;
	const date = toDateText(year, month, day);
	const time = match[4];
	if (time !== undefined) {
		const [hours, minutes] = time.split(':').map(Number);
		if (hours > 23 || minutes > 59) return undefined;
		return { date, time };
	}
	return { date };
}

/** The first real `YYYY-MM-DD` in a text (e.g. a file name), if any. */
export function findFirstDate(text: string): CalendarDate | undefined {
	// The digit before is matched, not looked behind: lookbehind fails on older iOS (Obsidian mobile).
	const pattern = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		if (isRealCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
			return toDateText(Number(match[1]), Number(match[2]), Number(match[3]));
		}
		// Step back so a date right after a rejected one ("2026-13-01-2026-11-28") is still seen.
		pattern.lastIndex = match.index + 1;
	}
	return undefined;
}
