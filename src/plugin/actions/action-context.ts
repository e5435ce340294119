/**
 * What every pane action needs, passed in as one named object (never the whole plugin): the app,
 * the undo history, today's date, the privacy-mode redaction for what a Notice says, and the lookup
 * of a listed note that follows renames.
 */
import type { App, TFile } from 'obsidian';
import type { CalendarDate } from '../../core/model';
import type { ActionHistory } from './action-history';

export interface ActionContext {
	readonly app: App;
	readonly history: ActionHistory;
	/** Today's calendar date, read when the action runs. */
	readonly today: () => CalendarDate;
	/** Names in Notices go through this (initials in privacy mode). */
	readonly redact: (text: string) => string;
	/** The note at a listed path, or where it went if it was renamed since; null when it is gone. */
	readonly findFile: (path: string) => TFile | null;
}
