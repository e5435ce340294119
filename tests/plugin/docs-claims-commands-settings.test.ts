/**
 * What the user guide says about the command palette and the settings tab (docs/guide.md,
 * Commands and Settings) holds in the plugin: the guide's command table names exactly the
 * commands in the palette, none has a default hotkey, and every setting the guide lists is in the
 * tab with the default the guide gives. The expectations are the guide's own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import { DATA_PATH, PLUGIN_ID, fake, startPlugin, waitFor, type Running } from './harness';

const GUIDE = readFileSync(join(__dirname, '..', '..', 'docs', 'guide.md'), 'utf8');

/** The first column of the guide's command table (a row may name two commands, "A / B"). */
function guideCommandNames(): string[] {
	const section = GUIDE.slice(GUIDE.indexOf('\n## Commands'), GUIDE.indexOf('\n## Settings'));
	const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| command') && !line.startsWith('|---'));
	return rows.flatMap((row) => row.split('|')[1].trim().split(' / ').map((name) => name.trim()));
}

interface RegisteredCommand {
	readonly name: string;
	readonly hotkeys?: readonly unknown[];
}

function registered(running: Running): RegisteredCommand[] {
	const commands = (running.app as unknown as { commands: Map<string, RegisteredCommand> }).commands;
	return [...commands.entries()].filter(([id]) => id.startsWith(`${PLUGIN_ID}:`)).map(([, command]) => command);
}

function row(tab: HTMLElement, name: string): HTMLElement {
	const found = Array.from(tab.querySelectorAll<HTMLElement>('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === name);
	if (!found) throw new Error(`no setting "${name}": ${Array.from(tab.querySelectorAll('.setting-item-name')).map((n) => n.textContent).join(' | ')}`);
	return found;
}

function textValues(tab: HTMLElement, name: string): string[] {
	return Array.from(row(tab, name).querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')).map((input) => input.value);
}

function toggleOn(tab: HTMLElement, name: string): boolean {
	const toggle = row(tab, name).querySelector('.checkbox-container');
	if (!toggle) throw new Error(`"${name}" is not a toggle`);
	return toggle.classList.contains('is-enabled');
}

describe('the guide\'s command table', () => {
	it('names every command in the palette, and only those', async () => {
		const running = await startPlugin();
		const inPalette = registered(running).map((command) => command.name.replace(`${manifest.name}: `, ''));
		const listed = guideCommandNames();
		expect(listed).toHaveLength(11);
		expect([...inPalette].sort()).toEqual([...listed].sort());
	});

	it('gives no command a default hotkey', async () => {
		const running = await startPlugin();
		for (const command of registered(running)) expect(command.hotkeys ?? []).toEqual([]);
	});

	it('has a people icon for the dashboard and an icon for the map in the ribbon', async () => {
		const running = await startPlugin();
		const icons = Array.from(document.querySelectorAll<HTMLElement>('.side-dock-ribbon-action')).map((el) => el.getAttribute('data-icon'));
		expect(icons).toContain('users');
		expect(icons).toHaveLength(2);
		expect(running.plugin.manifest.id).toBe(PLUGIN_ID);
	});
});

describe('the guide\'s settings', () => {
	it('are all in the tab, with the defaults the guide gives', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		expect(textValues(tab, 'Your name')).toEqual(['']);
		expect(textValues(tab, 'People folder')).toEqual(['People']);
		expect(textValues(tab, '1-on-1 folder')).toEqual(['1-on-1s']);
		expect(toggleOn(tab, 'Folder implies type')).toBe(true);
		expect(textValues(tab, '1-on-1 template')).toEqual(['']);
		expect(textValues(tab, 'Person template')).toEqual(['']);
		for (const stage of ['Agitate', 'Educate', 'Inoculate', 'Organize', 'Uplift']) expect(textValues(tab, `${stage} section`)).toEqual([stage]);
		expect(textValues(tab, 'Stall days')).toEqual(['14']);
		expect(textValues(tab, 'Debrief window')).toEqual(['30']);
		expect(textValues(tab, 'Coming-up window')).toEqual(['7']);
		expect(textValues(tab, 'Supportive assessments')).toEqual(['1–2']);
		expect(textValues(tab, 'Opposed assessments')).toEqual(['5']);
		expect(row(tab, 'Scale direction').querySelector('select')?.value).toBe('lower-is-supportive');
		expect(textValues(tab, 'Committee share to aim for')).toEqual(['10–15']);
		expect(textValues(tab, 'Majority threshold')).toEqual(['65']);
		expect(row(tab, 'Relationship vocabulary').querySelector('textarea')).not.toBeNull();
		expect(textValues(tab, 'Canvas export path')).toEqual(['Relationship map.canvas']);
		expect(toggleOn(tab, 'Mentioned together')).toBe(true);
		expect(textValues(tab, 'Excluded folders')).toEqual(['']);
		expect(toggleOn(tab, 'Privacy mode')).toBe(false);
	});

	it('show the check-in interval of every assessment, not yet assessed included (1 → 7, 2 → 14, 3 → 14, 4 → 30, 5 → never, unassessed → 14)', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		// Each value's row ends with its interval (label, colour, interval).
		const intervals = ['1', '2', '3', '4', '5'].map((value) => textValues(tab, `Assessment ${value}`).at(-1));
		expect(intervals).toEqual(['7', '14', '14', '30', 'none']);
		expect(textValues(tab, 'Not yet assessed')).toEqual(['14']);
	});

	it('save the interval for people not yet assessed when it is edited in the tab', async () => {
		const running = await startPlugin();
		const tab = fake.openSettings(running.app, PLUGIN_ID);
		const input = row(tab, 'Not yet assessed').querySelector('input');
		if (!input) throw new Error('no interval field');
		fake.typeInto(input, 'soon');
		await fake.settle();
		expect(running.plugin.settings.assessmentIntervals.unassessed).toBe(14);
		fake.typeInto(input, '21');
		await waitFor(() => running.plugin.settings.assessmentIntervals.unassessed === 21);
		await fake.settle();
		const saved = JSON.parse(await running.app.vault.adapter.read(DATA_PATH)) as { assessmentIntervals: Record<string, unknown> };
		expect(saved.assessmentIntervals).toMatchObject({ '1': 7, '5': 'none', unassessed: 21 });
		fake.typeInto(input, 'none');
		await waitFor(() => running.plugin.settings.assessmentIntervals.unassessed === 'none');
	});
});
