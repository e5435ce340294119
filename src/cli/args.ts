/**
 * Command-line parsing for `relational-organizer`. Usage errors are values, not exceptions, so the
 * entry point can print one line and exit 2.
 */
import { isCalendarDate } from '../core/dates';
import { normalizeVaultPath } from '../core/vault-paths';

export type Format = 'text' | 'json' | 'markdown';

/** What every command that reads a vault takes. */
interface VaultCommandOptions {
	readonly vault: string;
	readonly today?: string;
	readonly redact: boolean;
	readonly configDir: string;
	/** True when `--config-dir` was given: then the folder must exist. */
	readonly configDirGiven?: boolean;
}

export type Command =
	| { readonly name: 'help' }
	| { readonly name: 'version' }
	| (VaultCommandOptions & { readonly name: 'report'; readonly format: Format })
	| (VaultCommandOptions & {
			readonly name: 'graph';
			readonly format: 'json' | 'canvas';
			/** Where to write (a `.canvas` there is merged into); stdout when absent. */
			readonly out?: string;
	  })
	| (VaultCommandOptions & { readonly name: 'chart'; readonly format: Format })
	| (VaultCommandOptions & {
			readonly name: 'explain';
			/** The note's vault-relative path. */
			readonly note: string;
			readonly format: 'text' | 'json';
	  })
	| { readonly name: 'demo'; readonly dir: string; readonly today?: string };

export type ParseResult = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

export const USAGE = `Usage:
  relational-organizer report <vault> [--today YYYY-MM-DD] [--format text|json|markdown] [--redact] [--config-dir DIR]
  relational-organizer graph <vault> [--format json|canvas] [--out FILE] [--redact] [--today YYYY-MM-DD] [--config-dir DIR]
  relational-organizer chart <vault> [--today YYYY-MM-DD] [--format text|json|markdown] [--redact] [--config-dir DIR]
  relational-organizer explain <vault> <note path> [--today YYYY-MM-DD] [--format text|json] [--redact] [--config-dir DIR]
  relational-organizer demo <dir> [--today YYYY-MM-DD]
  relational-organizer --help | --version

report   print the follow-up dashboard of a vault (the plugin's settings are read from
         <vault>/<config dir>/plugins/relational-organizer/data.json)
graph    print the relationship graph: JSON (nodes, edges, metrics; see docs/graph.md) or a
         JSON Canvas; --out onto an existing canvas merges as the plugin's export does, and a
         redacted canvas is always written to a new "… (redacted).canvas" file
chart    print the campaign chart: each workplace, department and shift, the issues people
         share, whose support is slipping and each leader's people to check in with
         (see docs/chart.md)
explain  say what the plugin read from one note (its vault-relative path) and why each of its
         commitments is in the lists it is in, or in none (see docs/explain.md)
demo     write a demo vault with the plugin installed into an empty or new folder

--today       the calendar date to compute for (default: today in the local time zone)
--format      report and chart: text (default), json (stable, for scripts) or markdown (a note you can paste);
              graph: json (default) or canvas (the default for an --out ending in .canvas);
              explain: text (default) or json
--out         graph: write to this file instead of printing
--redact      replace names with initials everywhere in the output
--config-dir  the vault's config folder (default .obsidian)`;

const FLAGS: Readonly<Record<string, { readonly takesValue: boolean; readonly commands: readonly string[] }>> = {
	'--today': { takesValue: true, commands: ['report', 'graph', 'chart', 'explain', 'demo'] },
	'--format': { takesValue: true, commands: ['report', 'graph', 'chart', 'explain'] },
	'--out': { takesValue: true, commands: ['graph'] },
	'--redact': { takesValue: false, commands: ['report', 'graph', 'chart', 'explain'] },
	'--config-dir': { takesValue: true, commands: ['report', 'graph', 'chart', 'explain'] },
};

function fail(error: string): ParseResult {
	return { ok: false, error };
}

