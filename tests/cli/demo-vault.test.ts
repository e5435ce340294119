import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from '../../src/cli/args';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoVault } from '../../src/cli/demo-vault';
import { buildFollowUps } from '../../src/core/follow-ups';
import { loadVault } from '../../src/cli/fs-vault';

const PLUGIN = { mainJs: '/* main */', manifest: '{"id":"relational-organizer"}', styles: '/* css */' };

describe('the demo vault writer', () => {
	it('writes notes, installs the plugin and enables it', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ro-demo-')), 'vault');
		const written = writeDemoVault(dir, '2026-11-29', PLUGIN);
		expect(written.filter((p) => p.endsWith('.md')).length).toBeGreaterThan(10);
		expect(readFileSync(join(dir, '.obsidian/plugins/relational-organizer/main.js'), 'utf8')).toBe(PLUGIN.mainJs);
		expect(readFileSync(join(dir, '.obsidian/plugins/relational-organizer/manifest.json'), 'utf8')).toBe(PLUGIN.manifest);
		expect(readFileSync(join(dir, '.obsidian/plugins/relational-organizer/styles.css'), 'utf8')).toBe(PLUGIN.styles);
		expect(JSON.parse(readFileSync(join(dir, '.obsidian/community-plugins.json'), 'utf8'))).toEqual(['relational-organizer']);
	});

	it('writes into an existing empty folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ro-demo-'));
		writeDemoVault(dir, '2026-11-29', PLUGIN);
		expect(existsSync(join(dir, '.obsidian/community-plugins.json'))).toBe(true);
	});

	it('refuses a folder that is not empty and leaves it untouched', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ro-demo-'));
		writeFileSync(join(dir, 'My note.md'), 'mine');
		expect(() => writeDemoVault(dir, '2026-11-29', PLUGIN)).toThrow(/not empty/);
		expect(readFileSync(join(dir, 'My note.md'), 'utf8')).toBe('mine');
		expect(existsSync(join(dir, '.obsidian'))).toBe(false);
	});

	it('puts items in every dashboard list, for any today', () => {
		for (const today of ['2026-11-29', '2027-03-01']) {
			const dir = join(mkdtempSync(join(tmpdir(), 'ro-demo-')), 'vault');
			writeDemoVault(dir, today, PLUGIN);
			const { index, settings } = loadVault(dir, '.obsidian');
			const model = buildFollowUps(index, settings, today);
			expect(model.followUp.some((i) => i.kind === 'debrief')).toBe(true);
			expect(model.followUp.some((i) => i.kind === 'support')).toBe(true);
			expect(model.stalled.length).toBeGreaterThan(0);
			expect(model.yourPromises.length).toBeGreaterThan(0);
			expect(model.checkIn.length).toBeGreaterThan(0);
			expect(model.noOneOnOne.length).toBeGreaterThan(0);
			expect(model.comingUp.length).toBeGreaterThan(0);
			expect(model.problems.length).toBeGreaterThan(0);
		}
	});
});

describe('the demo vault writer refuses to write into a vault', () => {
	it('refuses an empty folder name (an unset shell variable) instead of writing into the current folder', () => {
		expect(() => writeDemoVault('', '2026-11-29', PLUGIN)).toThrow(/folder name is empty/);
		expect(parseArgs(['demo', ''])).toEqual({ ok: false, error: 'the <dir> folder name is empty' });
	});

	it("refuses a vault's .obsidian folder and any folder inside it", () => {
		const vault = mkdtempSync(join(tmpdir(), 'ro-demo-'));
		mkdirSync(join(vault, '.obsidian'));
		for (const dir of [join(vault, '.obsidian'), join(vault, '.obsidian', 'plugins', 'x')]) {
			expect(() => writeDemoVault(dir, '2026-11-29', PLUGIN)).toThrow(/inside a vault/);
		}
		expect(readdirSync(join(vault, '.obsidian'))).toEqual([]);
	});

	it('refuses an empty or new subfolder of a vault (a parent has .obsidian)', () => {
		const vault = mkdtempSync(join(tmpdir(), 'ro-demo-'));
		mkdirSync(join(vault, '.obsidian'));
		mkdirSync(join(vault, 'Empty'));
		for (const dir of [join(vault, 'Empty'), join(vault, 'New', 'Deeper')]) {
			expect(() => writeDemoVault(dir, '2026-11-29', PLUGIN)).toThrow(/inside a vault/);
		}
		expect(readdirSync(join(vault, 'Empty'))).toEqual([]);
		expect(existsSync(join(vault, 'New'))).toBe(false);
	});
});
