/**
 * Held-out vaults (tests/fixtures/held-out/<case>/): small vaults built from DESIGN §2–§3 alone, by
 * a reviewer who had not read the core, each with the dashboard expected for its `today`
 * (expected.json), worked out by hand. Settings come from the vault's own `.obsidian`, as the CLI
 * reads them. An expected item lists the keys it checks (more fields are allowed); every list must
 * have exactly the expected items in the expected order; problems are compared by the notes they
 * name. The command line (`report --format json`) must print the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../src/cli/fs-vault';
import { runCli } from '../../src/cli/main';
import { buildFollowUps } from '../../src/core/follow-ups';
import { toReportJson, type ReportJson } from '../../src/core/report-json';
import { captureIo } from '../builders/temp-vault';
import { listCaseFolders } from '../support/fixture-cases';

const ROOT = join(__dirname, '..', 'fixtures', 'held-out');
const cases = listCaseFolders(ROOT);

const LISTS = ['followUp', 'stalled', 'yourPromises', 'checkIn', 'noOneOnOne', 'comingUp', 'slipping'] as const;

/** Each actual item cut down to the keys its expected counterpart names. */
function pickKeys(actual: readonly object[], expected: readonly object[]): unknown[] {
	return actual.map((item, i) => {
		const wanted = expected[i];
		if (wanted === undefined) return item;
		const keys = Object.keys(wanted);
		return Object.fromEntries(Object.entries(item).filter(([key]) => keys.includes(key)));
	});
}

function problemPaths(report: Pick<ReportJson, 'problems'>): string[] {
	return [...new Set(report.problems.map((p) => p.path))].sort();
}

describe('held-out vaults (DESIGN §2–§3), expectations written by hand', () => {
	it('has cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(4);
	});

	for (const name of cases) {
		const dir = join(ROOT, name);
		const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ReportJson;
		describe(name, () => {
			const { index, settings, warnings } = loadVault(dir, '.obsidian');
			const actual = toReportJson(buildFollowUps(index, settings, expected.today));

			it('reads its settings without warnings', () => {
				expect(warnings).toEqual([]);
			});

			for (const list of LISTS) {
				it(`shows the expected ${list}`, () => {
					const got = (actual[list] ?? []) as readonly object[];
					const want = (expected[list] ?? []) as readonly object[];
					expect(pickKeys(got, want)).toEqual(want);
				});
			}

			it('lists the expected notes to fix', () => {
				expect(problemPaths(actual)).toEqual(problemPaths(expected));
			});

			it('prints the same dashboard from the command line (report --format json)', () => {
				const io = captureIo();
				expect(runCli(['report', dir, '--today', expected.today, '--format', 'json'], io)).toBe(0);
				const printed = JSON.parse(io.stdout.join('')) as ReportJson;
				for (const list of LISTS) expect(pickKeys((printed[list] ?? []) as readonly object[], (expected[list] ?? []) as readonly object[])).toEqual(expected[list] ?? []);
				expect(problemPaths(printed)).toEqual(problemPaths(expected));
			});
		});
	}
});
