/**
 * `{{date:FORMAT}}` in user templates: a documented subset of moment.js format tokens, applied to a
 * calendar date and an optional local wall-clock time. No `Date`, so the day never shifts with the
 * time zone (DESIGN §3: dates are calendar dates).
 *
 * Tokens: `YYYY` 2026, `YY` 26, `MMMM` November, `MMM` Nov, `MM` 11, `M` 11, `DD` 05, `D` 5,
 * `Do` 5th, `dddd` Thursday, `ddd` Thu, `HH` 09, `H` 9, `hh` 09, `h` 9, `mm` 07, `A` AM, `a` am.
 * Text in `[brackets]` is written as is (moment's escape). Any other character is kept.
 */
import { toDayNumber } from './dates';
import type { CalendarDate } from './model';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Longest first, so `MMMM` is not read as `MM` twice. */
const TOKEN = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|A|a/g;

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

function ordinal(day: number): string {
	const tens = day % 100;
	if (tens >= 11 && tens <= 13) return `${day}th`;
	return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

/**
 * Formats `date` (and `time`, `HH:mm`, when given; hour tokens give `00:00` without it) with the
 * token subset above. Unknown letters are kept as written, like moment does.
 */
export function formatCalendarDate(date: CalendarDate, format: string, time?: string): string {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	const day = Number(date.slice(8, 10));
	// 1970-01-01 was a Thursday (4).
	const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7;
	const clock = /^(\d{1,2}):(\d{2})/.exec(time ?? '');
	const hour = clock ? Number(clock[1]) : 0;
	const minute = clock ? Number(clock[2]) : 0;
	const hour12 = hour % 12 === 0 ? 12 : hour % 12;
	return format.replace(TOKEN, (token: string, literal: string | undefined) => {
		if (literal !== undefined) return literal;
		switch (token) {
			case 'YYYY': return String(year).padStart(4, '0');
			case 'YY': return pad(year % 100);
			case 'MMMM': return MONTHS[month - 1] ?? '';
			case 'MMM': return (MONTHS[month - 1] ?? '').slice(0, 3);
			case 'MM': return pad(month);
			case 'M': return String(month);
			case 'Do': return ordinal(day);
			case 'DD': return pad(day);
			case 'D': return String(day);
			case 'dddd': return WEEKDAYS[weekday];
			case 'ddd': return WEEKDAYS[weekday].slice(0, 3);
			case 'HH': return pad(hour);
			case 'H': return String(hour);
			case 'hh': return pad(hour12);
			case 'h': return String(hour12);
			case 'mm': return pad(minute);
			case 'A': return hour < 12 ? 'AM' : 'PM';
			case 'a': return hour < 12 ? 'am' : 'pm';
			default: return token;
		}
	});
}
