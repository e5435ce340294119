/**
 * `relational-organizer explain <vault> <note path>`: what the plugin read from one note and why
 * each of its commitments is in the lists it is in (docs/explain.md). The same core function as the
 * plugin's "Explain this note" modal. Exit 0 for any note in the vault — excluded, template and
 * sync-conflict notes included, which the explanation says they are — and 2, with one line, only
 * when there is no such file in the vault.
 */
import { join } from 'node:path';
import { calendarDateAt } from '../core/dates';
import { deriveOnce } from '../core/derive';
import { buildExclusionReasons } from '../core/exclusion';
import { explainNote, mapExplanationText, redactExplanation } from '../core/explain';
import { redactorForExplanation } from '../core/explain-redactor';
import { showExplanationText } from '../core/explain-text';
import { normalizeVaultPath } from '../core/vault-paths';
import type { Command } from './args';
import { isUnlistedPath, loadVault, NOTE_MAX_BYTES, readExclusionInput, readRegularFile } from './fs-vault';
import { escapeJsonForTerminal, replaceLoneSurrogates, sanitizeTerminalText } from './terminal-text';

/** What the command needs of the CLI's `Io`. */
export interface ExplainIo {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	readonly now: () => Date;
}

/**
 * The vault path of the note as given: `\` as `/`, `./` dropped, `.md` added when the file has none.
 * Undefined when it leaves the vault (`..`) or is empty.
 */
function toNotePath(given: string): string | undefined {
	const path = normalizeVaultPath(given.replace(/^\.[\\/]+/, ''));
	if (path === '' || path.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
	return path;
}

/** Runs the explain command; returns the exit code. Throws Error with a one-line message when there is no such note. */
export function runExplain(command: Extract<Command, { name: 'explain' }>, io: ExplainIo): number {
	const { index, settings, warnings } = loadVault(command.vault, command.configDir, command.configDirGiven === true);
	for (const warning of warnings) io.err(`warning: ${sanitizeTerminalText(warning)}`);
	const given = toNotePath(command.note);
	// The folders the report skips, which Obsidian does not show either.
	if (given !== undefined && isUnlistedPath(given, command.configDir)) {
		throw new Error(`${command.note} is in a hidden folder or the config folder, which Obsidian and the plugin never read`);
	}
	// Only Markdown is a note: `Notes.txt` is looked up as `Notes.txt.md`.
	const candidates = given === undefined ? [] : given.toLowerCase().endsWith('.md') ? [given] : [`${given}.md`];
	let found: { path: string; text: string } | undefined;
	for (const path of candidates) {
		const read = readRegularFile(join(command.vault, path), NOTE_MAX_BYTES);
		if ('text' in read) {
			found = { path, text: read.text };
			break;
		}
		if (read.reason === 'too-large') throw new Error(`${path} is larger than ${NOTE_MAX_BYTES / 1024 / 1024} MB, so the plugin does not read it: split it into smaller notes`);
	}
	if (!found) throw new Error(`no such note in the vault: ${command.note}`);
	const today = command.today ?? calendarDateAt(io.now());
	const exclusion = buildExclusionReasons(readExclusionInput(command.vault, command.configDir, settings))(found.path);
	let explanation = explainNote({ index, path: found.path, text: found.text, today, options: settings, ...(exclusion ? { exclusion } : {}) });
	if (command.redact) {
		const redactor = redactorForExplanation(deriveOnce(index, settings, today), index, explanation, found.text, settings);
		explanation = redactExplanation(explanation, redactor, settings.relationships.flatMap((r) => [r.property, r.reverse]));
	}
	if (command.format === 'json') io.out(escapeJsonForTerminal(JSON.stringify(mapExplanationText(explanation, replaceLoneSurrogates), null, 2)));
	else io.out(showExplanationText(mapExplanationText(explanation, sanitizeTerminalText)));
	return 0;
}
