/**
 * "Explain this note", the tasks part: every task list item the parser sees in a note, whatever the
 * note's kind, and each line that looks like a task but is not one (in code, an HTML block or a
 * comment), with why. For a 1-on-1, the lists each commitment lands in today come from the derived
 * dashboard itself, and the "why" from the same predicates the follow-up model uses
 * (`findFollowUpDate`, `findFollowingTalk`, `isInactive`), so the explanation cannot drift from the
 * lists it explains.
 */
import type { SectionKey } from './aeiou';
import { maskLines } from './comment-mask';
import { parseCommitmentLine } from './commitment-line';
import { addDays, daysBetween } from './dates';
import type { Derivation } from './derive';
import { findFollowingTalk, findFollowUpDate, isInactive, type FollowUpOptions } from './follow-ups';
import type { CalendarDate, Commitment, NoteFacts } from './model';
import type { NoteStructure } from './note-parser';
import type { OwnedCommitment, OwnerRule } from './people';

/** The lists a commitment can land in (the JSON report's names). */
export type CommitmentList = 'followUp' | 'stalled' | 'yourPromises' | 'comingUp';

/** One task list item as the parser sees it, and what became of it. */
export interface TaskExplanation {
	/** 1-based line. */
	readonly line: number;
	/** The character between the brackets, as written. */
	readonly status: string;
	readonly statusKind: 'open' | 'done' | 'cancelled';
	/** The text without list marker, checkbox and fields. */
	readonly text: string;
	readonly due: CalendarDate | null;
	readonly done: CalendarDate | null;
	readonly cancelled: CalendarDate | null;
	readonly created: CalendarDate | null;
	readonly scheduled: CalendarDate | null;
	readonly start: CalendarDate | null;
	/** The AEIOU section it is in. */
	readonly section: SectionKey | null;
	/** True when it is a commitment (a task with text in an indexed 1-on-1). */
	readonly commitment: boolean;
	/** Whose it is, and how that was decided; null when it is no commitment or nobody is named. */
	readonly owner: { readonly name: string; readonly rule: OwnerRule; readonly how: string; readonly yours: boolean } | null;
	readonly followUpDate: CalendarDate | null;
	/** 'debrief' or 'support' when it is in Follow up. */
	readonly followUpKind: 'debrief' | 'support' | null;
	/** The lists it is in today (one commitment can be in two), in dashboard order. */
	readonly lists: readonly CommitmentList[];
	/** Why it is in those lists, or in none. */
	readonly why: string;
}

/** A line that looks like a task but is not one, and why. */
export interface NotATask {
	readonly line: number;
	readonly text: string;
	readonly why: string;
}

/** What the task explanation needs besides the note. */
export interface TaskContext {
	readonly facts: NoteFacts;
	readonly structure: NoteStructure;
	readonly derived: Derivation;
	readonly options: FollowUpOptions;
	/** Why nothing in this note is counted (excluded, template, sync-conflict copy), if so. */
	readonly uncounted?: string;
}

