// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { writeDemoVault } from '../../src/cli/demo-vault';
import { fillTodayTokens } from '../../src/demo/render-demo-note';

/**
 * demo/expected.json says, by hand, where each demo note lands on the dashboard. The demo built for
 * a today must land there for that today: for two todays far apart (one across a year end, a leap
 * day in the window of the other), so no list holds only by luck of the calendar.
 */
const EXPECTED = JSON.parse(readFileSync(join(__dirname, '../../demo/expected.json'), 'utf8')) as Record<string, unknown>;
const LISTS = ['followUp', 'stalled', 'yourPromises', 'checkIn', 'noOneOnOne', 'comingUp', 'problems'] as const;

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The report of the demo vault built for `today`, as the CLI's JSON. */
function reportDemo(today: string): Record<string, unknown> {
	const dir = mkdtempSync(join(tmpdir(), 'ro-demo-expected-'));
	dirs.push(dir);
	// The whole vault, so the plugin's settings say who "you" are, as in a real demo.
	writeDemoVault(dir, today, { mainJs: '', manifest: '{}', styles: '' });
	let out = '';
	const io = { out: (text: string) => (out += text), err: () => undefined, isTty: false, now: () => new Date(), packageRoot: dir };
	expect(runCli(['report', dir, '--today', today, '--format', 'json'], io)).toBe(0);
	return JSON.parse(out) as Record<string, unknown>;
}

/** An expected entry with its dates filled, and without the "why" meant for people. */
function fill(entry: Record<string, unknown>, today: string): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(entry)) {
		if (key !== 'why') out[key] = typeof value === 'string' ? fillTodayTokens(value, today) : value;
	}
	return out;
}

/** Each actual entry narrowed to the fields the expected entry names (never the line numbers). */
function narrow(actual: readonly Record<string, unknown>[], expected: readonly Record<string, unknown>[]): Record<string, unknown>[] {
	return actual.map((item, i) => Object.fromEntries(Object.keys(expected[i] ?? item).filter((key) => key !== 'why').map((key) => [key, item[key]])));
}

describe.each(['2026-12-01', '2027-03-15', '2028-02-27'])('the demo vault built and reported for %s', (today) => {
	const report = reportDemo(today);
	it.each(LISTS)('puts in %s exactly the notes demo/expected.json names, in order', (list) => {
		const expected = (EXPECTED[list] as Record<string, unknown>[]).map((entry) => fill(entry, today));
		const actual = report[list] as Record<string, unknown>[];
		expect(narrow(actual, expected)).toEqual(expected);
	});
});

describe('demo/expected.json', () => {
	it('gives every entry a reason and names every list of the dashboard', () => {
		for (const list of LISTS) {
			const entries = EXPECTED[list] as Record<string, unknown>[];
			expect(entries.length, list).toBeGreaterThan(0);
			for (const entry of entries) expect(typeof entry.why, `${list}: ${JSON.stringify(entry)}`).toBe('string');
		}
	});
});
