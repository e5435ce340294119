/**
 * Output that cannot be written (a full disk: `report … > /dev/full`) ends the run with one line on
 * stderr and exit 2, never a stack trace. Runs the program in a child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeVault } from '../builders/temp-vault';

let cli = '';

beforeAll(async () => {
	cli = join(mkdtempSync(join(tmpdir(), 'ro-bin-')), 'cli.mjs');
	await esbuild.build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'silent' });
}, 60_000);

describe.skipIf(!existsSync('/dev/full'))('stdout on a full disk', () => {
	for (const command of ['report', 'chart', 'graph']) {
		it(`${command}: one line and exit 2`, () => {
			const dir = writeVault({ 'People/Ana Ruiz.md': '---\ntype: person\n---\n' });
			const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" ${command} "$1" --today 2026-11-29 > /dev/full`, 'bash', dir], { encoding: 'utf8', timeout: 20_000 });
			expect(result.status).toBe(2);
			expect(result.stderr).toBe('relational-organizer: could not write the output (ENOSPC: no space left on device, write)\n');
		});
	}
});
