/**
 * What the pane shows for a commitment's text and its dates: the text in segments, as Dataview's
 * reading view shows a line (`[owner:: [[Jo Chen]]]` is a field "owner: Jo Chen", not brackets;
 * links read as their names), and a calendar date's distance from today in words.
 */
import { daysBetween } from './dates';
import type { CalendarDate } from './model';
import { findBracketedFields, showLinksAsText } from './obsidian-syntax';

/** A piece of displayed text: plain text, or an inline field with its key as written. */
export type TextSegment =
	| { readonly kind: 'text'; readonly text: string }
	| { readonly kind: 'field'; readonly key: string; readonly value: string };

/**
 * Splits a commitment's text (as written, links in `[[…]]`) into text and inline-field segments,
 * with links shown as reading view shows them. Never drops characters other than the field brackets
 * and `::`; whitespace is kept as written.
 */
export function segmentDisplayText(text: string): TextSegment[] {
	const out: TextSegment[] = [];
	let from = 0;
	for (const field of findBracketedFields(text)) {
		if (field.start > from) out.push({ kind: 'text', text: showLinksAsText(text.slice(from, field.start)) });
		const inner = text.slice(field.start + 1, field.end - 1);
		const key = inner.slice(0, inner.indexOf('::')).trim();
		out.push({ kind: 'field', key, value: showLinksAsText(field.value) });
		from = field.end;
	}
	if (from < text.length) out.push({ kind: 'text', text: showLinksAsText(text.slice(from)) });
	return out;
}

/** `date` relative to `today` in words: "today", "yesterday", "tomorrow", "3 days ago", "in 3 days". */
export function describeRelativeDay(date: CalendarDate, today: CalendarDate): string {
	const days = daysBetween(today, date);
	if (days === 0) return 'today';
	if (days === -1) return 'yesterday';
	if (days === 1) return 'tomorrow';
	return days < 0 ? `${-days} days ago` : `in ${days} days`;
}
