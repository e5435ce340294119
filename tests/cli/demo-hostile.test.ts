/**
 * `demo <dir>` where the folder cannot be made must end with one line and exit 2. Node's recursive
 * mkdir loops forever under /proc (ENOENT from a pseudo file system), so this runs the program in a
 * child process with a timeout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

let cli = '';

beforeAll(async () => {
	// The program finds the plugin's files one folder above its own, as dist/cli.js does.
	const root = mkdtempSync(join(tmpdir(), 'ro-bin-'));
	for (const name of ['main.js', 'manifest.json', 'styles.css']) writeFileSync(join(root, name), '{}');
	cli = join(root, 'dist', 'cli.mjs');
	await esbuild.build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'silent' });
}, 60_000);

describe.skipIf(!existsSync('/proc/self'))('demo into a folder that cannot be made', () => {
	it('ends with one line and exit 2 under /proc', () => {
		const result = spawnSync(process.execPath, [cli, 'demo', '/proc/ro-demo-nope/vault', '--today', '2026-11-29'], { encoding: 'utf8', timeout: 20_000 });
		expect(result.error).toBeUndefined();
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^relational-organizer: could not make the folder \/proc\/ro-demo-nope(\/vault)? \(E[A-Z]+\)\n$/);
	}, 30_000);
});
