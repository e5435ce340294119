/**
 * What the dashboard can ask the plugin to do, and the place of the item an action came from. The
 * pane renders a shown (maybe redacted) model; an action names its item by place, so the caller
 * maps it back to the real item (`item-at-origin.ts`).
 */
import type { PaneType } from 'obsidian';
import type { CommitmentRef, PersonRef } from '../core/follow-ups';

/** Where an item was, so focus can move to the item that takes its place after an action. */
export interface ItemOrigin {
	readonly section: string;
	readonly index: number;
}

/** A person with a note (only those can get property actions). */
export type NotedPerson = PersonRef & { readonly path: string };

/** What the dashboard can ask the plugin to do. Optional actions are offered only when given. */
export interface DashboardActions {
	/**
	 * Opens a note, at a 1-based line when given (`raw`: that line's text when indexed, to find it
	 * if it moved); in a new tab or split as `Keymap.isModEvent` says.
	 */
	readonly openNote: (path: string, line?: number, newLeaf?: PaneType | boolean, raw?: string) => void;
	readonly markDone?: (commitment: CommitmentRef, origin: ItemOrigin) => void;
	readonly logContact?: (person: NotedPerson, origin: ItemOrigin) => void;
	readonly snooze?: (person: NotedPerson, origin: ItemOrigin) => void;
	/** Creates and opens today's 1-on-1 with the person. */
	readonly logOneOnOne?: (person: PersonRef, origin: ItemOrigin) => void;
	/** Creates the note of a person who has none. */
	readonly createNote?: (person: PersonRef, origin: ItemOrigin) => void;
	/** Remembers a section's collapsed state. */
	readonly toggleSection?: (id: string, collapsed: boolean) => void;
	/** Shows the next page of a section. */
	readonly showMore?: (id: string) => void;
	readonly refresh?: () => void;
	readonly togglePrivacy?: () => void;
	/** Present only when the app can open this plugin's settings tab. */
	readonly openSettings?: () => void;
	/** First run: "New person" and "New 1-on-1", when those commands exist. */
	readonly newPerson?: () => void;
	readonly newOneOnOne?: () => void;
	/** Opens "Explain this note" for a note (each Notes to fix item offers it). */
	readonly explainNote?: (path: string) => void;
	/** First run, "Your name" empty: saves the name the user confirmed. */
	readonly saveYourName?: (name: string) => void;
	/** First run: "Not now" on the name prompt (remembered). */
	readonly dismissNamePrompt?: () => void;
}
