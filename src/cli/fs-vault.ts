/**
 * Reads a vault folder from disk into the core index, the way the plugin sees it: Markdown files
 * only, skipping the config folder, `.trash`, hidden folders and the excluded/template paths, with
 * the plugin's saved settings.
 *
 * Nothing on disk can hang or stop the run: only regular files are read (a FIFO, a device or a
 * symlink to `/dev/zero` is not), each under a size cap, and a folder or file that cannot be read
 * (EACCES, ENAMETOOLONG, ELOOP…) is skipped and listed under Notes to fix. Excluded folders are
 * never walked.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { buildExclusion, readTemplaterFolder, readTemplatesFolder, TEMPLATER_DATA_PATH, type ExclusionInput } from '../core/exclusion';
import { toParseOptions, type ParseOptions } from '../core/note-parser';
import { buildUnreadNote, NOTE_MAX_BYTES, TOO_LARGE_NOTE_MESSAGE } from '../core/note-size';
import { VaultIndex } from '../core/vault-index';
import { normalizeSettings, type Settings } from '../settings';
import { readNotes, type NoteFile } from './parallel-read';
import { readRegularFile, type ReadFailure } from './read-file';

/** A note or folder that could not be read, for Notes to fix. */
export interface ReadProblem {
	readonly path: string;
	readonly message: string;
}

export interface LoadedVault {
	readonly index: VaultIndex;
	readonly settings: Settings;
	/** Warnings about the saved settings. */
	readonly warnings: readonly string[];
	/** Folders and notes that were skipped because they could not be read. */
	readonly readProblems: readonly ReadProblem[];
}

/** The largest settings file read (`data.json`, `templates.json`): far above any real one. */
export const SETTINGS_MAX_BYTES = 1024 * 1024;
export { NOTE_MAX_BYTES };

export { readRegularFile, type ReadFailure } from './read-file';

/** A settings file's text, or undefined when it is absent or not a readable regular file under the cap. */
export function readSettingsFile(path: string): string | undefined {
	const result = readRegularFile(path, SETTINGS_MAX_BYTES);
	return 'text' in result ? result.text : undefined;
}

/** Reads the plugin's settings from `<vault>/<configDir>/plugins/relational-organizer/data.json`. */
export function readVaultSettings(vault: string, configDir: string): { settings: Settings; warnings: readonly string[] } {
	const result = readRegularFile(join(vault, configDir, 'plugins', 'relational-organizer', 'data.json'), SETTINGS_MAX_BYTES);
	if (!('text' in result)) {
		// Say why: "unreadable" would send someone looking for a typo in a file that is only too big.
		if (result.reason === 'too-large') return { settings: normalizeSettings(undefined).settings, warnings: ['Saved settings are over 1 MB, more than any real data.json; using the defaults.'] };
		return normalizeSettings(result.reason === 'missing' ? undefined : 'unreadable');
	}
	try {
		return normalizeSettings(JSON.parse(result.text) as unknown);
	} catch {
		return normalizeSettings('unreadable');
	}
}

function describeFailure(kind: 'folder' | 'note', failure: ReadFailure): string {
	if (failure.reason === 'too-large') return TOO_LARGE_NOTE_MESSAGE;
	if (failure.reason === 'error' && failure.code === 'EACCES') return `This ${kind} could not be read (permission denied): check its permissions.`;
	if (failure.reason === 'error' && failure.code === 'ENAMETOOLONG') return `This ${kind} could not be read (its path is too long): move it higher up or shorten its name.`;
	return `This ${kind} could not be read (${failure.reason === 'error' ? failure.code : failure.reason}) and was skipped.`;
}

/** The real path of a folder, or undefined when it is not one (or cannot be resolved). */
function realFolder(path: string): string | undefined {
	try {
		const real = realpathSync(path);
		return statSync(real).isDirectory() ? real : undefined;
	} catch {
		return undefined;
	}
}

/**
 * True for a vault path the listing never reaches: one in or under a hidden file or folder, or
 * in the config folder (the walk below skips them entry by entry), so `explain` refuses it too.
 */
export function isUnlistedPath(path: string, configDir: string): boolean {
	return path.split('/').some((segment) => segment.startsWith('.')) || path === configDir || path.startsWith(`${configDir}/`);
}

/** True when one folder is the other or holds it. */
function overlaps(a: string, b: string): boolean {
	const isIn = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);
	return isIn(a, b) || isIn(b, a);
}

/**
 * Every Markdown file under `root` as vault-relative `/` paths, sorted: hidden folders, the config
 * folder and folders `skip` accepts are not walked; folders that cannot be listed go to `problems`.
 */
export function listMarkdownFiles(root: string, configDir: string, skip: (path: string) => boolean = () => false, problems: ReadProblem[] = []): string[] {
	return listNoteFiles(root, configDir, skip, problems).map((file) => file.path);
}

