/**
 * Held out (DESIGN §5, docs/guide.md "The command line", README): `report` reads the plugin's
 * data.json and agrees with the pane. The vault and the hand-written expectations are those of
 * tests/plugin/held-out-settings-*.test.ts: missing keys get defaults, a bad key falls back alone
 * with a warning on stderr that names the key and no one from the vault, nothing crashes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';
import { FILES, TODAY } from '../support/held-out-settings-vault';

const DATA = '.obsidian/plugins/relational-organizer/data.json';

interface Report {
	readonly followUp: ReadonlyArray<{ text: string }>;
	readonly yourPromises: ReadonlyArray<{ text: string }>;
	readonly checkIn: ReadonlyArray<{ person: string }>;
	readonly noOneOnOne: ReadonlyArray<{ person: string }>;
	readonly comingUp: ReadonlyArray<{ text: string }>;
}

/** Runs `report --format json` on FILES with `data` as data.json (raw text, or an object as JSON). */
function report(data: unknown, extra: readonly string[] = []): { code: number; json: Report; stderr: string; vault: string } {
	const vault = writeVault({ ...FILES, ...(data === undefined ? {} : { [DATA]: typeof data === 'string' ? data : JSON.stringify(data) }) });
	const io = captureIo();
	const code = runCli(['report', vault, '--today', TODAY, '--format', 'json', ...extra], io);
	return { code, json: JSON.parse(io.stdout.join('')) as Report, stderr: io.stderr.join('\n'), vault };
}

/** The items' texts, without an owner written before the task (`[[Sam Rivera]]: `), sorted. */
const texts = (items: ReadonlyArray<{ text: string }>): string[] => items.map((i) => i.text.replace(/^\[\[[^\]]*\]\]: /, '')).sort();
const people = (items: ReadonlyArray<{ person: string }>): string[] => items.map((i) => i.person);

/** The lists with the defaults (the same as the plugin's baseline case). */
function expectDefaults(json: Report): void {
	expect(texts(json.followUp).sort()).toEqual(['bring flyers', 'call two coworkers']);
	expect(texts(json.yourPromises)).toEqual(['bring the contract']);
	expect(people(json.checkIn)).toEqual(['Maria Lopez']);
	expect(people(json.noOneOnOne)).toEqual(expect.arrayContaining(['Ben Okafor', 'Cal Diaz']));
	expect(people(json.noOneOnOne)).not.toContain('Dee Park');
}

