import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
	it('reads a report command with every flag', () => {
		expect(parseArgs(['report', 'vault', '--today', '2026-11-29', '--format', 'json', '--redact', '--config-dir', '.config'])).toEqual({
			ok: true,
			command: { name: 'report', vault: 'vault', today: '2026-11-29', format: 'json', redact: true, configDir: '.config', configDirGiven: true },
		});
	});

	it('defaults to text, no redaction, .obsidian and no fixed today', () => {
		expect(parseArgs(['report', 'v'])).toEqual({
			ok: true,
			command: { name: 'report', vault: 'v', today: undefined, format: 'text', redact: false, configDir: '.obsidian' },
		});
	});

	it('reads a config folder written with a trailing slash or ./ as the same folder', () => {
		for (const dir of ['config/', './config', 'config']) {
			const parsed = parseArgs(['report', 'v', '--config-dir', dir]);
			expect(parsed.ok && parsed.command.name === 'report' && parsed.command.configDir).toBe('config');
		}
	});

	it('accepts --flag=value', () => {
		const parsed = parseArgs(['report', 'v', '--format=markdown']);
		expect(parsed.ok && parsed.command.name === 'report' && parsed.command.format).toBe('markdown');
	});

	it.each([
		[['frobnicate'], /unknown command/],
		[['report'], /missing <vault>/],
		[['report', 'v', '--colour'], /unknown flag "--colour"/],
		[['report', 'v', '--today', '2026-02-30'], /--today must be a date/],
		[['report', 'v', '--today'], /--today needs a value/],
		[['report', 'v', '--format', 'html'], /--format must be/],
		[['report', 'a', 'b'], /unexpected argument "b"/],
		[['report', 'v', '--redact=yes'], /takes no value/],
		[['demo'], /missing <dir>/],
		[['demo', 'd', '--format', 'json'], /unknown flag "--format" for demo/],
	])('rejects %j with one line', (argv, message) => {
		const parsed = parseArgs(argv);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.error).toMatch(message);
			expect(parsed.error).not.toContain('\n');
		}
	});

	it('shows help for --help; no arguments at all is a usage error', () => {
		expect(parseArgs([]).ok).toBe(false);
		expect(parseArgs(['--help'])).toEqual({ ok: true, command: { name: 'help' } });
		expect(parseArgs(['report', '--help'])).toEqual({ ok: true, command: { name: 'help' } });
	});
});
