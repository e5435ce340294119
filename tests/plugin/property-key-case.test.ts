/**
 * Log contact and Snooze on a person note that writes the key in another case (`Last-Contact:`,
 * `Next-Contact:`, as Obsidian's Properties view lets you type it): the plugin reads keys in any
 * case, the first one winning, so the action must change that key. A second, lower-case key
 * added after it would never be read: the person would stay in "Check in with".
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, openDashboard, pinToday, runCommand, startPlugin, waitFor, waitForIndex, type Running } from './harness';

const TODAY = '2026-11-29';
const maria = '---\ntype: person\nLast-Contact: 2026-10-01\n---\nMet at the night-shift meeting.\n';
const jo = '---\ntype: person\nNext-Contact: 2026-11-01\n---\n';
const talk = (who: string): string => `---\ntype: one-on-one\nperson: "[[${who}]]"\ndate: 2026-10-01\n---\nTalked.\n`;
const files = {
	'People/Maria Lopez.md': maria,
	'People/Jo Chen.md': jo,
	'1-on-1s/2026-10-01 Maria Lopez.md': talk('Maria Lopez'),
	'1-on-1s/2026-10-01 Jo Chen.md': talk('Jo Chen'),
};

function checkIns(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll('.ro-dashboard__section--check-in .ro-dashboard__item .ro-dashboard__name, .ro-dashboard__section--check-in .ro-dashboard__item .ro-dashboard__link')).map((n) => n.textContent ?? '');
}

function button(el: HTMLElement, who: string, label: string): HTMLButtonElement {
	const item = Array.from(el.querySelectorAll<HTMLElement>('.ro-dashboard__section--check-in .ro-dashboard__item')).find((i) => (i.textContent ?? '').includes(who));
	const found = Array.from(item?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((b) => b.textContent === label);
	if (!found) throw new Error(`no "${label}" for ${who}`);
	return found;
}

function read(running: Running, path: string): Promise<string> {
	return running.app.vault.read(running.app.vault.getFileByPath(path) as TFile);
}

describe('Log contact and Snooze on a key written in another case', () => {
	pinToday(TODAY);

	it('Log contact changes Last-Contact itself, and the person leaves "Check in with"; undo puts it back', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(checkIns(el).sort()).toEqual(['Jo Chen', 'Maria Lopez']);
		button(el, 'Maria Lopez', 'Log contact').click();
		await fake.settle();
		expect(await read(running, 'People/Maria Lopez.md')).toBe('---\ntype: person\nLast-Contact: 2026-11-29\n---\nMet at the night-shift meeting.\n');
		await waitFor(() => checkIns(el).join() === 'Jo Chen');
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await read(running, 'People/Maria Lopez.md')).toBe(maria);
	});

	it('Snooze changes Next-Contact itself', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		button(el, 'Jo Chen', 'Snooze').click();
		fake.currentModals().at(-1)?.contentEl.querySelector<HTMLButtonElement>('button')?.click();
		await fake.settle();
		expect(await read(running, 'People/Jo Chen.md')).toBe('---\ntype: person\nNext-Contact: 2026-12-02\n---\n');
		await waitFor(() => !checkIns(el).includes('Jo Chen'));
	});
});