/** Parses argv (without `node` and the script). */
export function parseArgs(argv: readonly string[]): ParseResult {
	// Bare, the command is a usage error (exit 2) like any other; asked for, help is a success.
	if (argv.length === 0) return fail(`a command is needed\n${USAGE}`);
	if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
		return { ok: true, command: { name: 'help' } };
	}
	if (argv[0] === '--version' || argv[0] === '-V') return { ok: true, command: { name: 'version' } };
	const [name, ...rest] = argv;
	if (name !== 'report' && name !== 'graph' && name !== 'chart' && name !== 'explain' && name !== 'demo') return fail(`unknown command "${name}" (try --help)`);
	const positional: string[] = [];
	const values = new Map<string, string | true>();
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--help' || arg === '-h') return { ok: true, command: { name: 'help' } };
		if (arg.startsWith('-') && arg !== '-') {
			const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
			const spec = FLAGS[flag];
			if (!spec || !spec.commands.includes(name)) return fail(`unknown flag "${flag}" for ${name} (try --help)`);
			if (values.has(flag)) return fail(`${flag} given twice`);
			if (spec.takesValue) {
				const value = inline ?? rest[++i];
				if (value === undefined || value === '') return fail(`${flag} needs a value`);
				values.set(flag, value);
			} else {
				if (inline !== undefined) return fail(`${flag} takes no value`);
				values.set(flag, true);
			}
			continue;
		}
		positional.push(arg);
	}
	const today = values.get('--today');
	if (typeof today === 'string' && !isCalendarDate(today)) return fail(`--today must be a date YYYY-MM-DD, got "${today}"`);
	if (positional.length === 0) return fail(name === 'demo' ? 'missing <dir> folder' : 'missing <vault> folder');
	if (name === 'explain' && positional.length === 1) return fail('missing <note path> (vault-relative, e.g. "1-on-1s/2026-11-20 Jo Chen.md")');
	const allowed = name === 'explain' ? 2 : 1;
	if (positional.length > allowed) return fail(`unexpected argument "${positional[allowed]}"`);
	if (positional[0].trim() === '') return fail(`the ${name === 'demo' ? '<dir>' : '<vault>'} folder name is empty`);
	if (name === 'demo') {
		return { ok: true, command: { name, dir: positional[0], today: typeof today === 'string' ? today : undefined } };
	}
	const configDir = values.get('--config-dir');
	// `config/` and `./config` name the same folder as `config`.
	const configFolder = typeof configDir === 'string' ? normalizeVaultPath(configDir.replace(/^\.[\\/]+/, '')) || '.obsidian' : '.obsidian';
	// What report, graph and explain share: the vault, the day, redaction and the config folder.
	const shared = {
		vault: positional[0],
		today: typeof today === 'string' ? today : undefined,
		redact: values.get('--redact') === true,
		configDir: configFolder,
		...(typeof configDir === 'string' ? { configDirGiven: true as const } : {}),
	};
	if (name === 'explain') {
		const explainFormat = values.get('--format') ?? 'text';
		if (explainFormat !== 'text' && explainFormat !== 'json') return fail(`--format must be text or json, got "${String(explainFormat)}"`);
		if (positional[1].trim() === '') return fail('the <note path> is empty');
		return {
			ok: true,
			command: {
				...shared,
				name,
				note: positional[1],
				format: explainFormat,
			},
		};
	}
	if (name === 'graph') {
		const out = values.get('--out');
		// A .canvas is Obsidian's canvas: graph JSON written there would replace the user's cards.
		// Without --format it gets a canvas (merged into an existing one); with --format json, a refusal.
		const toCanvasFile = typeof out === 'string' && /\.canvas$/i.test(out);
		const graphFormat = values.get('--format') ?? (toCanvasFile ? 'canvas' : 'json');
		if (graphFormat !== 'json' && graphFormat !== 'canvas') return fail(`--format must be json or canvas, got "${String(graphFormat)}"`);
		if (graphFormat === 'json' && toCanvasFile) return fail('--out is a .canvas file: graph JSON would replace the canvas; use --format canvas (or leave --format out)');
		return {
			ok: true,
			command: {
				...shared,
				name,
				format: graphFormat,
				out: typeof out === 'string' ? out : undefined,
			},
		};
	}
	const format = values.get('--format') ?? 'text';
	if (format !== 'text' && format !== 'json' && format !== 'markdown') return fail(`--format must be text, json or markdown, got "${String(format)}"`);
	return {
		ok: true,
		command: {
			...shared,
			name,
			format,
		},
	};
}
