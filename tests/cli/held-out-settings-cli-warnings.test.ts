/**
 * Held out (DESIGN §5: "--redact replaces names … everywhere in the output (stdout and stderr)";
 * README: a 1 MB cap on a settings file): what `report` says about a bad data.json names the key,
 * never a value — a value of a bad key may be anyone's name — with or without --redact; a huge
 * data.json neither hangs nor crashes it; the built program behaves as the source does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';
import { FILES, TODAY } from '../support/held-out-settings-vault';

const DATA = '.obsidian/plugins/relational-organizer/data.json';

/** Every word of every name in FILES: none may appear on stderr. */
const NAME_WORDS = ['Maria', 'Lopez', 'Jo', 'Chen', 'Ben', 'Okafor', 'Dee', 'Park', 'Cal', 'Diaz', 'Sam', 'Rivera'];

function run(data: unknown, extra: readonly string[] = []): { code: number; stdout: string; stderr: string } {
	const vault = writeVault({ ...FILES, [DATA]: typeof data === 'string' ? data : JSON.stringify(data) });
	const io = captureIo();
	const code = runCli(['report', vault, '--today', TODAY, '--format', 'json', ...extra], io);
	return { code, stdout: io.stdout.join(''), stderr: io.stderr.join('\n') };
}

function nameWordsIn(text: string): string[] {
	return NAME_WORDS.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text));
}

describe('report\'s warnings about data.json', () => {
	const bad = {
		stallDays: 'Maria Lopez',
		debriefWindowDays: { 'Jo Chen': 3 },
		assessmentColours: { '2': 'Ben Okafor' },
		supportiveBand: 'Dee Park',
		assessmentDirection: 'Cal Diaz',
	};

	for (const extra of [[], ['--redact']]) {
		it(`name each bad key and no value${extra.length ? ' (--redact)' : ''}`, () => {
			const { code, stderr } = run(bad, extra);
			expect(code).toBe(0);
			for (const key of Object.keys(bad)) expect(stderr).toContain(key);
			expect(nameWordsIn(stderr)).toEqual([]);
		});
	}

	it('say nothing of the content of a file that is not JSON', () => {
		const { code, stderr } = run('{"yourName": "Maria Lopez", oops');
		expect(code).toBe(0);
		expect(stderr).not.toBe('');
		expect(nameWordsIn(stderr)).toEqual([]);
	});

	it('keep a wrong-typed name out of the report too: yourName as a list is no name', () => {
		const { code, stdout, stderr } = run({ yourName: ['Maria Lopez'] });
		expect(code).toBe(0);
		expect(stderr).toContain('yourName');
		expect(nameWordsIn(stderr)).toEqual([]);
		// Not "you": Maria is still someone to check in with.
		expect((JSON.parse(stdout) as { checkIn: Array<{ person: string }> }).checkIn.map((c) => c.person)).toEqual(['Maria Lopez']);
	});
});

describe('a huge data.json', () => {
	it('does not hang or crash report (5 MB)', () => {
		const data = { yourName: 'Sam Rivera', junk: 'x'.repeat(5_000_000), excludedFolders: ['Archive'] };
		const { code, stdout, stderr } = run(data);
		expect(code).toBe(0);
		expect(() => JSON.parse(stdout) as unknown).not.toThrow();
		// The CLI reads settings files up to 1 MB (README): it says so, rather than "unreadable".
		expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
		expect(stderr).toContain('1 MB');
	});
});

describe('the built program', () => {
	it('warns on stderr naming the bad key and exits 0, as the source does', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ro-cli-'));
		const outfile = join(dir, 'cli.mjs');
		await esbuild.build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
		const vault = writeVault({ ...FILES, [DATA]: JSON.stringify({ stallDays: -3, comingUpDays: 14 }) });
		const result = spawnSync(process.execPath, [outfile, 'report', vault, '--today', TODAY, '--format', 'json'], { encoding: 'utf8' });
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('stallDays');
		expect(result.stderr).not.toContain('comingUpDays');
		const json = JSON.parse(result.stdout) as { comingUp: Array<{ text: string }> };
		// comingUpDays 14 was kept: the contract due in 9 days comes up.
		expect(json.comingUp.some((c) => c.text.includes('bring the contract'))).toBe(true);
	}, 60_000);
});
