/**
 * Undo of a note an action created (Log 1-on-1, Create note): the note goes to the trash through
 * `fileManager.trashFile` (the user's trash setting decides where), and only if it is exactly as the
 * action wrote it (DESIGN §4). Anything typed into it since makes undo refuse.
 */
import type { TFile } from 'obsidian';
import type { ActionContext } from './action-context';
import type { UndoEntry } from './action-history';

/** An undo entry for `file`, created by an action with the text `written`. */
export function undoCreatedNote(ctx: ActionContext, file: TFile, written: string, label: string): UndoEntry {
	return {
		label,
		undo: async () => {
			if (ctx.app.vault.getFileByPath(file.path) !== file) return { ok: false, message: 'Could not undo: the note is gone or was moved.' };
			const now = await ctx.app.vault.read(file);
			if (now !== written) return { ok: false, message: 'Could not undo: the new note has changed since, so it stays.' };
			await ctx.app.fileManager.trashFile(file);
			return { ok: true, message: 'Undone: the new note is in the trash.' };
		},
	};
}
