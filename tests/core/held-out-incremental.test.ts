/**
 * The held-out vaults (tests/fixtures/held-out/<case>/) as the plugin sees them: notes arrive one
 * by one in an order the CLI never uses, are deleted and created again, renamed away and back, and
 * the day changes while the dashboard is open. After each of these the live dashboard must say
 * what expected.json (written by hand from DESIGN §2–§3) says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMarkdownFiles, readExclusionInput, readVaultSettings } from '../../src/cli/fs-vault';
import { deriveDashboard } from '../../src/core/derive';
import { buildExclusion } from '../../src/core/exclusion';
import { parseNote, toParseOptions } from '../../src/core/note-parser';
import { toReportJson, type ReportJson } from '../../src/core/report-json';
import { VaultIndex } from '../../src/core/vault-index';
import type { Settings } from '../../src/settings';
import { listCaseFolders } from '../support/fixture-cases';

const ROOT = join(__dirname, '..', 'fixtures', 'held-out');
const cases = listCaseFolders(ROOT);

const LISTS = ['followUp', 'stalled', 'yourPromises', 'checkIn', 'noOneOnOne', 'comingUp', 'slipping'] as const;

/** A report cut down to what expected.json names: its keys per item, problems as paths. */
function comparable(report: ReportJson, expected: ReportJson): unknown {
	const out: Record<string, unknown> = {};
	for (const list of LISTS) {
		const want = (expected[list] ?? []) as readonly object[];
		out[list] = ((report[list] ?? []) as readonly object[]).map((item, i) => {
			const keys = Object.keys(want[i] ?? item);
			return Object.fromEntries(Object.entries(item).filter(([key]) => keys.includes(key)));
		});
	}
	out.problems = [...new Set(report.problems.map((p) => p.path))].sort();
	return out;
}

interface Vault {
	readonly settings: Settings;
	readonly expected: ReportJson;
	/** Every Markdown path, sorted, and whether the plugin would read it. */
	readonly files: readonly { path: string; read: boolean }[];
	readonly text: (path: string) => string;
}

function openVault(dir: string): Vault {
	const { settings } = readVaultSettings(dir, '.obsidian');
	const isExcluded = buildExclusion(readExclusionInput(dir, '.obsidian', settings));
	return {
		settings,
		expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ReportJson,
		files: listMarkdownFiles(dir, '.obsidian').map((path) => ({ path, read: !isExcluded(path) })),
		text: (path) => readFileSync(join(dir, path), 'utf8'),
	};
}

/** Puts one note in the index the way the plugin's indexer does. */
function add(index: VaultIndex, vault: Vault, file: { path: string; read: boolean }, as = file.path): void {
	if (file.read) index.upsert(parseNote(as, vault.text(file.path), toParseOptions(vault.settings)));
	else index.upsertUnread(as);
}

function report(index: VaultIndex, vault: Vault, today = vault.expected.today): ReportJson {
	return toReportJson(deriveDashboard(index, vault.settings, today).followUps);
}

