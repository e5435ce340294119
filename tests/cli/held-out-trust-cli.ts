/**
 * Helpers of the held-out trust review: the CLI run as a user runs it, as a bundle in a child
 * process with a time limit (a hang or a crash shows as such, not as a stuck test), and a check for
 * words that must not be shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import esbuild from 'esbuild';

/** What one run of the CLI printed and how it ended. */
export interface CliRun {
	readonly status: number | null;
	readonly signal: string | null;
	readonly stdout: string;
	readonly stderr: string;
	readonly timedOut: boolean;
}

let bundle: Promise<string> | undefined;

/**
 * Builds the CLI the way `npm run build` builds dist/cli.js (same entry, alias and conditions),
 * into a temporary folder, once per test file: the tests run the source under review, never a
 * stale dist/.
 */
export function buildCli(): Promise<string> {
	bundle ??= (async () => {
		const root = mkdtempSync(join(tmpdir(), 'ro-held-out-bin-'));
		// The program finds the plugin's files one folder above its own, as dist/cli.js does.
		for (const name of ['main.js', 'manifest.json', 'styles.css']) writeFileSync(join(root, name), '{}');
		const outfile = join(root, 'dist', 'cli.mjs');
		await esbuild.build({
			entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile,
			alias: { format: './src/shims/format.ts' }, conditions: ['import', 'default'], logLevel: 'silent',
		});
		return outfile;
	})();
	return bundle;
}

/** Runs the built CLI with `args`; stops it after `timeout` ms. */
export async function cli(args: readonly string[], timeout = 30_000): Promise<CliRun> {
	const file = await buildCli();
	const result = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, RO_WORKERS: '0' } });
	const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
	return { status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut };
}

/** Writes `files` (vault path → text or bytes) into a new temporary folder; gives its path. */
export function vault(files: Readonly<Record<string, string | Uint8Array>>): string {
	const dir = mkdtempSync(join(tmpdir(), 'ro-held-out-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

/**
 * The words of `words` found in `text`, compared as a reader compares them: any case, any Unicode
 * form, invisible characters (zero-width, soft hyphen, joiners, bidi controls) removed first.
 */
export function leaked(text: string, words: readonly string[]): string[] {
	const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '').toLocaleLowerCase('en');
	const shown = fold(text);
	return words.filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${fold(w)}($|[^\\p{L}\\p{N}])`, 'u').test(shown));
}

/** The raw terminal controls a printed text must not hold: C0 (but tab and new line), DEL, C1, bidi and line separators. */
export const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
