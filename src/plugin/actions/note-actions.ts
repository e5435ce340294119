/**
 * "Log 1-on-1" and "Create note" from the pane (DESIGN §4), through the one note-creation module the
 * commands use (`../note-creation.ts`: path, collision suffix, template). Each offers Undo: the new
 * note goes to the trash, only while it is unchanged. For a person without a note, Log contact and
 * Snooze first create their note (after asking), then set the property on it.
 */
import type { PersonRef } from '../../core/follow-ups';
import { createOneOnOne, createPersonNote, type NoteCreationDeps, type NoteCreationSettings } from '../note-creation';
import type { ActionContext } from './action-context';
import { showActionNotice } from './action-notice';
import { undoCreatedNote } from './created-note-undo';
import type { PersonTarget } from './person-properties';

/** What creating notes from the pane needs. */
export interface NoteActionDeps {
	readonly settings: () => NoteCreationSettings;
	readonly creation: NoteCreationDeps;
}

/** Creates (and opens) today's 1-on-1 with the person; Undo trashes it while unchanged. */
export async function logOneOnOne(ctx: ActionContext, deps: NoteActionDeps, person: PersonRef): Promise<boolean> {
	const target = person.path ? { kind: 'note' as const, path: person.path } : { kind: 'unresolved' as const, name: person.name };
	const file = await createOneOnOne(ctx.app, deps.settings(), deps.creation, [target]);
	if (!file) return false;
	const entry = undoCreatedNote(ctx, file, await ctx.app.vault.read(file), 'logged a 1-on-1');
	ctx.history.record(entry);
	showActionNotice(`New 1-on-1 with ${ctx.redact(person.name)}.`, ctx.history, entry);
	return true;
}

/**
 * Creates the person's note in the people folder (sanitized name, never over an existing note);
 * returns the person with their note, or undefined. With `announce`, a Notice offers Undo.
 */
export async function createNoteFor(ctx: ActionContext, deps: NoteActionDeps, person: PersonRef, announce = true): Promise<PersonTarget | undefined> {
	const result = await createPersonNote(ctx.app, deps.settings(), deps.creation, person.name, { open: false });
	if (!result) return undefined;
	if (result.created && announce) {
		const entry = undoCreatedNote(ctx, result.file, await ctx.app.vault.read(result.file), 'created a note');
		ctx.history.record(entry);
		showActionNotice(`Created a note for ${ctx.redact(person.name)}.`, ctx.history, entry);
	}
	return { name: person.name, path: result.file.path };
}

