import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the relational-organizer program', () => {
	it('runs when started through a symlink, as npm link and npx start it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ro-bin-'));
		const outfile = join(dir, 'cli.mjs');
		await esbuild.build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
		const link = join(dir, 'relational-organizer');
		symlinkSync(outfile, link);
		for (const script of [outfile, link]) {
			const result = spawnSync(process.execPath, [script, '--help'], { encoding: 'utf8' });
			expect(result.status).toBe(0);
			expect(result.stdout).toContain('relational-organizer report <vault>');
		}
		const bad = spawnSync(process.execPath, [link, 'explode'], { encoding: 'utf8' });
		expect(bad.status).toBe(2);
		expect(bad.stderr.trim().split('\n')).toHaveLength(1);
	}, 60_000);
});
