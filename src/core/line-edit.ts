/**
 * The line-exact edit (DESIGN §4): the one way the plugin changes a line of a note. It finds the line
 * the index read (the indexed line if it is unchanged, else the one line still equal to the indexed
 * raw line), replaces only that line, and leaves every other byte as it was: line endings (LF, CRLF,
 * CR, mixed), a byte-order mark, a missing final newline.
 *
 * "Mark done" reads the line with the commitment reader's own grammar (`commitment-line.ts`), so the
 * box it ticks and the block id it writes before are the ones the dashboard read.
 */
import { BLOCK_ID, TASK_CHECKBOX, parseCommitmentLine } from './commitment-line';
import type { CalendarDate } from './model';
import { findBracketedFields } from './obsidian-syntax';

/** Where a line was when the index read it. */
export interface IndexedLine {
	/** 1-based line number. */
	readonly line: number;
	/** The whole line as indexed, without its line ending. */
	readonly raw: string;
}

/** Why an edit was not made; each has a sentence for the Notice in `describeRefusal`. */
export type LineEditRefusal = 'line-missing' | 'line-ambiguous' | 'not-a-task' | 'recurring' | 'already-done' | 'cancelled';

/** The outcome of a line edit: the new text and the line changed, or why nothing changed. */
export type LineEditResult =
	| {
			readonly ok: true;
			/** The whole new text of the note. */
			readonly text: string;
			/** 1-based line that changed (it may differ from the indexed one if lines moved). */
			readonly line: number;
			readonly before: string;
			readonly after: string;
	  }
	| { readonly ok: false; readonly reason: LineEditRefusal };

interface SplitText {
	readonly bom: string;
	readonly lines: string[];
	/** endings[i] follows lines[i]; the last is '' when the text has no final newline. */
	readonly endings: string[];
}

function splitKeepingEndings(text: string): SplitText {
	const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
	const body = bom ? text.slice(1) : text;
	const lines: string[] = [];
	const endings: string[] = [];
	const pattern = /\r\n|\r|\n/g;
	let from = 0;
	for (let match = pattern.exec(body); match !== null; match = pattern.exec(body)) {
		lines.push(body.slice(from, match.index));
		endings.push(match[0]);
		from = match.index + match[0].length;
	}
	lines.push(body.slice(from));
	endings.push('');
	return { bom, lines, endings };
}

function joinKeepingEndings(split: SplitText): string {
	let out = split.bom;
	for (let i = 0; i < split.lines.length; i++) out += split.lines[i] + split.endings[i];
	return out;
}

/** The 0-based index of the line to edit, or why there is none (DESIGN §4, line-exact). */
function locateLine(lines: readonly string[], target: IndexedLine): number | LineEditRefusal {
	const indexed = target.line - 1;
	if (lines[indexed] === target.raw) return indexed;
	let found = -1;
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== target.raw) continue;
		if (found >= 0) return 'line-ambiguous';
		found = i;
	}
	return found < 0 ? 'line-missing' : found;
}

function editLine(text: string, target: IndexedLine, change: (raw: string) => { readonly next: string } | { readonly refused: LineEditRefusal }): LineEditResult {
	const split = splitKeepingEndings(text);
	const at = locateLine(split.lines, target);
	if (typeof at === 'string') return { ok: false, reason: at };
	const before = split.lines[at];
	const changed = change(before);
	if ('refused' in changed) return { ok: false, reason: changed.refused };
	const after = changed.next;
	// One line in, one line out: a line ending inside `after` would shift every later line.
	if (/[\r\n]/.test(after)) return { ok: false, reason: 'not-a-task' };
	split.lines[at] = after;
	return { ok: true, text: joinKeepingEndings(split), line: at + 1, before, after };
}

/**
 * Replaces the indexed line with `next` (one line, no line ending), line-exact; used to undo a line
 * edit (`target` = the line the edit wrote, `next` = the line before it). Refuses when the line is
 * gone or no longer unique.
 */
export function replaceIndexedLine(text: string, target: IndexedLine, next: string): LineEditResult {
	return editLine(text, target, () => ({ next }));
}

