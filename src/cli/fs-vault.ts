/**
 * Reads a vault folder from disk into the core index, the way the plugin sees it: Markdown files
 * only, skipping the config folder, `.trash`, hidden folders and the excluded/template paths, with
 * the plugin's saved settings.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildExclusion, readTemplaterFolder, readTemplatesFolder, TEMPLATER_DATA_PATH } from '../core/exclusion';
import { parseNote, toParseOptions } from '../core/note-parser';
import { VaultIndex } from '../core/vault-index';
import { normalizeSettings, type Settings } from '../settings';

export interface LoadedVault {
	readonly index: VaultIndex;
	readonly settings: Settings;
	/** Warnings about the saved settings. */
	readonly warnings: readonly string[];
}

function readOptional(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

/** Reads the plugin's settings from `<vault>/<configDir>/plugins/relational-organizer/data.json`. */
export function readVaultSettings(vault: string, configDir: string): { settings: Settings; warnings: readonly string[] } {
	const text = readOptional(join(vault, configDir, 'plugins', 'relational-organizer', 'data.json'));
	if (text === undefined) return normalizeSettings(undefined);
	try {
		return normalizeSettings(JSON.parse(text) as unknown);
	} catch {
		return normalizeSettings('unreadable');
	}
}

/** Every Markdown file under `root` as vault-relative `/` paths, hidden folders skipped, sorted. */
export function listMarkdownFiles(root: string, configDir: string): string[] {
	const out: string[] = [];
	const walk = (relative: string): void => {
		const entries = readdirSync(join(root, relative), { withFileTypes: true });
		for (const entry of entries) {
			const path = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.name.startsWith('.') || path === configDir) continue;
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(path);
		}
	};
	walk('');
	return out.sort();
}

/** Loads a vault folder. Throws an Error with a one-line message when it is not a folder. */
export function loadVault(vault: string, configDir: string): LoadedVault {
	if (!existsSync(vault) || !statSync(vault).isDirectory()) throw new Error(`not a vault folder: ${vault}`);
	const { settings, warnings } = readVaultSettings(vault, configDir);
	return { index: indexVaultFolder(vault, configDir, settings), settings, warnings };
}

/**
 * Indexes a vault folder's notes with the given settings: excluded and template files (settings,
 * the core Templates folder, Templater's folder) are known by path only, never read.
 */
export function indexVaultFolder(vault: string, configDir: string, settings: Settings): VaultIndex {
	const isExcluded = buildExclusion({
		...settings,
		templatesFolder: readTemplatesFolder(readOptional(join(vault, configDir, 'templates.json'))),
		templaterFolder: readTemplaterFolder(readOptional(join(vault, configDir, ...TEMPLATER_DATA_PATH.split('/')))),
	});
	const options = toParseOptions(settings);
	const index = new VaultIndex();
	for (const path of listMarkdownFiles(vault, configDir)) {
		if (isExcluded(path)) {
			index.upsertUnread(path);
			continue;
		}
		const text = readOptional(join(vault, path));
		if (text !== undefined) index.upsert(parseNote(path, text, options));
	}
	return index;
}
