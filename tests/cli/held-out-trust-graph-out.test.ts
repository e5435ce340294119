/**
 * Held-out review: `graph --redact --out FILE` says where it wrote without naming anyone. An
 * organizer names the file after whom it is about (`Odile's circle.canvas`); `--redact` hides
 * names "everywhere in the output (stdout and stderr), paths … included" (DESIGN §5), and the
 * errors already hide the paths typed. The canvas itself still goes to `<out> (redacted).canvas`
 * (docs/graph.md), never over the user's file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, leaked, vault } from './held-out-trust-cli';

const FILES: Record<string, string> = {
	'People/Sam Rivera.md': '---\ntype: person\nleads: ["[[Odile Fontaine]]"]\n---\n',
	'1-on-1s/2026-11-02 Sam Rivera.md': '---\ntype: one-on-one\nperson: "[[Sam Rivera]]"\ndate: 2026-11-02\n---\n## Agitate\nbreaks\n',
};
const NAMES = ['Sam', 'Rivera', 'Odile', 'Fontaine'];
const MINE = '{"nodes":[{"id":"mine","type":"text","text":"my card","x":0,"y":0,"width":100,"height":50}],"edges":[]}';

beforeAll(async () => {
	await buildCli();
}, 60_000);

describe('held-out: graph --redact --out', () => {
	it('writes the canvas beside the user\'s, and names no one in what it prints', async () => {
		const dir = vault(FILES);
		const out = join(dir, 'Odile Fontaine circle.canvas');
		writeFileSync(out, MINE);
		const r = await cli(['graph', dir, '--format', 'canvas', '--redact', '--out', out, '--today', '2026-11-20']);
		expect(r.status, r.stderr).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(MINE);
		const written = join(dir, 'Odile Fontaine circle (redacted).canvas');
		expect(existsSync(written)).toBe(true);
		expect(leaked(readFileSync(written, 'utf8'), NAMES)).toEqual([]);
		expect(leaked(r.stdout, NAMES)).toEqual([]);
		expect(leaked(r.stderr, NAMES)).toEqual([]);
		expect(r.stdout).toMatch(/^Wrote the relationship map \(2 people, 1 ties?\) to .*OF circle \(redacted\)\.canvas\.\n$/);
	}, 30_000);

	it('names no one when it writes the JSON either', async () => {
		const dir = vault(FILES);
		const r = await cli(['graph', dir, '--redact', '--out', join(dir, 'Sam Rivera graph.json'), '--today', '2026-11-20']);
		expect(r.status, r.stderr).toBe(0);
		expect(leaked(readFileSync(join(dir, 'Sam Rivera graph.json'), 'utf8'), NAMES)).toEqual([]);
		expect(leaked(r.stdout, NAMES)).toEqual([]);
	}, 30_000);

	it('names the file as typed without --redact', async () => {
		const dir = vault(FILES);
		const r = await cli(['graph', dir, '--format', 'canvas', '--out', join(dir, 'Odile Fontaine circle.canvas'), '--today', '2026-11-20']);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('Odile Fontaine circle.canvas');
	}, 30_000);
});
