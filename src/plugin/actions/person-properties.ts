/**
 * "Log contact" and "Snooze" (DESIGN §4): one property of a person note set through
 * `fileManager.processFrontMatter` (the body stays byte for byte), with a Notice offering Undo. Undo
 * gives the property its previous value back, or removes it if it was absent; it refuses when the
 * property no longer holds what the action wrote (the user changed it since).
 */
import { TFile } from 'obsidian';
import type { CalendarDate } from '../../core/model';
import type { ActionContext } from './action-context';
import type { UndoEntry, UndoOutcome } from './action-history';
import { showActionNotice } from './action-notice';

/** A person with a note, as the dashboard model carries them. */
export interface PersonTarget {
	readonly name: string;
	readonly path: string;
}

/** What a property held before an edit: its value, or its absence. */
export type Previous = { readonly present: false } | { readonly present: true; readonly value: unknown };

/** Obsidian may hand a date property back as a string or a Date-less YAML scalar: compare as text. */
function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
}

/**
 * The key of `frontmatter` that the plugin reads as `key`: keys are read in any case (the first of
 * two that differ only in case wins, `core/frontmatter.ts`), so `Last-Contact:` is `last-contact`.
 * Writing `key` beside it would add a second key that is never read.
 */
function findKey(frontmatter: Record<string, unknown>, key: string): string {
	return Object.keys(frontmatter).find((existing) => existing.trim().toLowerCase() === key) ?? key;
}

/**
 * The edit Log contact and Snooze make inside `processFrontMatter`: `key` (as the note spells it)
 * set to `value`, nothing else touched. Returns what the key held before, for Undo.
 */
export function setFrontMatterValue(frontmatter: Record<string, unknown>, key: string, value: unknown): Previous {
	const at = findKey(frontmatter, key);
	const previous: Previous = at in frontmatter ? { present: true, value: frontmatter[at] } : { present: false };
	frontmatter[at] = value;
	return previous;
}

/**
 * Undo's edit inside `processFrontMatter`: `key` back to its previous value or its absence, only
 * while it still holds what the action wrote. Returns false, touching nothing, when it does not.
 */
export function restoreFrontMatterValue(frontmatter: Record<string, unknown>, key: string, written: unknown, previous: Previous): boolean {
	const at = findKey(frontmatter, key);
	if (!(at in frontmatter) || !sameValue(frontmatter[at], written)) return false;
	if (previous.present) frontmatter[at] = previous.value;
	else delete frontmatter[at];
	return true;
}

/** What a property action says: when it sets the value, and when the note already held it. */
interface PropertyMessages {
	readonly changed: string;
	readonly unchanged: string;
}

async function setProperty(ctx: ActionContext, person: PersonTarget, key: string, value: CalendarDate, messages: PropertyMessages, label: string): Promise<boolean> {
	const file = ctx.findFile(person.path);
	if (!(file instanceof TFile)) {
		showActionNotice(`${ctx.redact(person.name)}'s note is gone, so nothing was changed.`);
		return false;
	}
	let previous: Previous = { present: false };
	let unchanged = false;
	try {
		await ctx.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			const at = findKey(frontmatter, key);
			unchanged = at in frontmatter && sameValue(frontmatter[at], value);
			if (!unchanged) previous = setFrontMatterValue(frontmatter, key, value);
		});
	} catch {
		showActionNotice(`Could not change ${ctx.redact(person.name)}'s properties: fix the note's front matter first.`);
		return false;
	}
	// The note already said so: nothing to undo (an entry would make "Undo last action" skip the
	// action before it), and nothing changed for the pane to redraw, so the row must not wait for it.
	if (unchanged) {
		showActionNotice(messages.unchanged);
		return false;
	}
	const before = previous as Previous;
	const entry: UndoEntry = { label, undo: () => undoProperty(ctx, file, key, value, before) };
	ctx.history.record(entry);
	showActionNotice(messages.changed, ctx.history, entry);
	return true;
}

async function undoProperty(ctx: ActionContext, file: TFile, key: string, written: unknown, previous: Previous): Promise<UndoOutcome> {
	if (ctx.app.vault.getFileByPath(file.path) !== file) return { ok: false, message: 'Could not undo: the note is gone.' };
	let changed = false;
	try {
		await ctx.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			changed = !restoreFrontMatterValue(frontmatter, key, written, previous);
		});
	} catch {
		changed = true;
	}
	return changed
		? { ok: false, message: `Could not undo: ${key} has changed since.` }
		: { ok: true, message: `Undone: ${key} is back as it was.` };
}

/** Sets `last-contact: today` on the person's note; true when the note changed (false when it already said today). */
export function logContact(ctx: ActionContext, person: PersonTarget): Promise<boolean> {
	const today = ctx.today();
	const name = ctx.redact(person.name);
	return setProperty(ctx, person, 'last-contact', today, { changed: `Logged contact with ${name} today.`, unchanged: `Contact with ${name} is already logged today.` }, 'logged contact');
}

/** Sets `next-contact: date` on the person's note; true when the note changed (false when it already held that date). */
export function snoozeUntil(ctx: ActionContext, person: PersonTarget, date: CalendarDate): Promise<boolean> {
	const name = ctx.redact(person.name);
	return setProperty(ctx, person, 'next-contact', date, { changed: `Next check-in with ${name}: ${date}.`, unchanged: `The next check-in with ${name} is already ${date}.` }, 'snoozed');
}
