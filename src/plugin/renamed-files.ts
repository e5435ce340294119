/**
 * Where recently renamed notes went, so that a view still listing a note under its old path (it
 * re-renders once edits settle) acts on the note where it now is, as a link in Obsidian follows a
 * rename. `Vault.on('rename', (file, oldPath))` hands over the renamed file itself: Obsidian keeps
 * one `TFile` per file and updates its `path`, so a chain of moves needs no chain here.
 */
import type { TFile, Vault } from 'obsidian';

/** Old paths remembered at most (a folder renamed moves each of its notes). */
const MAX_REMEMBERED = 1000;

/** Old path → the file that was there, for the notes renamed while this vault was open. */
export class RenamedFiles {
	private readonly moved = new Map<string, TFile>();

	constructor(private readonly vault: Vault) {}

	/** Remembers that the note at `oldPath` is `file` now. */
	record(oldPath: string, file: TFile): void {
		this.moved.delete(oldPath);
		this.moved.set(oldPath, file);
		if (this.moved.size > MAX_REMEMBERED) this.moved.delete(this.moved.keys().next().value as string);
	}

	/**
	 * The note at `path`, or, when none is there, the note that was there until it was renamed,
	 * if it still exists; null when neither.
	 */
	find(path: string): TFile | null {
		const here = this.vault.getFileByPath(path);
		if (here) return here;
		const moved = this.moved.get(path);
		return moved !== undefined && this.vault.getFileByPath(moved.path) === moved ? moved : null;
	}
}
