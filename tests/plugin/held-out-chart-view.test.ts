/**
 * The Campaign chart view on the held-out chart vaults (tests/fixtures/held-out-chart/<case>/):
 * each unit row shows the numbers written by hand in the case's expected.json, read by the plugin
 * from the vault (its own settings, excluded folders, conflict copies); in privacy mode the view
 * shows no word of anyone's name, keeps the workplaces, and labels people by their initials.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartJson } from '../../src/core/chart-json';
import { pinToday, startPlugin, waitForIndex, whenViewsRendered, openChart } from './harness';

const ROOT = join(__dirname, '..', 'fixtures', 'held-out-chart');
const DATA = '.obsidian/plugins/relational-organizer/data.json';

interface Expected extends Partial<Pick<ChartJson, 'units' | 'slipping'>> {
	readonly today: string;
}

/** A case's notes (path → text) and its saved settings. */
function readCase(name: string): { files: Record<string, string>; data: unknown; expected: Expected } {
	const dir = join(ROOT, name);
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.md')) files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return { files, data: JSON.parse(readFileSync(join(dir, DATA), 'utf8')), expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected };
}

/** Each unit row's numbers as the view shows them: people, assessed, supportive, opposed, committee, no 1-on-1. */
function unitCounts(el: HTMLElement): string[][] {
	return Array.from(el.querySelectorAll('.ro-chart__unit')).map((row) => Array.from(row.querySelectorAll('.ro-chart__count')).map((b) => b.textContent ?? ''));
}

const COUNTED = ['people', 'assessed', 'supportive', 'opposed', 'organizingCommittee', 'noOneOnOne'] as const;

describe('the campaign chart view on the held-out vaults', () => {
	// Every case is written for this day (each expected.json says so; checked below).
	pinToday('2026-11-30');

	for (const name of ['counts-and-bands', 'who-counts', 'history-and-slipping', 'property-spellings']) {
		it(`shows the hand-counted numbers of each unit (${name})`, async () => {
			const { files, data, expected } = readCase(name);
			expect(expected.today).toBe('2026-11-30');
			const running = await startPlugin({ files, data });
			await waitForIndex(running);
			const el = await openChart(running);
			const want = (expected.units ?? []).map((unit) => COUNTED.map((key) => String(unit[key])));
			expect(want.every((row) => !row.includes('undefined'))).toBe(true);
			expect(unitCounts(el)).toEqual(want);
		});
	}

	it('heads each workplace once, two notes of one name by their paths (unit-spelling)', async () => {
		const { files, data, expected } = readCase('unit-spelling');
		expect(expected.today).toBe('2026-11-30');
		const running = await startPlugin({ files, data });
		await waitForIndex(running);
		const el = await openChart(running);
		const titles = Array.from(el.querySelectorAll('.ro-chart__workplace-title')).map((h) => h.textContent ?? '');
		expect(titles).toEqual(['Bakery', 'Café Roma', 'Sites/North/Depot', 'Sites/South/Depot', 'Store 12/Bakery', 'W4', 'Warehouse 4']);
		expect(unitCounts(el).map((row) => row[0])).toEqual(['3', '3', '1', '1', '1', '1', '4']);
	});

	it('shows no word of a name in privacy mode, keeps workplaces and issues, and labels people by initials (redact)', async () => {
		const { files, data, expected } = readCase('redact');
		expect(expected.today).toBe('2026-11-30');
		const running = await startPlugin({ files, data: { ...(data as object), privacyMode: true } });
		await waitForIndex(running);
		const el = await openChart(running);
		el.querySelectorAll<HTMLButtonElement>('.ro-chart__count').forEach((b) => b.click());
		await whenViewsRendered(running);
		const attributes = Array.from(el.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).map((a) => a.value)).join(' ');
		for (const word of ['Maria', 'Lopez', 'Mari', 'Jo', 'Chen', 'Ana', 'Ruiz', 'Sam', 'Rivera']) {
			const pattern = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu');
			expect(el.textContent ?? '', word).not.toMatch(pattern);
			expect(attributes, word).not.toMatch(pattern);
		}
		expect(el.textContent).toContain('Warehouse 4');
		expect(el.textContent).toContain('Mandatory overtime');
		expect(el.querySelector('.ro-chart__section--slipping .ro-chart__item')?.textContent).toBe('ML · 2 → 4 on 2026-11-20');
		expect(el.querySelector('.ro-chart__section--leaders .ro-chart__item')?.textContent).toContain('JC');
	});
});
