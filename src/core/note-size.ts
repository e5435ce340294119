/**
 * The size cap on notes, shared by the plugin and the CLI: a note over it is not read (a huge file
 * would stall the index and use memory without bound) and is listed under Notes to fix instead.
 */
import type { NoteFacts } from './model';
import { basenameOf } from './vault-paths';

/** The largest note read: 16 MB, far above the longest organizer's running log. */
export const NOTE_MAX_BYTES = 16 * 1024 * 1024;

/** The Notes-to-fix message for a note over {@link NOTE_MAX_BYTES}. */
export const TOO_LARGE_NOTE_MESSAGE = `This note is larger than ${NOTE_MAX_BYTES / 1024 / 1024} MB and was not read: split it into smaller notes.`;

/**
 * The facts of a note that was too large to read: known by its name only (no kind, properties or
 * tasks, since none were read), with the one problem that lists it under Notes to fix.
 */
export function buildTooLargeNote(path: string): NoteFacts {
	return buildUnreadNote(path, TOO_LARGE_NOTE_MESSAGE);
}

/**
 * The facts of a note that could not be read (too large, permission denied, an I/O error): known
 * by its name only, with `message` as the one problem that lists it under Notes to fix. Being in
 * the index, its file name is a name to redact like any other note's (a note in the people folder
 * is named after its person).
 */
export function buildUnreadNote(path: string, message: string): NoteFacts {
	const basename = basenameOf(path);
	return {
		path, basename, kind: 'other', properties: {}, aliases: [], headings: [], commitments: [], links: [], inlineFields: [],
		problems: [{ message }],
		parsePath: 'fast',
	};
}
