/**
 * "Notes to fix" (DESIGN §3): each note's own parse problems, plus what only the vault-level view
 * can tell — an unknown `type` inside the people or 1-on-1 folders, and likely sync-conflict copies
 * of organizing notes.
 */
import type { NoteFacts } from './model';
import { isSyncConflictCopy } from './sync-conflict';
import { isInOrganizingFolder } from './vault-paths';

/** One entry under "Notes to fix". */
export interface NoteProblem {
	readonly path: string;
	readonly message: string;
	readonly line?: number;
}

/** The folders that hold organizing notes. */
export interface OrganizingFolders {
	/** Vault folder of person notes ('' = the vault root). */
	readonly peopleFolder: string;
	/** Vault folder of 1-on-1 notes ('' = the vault root). */
	readonly oneOnOneFolder: string;
}


/**
 * True when a note could be listed under "Notes to fix" for some choice of folders: it has parse
 * problems, a `type` we do not know, or a sync-conflict name. The index keeps these few notes in a
 * set, so listing problems never walks the whole vault.
 */
export function mayHaveProblems(note: NoteFacts): boolean {
	return note.problems.length > 0 || (note.kind === 'other' && note.typeValue !== undefined) || isSyncConflictCopy(note.basename);
}

function isOrganizingNote(note: NoteFacts, folders: OrganizingFolders): boolean {
	return (
		note.kind !== 'other' ||
		isInOrganizingFolder(note.path, folders.peopleFolder) ||
		isInOrganizingFolder(note.path, folders.oneOnOneFolder)
	);
}

/** Problems of one note, in line order. */
export function findNoteProblems(note: NoteFacts, folders: OrganizingFolders): NoteProblem[] {
	const out: NoteProblem[] = note.problems.map((p) =>
		p.line === undefined ? { path: note.path, message: p.message } : { path: note.path, message: p.message, line: p.line },
	);
	const inOrganizingFolder = isInOrganizingFolder(note.path, folders.peopleFolder) || isInOrganizingFolder(note.path, folders.oneOnOneFolder);
	if (inOrganizingFolder && note.kind === 'other' && note.typeValue !== undefined) {
		out.push({
			path: note.path,
			message: `The type "${note.typeValue}" is not one this plugin reads, so the note is ignored: set type to person or one-on-one, or move the note out of this folder.`,
		});
	}
	if (isSyncConflictCopy(note.basename) && isOrganizingNote(note, folders)) {
		out.push({ path: note.path, message: 'This looks like a copy a sync tool made when two edits clashed; it is not counted anywhere. Copy what is new in it into the original note, then delete it.' });
	}
	return out;
}

/**
 * Every problem in the given notes, sorted by path and line. Pass the index's
 * `notesThatMayHaveProblems()`: any other note has none.
 */
export function collectProblems(notes: Iterable<NoteFacts>, folders: OrganizingFolders): NoteProblem[] {
	const out: NoteProblem[] = [];
	for (const note of notes) out.push(...findNoteProblems(note, folders));
	return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