/** `- [ ]`, `* [x]`, `1. [-]`, `> - [/]`: what a reader takes for a task, before structure says otherwise. */
const TASK_LIKE = /^[ \t]*(?:%%[ \t]*|<!--[ \t]*)?(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/;
/** The same, with comments already masked out of the line. */
const VISIBLE_TASK_LIKE = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/;

const IN_COMMENT = 'inside a %% or HTML comment: Obsidian hides it, so neither it nor Tasks sees a task there';

/** Every list each commitment of `path` is in, keyed by line. */
function collectLists(derived: Derivation, path: string): Map<number, { lists: CommitmentList[]; followUpKind?: 'debrief' | 'support' }> {
	const byLine = new Map<number, { lists: CommitmentList[]; followUpKind?: 'debrief' | 'support' }>();
	const add = (line: number, list: CommitmentList, followUpKind?: 'debrief' | 'support'): void => {
		const entry = byLine.get(line) ?? { lists: [] };
		if (!entry.lists.includes(list)) entry.lists.push(list);
		if (followUpKind) entry.followUpKind = followUpKind;
		byLine.set(line, entry);
	};
	const model = derived.followUps;
	for (const item of model.followUp) if (item.commitment.source === path) add(item.commitment.line, 'followUp', item.kind);
	for (const item of model.stalled) if (item.commitment.source === path) add(item.commitment.line, 'stalled');
	for (const item of model.yourPromises) if (item.commitment.source === path) add(item.commitment.line, 'yourPromises');
	for (const item of model.comingUp) if (item.what === 'commitment' && item.commitment.source === path) add(item.commitment.line, 'comingUp');
	return byLine;
}

const OWNER_HOW: Readonly<Record<OwnerRule, string>> = {
	'owner-field': 'its [owner:: …] field',
	prefix: 'the leading [[Name]]: on the line',
	'first-person': "the talk's first person (no owner field or prefix)",
};

/** How the owner was decided; a leading `[[Name]]: ` that was passed over is named, so the user sees why. */
function describeOwnerRule(rule: OwnerRule, prefix: string | undefined): string {
	if (rule === 'first-person' && prefix !== undefined) return `the talk's first person: the leading [[${prefix}]]: names no person or you`;
	return OWNER_HOW[rule];
}

function statusKindOf(commitment: Pick<Commitment, 'status'>): TaskExplanation['statusKind'] {
	return commitment.status.kind;
}

/**
 * Why a commitment of an indexed 1-on-1 is in the lists it is in, or in none: the reason only (the
 * lists themselves come from the model), from the model's own predicates in the model's order.
 */
function explainWhy(owned: OwnedCommitment, context: TaskContext, lists: readonly CommitmentList[]): { why: string; followUpDate?: CalendarDate } {
	const { commitment, note } = owned;
	const { derived, options } = context;
	const today = derived.today;
	const table = derived.people;
	const owner = owned.ownerKey ? table.people.get(owned.ownerKey) : undefined;
	const window = `within the next ${options.comingUpDays} days`;
	const comingUp = lists.includes('comingUp') ? `; due ${window}` : '';
	if (commitment.status.kind === 'cancelled') return { why: 'cancelled ([-]): cancelled commitments are in no list' };
	if (isInactive(owner)) return { why: `the owner ${owned.ownerName ?? ''} is ${owner?.note?.person.status ?? 'inactive'}: what inactive people own is in no list` };
	if (owned.ownerKey !== undefined && table.excludedKeys.has(owned.ownerKey)) return { why: `the owner ${owned.ownerName ?? ''} has a note in an excluded folder: what they own is in no list` };
	if (owned.yours) {
		const you = options.yourName.trim() ? `"Your name" is ${options.yourName.trim()}` : `${owned.ownerName ?? ''} organized this talk and "Your name" is empty`;
		if (commitment.status.kind === 'done') return { why: `owner is you (${you}), and it is done: your promises leave the lists when done` };
		const when = commitment.due === undefined ? ', with no due date' : commitment.due < today ? `, and it was due ${commitment.due}` : `, due ${commitment.due}`;
		return { why: `owner is you (${you})${when}${comingUp}` };
	}
	if (!owned.ownerKey) return { why: 'the talk names no person and the line no owner, so nobody owns it' };
	const followUpDate = findFollowUpDate(commitment, note, options.stallDays);
	const basis =
		commitment.status.kind === 'done'
			? commitment.status.doneOn ? `done on ${commitment.status.doneOn}` : `done, with no ✅ date, so the talk's date ${note.conversation.date ?? ''} counts`
			: commitment.due ? `due ${commitment.due}` : `no due date, so created ${commitment.created ?? note.conversation.date ?? ''} + ${options.stallDays} stall days`;
	if (followUpDate === undefined) return { why: 'nothing dates it (no due date, and the talk has no date)' };
	const dated = { followUpDate };
	if (followUpDate > today) {
		const later = comingUp !== ''
			? comingUp
			: commitment.status.kind === 'open' && commitment.due === undefined ? '; undated commitments are not in Coming up' : `; not ${window}`;
		return { ...dated, why: `${basis}: not yet, its follow-up date ${followUpDate} is after today${later}` };
	}
	const debriefFrom = addDays(today, -options.debriefWindowDays);
	if (commitment.status.kind === 'done' && followUpDate < debriefFrom) {
		return { ...dated, why: `done ${daysBetween(followUpDate, today)} days ago, past the ${options.debriefWindowDays}-day debrief window` };
	}
	const talk = findFollowingTalk(owner, followUpDate, today, note.path);
	if (talk) {
		const by = `followed up by the talk of ${talk.date} (${talk.note.path})`;
		if (commitment.status.kind === 'done') return { ...dated, why: `${basis}; ${by}: debriefed` };
		return { ...dated, why: `${basis}; ${by}, and still open: stalled ${daysBetween(followUpDate, today)} days` };
	}
	return { ...dated, why: `${basis}; no held talk with ${owned.ownerName ?? 'the owner'} on or after ${followUpDate} other than this one` };
}

/** Why a task of a note that is no indexed 1-on-1 is no commitment. */
function explainNonCommitment(context: TaskContext, empty: boolean): string {
	if (empty) return 'it has no text besides its fields, so it is an empty checkbox';
	if (context.uncounted) return context.uncounted;
	if (context.facts.kind !== 'one-on-one') return `only tasks in 1-on-1 notes are, and this note is ${context.facts.kind === 'person' ? 'a person note' : 'not a 1-on-1'}`;
	return 'it is not read as a commitment';
}

/**
 * Every task list item the parser sees in the note, with its fields and what became of it, and the
 * lines that look like tasks but are not (in code, HTML or a comment).
 */
export function explainTasks(context: TaskContext): { tasks: TaskExplanation[]; notTasks: NotATask[] } {
	const { facts, structure } = context;
	const { bodyLines, bodyStart } = structure;
	const { visible, plain } = maskLines(bodyLines, structure.structure.opaque);
	const listsByLine = collectLists(context.derived, facts.path);
	const owned = new Map<number, OwnedCommitment>();
	if (!context.uncounted) for (const entry of context.derived.people.commitments) if (entry.note.path === facts.path) owned.set(entry.commitment.line, entry);
	const sections = new Map(facts.commitments.map((c) => [c.line, c.section]));
	const tasks: TaskExplanation[] = [];
	const notTasks: NotATask[] = [];
	const seen = new Set<number>();
	for (const block of structure.structure.tasks) {
		const index = block.lineIndex;
		seen.add(index);
		const raw = bodyLines[index] ?? '';
		if ((visible[index] ?? '')[block.column] !== '[') {
			notTasks.push({ line: index + 1, text: raw.trim(), why: IN_COMMENT });
			continue;
		}
		const { commitment } = parseCommitmentLine(raw, visible[index] ?? '', plain[index] ?? '', block.column, index + 1);
		const entry = owned.get(index + 1);
		const found = listsByLine.get(index + 1);
		const lists = found?.lists ?? [];
		const explained = entry ? explainWhy(entry, context, lists) : { why: explainNonCommitment(context, commitment.text === '') };
		const status = commitment.status;
		tasks.push({
			line: index + 1,
			status: commitment.statusChar,
			text: commitment.text,
			due: commitment.due ?? null,
			lists: (['followUp', 'stalled', 'yourPromises', 'comingUp'] as const).filter((list) => lists.includes(list)),
			why: explained.why,
			statusKind: statusKindOf(commitment),
			done: status.kind === 'done' ? status.doneOn ?? null : null,
			cancelled: status.kind === 'cancelled' ? status.cancelledOn ?? null : null,
			created: commitment.created ?? null,
			scheduled: commitment.scheduled ?? null,
			start: commitment.start ?? null,
			section: sections.get(index + 1) ?? null,
			commitment: entry !== undefined,
			owner: entry?.ownerName !== undefined && entry.ownerRule !== undefined
				? { name: entry.ownerName, rule: entry.ownerRule, how: describeOwnerRule(entry.ownerRule, commitment.ownerPrefix?.target), yours: entry.yours }
				: null,
			followUpDate: 'followUpDate' in explained && explained.followUpDate !== undefined ? explained.followUpDate : null,
			followUpKind: found?.followUpKind ?? null,
		});
	}
	for (let index = bodyStart; index < bodyLines.length; index++) {
		if (seen.has(index) || !TASK_LIKE.test(bodyLines[index])) continue;
		const why = structure.structure.opaque[index] === 1
			? 'inside a code block or an HTML block (an HTML comment too): Obsidian and Tasks see no task there'
			: !VISIBLE_TASK_LIKE.test(visible[index] ?? '')
				? IN_COMMENT
				: 'not a list item where it stands (for example indented as code, or continuing the line above): Obsidian sees no task';
		notTasks.push({ line: index + 1, text: bodyLines[index].trim(), why });
	}
	notTasks.sort((a, b) => a.line - b.line);
	return { tasks, notTasks };
}
