/**
 * Held-out review: hostile vaults through the built CLI in a child process (README "Command line",
 * docs/security-and-privacy.md "What it never does"). A note never runs code, never hangs or crashes
 * the program, and never drives the terminal: every command ends with exit 0, the rest of the vault
 * still shows, and what a note holds is printed as inert text (visible escapes in text output).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, RAW_CONTROLS, vault } from './held-out-trust-cli';

const TODAY = '2026-11-20';
const PWNED = join(tmpdir(), `ro-held-out-pwned-${process.pid}`);
const ESC = '\u001b';
const OSC52 = `${ESC}]52;c;cHduZWQ=\u0007`;

function talk(person: string, body: string, extra = ''): string {
	return `---\ntype: one-on-one\nperson: ${JSON.stringify(`[[${person}]]`)}\ndate: 2026-11-02\n${extra}---\n## Organize\n${body}\n`;
}

const FILES: Record<string, string | Uint8Array> = {
	'People/Jo Chen.md': '---\ntype: person\nworkplace: Harbor Foods\n---\n',
	// Terminal controls in YAML escapes, in a property key, in task text and in a file name.
	'People/Ana Ruiz.md': '---\ntype: person\nworkplace: "Dock\\e]52;c;cHduZWQ=\\a 4"\ndepartment: "Ni\\u202eghts"\n"k\\e[2Jey": "v\\e]0;title\\a"\n---\n',
	'1-on-1s/2026-11-02 Ana Ruiz.md': talk('Ana Ruiz', `- [ ] copy ${OSC52} now \u202eevil\u202c ${ESC}[2J 📅 2026-11-05`, 'issues: ["Over\\e[5mtime"]\n'),
	[`1-on-1s/2026-11-03 Bo${ESC}[31m.md`]: talk('Jo Chen', '- [ ] fine 📅 2026-11-05'),
	// Markup in a file name, a heading, properties and a task: inert in the Markdown report a user may paste into a note.
	'People/<img src=x onerror=alert(1)>.md': '---\ntype: person\nworkplace: "<script>alert(2)</script>"\ndepartment: "<iframe src=javascript:alert(3)>"\n---\n',
	'1-on-1s/2026-11-08 markup.md': talk('<img src=x onerror=alert(1)>', '- [ ] read <script>alert(4)</script> and [x](javascript:alert(5)) 📅 2026-11-09').replace('## Organize', '## Organize <script>alert(6)</script>'),
	// Code that a front-matter engine would run.
	'1-on-1s/2026-11-07 js.md': `---js\n{ type: "one-on-one", person: require("fs").writeFileSync(${JSON.stringify(PWNED)}, "1") }\n---\nbody\n`,
	'1-on-1s/2026-11-07 json.md': '---json\n{"type":"one-on-one","person":"[[Jay Son]]","date":"2026-11-07"}\n---\nbody\n',
	// 5 MB of [ on one line; deep nesting; NUL bytes and bytes that are not UTF-8; lone surrogates from YAML escapes.
	'Notes/brackets.md': '['.repeat(5 * 1024 * 1024),
	'1-on-1s/2026-11-05 deep.md': talk('Jo Chen', `${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i}`).join('\n')}\n${'>'.repeat(20000)} - [ ] quoted\n${'- '.repeat(20000)}[ ] listed\n${'[['.repeat(50000)}`),
	'1-on-1s/2026-11-04 nul.md': Buffer.concat([Buffer.from('---\ntype: one-on-one\nperson: "[[Nu\0l]]"\ndate: 2026-11-04\n---\n## Organize\n- [ ] a\0b \u0001 task '), Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(' 📅 2026-11-05\n')]),
	'1-on-1s/2026-11-06 lone.md': '---\ntype: one-on-one\nperson: "[[\\ud800Lo]]"\norganizer: "\\udc00Sam"\ndate: 2026-11-06\n---\n## Organize\n- [ ] call them 📅 2026-11-08\n',
	'People/Lone.md': '---\ntype: person\nworkplace: "W\\ud800"\nknows: ["[[\\udfffX]]"]\naliases: ["\\ud800"]\n---\n',
};

let dir = '';
beforeAll(async () => {
	dir = vault(FILES);
	// A FIFO named like a note, a symlink loop, a link to the vault itself and one above it.
	expect(spawnSync('mkfifo', [join(dir, 'Notes', 'x.md')]).status).toBe(0);
	mkdirSync(join(dir, 'Links'));
	symlinkSync('loop2', join(dir, 'Links', 'loop1'));
	symlinkSync('loop1', join(dir, 'Links', 'loop2'));
	symlinkSync('.', join(dir, 'Links', 'self'));
	symlinkSync(dir, join(dir, 'Links', 'vault'));
	symlinkSync('/', join(dir, 'Links', 'root'));
	await buildCli();
}, 60_000);

const RUNS: ReadonlyArray<readonly [string, readonly string[]]> = [
	['report text', ['report', '{v}']],
	['report markdown', ['report', '{v}', '--format', 'markdown']],
	['report json', ['report', '{v}', '--format', 'json']],
	['report text --redact', ['report', '{v}', '--redact']],
	['chart text', ['chart', '{v}']],
	['chart markdown', ['chart', '{v}', '--format', 'markdown']],
	['graph json', ['graph', '{v}']],
	['graph canvas', ['graph', '{v}', '--format', 'canvas']],
	['explain text (controls)', ['explain', '{v}', '1-on-1s/2026-11-02 Ana Ruiz.md']],
	['explain text (a person note with a control in a key)', ['explain', '{v}', 'People/Ana Ruiz.md']],
	['explain text (a control in the file name)', ['explain', '{v}', `1-on-1s/2026-11-03 Bo${ESC}[31m.md`]],
	['explain text (deep nesting)', ['explain', '{v}', '1-on-1s/2026-11-05 deep.md']],
	['explain text (NUL bytes)', ['explain', '{v}', '1-on-1s/2026-11-04 nul.md']],
	['explain json (lone surrogates)', ['explain', '{v}', '1-on-1s/2026-11-06 lone.md', '--format', 'json']],
	['explain text (---js)', ['explain', '{v}', '1-on-1s/2026-11-07 js.md']],
];

describe('held-out: a hostile vault', () => {
	for (const [name, args] of RUNS) {
		it(`${name}: ends, exit 0, no raw control on stdout or stderr, nothing run`, async () => {
			const r = await cli([...args.map((a) => (a === '{v}' ? dir : a)), '--today', TODAY]);
			expect(r.timedOut).toBe(false);
			expect(r.signal).toBeNull();
			expect(r.status, r.stderr).toBe(0);
			expect(r.stdout).not.toMatch(RAW_CONTROLS);
			expect(r.stderr).not.toMatch(RAW_CONTROLS);
			expect(existsSync(PWNED)).toBe(false);
			if (args.includes('json') || args[0] === 'graph') JSON.parse(r.stdout);
		}, 40_000);
	}

	it('still shows the rest of the vault, and lists what it could not read under Notes to fix', async () => {
		const r = await cli(['report', dir, '--today', TODAY, '--format', 'json']);
		const report = JSON.parse(r.stdout) as { followUp: { text: string }[]; noOneOnOne: { person: string }[]; problems: { path: string; message: string }[] };
		expect(report.followUp.map((i) => i.text)).toContain('fine');
		expect(report.followUp.map((i) => i.text)).toContain('level 2999');
		expect(report.followUp.find((i) => i.text.startsWith('copy '))?.text).toContain(OSC52);
		const flagged = new Set(report.problems.map((p) => p.path));
		for (const path of ['1-on-1s/2026-11-07 js.md', '1-on-1s/2026-11-07 json.md', '1-on-1s/2026-11-04 nul.md']) expect(flagged).toContain(path);
	}, 40_000);

	it('shows controls from notes as visible escapes in the text report and in explain', async () => {
		const report = (await cli(['report', dir, '--today', TODAY])).stdout;
		expect(report).toContain('copy \\u{1b}]52;c;cHduZWQ=\\u{7} now \\u{202e}evil\\u{202c} \\u{1b}[2J');
		expect(report).toContain('2026-11-03 Bo\\u{1b}[31m.md');
		const explain = (await cli(['explain', dir, 'People/Ana Ruiz.md', '--today', TODAY])).stdout;
		expect(explain).toContain('workplace: Dock\\u{1b}]52;c;cHduZWQ=\\u{7} 4');
		expect(explain).toContain('department: Ni\\u{202e}ghts');
	}, 40_000);

	it('prints markup from notes as escaped text in the Markdown report and chart', async () => {
		for (const command of ['report', 'chart']) {
			const out = (await cli([command, dir, '--today', TODAY, '--format', 'markdown'])).stdout;
			expect(out).not.toMatch(/(^|[^\\])<(script|img|iframe)/);
			expect(out).not.toMatch(/\]\(javascript:/);
		}
		const report = (await cli(['report', dir, '--today', TODAY, '--format', 'markdown'])).stdout;
		expect(report).toContain('read \\<script\\>alert\\(4\\)\\</script\\>');
	}, 40_000);

	it('escapes controls in the arguments it repeats in an error', async () => {
		const r = await cli(['explain', dir, `nope${OSC52}.md`, '--today', TODAY]);
		expect(r.status).toBe(2);
		expect(r.stderr).not.toMatch(RAW_CONTROLS);
		expect(r.stderr).toContain('nope\\u{1b}]52;c;cHduZWQ=\\u{7}.md');
		const flag = await cli(['report', dir, `--fo${ESC}[2Jrmat`]);
		expect(flag.status).toBe(2);
		expect(flag.stderr).not.toMatch(RAW_CONTROLS);
	}, 40_000);
});
