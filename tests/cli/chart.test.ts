/**
 * `relational-organizer chart` on a two-unit vault, the expected outputs written by hand (today
 * 2026-11-30, support threshold 50% from the plugin's data.json), and on the demo vault.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoVault } from '../../src/cli/demo-vault';
import { runCli } from '../../src/cli/main';
import type { ChartJson } from '../../src/core/chart-json';
import { captureIo, writeVault } from '../builders/temp-vault';

const person = (props: string): string => `---\ntype: person\n${props}\n---\n`;
const talk = (who: string, date: string, props: string): string =>
	`---\ntype: one-on-one\nperson: "[[${who}]]"\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n${props}\n---\n## Agitate\nTalked.\n`;

const FILES = {
	'Places/Warehouse 4.md': '# Warehouse 4\n',
	'People/Ana Ruiz.md': person('workplace: "[[Warehouse 4]]"\ndepartment: Nights\nrole: committee\nleads: ["[[Ben Okafor]]"]'),
	'People/Ben Okafor.md': person('workplace: Warehouse 4\ndepartment: Days'),
	'1-on-1s/2026-11-01 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-01', 'assessment: 2\nissues: ["[[Heat]]"]'),
	'1-on-1s/2026-11-20 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-20', 'assessment: 4'),
	'1-on-1s/2026-11-05 Ben Okafor.md': talk('Ben Okafor', '2026-11-05', 'assessment: 1\nissues: [Heat]'),
	'.obsidian/plugins/relational-organizer/data.json': JSON.stringify({ yourName: 'Sam Rivera', supportThreshold: 50 }),
};

function run(args: readonly string[], files: Record<string, string> = FILES): { code: number; out: string; err: string[] } {
	const io = captureIo();
	const code = runCli(['chart', writeVault(files), '--today', '2026-11-30', ...args], io);
	return { code, out: io.stdout.join('\n'), err: io.stderr };
}

describe('relational-organizer chart', () => {
	it('prints the chart as text', () => {
		const { code, out, err } = run([]);
		expect([code, err]).toEqual([0, []]);
		expect(out).toBe(`Campaign chart for 2026-11-30

Units (2)
  Warehouse 4
    Days: 1 person · 1 assessed · 1 supportive (100%; 50% reached) · 0 opposed
        no one on the committee yet · 0 leaders · 0 with no 1-on-1 yet
    Nights: 1 person · 1 assessed · 0 supportive (0%; majority at 50%) · 0 opposed
        1 on the committee (100%; above 10–15%) · 0 leaders · 0 with no 1-on-1 yet

Issue heat (1)
  Heat: 2 people, last raised 2026-11-05
      Warehouse 4 · Days; Warehouse 4 · Nights

Support slipping (1)
  Ana Ruiz: 2 → 4 on 2026-11-20 · 1-on-1s/2026-11-20 Ana Ruiz.md

Not assessed in 90 days (0)
  nothing here

Leaders and their people to check in with (1)
  Ana Ruiz (leads 1)
      check in with: Ben Okafor
      no 1-on-1 yet: no one
`);
		expect(out).not.toMatch(/target|conversion/i);
	});

	it('prints the documented JSON', () => {
		const { code, out } = run(['--format', 'json']);
		expect(code).toBe(0);
		const json = JSON.parse(out) as ChartJson;
		expect(json.goals).toEqual({ committeeTarget: { from: 10, to: 15 }, supportThreshold: 50 });
		expect(json.units.map((u) => [u.workplace, u.department, u.shift, u.people, u.assessed, u.supportive, u.opposed, u.committee, u.leaders, u.noOneOnOne])).toEqual([
			['Warehouse 4', 'Days', null, 1, 1, 1, 0, 0, 0, 0],
			['Warehouse 4', 'Nights', null, 1, 1, 0, 0, 1, 0, 0],
		]);
		expect(json.issues).toEqual([{ issue: 'Heat', path: null, people: 2, lastRaised: '2026-11-05', units: ['Warehouse 4 · Days', 'Warehouse 4 · Nights'] }]);
		expect(json.slipping).toEqual([{ person: 'Ana Ruiz', path: 'People/Ana Ruiz.md', from: 2, to: 4, date: '2026-11-20', source: '1-on-1s/2026-11-20 Ana Ruiz.md' }]);
		expect(json.staleAssessments).toEqual([]);
		expect(json.leaders).toEqual([{ leader: 'Ana Ruiz', path: 'People/Ana Ruiz.md', leads: 1, checkIn: ['Ben Okafor'], noOneOnOne: [] }]);
	});

	it('prints a Markdown note with a table per workplace and links to the notes', () => {
		const { out } = run(['--format', 'markdown']);
		expect(out).toContain('## Warehouse 4\n\n| Unit | People | Assessed | Supportive | Opposed | Committee | No 1-on-1 yet |');
		expect(out).toContain('| Nights | 1 | 1 | 0 supportive \\(0\\%; majority at 50\\%\\) | 0 | 1 on the committee \\(100\\%; above 10–15\\%\\) | 0 |');
		expect(out).toContain('- [[People/Ana Ruiz|Ana Ruiz]]: 2 → 4 on 2026-11-20 ([[1-on-1s/2026-11-20 Ana Ruiz]])');
	});

	it('redacts names everywhere with --redact, keeping workplaces, departments and issues', () => {
		for (const format of ['text', 'json', 'markdown']) {
			const { out } = run(['--format', format, '--redact']);
			expect(out).not.toMatch(/Ana|Ruiz|Ben|Okafor/);
			expect(out).toContain('Warehouse 4');
			expect(out).toContain('Nights');
			expect(out).toContain('Heat');
		}
	});

	it('escapes terminal control characters in note text', () => {
		const { out } = run([], { ...FILES, 'People/Ben Okafor.md': person('workplace: Warehouse 4\ndepartment: "Days\\u001b]0;pwned\\u0007"') });
		expect(out).not.toContain('\u001b');
		expect(out).toContain('Days\\u{1b}]0;pwned\\u{7}');
	});

	it('refuses an unknown flag with exit code 2', () => {
		const io = captureIo();
		expect(runCli(['chart', 'vault', '--out', 'x'], io)).toBe(2);
		expect(io.stderr.join('\n')).toContain('unknown flag "--out" for chart');
	});

	it('shows two units, issue heat and one slipping person on the demo vault', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ro-demo-')), 'demo');
		writeDemoVault(dir, '2026-12-01', { mainJs: '', manifest: '{}', styles: '' });
		const io = captureIo();
		expect(runCli(['chart', dir, '--today', '2026-12-01', '--format', 'json'], io)).toBe(0);
		const json = JSON.parse(io.stdout.join('\n')) as ChartJson;
		expect(json.units.length).toBeGreaterThanOrEqual(2);
		expect(json.issues[0]).toMatchObject({ issue: 'Mandatory overtime', people: 3 });
		expect(json.slipping).toEqual([{ person: 'Maria Lopez', path: 'People/Maria Lopez.md', from: 2, to: 3, date: '2026-11-19', source: '1-on-1s/2026-11-19 Maria Lopez.md' }]);
	});
});
