/**
 * Held-out review: a note that cannot be read (here a link to /proc/self/mem, which fails with EIO
 * as a file with broken permissions fails with EACCES) is listed under Notes to fix, and with
 * --redact its path names no one: a note in the people folder is named after its person, a talk
 * after whom it was with (DESIGN §5: broken notes included). Without --redact the path shows.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, leaked, vault } from './held-out-trust-cli';

const NAMES = ['Zoe', 'Brant', 'Ivo', 'Dane'];
let dir = '';

beforeAll(async () => {
	dir = vault({ 'People/Jo Chen.md': '---\ntype: person\n---\n', '1-on-1s/2026-11-01 Jo Chen.md': '---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-01\n---\n## Agitate\nbreaks\n' });
	symlinkSync('/proc/self/mem', join(dir, 'People', 'Zoe Brant.md'));
	symlinkSync('/proc/self/mem', join(dir, '1-on-1s', '2026-11-02 Ivo Dane.md'));
	await buildCli();
}, 60_000);

describe('held-out: --redact and a note that cannot be read', () => {
	it('lists both under Notes to fix, with their names, without --redact', async () => {
		const r = await cli(['report', dir, '--today', '2026-11-20', '--format', 'json']);
		const problems = (JSON.parse(r.stdout) as { problems: { path: string; message: string }[] }).problems;
		expect(problems).toEqual([
			{ path: '1-on-1s/2026-11-02 Ivo Dane.md', message: 'This note could not be read (EIO) and was skipped.' },
			{ path: 'People/Zoe Brant.md', message: 'This note could not be read (EIO) and was skipped.' },
		]);
	}, 30_000);

	for (const args of [['report', '--format', 'text'], ['report', '--format', 'json'], ['report', '--format', 'markdown'], ['chart'], ['graph']]) {
		it(`${args.join(' ')} --redact: lists them without the names`, async () => {
			const r = await cli([args[0], dir, ...args.slice(1), '--today', '2026-11-20', '--redact']);
			expect(r.status, r.stderr).toBe(0);
			expect(leaked(r.stdout, NAMES)).toEqual([]);
			expect(leaked(r.stderr, NAMES)).toEqual([]);
			if (args[0] === 'report') expect(r.stdout).toContain('could not be read');
		}, 30_000);
	}
});