describe('held-out vaults, edited live as in the plugin', () => {
	for (const name of cases) {
		const vault = openVault(join(ROOT, name));
		const want = comparable(vault.expected, vault.expected);

		describe(name, () => {
			it('says the same when notes arrive in reverse order, one at a time', () => {
				const index = new VaultIndex();
				report(index, vault);
				for (const file of [...vault.files].reverse()) {
					add(index, vault, file);
					report(index, vault);
				}
				expect(comparable(report(index, vault), vault.expected)).toEqual(want);
			});

			it('says the same after each note is deleted and created again', () => {
				const index = new VaultIndex();
				for (const file of vault.files) add(index, vault, file);
				report(index, vault);
				for (const file of vault.files) {
					index.remove(file.path);
					report(index, vault);
					add(index, vault, file);
					expect({ path: file.path, report: comparable(report(index, vault), vault.expected) }).toEqual({ path: file.path, report: want });
				}
			});

			it('says the same after each note is renamed away and back', () => {
				const index = new VaultIndex();
				for (const file of vault.files) add(index, vault, file);
				report(index, vault);
				for (const file of vault.files) {
					if (!file.read) continue;
					const away = `Moved/${file.path.split('/').pop() ?? file.path}`;
					index.rename(file.path, parseNote(away, vault.text(file.path), toParseOptions(vault.settings)));
					report(index, vault);
					index.rename(away, parseNote(file.path, vault.text(file.path), toParseOptions(vault.settings)));
					expect({ path: file.path, report: comparable(report(index, vault), vault.expected) }).toEqual({ path: file.path, report: want });
				}
			});

			it('says the same after settings are changed and changed back while it is open', () => {
				const index = new VaultIndex();
				for (const file of vault.files) add(index, vault, file);
				report(index, vault);
				const changed: Settings[] = [
					{ ...vault.settings, yourName: vault.settings.yourName ? '' : 'Jo Chen' },
					{ ...vault.settings, stallDays: 3, debriefWindowDays: 5, comingUpDays: 30 },
				];
				for (const other of changed) {
					toReportJson(deriveDashboard(index, other, vault.expected.today).followUps);
					expect(comparable(report(index, vault), vault.expected)).toEqual(want);
				}
			});

			it('says the same when the day changes while it is open', () => {
				const index = new VaultIndex();
				for (const file of vault.files) add(index, vault, file);
				report(index, vault, '2026-11-20');
				expect(comparable(report(index, vault), vault.expected)).toEqual(want);
			});
		});
	}
});

describe('held-out: a talk being prepared today, edited live', () => {
	const vault = openVault(join(ROOT, 'same-day-and-preparing'));
	const preparing = '1-on-1s/2026-12-01 Maria Lopez.md';

	it('counts as held once it gets content of its own, and as planned again when the content goes', () => {
		const index = new VaultIndex();
		for (const file of vault.files) add(index, vault, file);
		const before = report(index, vault);
		expect(before.followUp.map((f) => f.text)).toEqual(['Ask two coworkers about the rota']);

		const written = vault.text(preparing).replace('## Agitate\n', '## Agitate\nShe asked both; one will come to the meeting.\n');
		index.upsert(parseNote(preparing, written, toParseOptions(vault.settings)));
		const held = report(index, vault);
		// Maria's talk today follows her 11-25 task up: it is Stalled now (6 days), before Ana's (11-28, 3 days).
		expect(held.followUp).toEqual([]);
		expect(held.stalled.map((s) => [s.owner, s.text, s.daysStalled])).toEqual([
			['Maria Lopez', 'Ask two coworkers about the rota', 6],
			['Ana Ruiz', 'Invite Lee to the meeting', 3],
		]);
		// Talked today (assessment 3: 14 days), so no check-in is due and none comes up within 7 days.
		expect(held.checkIn.map((c) => c.person)).toEqual(['Jo Chen', 'Tom Baker']);
		expect(held.comingUp.map((c) => [c.date, c.what])).toEqual([['2026-12-04', 'planned']]);

		index.upsert(parseNote(preparing, vault.text(preparing), toParseOptions(vault.settings)));
		expect(comparable(report(index, vault), vault.expected)).toEqual(comparable(vault.expected, vault.expected));
	});

	it('counts as held once the day passes, content or not', () => {
		const index = new VaultIndex();
		for (const file of vault.files) add(index, vault, file);
		report(index, vault);
		const tomorrow = report(index, vault, '2026-12-02');
		// Ana's undated task (11-18 + 14 stall days) comes due tomorrow; her talk today was before it.
		expect(tomorrow.followUp.map((f) => [f.kind, f.owner, f.text, f.followUpDate])).toEqual([['support', 'Ana Ruiz', 'Find out who sets the rota', '2026-12-02']]);
		expect(tomorrow.stalled.map((s) => [s.owner, s.text, s.daysStalled])).toEqual([
			['Maria Lopez', 'Ask two coworkers about the rota', 7],
			['Ana Ruiz', 'Invite Lee to the meeting', 4],
		]);
		expect(tomorrow.checkIn.map((c) => [c.person, c.daysOver])).toEqual([
			['Jo Chen', 6],
			['Tom Baker', 2],
		]);
		expect(tomorrow.comingUp.map((c) => [c.date, c.what])).toEqual([['2026-12-04', 'planned']]);
	});
});
