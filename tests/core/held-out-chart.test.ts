/**
 * Held-out chart vaults (tests/fixtures/held-out-chart/<case>/): small vaults built from DESIGN.md
 * and docs/chart.md by a reviewer who had not read the chart code, each with the chart expected for
 * its `today` (expected.json), worked out by hand. The core, and the command line's `chart` in every
 * format (and `--redact`), must show it; `report --format json` must carry the same slipping list.
 * See the fixtures' README for the file format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../src/cli/fs-vault';
import { runCli } from '../../src/cli/main';
import type { ChartJson } from '../../src/core/chart-json';
import { toChartJson } from '../../src/core/chart-json';
import { showChart } from '../../src/core/chart-shown';
import { deriveOnce } from '../../src/core/derive';
import { captureIo } from '../builders/temp-vault';
import { listCaseFolders } from '../support/fixture-cases';

const ROOT = join(__dirname, '..', 'fixtures', 'held-out-chart');
const cases = listCaseFolders(ROOT);

const LISTS = ['units', 'issues', 'slipping', 'staleAssessments', 'leaders'] as const;
type ListName = (typeof LISTS)[number];

interface Printed {
	readonly contains?: readonly string[];
	readonly excludes?: readonly string[];
}

interface Expected extends Partial<Pick<ChartJson, ListName | 'goals'>> {
	readonly today: string;
	readonly warnings?: readonly string[];
	readonly text?: Printed;
	readonly markdown?: Printed;
	readonly redacted?: {
		readonly excludes: readonly string[];
		readonly contains: readonly string[];
		readonly json?: Partial<Pick<ChartJson, ListName>>;
	};
}

/** Each actual item cut down to the keys its expected counterpart names. */
function pickKeys(actual: readonly object[], expected: readonly object[]): unknown[] {
	return actual.map((item, i) => {
		const wanted = expected[i];
		if (wanted === undefined) return item;
		const keys = Object.keys(wanted);
		return Object.fromEntries(Object.entries(item).filter(([key]) => keys.includes(key)));
	});
}

function expectLists(actual: Partial<Pick<ChartJson, ListName>>, expected: Partial<Pick<ChartJson, ListName>>): void {
	for (const list of LISTS) {
		const want = expected[list] as readonly object[] | undefined;
		if (want === undefined) continue;
		expect(pickKeys((actual[list] ?? []) as readonly object[], want), list).toEqual(want);
	}
}

function runChart(dir: string, today: string, args: readonly string[]): { code: number; out: string; err: string } {
	const io = captureIo();
	const code = runCli(['chart', dir, '--today', today, ...args], io);
	return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** Every word of every person note's name in the vault (conflict copies and excluded ones too). */
function personNameWords(dir: string): string[] {
	const words = new Set<string>();
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.md') && /^type: person$/m.test(readFileSync(path, 'utf8'))) {
				for (const word of entry.name.replace(/\.md$/, '').replace(/\.sync-conflict.*$/, '').split(/\s+/)) words.add(word);
			}
		}
	};
	walk(dir);
	return [...words];
}

const wordPattern = (word: string): RegExp => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');

/** Pipes that are table cell borders (not escaped with a backslash). */
const countCellPipes = (line: string): number => (line.match(/(?<!\\)\|/g) ?? []).length;

describe('held-out chart vaults (docs/chart.md), expectations written by hand', () => {
	it('has cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(6);
	});

	for (const name of cases) {
		const dir = join(ROOT, name);
		const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
		describe(name, () => {
			const { index, settings, warnings } = loadVault(dir, '.obsidian');
			const actual = toChartJson(showChart(deriveOnce(index, settings, expected.today).chart).chart);

			it('reads its settings with the expected warnings', () => {
				const want = expected.warnings ?? [];
				expect(warnings).toHaveLength(want.length);
				want.forEach((part, i) => expect(warnings[i]).toContain(part));
			});

			it('builds the expected chart in the core', () => {
				expect(actual.today).toBe(expected.today);
				if (expected.goals) expect(actual.goals).toEqual(expected.goals);
				expectLists(actual, expected);
			});

			it('prints the same chart as JSON from the command line', () => {
				const { code, out, err } = runChart(dir, expected.today, ['--format', 'json']);
				expect(code).toBe(0);
				expect(err.split('\n').filter((line) => line.startsWith('warning:'))).toHaveLength((expected.warnings ?? []).length);
				expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
				const printed = JSON.parse(out) as ChartJson;
				if (expected.goals) expect(printed.goals).toEqual(expected.goals);
				expectLists(printed, expected);
			});

			it('prints it as text, with no raw control character', () => {
				const { code, out } = runChart(dir, expected.today, []);
				expect(code).toBe(0);
				expect(out).toContain(`Campaign chart for ${expected.today}`);
				expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
				for (const part of expected.text?.contains ?? []) expect(out).toContain(part);
				for (const part of expected.text?.excludes ?? []) expect(out).not.toContain(part);
			});

			it('prints it as Markdown whose table rows keep their columns and show no HTML', () => {
				const { code, out } = runChart(dir, expected.today, ['--format', 'markdown']);
				expect(code).toBe(0);
				expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
				expect(out).not.toMatch(/(?<!\\)<[a-z/]/i);
				const rows = out.split('\n').filter((line) => line.startsWith('|'));
				expect(rows.length).toBeGreaterThan(0);
				for (const row of rows) expect(countCellPipes(row), row).toBe(countCellPipes(rows[0] ?? ''));
				for (const part of expected.markdown?.contains ?? []) expect(out).toContain(part);
				for (const part of expected.markdown?.excludes ?? []) expect(out).not.toContain(part);
			});

			it('shows no word of anyone’s name with --redact, in any format', () => {
				const words = [...personNameWords(dir), ...(expected.redacted?.excludes ?? [])];
				for (const format of ['text', 'json', 'markdown']) {
					const { code, out, err } = runChart(dir, expected.today, ['--format', format, '--redact']);
					expect(code).toBe(0);
					for (const word of words) expect(`${out}\n${err}`, `${format}: ${word}`).not.toMatch(wordPattern(word));
					for (const part of expected.redacted?.contains ?? []) expect(out, format).toContain(part);
					if (format === 'json' && expected.redacted?.json) expectLists(JSON.parse(out) as ChartJson, expected.redacted.json);
				}
			});

			if (expected.slipping !== undefined) {
				it('carries the same slipping list in the report (report --format json)', () => {
					const io = captureIo();
					expect(runCli(['report', dir, '--today', expected.today, '--format', 'json'], io)).toBe(0);
					const report = JSON.parse(io.stdout.join('')) as { slipping?: object[] };
					expect(pickKeys(report.slipping ?? [], expected.slipping ?? [])).toEqual(expected.slipping);
				});
			}
		});
	}
});