/** Inserts `field` after the line's last non-space character, before any trailing `^block-id`. */
function insertBeforeBlockId(raw: string, field: string): string {
	// The parser finds the block id on the line without its trailing blanks (commitment-line), so
	// `^id  ` is one too: the date goes before it, and the blanks after it stay where they were.
	const trimmed = raw.trimEnd();
	const block = BLOCK_ID.exec(trimmed);
	const main = block === null ? trimmed : trimmed.slice(0, block.index);
	const tail = raw.slice(main.length);
	const content = main.trimEnd();
	return `${content} ${field}${main.slice(content.length)}${tail}`;
}

/** An emoji done date as Tasks writes it, with the blanks before it. */
const EMOJI_DONE = /[ \t]*✅\uFE0F?[ \t]*\d{4}-\d{1,2}-\d{1,2}/gu;

/**
 * The ticked line without the done dates it still carries from an earlier completion (a task
 * reopened by clicking its checkbox keeps its `✅ date` / `[completion:: date]`): Tasks and Dataview
 * replace that date when the task is done again. An emoji date is dropped only where it is a field
 * (the parsed text stays the same without it), never where it is part of the text.
 */
function dropDoneDates(ticked: string, column: number, line: number): string {
	const start = column + 3;
	let out = ticked;
	const fields = findBracketedFields(out.slice(start)).filter((field) => field.key === 'completion');
	for (const field of fields.reverse()) {
		const from = start + field.start;
		let blanks = from;
		while (blanks > start && (out[blanks - 1] === ' ' || out[blanks - 1] === '\t')) blanks--;
		out = out.slice(0, blanks) + out.slice(start + field.end);
	}
	const textOf = (candidate: string): string => parseCommitmentLine(candidate, candidate, candidate, column, line).commitment.text;
	const text = textOf(out);
	const matches = [...out.slice(start).matchAll(EMOJI_DONE)].reverse();
	for (const match of matches) {
		const from = start + (match.index ?? 0);
		const candidate = out.slice(0, from) + out.slice(from + match[0].length);
		if (textOf(candidate) === text) out = candidate;
	}
	return out;
}

/**
 * Marks the commitment on the indexed line done on `today`, line-exact (DESIGN §4): the box becomes
 * `[x]`, and ` ✅ today` goes before any trailing `^block-id`; on a Dataview-format line,
 * `[completion:: today]` instead; a done date left from an earlier completion is replaced. A
 * recurring task (🔁, `[repeat:: …]`) is refused: the Tasks plugin creates its next occurrence,
 * which we must not imitate. Done and cancelled tasks are refused too.
 */
export function markCommitmentDone(text: string, target: IndexedLine, today: CalendarDate): LineEditResult {
	return editLine(text, target, (raw) => {
		const box = TASK_CHECKBOX.exec(raw);
		if (box === null) return { refused: 'not-a-task' };
		const column = box[1].length;
		const { commitment } = parseCommitmentLine(raw, raw, raw, column, target.line);
		if (commitment.recurring) return { refused: 'recurring' };
		if (commitment.status.kind === 'done') return { refused: 'already-done' };
		if (commitment.status.kind === 'cancelled') return { refused: 'cancelled' };
		const ticked = dropDoneDates(`${raw.slice(0, column)}[x]${raw.slice(column + 3)}`, column, target.line);
		return { next: insertBeforeBlockId(ticked, commitment.format === 'dataview' ? `[completion:: ${today}]` : `✅ ${today}`) };
	});
}

/** A sentence for a Notice saying why a line edit was not made. */
export function describeRefusal(reason: LineEditRefusal): string {
	switch (reason) {
		case 'line-missing':
			return 'The task line has changed since it was read, so nothing was changed.';
		case 'line-ambiguous':
			return 'The task line now appears more than once in the note, so nothing was changed.';
		case 'not-a-task':
			return 'That line is no longer a task, so nothing was changed.';
		case 'recurring':
			return 'This is a recurring task: mark it done in the note, so the Tasks plugin can create the next one.';
		case 'already-done':
			return 'That task is already done.';
		case 'cancelled':
			return 'That task is cancelled.';
	}
}
