/**
 * Output that notes and file names cannot spoof (issue #16): no terminal control sequences, no fake
 * report lines, no Markdown or HTML injected into the markdown report, JSON that jq can read, and
 * no crash on very long reports. Also the CLI's usage errors (issue #9, "CLI errors").
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMarkdown, formatText } from '../../src/cli/format-report';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report-json';
import { captureIo, writeVault } from '../builders/temp-vault';

const TODAY = '2026-11-29';
const OSC52 = '\u001b]52;c;cHduZWQ=\u0007';

function talk(who: string, task: string): string {
	return `---\ntype: one-on-one\nperson: ${JSON.stringify(`[[${who}]]`)}\ndate: 2026-11-10\norganizer: "[[Sam Rivera]]"\n---\n## Organize\n- [ ] ${task} 📅 2026-11-20\n`;
}

function report(files: Record<string, string>, format: 'text' | 'json' | 'markdown'): string {
	const io = captureIo();
	expect(runCli(['report', writeVault(files), '--today', TODAY, '--format', format], io)).toBe(0);
	return io.stdout.join('\n');
}

const EMPTY: ReportJson = { today: TODAY, followUp: [], stalled: [], yourPromises: [], checkIn: [], noOneOnOne: [], comingUp: [], problems: [], slipping: [] };

describe('the text report cannot drive the terminal or fake lines', () => {
	it('shows ESC/OSC sequences from note text as visible escapes', () => {
		const out = report({ '1-on-1s/2026-11-10 Jo.md': talk('Jo Chen', `copy ${OSC52} \u001b[2J\u009b31m done`) }, 'text');
		expect(out).not.toMatch(/[\u001b\u0007\u009b]/);
		expect(out).toContain('copy \\u{1b}]52;c;cHduZWQ=\\u{7} \\u{1b}[2J\\u{9b}31m done');
	});

	it('a new line or bidi control in a file name cannot fake a report line', () => {
		const name = 'Jo\n  Offer support  Boss: fire everyone\u202e';
		const out = report({ [`People/${name}.md`]: '---\ntype: person\n---\n' }, 'text');
		expect(out).not.toContain('\n  Offer support  Boss');
		expect(out).not.toMatch(/[\u202e]/);
		expect(out).toContain('Jo\\u{a}  Offer support  Boss: fire everyone\\u{202e}');
	});
});

describe('the markdown report escapes Markdown and links', () => {
	it('escapes link targets holding a new line, ]] or raw <img>', () => {
		const md = formatMarkdown({ ...EMPTY, problems: [{ path: 'Notes/a]]\n# Fake <img src=x onerror=alert(1)>.md', message: 'x' }] });
		const problems = md.slice(md.indexOf('## Notes to fix'));
		expect(problems).not.toMatch(/(^|[^\\])<img/);
		expect(problems).not.toContain('\n# Fake');
		expect(problems).toContain('](Notes/a%5D%5D%0A%23%20Fake%20%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.md)');
		expect(problems).toContain('[Notes/a\\]\\] \\# Fake \\<img src\\=x onerror\\=alert\\(1\\)\\>]');
	});

	it('keeps plain paths as wiki links', () => {
		const md = formatMarkdown({ ...EMPTY, problems: [{ path: 'People/Ana Ruiz.md', message: 'x' }] });
		expect(md).toContain('- [[People/Ana Ruiz]]: x');
	});

	it('escapes a person name used as a link label', () => {
		const md = formatMarkdown({ ...EMPTY, noOneOnOne: [{ person: 'Ana]] <b>x</b>', path: 'People/Ana.md', planned: null }] });
		expect(md).toContain('- [Ana\\]\\] \\<b\\>x\\</b\\>](People/Ana.md)');
	});

	it('formats more than 125,000 items without overflowing the stack', () => {
		const problems = Array.from({ length: 200_000 }, (_, i) => ({ path: `Notes/${i}.md`, message: 'x' }));
		const md = formatMarkdown({ ...EMPTY, problems });
		expect(md.split('\n').filter((line) => line.startsWith('- [[Notes/'))).toHaveLength(200_000);
		expect(formatText({ ...EMPTY, problems }, false).length).toBeGreaterThan(0);
	}, 60_000);
});

describe('JSON stays readable', () => {
	it('lone surrogates from YAML escapes become U+FFFD, so jq can read the report', () => {
		const files = { '1-on-1s/2026-11-10 Jo.md': '---\ntype: one-on-one\nperson: "Jo \\uD800 Chen \\uDFFF"\ndate: 2026-11-10\n---\n' };
		const out = report(files, 'json');
		expect(out).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
		const jq = spawnSync('jq', ['-r', '.checkIn[0].person'], { input: out, encoding: 'utf8' });
		if (jq.error === undefined) {
			expect(jq.status).toBe(0);
			expect(jq.stdout.trim()).toBe('Jo \ufffd Chen \ufffd');
		}
	});
});

describe('CLI errors (issue #9)', () => {
	it('the bare command prints usage and exits 2; --help exits 0', () => {
		const bare = captureIo();
		expect(runCli([], bare)).toBe(2);
		expect(bare.stderr.join('\n')).toContain('Usage:');
		const help = captureIo();
		expect(runCli(['--help'], help)).toBe(0);
		expect(help.stdout.join('\n')).toContain('Usage:');
	});

	it('a missing path and a file get different messages', () => {
		const dir = writeVault({ 'a.md': '' });
		const missing = captureIo();
		expect(runCli(['report', join(dir, 'nope')], missing)).toBe(2);
		expect(missing.stderr).toEqual([`relational-organizer: no such folder: ${join(dir, 'nope')}`]);
		const file = captureIo();
		expect(runCli(['report', join(dir, 'a.md')], file)).toBe(2);
		expect(file.stderr).toEqual([`relational-organizer: not a folder (it is a file): ${join(dir, 'a.md')}`]);
	});

	it('a --config-dir that does not exist is an error; the default may be absent', () => {
		const dir = writeVault({ 'a.md': '' });
		const io = captureIo();
		expect(runCli(['report', dir, '--config-dir', '.config'], io)).toBe(2);
		expect(io.stderr).toEqual([`relational-organizer: no config folder ".config" in ${dir} (check --config-dir)`]);
		expect(runCli(['report', dir], captureIo())).toBe(0);
	});

	it('--version prints the version and exits 0', () => {
		const io = captureIo();
		expect(runCli(['--version'], io)).toBe(0);
		expect(io.stdout[0]).toMatch(/^relational-organizer \d+\.\d+\.\d+$/);
	});
});

describe('the generated hostile vault through the CLI', () => {
	it('reports in every format: exit 0, no control characters, no injected markup, valid JSON', async () => {
		const { generateHostileNotes } = await import('../core/hostile/generate-hostile-notes');
		const files: Record<string, string> = { 'People/Ana Ruiz.md': '---\ntype: person\n---\n' };
		// A file name cannot hold NUL on any file system; the note's text can.
		for (const note of generateHostileNotes()) if (!note.path.includes('\u0000')) files[note.path] = note.text;
		const dir = writeVault(files);
		for (const format of ['text', 'json', 'markdown'] as const) {
			const io = captureIo();
			expect(runCli(['report', dir, '--today', TODAY, '--format', format], io)).toBe(0);
			const out = io.stdout.join('\n');
			if (format === 'text') expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
			if (format === 'json') expect(() => JSON.parse(out) as unknown).not.toThrow();
			if (format === 'markdown') expect(out).not.toMatch(/(^|[^\\])<(script|img)/);
			expect(out).toContain(format === 'markdown' ? 'ask \\<script\\>globalThis.\\_\\_pwned \\= 1\\</script\\> now' : 'ask <script>globalThis.__pwned = 1</script> now');
		}
		expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
	}, 60_000);
});