describe('report reads the plugin\'s data.json as the plugin does', () => {
	it('without data.json: the defaults, nothing on stderr', () => {
		const { code, json, stderr } = report(undefined);
		expect(code).toBe(0);
		expectDefaults(json);
		expect(stderr).toBe('');
	});

	it('an older data.json with a few keys: those, the defaults for the rest, nothing on stderr', () => {
		const { json, stderr } = report({ stallDays: 30, comingUpDays: 14 });
		expect(texts(json.followUp)).toEqual(['bring flyers']);
		expect(texts(json.comingUp)).toContain('bring the contract');
		expect(people(json.checkIn)).toEqual(['Maria Lopez']);
		expect(stderr).toBe('');
	});

	it('a key it does not know: ignored, nothing on stderr', () => {
		const { code, json, stderr } = report({ someFutureOption: { deep: [1] } });
		expect(code).toBe(0);
		expectDefaults(json);
		expect(stderr).toBe('');
	});

	it('bad keys fall back alone, each named on stderr; the good keys are kept', () => {
		const { code, json, stderr } = report({ yourName: 'Maria Lopez', stallDays: -1, comingUpDays: 'soon', debriefWindowDays: 1e999 });
		expect(code).toBe(0);
		// Your name is kept: Maria's commitments are your promises, she is in no people list.
		expect(texts(json.yourPromises)).toContain('call two coworkers');
		expect(people(json.checkIn)).toEqual([]);
		expect(stderr).toContain('stallDays');
		expect(stderr).toContain('comingUpDays');
		expect(stderr).not.toContain('yourName');
	});

	it('each folder setting as the pane reads it: people folder, 1-on-1 folder, folder implies type, excluded folders', () => {
		expect(people(report({ peopleFolder: 'Crew' }).json.noOneOnOne)).toEqual(expect.arrayContaining(['Dee Park']));
		expect(people(report({ peopleFolder: 'Crew/' }).json.noOneOnOne)).toEqual(expect.arrayContaining(['Dee Park']));
		expect(people(report({ oneOnOneFolder: 'Talks' }).json.noOneOnOne)).not.toContain('Ben Okafor');
		expect(people(report({ folderImpliesType: false }).json.noOneOnOne)).not.toContain('Ben Okafor');
		expect(people(report({ excludedFolders: ['Archive'] }).json.noOneOnOne)).not.toContain('Cal Diaz');
	});

	it('a bad entry in excludedFolders drops that entry only: the other folders stay excluded', () => {
		const { code, json, stderr } = report({ excludedFolders: ['Archive', '../outside', 42] });
		expect(code).toBe(0);
		expect(people(json.noOneOnOne)).not.toContain('Cal Diaz');
		expect(stderr).toContain('excludedFolders');
		expect(stderr).not.toContain('outside');
	});

	it('an assessment interval as the pane reads it: 7 for assessment 4, "none" for 2', () => {
		const { json } = report({ assessmentIntervals: { '4': 7, '2': 'none' } });
		expect(people(json.checkIn)).toEqual(['Jo Chen']);
	});

	it('merges a nested object key by key: one interval given, the others kept', () => {
		const { json, stderr } = report({ assessmentIntervals: { '4': 7 } });
		expect(people(json.checkIn).sort()).toEqual(['Jo Chen', 'Maria Lopez']);
		expect(stderr).toBe('');
	});

	it('an interval of 0 means "never", as in the pane (contact-every: 0), not "every day"', () => {
		const { json } = report({ assessmentIntervals: { '2': 0 } });
		expect(people(json.checkIn)).toEqual([]);
		expect(json.comingUp.map((c) => c.text)).not.toContain('Maria Lopez');
	});

	for (const [what, text] of [
		['invalid JSON', '{"yourName": "Maria Lopez",'],
		['an array', '[1, 2]'],
		['null', 'null'],
		['an empty file', ''],
	] as const) {
		it(`${what}: the defaults, exit 0, one line on stderr at most`, () => {
			const { code, json, stderr } = report(text);
			expect(code).toBe(0);
			expectDefaults(json);
			expect(stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
			expect(stderr).not.toContain('Maria');
		});
	}

	it('"__proto__" in data.json changes nothing', () => {
		const { json } = report('{"__proto__": {"yourName": "Maria Lopez", "stallDays": 30}}');
		expectDefaults(json);
		expect(({} as Record<string, unknown>).stallDays).toBeUndefined();
	});

	it('a data.json that is a folder: the defaults, exit 0', () => {
		const vault = writeVault(FILES);
		mkdirSync(join(vault, DATA), { recursive: true });
		const io = captureIo();
		expect(runCli(['report', vault, '--today', TODAY, '--format', 'json'], io)).toBe(0);
		expectDefaults(JSON.parse(io.stdout.join('')) as Report);
	});

	it('reads data.json from the --config-dir folder', () => {
		const vault = writeVault(FILES);
		mkdirSync(join(vault, '.config/plugins/relational-organizer'), { recursive: true });
		writeFileSync(join(vault, '.config/plugins/relational-organizer/data.json'), JSON.stringify({ excludedFolders: ['Archive'] }));
		const io = captureIo();
		expect(runCli(['report', vault, '--today', TODAY, '--format', 'json', '--config-dir', '.config'], io)).toBe(0);
		expect(people((JSON.parse(io.stdout.join('')) as Report).noOneOnOne)).not.toContain('Cal Diaz');
	});
});
