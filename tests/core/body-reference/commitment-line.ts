/**
 * One task line of a 1-on-1 note read into a commitment (DESIGN §2, Commitments table).
 *
 * Emoji fields are read from the end of the line, repeatedly, as the Tasks plugin does (so a field in
 * the middle of the text is text); Dataview inline fields (`[due:: …]`, `(owner:: …)`) are read
 * anywhere. Our own inline date fields are taken out (and owner fields read) before the emoji loop, so a line like
 * `… 📅 2026-12-03 [owner:: [[Jo]]]` still has its due date.
 */

import type { CalendarDate, Commitment, CommitmentStatus, LinkRef, Problem } from '../../../src/core/model';
import { readDateText } from '../../../src/core/date-text';
import { findBracketedFields, parseLinkInner, parseReference } from '../../../src/core/obsidian-syntax';

/** A commitment without its section (the caller knows the headings), plus problems found on its line. */
export interface CommitmentLine {
	readonly commitment: Omit<Commitment, 'section'>;
	readonly problems: readonly Problem[];
}

type DateField = 'due' | 'doneOn' | 'cancelledOn' | 'created' | 'scheduled' | 'start';

const INLINE_DATE_KEYS: Readonly<Record<string, DateField>> = {
	due: 'due',
	completion: 'doneOn',
	cancelled: 'cancelledOn',
	created: 'created',
	scheduled: 'scheduled',
	start: 'start',
};

/**
 * The Tasks plugin's Dataview-format fields for priority, recurrence and ids (`[priority:: high]`,
 * `[repeat:: every week]`, `[id:: a1]`, `[dependsOn:: a1]`, `[onCompletion:: delete]`): stripped from
 * the text like their emoji forms.
 */
const INLINE_TASK_KEYS: ReadonlySet<string> = new Set(['priority', 'repeat', 'id', 'dependson', 'oncompletion']);

const VS = '\\uFE0F?';
const DATE_VALUE = '(\\d{4}-\\d{1,2}-\\d{1,2})';

/**
 * End-of-line emoji fields, in the order Tasks tries them. `field` undefined: stripped, not kept.
 * `marks`: a field can only match a text holding one of them, which spares most lines the patterns
 * (each scans the whole text to find its end anchor).
 */
const EMOJI_FIELDS: ReadonlyArray<{ readonly pattern: RegExp; readonly marks: readonly string[]; readonly field?: DateField }> = [
	{ pattern: new RegExp(`[🔺⏫🔼🔽⏬]${VS}$`, 'u'), marks: ['🔺', '⏫', '🔼', '🔽', '⏬'] },
	{ pattern: new RegExp(`✅${VS}[ \\t]*${DATE_VALUE}$`, 'u'), marks: ['✅'], field: 'doneOn' },
	{ pattern: new RegExp(`❌${VS}[ \\t]*${DATE_VALUE}$`, 'u'), marks: ['❌'], field: 'cancelledOn' },
	{ pattern: new RegExp(`[📅📆🗓]${VS}[ \\t]*${DATE_VALUE}$`, 'u'), marks: ['📅', '📆', '🗓'], field: 'due' },
	{ pattern: new RegExp(`[⏳⌛]${VS}[ \\t]*${DATE_VALUE}$`, 'u'), marks: ['⏳', '⌛'], field: 'scheduled' },
	{ pattern: new RegExp(`🛫${VS}[ \\t]*${DATE_VALUE}$`, 'u'), marks: ['🛫'], field: 'start' },
	{ pattern: new RegExp(`➕${VS}[ \\t]*${DATE_VALUE}$`, 'u'), marks: ['➕'], field: 'created' },
	{ pattern: new RegExp(`🔁${VS}[ \\t]*[a-zA-Z0-9, !]+$`, 'u'), marks: ['🔁'] },
	{ pattern: new RegExp(`🏁${VS}[ \\t]*[a-zA-Z]+$`, 'u'), marks: ['🏁'] },
	{ pattern: new RegExp(`⛔${VS}[ \\t]*[a-zA-Z0-9_-]+(?:[ \\t]*,[ \\t]*[a-zA-Z0-9_-]+)*$`, 'u'), marks: ['⛔'] },
	{ pattern: new RegExp(`🆔${VS}[ \\t]*[a-zA-Z0-9_-]+$`, 'u'), marks: ['🆔'] },
];

