/**
 * One task line of a 1-on-1 note read into a commitment (DESIGN §2, Commitments table).
 *
 * Emoji fields are read from the end of the line, repeatedly, as the Tasks plugin does (so a field in
 * the middle of the text is text); Dataview inline fields (`[due:: …]`, `(owner:: …)`) are read
 * anywhere. Our own inline date fields are taken out (and owner fields read) before the emoji loop, so a line like
 * `… 📅 2026-12-03 [owner:: [[Jo]]]` still has its due date.
 */

import type { CalendarDate, Commitment, CommitmentStatus, LinkRef, Problem, SectionKey } from './model';
import { readDateText } from './date-text';
import { findBracketedFields, parseLinkInner, parseReference } from './obsidian-syntax';

/** A commitment (with the section the caller gave), plus problems found on its line. */
export interface CommitmentLine {
	readonly commitment: Commitment;
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
 * `marks`: the emoji that open the field. After its emoji a field holds only ASCII and U+FE0F, so
 * it can only match from the last emoji of the text, which names the one field to try (sticky, at
 * that emoji): every other pattern would fail.
 */
const EMOJI_FIELDS: ReadonlyArray<{ readonly pattern: RegExp; readonly marks: readonly string[]; readonly field?: DateField }> = [
	{ pattern: new RegExp(`[🔺⏫🔼🔽⏬]${VS}$`, 'uy'), marks: ['🔺', '⏫', '🔼', '🔽', '⏬'] },
	{ pattern: new RegExp(`✅${VS}[ \\t]*${DATE_VALUE}$`, 'uy'), marks: ['✅'], field: 'doneOn' },
	{ pattern: new RegExp(`❌${VS}[ \\t]*${DATE_VALUE}$`, 'uy'), marks: ['❌'], field: 'cancelledOn' },
	{ pattern: new RegExp(`[📅📆🗓]${VS}[ \\t]*${DATE_VALUE}$`, 'uy'), marks: ['📅', '📆', '🗓'], field: 'due' },
	{ pattern: new RegExp(`[⏳⌛]${VS}[ \\t]*${DATE_VALUE}$`, 'uy'), marks: ['⏳', '⌛'], field: 'scheduled' },
	{ pattern: new RegExp(`🛫${VS}[ \\t]*${DATE_VALUE}$`, 'uy'), marks: ['🛫'], field: 'start' },
	{ pattern: new RegExp(`➕${VS}[ \\t]*${DATE_VALUE}$`, 'uy'), marks: ['➕'], field: 'created' },
	{ pattern: new RegExp(`🔁${VS}[ \\t]*[a-zA-Z0-9, !]+$`, 'uy'), marks: ['🔁'] },
	{ pattern: new RegExp(`🏁${VS}[ \\t]*[a-zA-Z]+$`, 'uy'), marks: ['🏁'] },
	{ pattern: new RegExp(`⛔${VS}[ \\t]*[a-zA-Z0-9_-]+(?:[ \\t]*,[ \\t]*[a-zA-Z0-9_-]+)*$`, 'uy'), marks: ['⛔'] },
	{ pattern: new RegExp(`🆔${VS}[ \\t]*[a-zA-Z0-9_-]+$`, 'uy'), marks: ['🆔'] },
];

/** Code point of each field emoji → its index in EMOJI_FIELDS. */
const FIELD_OF_MARK: ReadonlyMap<number, number> = new Map(EMOJI_FIELDS.flatMap((entry, index) => entry.marks.map((mark) => [mark.codePointAt(0) ?? 0, index] as const)));

/** A character from U+2300 on (a code unit: surrogates included), searched for natively before any walk. */
const SYMBOL = /[\u2300-\uffff]/;

/** Where `rest`'s last field emoji starts and which field it opens (undefined: no field can match). */
interface LastMark {
	index: number;
	field: number;
}

/** The one LastMark findLastMark fills (a line is parsed to its end before the next starts). */
const LAST_MARK: LastMark = { index: -1, field: -1 };

/**
 * Finds the last character from U+2300 on (every field emoji is one), skipping U+FE0F; fills `out`
 * when it is a field emoji. Returns false when none is, so no emoji field can end the text.
 */
function findLastMark(rest: string, out: LastMark): boolean {
	let index = rest.length - 1;
	for (; index >= 0; index--) {
		const char = rest.charCodeAt(index);
		if (char >= 0x2300 && char !== 0xfe0f) break;
	}
	if (index < 0) return false;
	const char = rest.charCodeAt(index);
	let codePoint = char;
	if (char >= 0xdc00 && char <= 0xdfff && index > 0) {
		const high = rest.charCodeAt(index - 1);
		if (high >= 0xd800 && high <= 0xdbff) {
			index--;
			codePoint = (high - 0xd800) * 0x400 + (char - 0xdc00) + 0x10000;
		}
	}
	const field = FIELD_OF_MARK.get(codePoint);
	if (field === undefined) return false;
	out.index = index;
	out.field = field;
	return true;
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
/** A leading `[[Name]]:` owner prefix (group 1: the link's inside). */
const OWNER_PREFIX = /^[ \t]*\[\[([^[\]]+)\]\]:(?=[ \t]|$)/;
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

function readStatus(char: string, doneOn: CalendarDate | undefined, cancelledOn: CalendarDate | undefined): CommitmentStatus {
	if (char === 'x' || char === 'X') return doneOn === undefined ? DONE : { kind: 'done', doneOn };
	if (char === '-') return cancelledOn === undefined ? CANCELLED : { kind: 'cancelled', cancelledOn };
	return OPEN;
}

function badDateProblem(value: string, line: number): Problem {
	return { message: `A task has a date that is not a real day ("${value}"), so it is read as if it had none: correct it to a real YYYY-MM-DD date.`, line };
}

function blankRange(text: string, start: number, end: number): string {
	return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/** A match at the tail's start begins a field only when the tail is the whole line or the head ends in a space. */
function startsField(match: RegExpExecArray, head: string): boolean {
	if (match.index > 0 || head === '') return true;
	const headEnd = head.charCodeAt(head.length - 1);
	return headEnd === 0x20 || headEnd === 0x09;
}

/** The dates of the commitment, set on it in the order `{ ...inlineDates, ...emojiDates }` would give (without completion and cancellation). */
function setDates(
	commitment: Record<string, unknown>,
	inlineDates: Partial<Record<DateField, CalendarDate>> | undefined,
	emojiDates: Partial<Record<DateField, CalendarDate>> | undefined,
): void {
	if (inlineDates !== undefined) {
		for (const key in inlineDates) {
			const field = key as DateField;
			if (field !== 'doneOn' && field !== 'cancelledOn') commitment[field] = emojiDates?.[field] ?? inlineDates[field];
		}
	}
	if (emojiDates !== undefined) {
		for (const key in emojiDates) {
			const field = key as DateField;
			if (field !== 'doneOn' && field !== 'cancelledOn' && commitment[field] === undefined) commitment[field] = emojiDates[field];
		}
	}
}

/**
 * Reads a task line into a commitment. `visible` and `plain` are the line with comments (and, for
 * `plain`, code spans) masked; `column` is the index of the checkbox's `[`; `section`, when given,
 * is set last (the AEIOU section the caller found). Never throws.
 */
export function parseCommitmentLine(raw: string, visible: string, plain: string, column: number, line: number, section?: SectionKey): CommitmentLine {
	let problems: Problem[] | undefined;
	const statusChar = raw.charAt(column + 1);
	const start = column + 3;
	let working = visible.slice(start);

	let inlineDates: Partial<Record<DateField, CalendarDate>> | undefined;
	let inlineDateCount = 0;
	let ownerField: LinkRef | undefined;
	let inlineRepeat = false;
	if (plain.includes('::', start)) {
		for (const field of findBracketedFields(plain.slice(start))) {
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
				if (date === undefined) { (problems ??= []).push(badDateProblem(field.value, line)); continue; }
				inlineDateCount += 1;
				inlineDates ??= {};
				inlineDates[dateField] ??= date.date;
			} else if (field.key === 'owner') {
				// DESIGN §2 strips date, priority, recurrence and id fields from the text, not the owner:
				// it stays visible, as Dataview shows it.
				ownerField ??= parseReference(field.value);
			}
		}
	}

	let ownerPrefix: LinkRef | undefined;
	// Only a text opening with `[` (after blanks) may have a `[[Name]]:` prefix.
	let first = 0;
	while (first < working.length && (working.charCodeAt(first) === 0x20 || working.charCodeAt(first) === 0x09)) first++;
	if (working.charCodeAt(first) === 0x5b) {
		const prefix = OWNER_PREFIX.exec(working);
		if (prefix !== null) ownerPrefix = parseLinkInner(prefix[1]);
	}

	const trimmed = working.trim();
	const whole = trimmed.includes('^') ? trimmed.replace(BLOCK_ID, '').trimEnd() : trimmed;
	// Fields sit at the end: only the tail goes through the end-anchored patterns, which keeps a
	// pathological multi-megabyte line linear. The block id is already gone (matched on the whole
	// line, so a `^` at the cut is not taken for one), and nothing is trimmed where the parts join.
	const head = whole.length > TAIL_LENGTH ? whole.slice(0, whole.length - TAIL_LENGTH) : '';
	let rest = head === '' ? whole : whole.slice(head.length);
	let emojiDates: Partial<Record<DateField, CalendarDate>> | undefined;
	let emojiDateCount = 0;
	let trailingTags: string[] | undefined;
	let trailingOwners: string[] | undefined;
	const last = LAST_MARK;
	let symbols = true;
	for (let runs = 0, matched = true; matched && runs < MAX_LOOP_RUNS; runs++) {
		matched = false;
		// Tasks tries the fields in order, each on what the ones before left; only the field of the
		// last emoji can match (see EMOJI_FIELDS), so the others are skipped without a search.
		// Once the text holds no symbol, no strip can bring one back (it only shortens).
		symbols &&= SYMBOL.test(rest);
		let marked = symbols && findLastMark(rest, last);
		for (let index = 0; marked && index < EMOJI_FIELDS.length; index++) {
			if (last.field !== index) continue;
			const { pattern, field } = EMOJI_FIELDS[index];
			pattern.lastIndex = last.index;
			const match = pattern.exec(rest);
			if (match === null) continue;
			matched = true;
			rest = rest.slice(0, match.index).trimEnd();
			symbols = SYMBOL.test(rest);
			marked = symbols && findLastMark(rest, last);
			if (field === undefined) continue;
			const date = readDateText(match[1]);
			if (date === undefined) { (problems ??= []).push(badDateProblem(match[1], line)); continue; }
			emojiDateCount += 1;
			// Tasks keeps the last value it reads, i.e. the leftmost of repeated fields.
			(emojiDates ??= {})[field] = date.date;
		}
		const owner = rest.includes('::') ? TRAILING_OWNER.exec(rest) : null;
		if (owner !== null && startsField(owner, head)) {
			matched = true;
			(trailingOwners ??= []).unshift(owner[1]);
			rest = rest.slice(0, owner.index).trimEnd();
		}
		const tag = rest.includes('#') ? TRAILING_TAG.exec(rest) : null;
		if (tag !== null && startsField(tag, head)) {
			matched = true;
			(trailingTags ??= []).unshift(tag[1]);
			rest = rest.slice(0, tag.index).trimEnd();
		}
	}
	let joined = head + rest;
	if (trailingOwners !== undefined) joined += ` ${trailingOwners.join(' ')}`;
	if (trailingTags !== undefined) joined += ` ${trailingTags.join(' ')}`;
	const text = joined.replace(/\s{2,}|[^\S ]/gu, ' ').trim();
	const doneOn = emojiDates?.doneOn ?? inlineDates?.doneOn;
	const cancelledOn = emojiDates?.cancelledOn ?? inlineDates?.cancelledOn;
	// Keys in the order of the Commitment type, set one by one (a spread of the parts costs more).
	const commitment: Record<string, unknown> = { line, raw, statusChar, status: readStatus(statusChar, doneOn, cancelledOn), text };
	if (inlineDates !== undefined || emojiDates !== undefined) setDates(commitment, inlineDates, emojiDates);
	if (ownerField !== undefined) commitment.ownerField = ownerField;
	if (ownerPrefix !== undefined) commitment.ownerPrefix = ownerPrefix;
	commitment.recurring = inlineRepeat || visible.includes('🔁');
	commitment.format = inlineDateCount > 0 && emojiDateCount === 0 ? 'dataview' : 'tasks';
	if (section !== undefined) commitment.section = section;
	return { commitment: commitment as unknown as Commitment, problems: problems ?? NO_PROBLEMS };
}