/** {@link listMarkdownFiles}, with whether the listing saw a regular file (so reading it needs no second look). */
function listNoteFiles(root: string, configDir: string, skip: (path: string) => boolean, problems: ReadProblem[]): NoteFile[] {
	const out: NoteFile[] = [];
	// Folders linked in are followed as Obsidian follows them: only a target outside the vault that
	// overlaps no other followed target (a link into the vault, above it or into a followed folder is
	// ignored), so nothing is read twice and no link loop is walked.
	const followed: string[] = [realFolder(root) ?? resolve(root)];
	/** True, once, for the real folder a link points to when it overlaps no folder followed yet. */
	const follow = (target: string): boolean => {
		if (followed.some((folder) => overlaps(folder, target))) return false;
		followed.push(target);
		return true;
	};
	const walk = (relative: string): void => {
		let entries;
		try {
			// In name order, so which of two overlapping links is followed does not depend on the file system.
			entries = readdirSync(join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		} catch (error) {
			problems.push({ path: relative, message: describeFailure('folder', { reason: 'error', code: (error as NodeJS.ErrnoException).code ?? 'EIO' }) });
			return;
		}
		for (const entry of entries) {
			const path = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.name.startsWith('.') || path === configDir) continue;
			// A folder's exclusion is tested as a path inside it.
			const linkedFolder = entry.isSymbolicLink() ? realFolder(join(root, path)) : undefined;
			if (entry.isDirectory()) {
				if (!skip(`${path}/x.md`)) walk(path);
			} else if (linkedFolder !== undefined && !skip(`${path}/x.md`) && follow(linkedFolder)) {
				walk(path);
			} else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.md')) out.push({ path, regular: entry.isFile() });
		}
	};
	walk('');
	return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Loads a vault folder. Throws an Error with a one-line message when it is missing or a file, or
 * when `requireConfigDir` is set and `<vault>/<configDir>` is not a folder.
 */
export function loadVault(vault: string, configDir: string, requireConfigDir = false): LoadedVault {
	let stat;
	try {
		stat = statSync(vault);
	} catch {
		throw new Error(`no such folder: ${vault}`);
	}
	if (!stat.isDirectory()) throw new Error(`not a folder (it is a file): ${vault}`);
	if (requireConfigDir) {
		let config;
		try {
			config = statSync(join(vault, configDir));
		} catch {
			throw new Error(`no config folder "${configDir}" in ${vault} (check --config-dir)`);
		}
		if (!config.isDirectory()) throw new Error(`the config folder "${configDir}" in ${vault} is not a folder (check --config-dir)`);
	}
	const { settings, warnings } = readVaultSettings(vault, configDir);
	return { ...indexVaultFolder(vault, configDir, settings), settings, warnings };
}

/** What the exclusion rules read for a vault: the settings, its Templates folder and Templater's. */
export function readExclusionInput(vault: string, configDir: string, settings: Settings): ExclusionInput {
	return {
		...settings,
		templatesFolder: readTemplatesFolder(readSettingsFile(join(vault, configDir, 'templates.json'))),
		templaterFolder: readTemplaterFolder(readSettingsFile(join(vault, configDir, ...TEMPLATER_DATA_PATH.split('/')))),
	};
}

/**
 * Indexes a vault folder's notes with the given settings. Excluded and template files (settings,
 * the core Templates folder, Templater's `templates_folder`) are known by path only, never read, so
 * a link to an excluded person note still resolves to it (DESIGN §2).
 */
export function indexVaultFolder(vault: string, configDir: string, settings: Settings): { index: VaultIndex; readProblems: ReadProblem[] } {
	const isExcluded = buildExclusion(readExclusionInput(vault, configDir, settings));
	const index = new VaultIndex();
	const walkProblems: ReadProblem[] = [];
	const readProblems: ReadProblem[] = [];
	// Excluded folders are walked for their file names only; a folder there that cannot be listed is no problem.
	// Excluded notes go into the index in their place in path order, between the notes read.
	const files = listNoteFiles(vault, configDir, () => false, walkProblems);
	// The facts are copied out of the texts (the parser's default), so each text dies young: a text
	// a fact kept alive was copied by every young-generation collection it lived through. Measured
	// on the bench's 10k vault, alternated runs: 0.85–0.99 s and 171–178 MB peak against 0.94–1.06 s
	// and 209–216 MB when the texts were kept (cheaper only while a batch was one large string).
	const options: ParseOptions = toParseOptions(settings);
	let cursor = 0;
	const addExcludedBefore = (path: string | undefined): void => {
		for (; cursor < files.length && files[cursor].path !== path; cursor++) index.upsertUnread(files[cursor].path);
		cursor++;
	};
	readNotes(vault, files.filter((file) => !isExcluded(file.path)), options, (outcome) => {
		addExcludedBefore(outcome.path);
		if ('facts' in outcome) index.upsert(outcome.facts);
		// A symlink to something that is not a file (a folder, a device) is not a note; anything else
		// unreadable is known by its name and listed under Notes to fix through the index, as a note
		// too large to read is, so its name is redacted like every other note's.
		else if (outcome.failure.reason !== 'not-a-file' && outcome.failure.reason !== 'missing') index.upsert(buildUnreadNote(outcome.path, describeFailure('note', outcome.failure)));
	});
	addExcludedBefore(undefined);
	readProblems.unshift(...walkProblems.filter((problem) => !isExcluded(`${problem.path}/x.md`)));
	return { index, readProblems };
}