/** True when the text holds one of the marks. */
function holdsMark(text: string, marks: readonly string[]): boolean {
	for (const mark of marks) if (text.includes(mark)) return true;
	return false;
}

/** True when the text holds a character from U+2300 on (every field emoji is one, or a surrogate pair). */
function holdsSymbol(text: string): boolean {
	for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x2300) return true;
	return false;
}
const TRAILING_TAG = /(?:^|[ \t])(#[^ \t!@#$%^&*(),.?":{}|<>]+)$/u;
/**
 * A trailing `^block-id` (up to 100 characters), matched on the whole line: anchored at the end and
 * bounded, so each position the engine tries costs at most ~100 steps (linear on any line).
 */
export const BLOCK_ID = /(?:^|[ \t])\^[a-zA-Z0-9-]{1,100}$/;
/**
 * The start of a task line up to its checkbox: quote and callout markers, indentation, the list
 * marker (`-`, `*`, `+`, `1.`, `1)`), then `[c]` and a space (group 1: the prefix, group 2: the status
 * character). The same list grammar as the block scanner's, so "Mark done" edits the box the reader read.
 */
export const TASK_CHECKBOX = /^((?:[ \t]*>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[([^[\]\n\r])\](?=[ \t])/;
const MAX_LOOP_RUNS = 20;
const TAIL_LENGTH = 2000;
/**
 * An owner field at the end of the line: it stays in the text, but must not hide the emoji fields
 * before it (`… 📅 2026-12-03 [owner:: [[Jo]]]` is due on the 3rd).
 */
const TRAILING_OWNER = /(?:^|[ \t])(\[owner::(?:\[\[[^\]]*\]\]|[^\[\]])*\]|\(owner::(?:\[\[[^\]]*\]\]|[^()[\]])*\))$/iu;

/** The status for a checkbox character, dated by the line's completion or cancellation field. */
/** The undated statuses, shared by every commitment (frozen: the facts copy shares them too). */
const OPEN: CommitmentStatus = Object.freeze({ kind: 'open' });
const DONE: CommitmentStatus = Object.freeze({ kind: 'done' });
const CANCELLED: CommitmentStatus = Object.freeze({ kind: 'cancelled' });

function readStatus(char: string, dates: Partial<Record<DateField, CalendarDate>>): CommitmentStatus {
	if (char === 'x' || char === 'X') return dates.doneOn === undefined ? DONE : { kind: 'done', doneOn: dates.doneOn };
	if (char === '-') return dates.cancelledOn === undefined ? CANCELLED : { kind: 'cancelled', cancelledOn: dates.cancelledOn };
	return OPEN;
}

function badDateProblem(value: string, line: number): Problem {
	return { message: `A task has a date that is not a real day ("${value}"), so it is read as if it had none: correct it to a real YYYY-MM-DD date.`, line };
}

function blankRange(text: string, start: number, end: number): string {
	return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * Reads a task line into a commitment. `visible` and `plain` are the line with comments (and, for
 * `plain`, code spans) masked; `column` is the index of the checkbox's `[`. Never throws.
 */
export function parseCommitmentLine(raw: string, visible: string, plain: string, column: number, line: number): CommitmentLine {
	const problems: Problem[] = [];
	const statusChar = raw.charAt(column + 1);
	const start = column + 3;
	let working = visible.slice(start);
	const fieldsText = plain.slice(start);

	const inlineDates: Partial<Record<DateField, CalendarDate>> = {};
	let inlineDateCount = 0;
	let ownerField: LinkRef | undefined;
	let inlineRepeat = false;
	for (const field of findBracketedFields(fieldsText)) {
		if (INLINE_TASK_KEYS.has(field.key)) {
			working = blankRange(working, field.start, field.end);
			if (field.key === 'repeat' && field.value.trim() !== '') inlineRepeat = true;
			continue;
		}
		const dateField = INLINE_DATE_KEYS[field.key];
		if (dateField !== undefined) {
			working = blankRange(working, field.start, field.end);
			// An empty field (`[due:: ]`, as a template leaves it) is no date, not a wrong one.
			if (field.value.trim() === '') continue;
			const date = readDateText(field.value);
			if (date === undefined) { problems.push(badDateProblem(field.value, line)); continue; }
			inlineDateCount += 1;
			inlineDates[dateField] ??= date.date;
		} else if (field.key === 'owner') {
			// DESIGN §2 strips date, priority, recurrence and id fields from the text, not the owner:
			// it stays visible, as Dataview shows it.
			ownerField ??= parseReference(field.value);
		}
	}

	const prefix = /^[ \t]*\[\[([^[\]]+)\]\]:(?=[ \t]|$)/.exec(working);
	const ownerPrefix = prefix === null ? undefined : parseLinkInner(prefix[1]);

	const trimmed = working.trim();
	const whole = trimmed.includes('^') ? trimmed.replace(BLOCK_ID, '').trimEnd() : trimmed;
	// Fields sit at the end: only the tail goes through the end-anchored patterns, which keeps a
	// pathological multi-megabyte line linear. The block id is already gone (matched on the whole
	// line, so a `^` at the cut is not taken for one), and nothing is trimmed where the parts join.
	const head = whole.length > TAIL_LENGTH ? whole.slice(0, whole.length - TAIL_LENGTH) : '';
	let rest = whole.slice(head.length);
	// A match at the tail's start begins a field only when the tail is the whole line or the head
	// ends in a space: the patterns' `^` alternative must not see the cut as the line's start.
	const headEnd = head.charAt(head.length - 1);
	const startsField = (match: RegExpExecArray): boolean => match.index > 0 || head === '' || headEnd === ' ' || headEnd === '\t';
	const emojiDates: Partial<Record<DateField, CalendarDate>> = {};
	let emojiDateCount = 0;
	const trailingTags: string[] = [];
	const trailingOwners: string[] = [];
	for (let runs = 0, matched = true; matched && runs < MAX_LOOP_RUNS; runs++) {
		matched = false;
		const symbols = holdsSymbol(rest);
		for (const { pattern, marks, field } of EMOJI_FIELDS) {
			if (!symbols || !holdsMark(rest, marks)) continue;
			const match = pattern.exec(rest);
			if (match === null) continue;
			matched = true;
			rest = rest.slice(0, match.index).trimEnd();
			if (field === undefined) continue;
			const date = readDateText(match[1]);
			if (date === undefined) { problems.push(badDateProblem(match[1], line)); continue; }
			emojiDateCount += 1;
			// Tasks keeps the last value it reads, i.e. the leftmost of repeated fields.
			emojiDates[field] = date.date;
		}
		const owner = rest.includes('::') ? TRAILING_OWNER.exec(rest) : null;
		if (owner !== null && startsField(owner)) {
			matched = true;
			trailingOwners.unshift(owner[1]);
			rest = rest.slice(0, owner.index).trimEnd();
		}
		const tag = rest.includes('#') ? TRAILING_TAG.exec(rest) : null;
		if (tag !== null && startsField(tag)) {
			matched = true;
			trailingTags.unshift(tag[1]);
			rest = rest.slice(0, tag.index).trimEnd();
		}
	}
	const text = [head + rest, ...trailingOwners, ...trailingTags].join(' ').replace(/\s{2,}|[^\S ]/gu, ' ').trim();
	// The inline and emoji dates merged as `{ ...inlineDates, ...emojiDates }` would (a key keeps its
	// first place, the emoji value wins), without the completion and cancellation dates.
	const dates: Partial<Record<DateField, CalendarDate>> = {};
	for (const key in inlineDates) {
		const field = key as DateField;
		if (field !== 'doneOn' && field !== 'cancelledOn') dates[field] = emojiDates[field] ?? inlineDates[field];
	}
	for (const key in emojiDates) {
		const field = key as DateField;
		if (field !== 'doneOn' && field !== 'cancelledOn' && dates[field] === undefined) dates[field] = emojiDates[field];
	}
	const doneOn = emojiDates.doneOn ?? inlineDates.doneOn;
	const cancelledOn = emojiDates.cancelledOn ?? inlineDates.cancelledOn;
	const commitment: Omit<Commitment, 'section'> = {
		line,
		raw,
		statusChar,
		status: readStatus(statusChar, { doneOn, cancelledOn }),
		text,
		...dates,
		...(ownerField !== undefined ? { ownerField } : {}),
		...(ownerPrefix !== undefined ? { ownerPrefix } : {}),
		recurring: inlineRepeat || visible.includes('🔁'),
		format: inlineDateCount > 0 && emojiDateCount === 0 ? 'dataview' : 'tasks',
	};
	return { commitment, problems };
}
