import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateVault, writeVault } from '../../bench/generate-vault';

const TODAY = '2026-11-29';
let cli = '';
let vault = '';

/** Runs the built CLI's report on the vault with RO_WORKERS set, tracing how the notes were read. */
function report(workers: string, format: string): { stdout: string; stderr: string; status: number | null } {
	const result = spawnSync(process.execPath, [cli, 'report', vault, '--format', format, '--today', TODAY], {
		encoding: 'utf8',
		env: { ...process.env, RO_WORKERS: workers, RO_READ_TRACE: '1' },
		maxBuffer: 1 << 28,
	});
	return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('reading a vault on worker threads (the built CLI)', () => {
	beforeAll(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ro-parallel-'));
		cli = join(dir, 'cli.mjs');
		await esbuild.build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'silent' });
		vault = join(dir, 'vault');
		writeVault(vault, generateVault(900, TODAY, 7), 'test');
		// Among the notes: an excluded folder, a template, a symlink to a note and one to a folder,
		// and an unreadable entry, so excluded, linked and failed notes interleave with read ones.
		mkdirSync(join(vault, '.obsidian', 'plugins', 'relational-organizer'), { recursive: true });
		writeFileSync(join(vault, '.obsidian', 'plugins', 'relational-organizer', 'data.json'), JSON.stringify({ excludedFolders: ['Meetings'], yourName: 'Sam Rivera' }));
		mkdirSync(join(vault, 'Elsewhere'));
		symlinkSync(join(vault, 'People'), join(vault, 'People link.md'));
		const [firstTalk] = generateVault(900, TODAY, 7).filter((note) => note.path.startsWith('1-on-1s/'));
		symlinkSync(join(vault, firstTalk.path), join(vault, 'Elsewhere', 'Linked talk.md'));
		mkdirSync(join(vault, 'Broken.md'));
	}, 120_000);

	it('gives the same report as one thread, in every format, and really used the workers', () => {
		for (const format of ['json', 'text', 'markdown']) {
			const single = report('0', format);
			const parallel = report('3', format);
			expect(single.status).toBe(0);
			expect(parallel.status).toBe(0);
			expect(single.stderr).toMatch(/by 0 workers, \d+ on the main thread/);
			expect(parallel.stderr).toMatch(/: [1-9]\d* by 3 workers, \d+ on the main thread/);
			expect(parallel.stdout).toBe(single.stdout);
			expect(parallel.stdout.length).toBeGreaterThan(1000);
		}
		// The excluded folder's notes are known by name, never read: the generated notes outside it,
		// the symlinked talk and the symlink to a folder (read, found not to be a file) are.
		const notes = generateVault(900, TODAY, 7);
		const outside = notes.filter((note) => !note.path.startsWith('Meetings/')).length;
		expect(notes.length - outside).toBeGreaterThan(10);
		const trace = /read (\d+) notes: (\d+) by 3 workers, (\d+) on the main thread/.exec(report('3', 'json').stderr);
		expect(trace === null ? undefined : Number(trace[1])).toBe(outside + 2);
		expect(Number(trace?.[2]) + Number(trace?.[3])).toBe(outside + 2);
	}, 120_000);
});
