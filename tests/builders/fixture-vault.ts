/**
 * Test helpers: read a fixture vault folder into a core index, the way the CLI does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexVaultFolder, listMarkdownFiles } from '../../src/cli/fs-vault';
import { parseNote, toParseOptions } from '../../src/core/note-parser';
import { VaultIndex } from '../../src/core/vault-index';
import type { Settings } from '../../src/settings';

/**
 * Indexes every Markdown file of a folder. With settings, as the CLI does (exclusions, Templates and
 * Templater folders from `.obsidian`, folder-implied types); without, every file as it stands.
 */
export function indexFolder(folder: string, settings?: Settings): VaultIndex {
	if (settings) return indexVaultFolder(folder, '.obsidian', settings).index;
	const index = new VaultIndex();
	for (const path of listMarkdownFiles(folder, '.obsidian')) {
		const text = readFileSync(join(folder, path), 'utf8');
		index.upsert(parseNote(path, text));
	}
	return index;
}

/** Indexes notes given as path → text. */
export function indexNotes(notes: Readonly<Record<string, string>>, settings?: Settings): VaultIndex {
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(notes)) {
		index.upsert(parseNote(path, text, settings ? toParseOptions(settings) : undefined));
	}
	return index;
}
