/**
 * The `relational-organizer` command: the same core as the plugin, headless. Exit 0 on success,
 * 2 with one line on usage errors.
 */
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { calendarDateAt } from '../core/dates';
import { deriveOnce } from '../core/derive';
import { redactModel, showModel, type NameMatcher } from '../core/redact';
import { toReportJson } from '../core/report-json';
import { version } from '../../package.json';
import { parseArgs, USAGE, type Command } from './args';
import { readPluginFiles, writeDemoVault } from './demo-vault';
import { formatMarkdown, formatText } from './format-report';
import { runChart } from './chart-command';
import { runExplain } from './explain-command';
import { runGraph } from './graph-command';
import { escapeJsonForTerminal, mapStrings, replaceLoneSurrogates, sanitizeTerminalText } from './terminal-text';
import { loadVault } from './fs-vault';
import { startReadWorkerIfAsked } from './parallel-read';

/** Where the output goes; injectable for tests. */
export interface Io {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	readonly isTty: boolean;
	/** The instant "today" is taken from when `--today` is absent. */
	readonly now: () => Date;
	/** The package root holding the built main.js, manifest.json, styles.css. */
	readonly packageRoot: string;
}

function runReport(command: Extract<Command, { name: 'report' }>, io: Io): number {
	const { index, settings, warnings, readProblems } = loadVault(command.vault, command.configDir, command.configDirGiven === true);
	const today = command.today ?? calendarDateAt(io.now());
	const derived = deriveOnce(index, settings, today);
	const matcher: NameMatcher | undefined = command.redact ? derived.redactor : undefined;
	const show = (text: string): string => (matcher ? matcher.redact(text) : text);
	try {
		for (const warning of warnings) io.err(`warning: ${sanitizeTerminalText(show(warning))}`);
		let model = derived.followUps;
		if (readProblems.length > 0) {
			// Folders and files that could not be read are Notes to fix too, in the same path order.
			const problems = [...model.problems, ...readProblems].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
			model = { ...model, problems };
		}
		// One redaction step, on the model, before any formatting: no escaping can split a name.
		const raw = toReportJson((matcher ? redactModel(model, matcher) : showModel(model)).model);
		let organizingNotes = 0;
		for (const note of index.notes()) if (note.kind !== 'other') organizingNotes++;
		if (command.format === 'json') {
			io.out(formatJson(raw));
			return 0;
		}
		const report = mapStrings(raw, replaceLoneSurrogates);
		const output =
			command.format === 'markdown'
					? formatMarkdown(report, { organizingNotes })
					: formatText(mapStrings(report, sanitizeTerminalText), io.isTty && !command.redact, { organizingNotes });
		io.out(output);
		return 0;
	} catch (error) {
		throw new ShownError(show(describeError(error)));
	}
}

/**
 * The report as JSON with every lone surrogate replaced by U+FFFD. JSON.stringify writes a lone
 * surrogate as a `\\udXXX` escape (and a pair as itself), so a text without such an escape has none,
 * and the walk over every string of a large report is only made when one may be there.
 */
function formatJson(report: unknown): string {
	const text = JSON.stringify(report, null, 2);
	return escapeJsonForTerminal(/\\u[dD][89a-fA-F]/.test(text) ? JSON.stringify(mapStrings(report, replaceLoneSurrogates), null, 2) : text);
}

/** An error whose message is already fit to print (redacted when it has to be). */
class ShownError extends Error {}

function describeError(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * An error message for `--redact` when no names could be redacted in it (the vault was not read, or
 * the error is about a path given on the command line): a file-system error names a path
 * (`People/Dmitri Ivanov files`), so only its code is kept; the paths given are hidden.
 */
function describeErrorWithoutPaths(error: unknown, paths: readonly string[]): string {
	const code = (error as { code?: unknown } | undefined)?.code;
	if (typeof code === 'string') return `${code}: could not read a file or folder of the vault (its path is hidden by --redact)`;
	let message = describeError(error);
	// Longest first, so a path inside another (the vault in the output file's path) does not split it.
	for (const path of [...paths].filter((p) => p !== '').sort((a, b) => b.length - a.length)) message = message.split(path).join('…');
	return message.replace(/'[^']*'|"[^"]*"/g, "'…'");
}

/** The paths a command was given, as its error messages may show them. */
function givenPaths(command: Command): string[] {
	if (command.name === 'help' || command.name === 'version' || command.name === 'demo') return [];
	const paths = [command.vault];
	if (command.name === 'graph' && command.out !== undefined) paths.push(command.out);
	if (command.name === 'explain') paths.push(command.note, command.note.replace(/^\.[\\/]+/, ''));
	return paths;
}

/** Runs the CLI with arguments; returns the exit code. */
export function runCli(argv: readonly string[], io: Io): number {
	const parsed = parseArgs(argv);
	if (!parsed.ok) {
		io.err(`relational-organizer: ${parsed.error.split('\n').map(sanitizeTerminalText).join('\n')}`);
		return 2;
	}
	const { command } = parsed;
	try {
		if (command.name === 'help') {
			io.out(USAGE);
			return 0;
		}
		if (command.name === 'version') {
			io.out(`relational-organizer ${version}`);
			return 0;
		}
		if (command.name === 'report') return runReport(command, io);
		if (command.name === 'graph') return runGraph(command, io);
		if (command.name === 'chart') return runChart(command, io);
		if (command.name === 'explain') return runExplain(command, io);
		const today = command.today ?? calendarDateAt(io.now());
		const written = writeDemoVault(command.dir, today, readPluginFiles(io.packageRoot));
		io.out(`Wrote a demo vault of ${written.filter((p) => p.endsWith('.md')).length} notes to ${sanitizeTerminalText(command.dir)} (plugin installed and enabled).`);
		return 0;
	} catch (error) {
		const message =
			error instanceof ShownError || !('redact' in command) || !command.redact
				? describeError(error)
				: describeErrorWithoutPaths(error, givenPaths(command));
		io.err(`relational-organizer: ${sanitizeTerminalText(message)}`);
		return 2;
	}
}

/** True when this module is the program: run directly, or through a symlink (`npm link`, npx's `.bin`). */
function isEntryPoint(): boolean {
	const script = process.argv[1];
	if (typeof script !== 'string') return false;
	try {
		return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
	} catch {
		return false;
	}
}

// The same bundle is the program and its read workers (parallel-read.ts); a worker runs no command.
const isEntry = !startReadWorkerIfAsked() && isEntryPoint();
if (isEntry) {
	// `report … | head` closes the pipe early: that is the reader's choice, not an error to trace.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		// A full disk or a closed descriptor: one line, as for any other failure (the message names no note).
		process.stderr.write(`relational-organizer: could not write the output (${sanitizeTerminalText(error.message)})\n`);
		process.exit(2);
	});
	process.exitCode = runCli(process.argv.slice(2), {
		out: (text) => process.stdout.write(`${text}\n`),
		err: (text) => process.stderr.write(`${text}\n`),
		isTty: process.stdout.isTTY === true && !process.env.NO_COLOR,
		now: () => new Date(),
		packageRoot: resolve(dirname(realpathSync(fileURLToPath(import.meta.url))), '..'),
	});
}
