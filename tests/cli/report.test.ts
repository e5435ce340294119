import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo } from '../builders/temp-vault';

const RULES = join(__dirname, '..', 'fixtures', 'rules');

/** A copy of a rule fixture vault with its case settings saved where the plugin keeps them. */
function vaultWithSettings(caseName: string): { dir: string; today: string } {
	const spec = JSON.parse(readFileSync(join(RULES, caseName, 'case.json'), 'utf8')) as { today: string; settings?: unknown };
	const dir = mkdtempSync(join(tmpdir(), 'ro-cli-'));
	const copy = (from: string, to: string): void => {
		for (const entry of readdirSync(from, { withFileTypes: true })) {
			const source = join(from, entry.name);
			const target = join(to, entry.name);
			if (entry.isDirectory()) {
				mkdirSync(target, { recursive: true });
				copy(source, target);
			} else writeFileSync(target, readFileSync(source));
		}
	};
	copy(join(RULES, caseName, 'vault'), dir);
	mkdirSync(join(dir, '.obsidian', 'plugins', 'relational-organizer'), { recursive: true });
	writeFileSync(join(dir, '.obsidian', 'plugins', 'relational-organizer', 'data.json'), JSON.stringify(spec.settings ?? {}));
	return { dir, today: spec.today };
}

describe('relational-organizer report', () => {
	it('prints the hand-written JSON of a fixture vault, reading the plugin settings from data.json', () => {
		const { dir, today } = vaultWithSettings('your-promises');
		const io = captureIo();
		expect(runCli(['report', dir, '--today', today, '--format', 'json'], io)).toBe(0);
		const expected = JSON.parse(readFileSync(join(RULES, 'your-promises', 'expected.json'), 'utf8')) as Record<string, unknown>;
		// The case predates Support slipping (issue #17): it has none.
		expect(JSON.parse(io.stdout.join('\n'))).toEqual({ ...expected, slipping: [] });
		expect(io.stderr).toEqual([]);
	});

	it('takes today from the clock in the local time zone when --today is absent', () => {
		const { dir } = vaultWithSettings('your-promises');
		const io = captureIo();
		runCli(['report', dir, '--format', 'json'], io);
		const today = (JSON.parse(io.stdout.join('\n')) as { today: string }).today;
		const expected = process.env.TZ === 'Pacific/Kiritimati' ? '2026-11-29' : '2026-11-28';
		if (['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].includes(process.env.TZ ?? '')) expect(today).toBe(expected);
		else expect(today).toMatch(/^2026-11-2[89]$/);
	});

	it('prints readable text and markdown with every section and its count', () => {
		const { dir, today } = vaultWithSettings('your-promises');
		const text = captureIo();
		runCli(['report', dir, '--today', today], text);
		const out = text.stdout.join('\n');
		expect(out).toContain('Follow-up dashboard for 2026-11-29');
		expect(out).toContain('Your promises (5)');
		expect(out).toContain('Follow up (1)');
		expect(out).not.toContain('\u001b[');
		const md = captureIo();
		runCli(['report', dir, '--today', today, '--format', 'markdown'], md);
		expect(md.stdout.join('\n')).toMatch(/^# Follow-up dashboard, 2026-11-29/);
		expect(md.stdout.join('\n')).toContain('## Your promises (5)');
	});

	it('--redact leaves no full name anywhere, paths and task text included', () => {
		const { dir, today } = vaultWithSettings('your-promises');
		for (const format of ['json', 'text', 'markdown']) {
			const io = captureIo();
			runCli(['report', dir, '--today', today, '--format', format, '--redact'], io);
			const out = io.stdout.join('\n');
			expect(out).not.toMatch(/Maria|Lopez|Sam Rivera|Rivera/);
			expect(out).toContain('ML');
		}
	});

	it('exits 2 with one line for a missing vault and for usage errors', () => {
		for (const argv of [['report', '/nonexistent/vault'], ['report'], ['report', '.', '--today', 'tomorrow'], ['explode']]) {
			const io = captureIo();
			expect(runCli(argv, io)).toBe(2);
			expect(io.stderr).toHaveLength(1);
			expect(io.stderr[0]).not.toContain('\n');
			expect(io.stdout).toEqual([]);
		}
	});
});
