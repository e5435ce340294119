/**
 * "Mark done" (DESIGN §4): the line-exact edit of `core/line-edit.ts` through `vault.process`, with a
 * Notice offering Undo. Undo puts the line back as it was, line-exact too: if the user changed the
 * line since, it refuses.
 */
import { TFile } from 'obsidian';
import { describeRefusal, markCommitmentDone, replaceIndexedLine, type LineEditResult } from '../../core/line-edit';
import { showLinksAsText } from '../../core/obsidian-syntax';
import type { ActionContext } from './action-context';
import type { UndoEntry, UndoOutcome } from './action-history';
import { showActionNotice } from './action-notice';

/** The commitment to mark done, as the dashboard model carries it. */
export interface MarkDoneTarget {
	readonly source: string;
	readonly line: number;
	readonly raw: string;
	readonly text: string;
}

/** Marks the commitment done; returns true when the note changed. */
export async function markDone(ctx: ActionContext, target: MarkDoneTarget): Promise<boolean> {
	const file = ctx.findFile(target.source);
	if (!(file instanceof TFile)) {
		showActionNotice('That note is gone, so nothing was changed.');
		return false;
	}
	const today = ctx.today();
	let result: LineEditResult = { ok: false, reason: 'line-missing' };
	await ctx.app.vault.process(file, (text) => {
		result = markCommitmentDone(text, target, today);
		return result.ok ? result.text : text;
	});
	const edit = result as LineEditResult;
	if (!edit.ok) {
		showActionNotice(describeRefusal(edit.reason));
		return false;
	}
	const entry: UndoEntry = {
		label: 'marked done',
		undo: () => undoLineEdit(ctx, file, edit.line, edit.after, edit.before),
	};
	ctx.history.record(entry);
	showActionNotice(`Marked done: ${ctx.redact(showLinksAsText(target.text))}`, ctx.history, entry);
	return true;
}

async function undoLineEdit(ctx: ActionContext, file: TFile, line: number, written: string, original: string): Promise<UndoOutcome> {
	if (ctx.app.vault.getFileByPath(file.path) !== file) return { ok: false, message: 'Could not undo: the note is gone.' };
	let result: LineEditResult = { ok: false, reason: 'line-missing' };
	await ctx.app.vault.process(file, (text) => {
		result = replaceIndexedLine(text, { line, raw: written }, original);
		return result.ok ? result.text : text;
	});
	return (result as LineEditResult).ok
		? { ok: true, message: 'Undone: the task is open again.' }
		: { ok: false, message: 'Could not undo: the task line has changed since.' };
}
