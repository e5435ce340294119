/**
 * What every pane action needs, passed in as one named object (never the whole plugin): the app,
 * the undo history, today's date and the privacy-mode redaction for what a Notice says.
 */
import type { App } from 'obsidian';
import type { CalendarDate } from '../../core/model';
import type { ActionHistory } from './action-history';

export interface ActionContext {
	readonly app: App;
	readonly history: ActionHistory;
	/** Today's calendar date, read when the action runs. */
	readonly today: () => CalendarDate;
	/** Names in Notices go through this (initials in privacy mode). */
	readonly redact: (text: string) => string;
}
