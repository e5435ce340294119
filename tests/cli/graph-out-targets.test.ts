/**
 * `graph --out` onto what is not a regular file, in every format: nothing may hang (a FIFO with no
 * reader blocks a write forever) or be written through. Run in a child process with a timeout,
 * because a blocking write would hang the test runner itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeVault } from '../builders/temp-vault';

let cli = '';
const PERSON = '---\ntype: person\n---\n';

beforeAll(async () => {
	cli = join(mkdtempSync(join(tmpdir(), 'ro-bin-')), 'cli.mjs');
	await esbuild.build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'silent' });
}, 60_000);

function run(args: readonly string[]): { status: number | null; stdout: string; stderr: string; timedOut: boolean } {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

describe('graph --format json --out onto something that is not a regular file', () => {
	it('a FIFO is not written (the write would block with no reader), and the run ends with exit 2', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		const out = join(dir, 'graph.json');
		expect(spawnSync('mkfifo', [out]).status).toBe(0);
		const result = run(['graph', dir, '--out', out]);
		expect(result.timedOut).toBe(false);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(`relational-organizer: ${out} is not a regular file; left it unchanged\n`);
	});

	it('a folder is left alone with the same one line', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		const result = run(['graph', dir, '--out', join(dir, 'People')]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(`relational-organizer: ${join(dir, 'People')} is not a regular file; left it unchanged\n`);
	});

	it('an existing regular file is replaced, as before', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON, 'graph.json': 'old' });
		const result = run(['graph', dir, '--out', join(dir, 'graph.json')]);
		expect(result.status).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')).nodes).toHaveLength(1);
	});
});

describe('graph --redact --format canvas --out', () => {
	it('never writes through a dangling link where the new "(redacted)" file would go', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		const victim = join(dir, 'victim.txt');
		symlinkSync(victim, join(dir, 'Map (redacted).canvas'));
		const result = run(['graph', dir, '--redact', '--format', 'canvas', '--out', join(dir, 'Map.canvas')]);
		expect(result.status).toBe(0);
		expect(existsSync(victim)).toBe(false);
		expect(result.stdout).toContain('Map (redacted) 2.canvas');
	});
});
