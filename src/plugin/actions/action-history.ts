/**
 * The actions the pane made, newest last, so the newest can be undone from its Notice or from the
 * "Undo last action" command. Owned by the plugin (not a view), kept in memory only: an undo after
 * a reload would act on a note the user may have changed in between in any way.
 */

/** How an undo went: done, or refused with a sentence for the Notice. */
export type UndoOutcome = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly message: string };

/** One undoable action. */
export interface UndoEntry {
	/** What undo restores, for the Notice ("Marked done" → "Undid: marked done"). */
	readonly label: string;
	/** Reverts the action, or refuses when the note changed since. */
	undo(): Promise<UndoOutcome>;
}

/** The last few undoable actions. */
export class ActionHistory {
	private readonly entries: UndoEntry[] = [];

	constructor(private readonly limit = 20) {}

	/** Remembers an action as the newest. */
	record(entry: UndoEntry): void {
		this.entries.push(entry);
		if (this.entries.length > this.limit) this.entries.shift();
	}

	/** True when there is something to undo. */
	hasEntries(): boolean {
		return this.entries.length > 0;
	}

	/**
	 * Undoes `entry` (the newest when omitted) and forgets it, whether or not it could be undone: a
	 * refusal means the note moved on, and trying again would not help.
	 */
	async undo(entry?: UndoEntry): Promise<UndoOutcome | undefined> {
		const target = entry ?? this.entries[this.entries.length - 1];
		if (!target) return undefined;
		const at = this.entries.indexOf(target);
		if (at < 0) return { ok: false, message: 'That action was already undone.' };
		this.entries.splice(at, 1);
		return target.undo();
	}
}
