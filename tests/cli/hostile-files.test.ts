/**
 * Files and folders that must not hang, crash or stop the CLI (issue #16): settings as FIFOs or
 * links to /dev/zero, unreadable or too-deep folders and notes. These run the built program in a
 * child process with a timeout, because a blocking read would hang the test runner itself.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeVault } from '../builders/temp-vault';

let cli = '';
const isRoot = process.getuid?.() === 0;
const SETTINGS = '.obsidian/plugins/relational-organizer/data.json';
const PERSON = '---\ntype: person\n---\n';

beforeAll(async () => {
	cli = join(mkdtempSync(join(tmpdir(), 'ro-bin-')), 'cli.mjs');
	await esbuild.build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'silent' });
}, 60_000);

function run(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string; timedOut: boolean } {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000, input, maxBuffer: 64 * 1024 * 1024 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

function report(dir: string): { status: number | null; json: { problems: { path: string; message: string }[]; noOneOnOne: { person: string }[] } | undefined; stderr: string; timedOut: boolean } {
	const result = run(['report', dir, '--today', '2026-11-29', '--format', 'json']);
	return { ...result, json: result.status === 0 ? JSON.parse(result.stdout) : undefined };
}

/** Makes `depth` nested folders of 250-character names under `dir` (too deep for one path), with `file` in the deepest. */
function makeDeepFolders(dir: string, depth: number, file?: string): void {
	const name = 'd'.repeat(250);
	const script = `cd "$1" && for i in $(seq ${depth}); do mkdir ${name} && cd ${name}; done${file ? ` && printf -- '${PERSON.replace(/\n/g, '\\n')}' > "${file}"` : ''}`;
	const made = spawnSync('bash', ['-c', script, 'bash', dir]);
	expect(made.status).toBe(0);
}

describe('settings files that are not regular files', () => {
	it.each([['data.json', SETTINGS], ['templates.json', '.obsidian/templates.json']])('a FIFO as %s does not hang the report', (_name, path) => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		mkdirSync(join(dir, path, '..'), { recursive: true });
		expect(spawnSync('mkfifo', [join(dir, path)]).status).toBe(0);
		const result = report(dir);
		expect(result.timedOut).toBe(false);
		expect(result.status).toBe(0);
		expect(result.json?.noOneOnOne.map((item) => item.person)).toEqual(['Ana Ruiz']);
	}, 60_000);

	it('data.json linked to /dev/zero is not read (no unbounded memory)', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		mkdirSync(join(dir, SETTINGS, '..'), { recursive: true });
		symlinkSync('/dev/zero', join(dir, SETTINGS));
		const result = report(dir);
		expect(result.timedOut).toBe(false);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('warning');
	}, 60_000);

	it('a note that is a FIFO or a link to /dev/zero is skipped', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		expect(spawnSync('mkfifo', [join(dir, 'People', 'Pipe.md')]).status).toBe(0);
		symlinkSync('/dev/zero', join(dir, 'People', 'Zero.md'));
		const result = report(dir);
		expect(result.timedOut).toBe(false);
		expect(result.json?.noOneOnOne.map((item) => item.person)).toEqual(['Ana Ruiz']);
	}, 60_000);
});

describe('one bad folder or file never fails the run', () => {
	it('a folder nested too deep (ENAMETOOLONG) is skipped and listed under Notes to fix', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		makeDeepFolders(join(dir, 'People'), 17);
		const result = report(dir);
		expect(result.status).toBe(0);
		expect(result.json?.noOneOnOne.map((item) => item.person)).toEqual(['Ana Ruiz']);
		expect(result.json?.problems.some((p) => p.path.startsWith('People/ddd') && p.message.includes('path is too long'))).toBe(true);
	}, 60_000);

	it('a note whose path is too long is skipped and listed under Notes to fix', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		makeDeepFolders(join(dir, 'People'), 16, `${'n'.repeat(200)}.md`);
		const result = report(dir);
		expect(result.status).toBe(0);
		expect(result.json?.problems.some((p) => p.path.endsWith(`${'n'.repeat(200)}.md`) && p.message.includes('path is too long'))).toBe(true);
	}, 60_000);

	it('an excluded folder is not walked, so nothing in it can fail or be listed', () => {
		const dir = writeVault({
			'People/Ana Ruiz.md': PERSON,
			[SETTINGS]: JSON.stringify({ excludedFolders: ['Archive'] }),
		});
		mkdirSync(join(dir, 'Archive'));
		makeDeepFolders(join(dir, 'Archive'), 17);
		const result = report(dir);
		expect(result.status).toBe(0);
		expect(result.json?.problems).toEqual([]);
	}, 60_000);

	it.skipIf(isRoot)('an unreadable folder (EACCES) is skipped and listed under Notes to fix', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON, 'Locked/Secret.md': PERSON, 'People/Locked.md': PERSON });
		chmodSync(join(dir, 'Locked'), 0);
		chmodSync(join(dir, 'People', 'Locked.md'), 0);
		const result = report(dir);
		chmodSync(join(dir, 'Locked'), 0o755);
		expect(result.status).toBe(0);
		expect(result.json?.problems.map((p) => p.path)).toEqual(['Locked', 'People/Locked.md']);
	});

	it('a note over the size cap is skipped and listed under Notes to fix', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON, 'Notes/huge.md': 'x'.repeat(17 * 1024 * 1024) });
		const result = report(dir);
		expect(result.status).toBe(0);
		expect(result.json?.problems.map((p) => p.path)).toEqual(['Notes/huge.md']);
	}, 60_000);
});

describe('graph --out onto something that is not a regular file', () => {
	it('a FIFO as --out is neither read (it would block) nor written, and the run ends', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		const out = join(dir, 'Map.canvas');
		expect(spawnSync('mkfifo', [out]).status).toBe(0);
		const result = run(['graph', dir, '--format', 'canvas', '--out', out]);
		expect(result.timedOut).toBe(false);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(`relational-organizer: ${out} is not a regular file; left it unchanged\n`);
	});

	it('--out linked to /dev/zero is not read (no unbounded memory)', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON });
		const out = join(dir, 'Map.canvas');
		symlinkSync('/dev/zero', out);
		const result = run(['graph', dir, '--format', 'canvas', '--out', out]);
		expect(result.timedOut).toBe(false);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('is not a regular file; left it unchanged');
	});

	it('an existing canvas over the size cap is left unchanged', () => {
		const dir = writeVault({ 'People/Ana Ruiz.md': PERSON, 'Map.canvas': `{"nodes":[],"edges":[],"pad":"${'x'.repeat(17 * 1024 * 1024)}"}` });
		const result = run(['graph', dir, '--format', 'canvas', '--out', join(dir, 'Map.canvas')]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('is larger than 16 MB; left it unchanged');
	});
});

describe('the program', () => {
	it('does not die with an EPIPE stack trace when its output is cut short (report … | head)', () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 3000; i++) files[`People/Person ${i}.md`] = PERSON;
		const dir = writeVault(files);
		const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" report "$1" --today 2026-11-29 | head -n 1`, 'bash', dir], { encoding: 'utf8', timeout: 30_000 });
		expect(result.stdout).toBe('Follow-up dashboard for 2026-11-29\n');
		expect(result.stderr).toBe('');
	}, 60_000);

	it('prints its version with --version and exits 0', () => {
		const result = run(['--version']);
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toMatch(/^relational-organizer \d+\.\d+\.\d+$/);
	}, 60_000);
});
