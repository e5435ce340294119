/**
 * Keyboard focus survives the pane's re-renders (DESIGN §4: keyboard reachable): "Show N more"
 * moves focus to the first item it brought in, and a button of the toolbar or a section toggle
 * keeps focus when the pane is drawn again (Refresh, privacy mode, a note changing meanwhile),
 * instead of dropping it to the page so the user must Tab from the start again.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { openDashboard, pinToday, startPlugin, waitFor, waitForIndex, whenViewsRendered } from './harness';

const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const maria = '---\ntype: person\nrole: contact\n---\n';
const tasks = Array.from({ length: 60 }, (_, i) => `- [ ] task number ${i + 1} 📅 2026-11-20`);
const big = `---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-10\n---\n${tasks.join('\n')}\n`;

async function start(): Promise<{ running: Awaited<ReturnType<typeof startPlugin>>; el: HTMLElement }> {
	const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, [TALK]: big } });
	await waitForIndex(running);
	return { running, el: await openDashboard(running) };
}

describe('keyboard focus in the dashboard', () => {
	pinToday('2026-11-29');

	it('"Show 10 more" moves focus to the first item it shows', async () => {
		const { running, el } = await start();
		const more = el.querySelector<HTMLButtonElement>('.ro-dashboard__section--follow-up .ro-dashboard__more');
		more?.focus();
		more?.click();
		await whenViewsRendered(running);
		expect(document.activeElement?.textContent).toBe('task number 51');
	});

	it('Refresh keeps focus on the Refresh button', async () => {
		const { running, el } = await start();
		const refresh = el.querySelector<HTMLButtonElement>('.ro-dashboard__tool[data-icon="refresh-cw"]');
		if (!refresh) throw new Error(`no refresh button: ${Array.from(el.querySelectorAll('.ro-dashboard__tool')).map((b) => b.getAttribute('data-icon')).join()}`);
		refresh.focus();
		refresh.click();
		await whenViewsRendered(running);
		expect(document.activeElement?.getAttribute('data-icon')).toBe('refresh-cw');
		expect(el.contains(document.activeElement)).toBe(true);
	});

	it('a section toggle keeps focus when a note changes meanwhile', async () => {
		const { running, el } = await start();
		el.querySelector<HTMLButtonElement>('.ro-dashboard__section--check-in .ro-dashboard__toggle')?.focus();
		const file = running.app.vault.getFileByPath(TALK) as TFile;
		await running.app.vault.process(file, (text) => text.replace('task number 1 ', 'task number one '));
		await waitFor(() => (el.textContent ?? '').includes('task number one'));
		await whenViewsRendered(running);
		expect(el.contains(document.activeElement)).toBe(true);
		expect(document.activeElement?.closest('.ro-dashboard__section')?.classList.contains('ro-dashboard__section--check-in')).toBe(true);
	});

	it('keeps what was typed into the "Your name" field when a note changes meanwhile', async () => {
		const { running, el } = await start();
		const input = el.querySelector<HTMLInputElement>('.ro-dashboard__name-prompt-input');
		if (!input) throw new Error('no name field');
		input.focus();
		input.value = 'Sam Riv';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		const file = running.app.vault.getFileByPath(TALK) as TFile;
		await running.app.vault.process(file, (text) => text.replace('task number 1 ', 'task number one '));
		await waitFor(() => (el.textContent ?? '').includes('task number one'));
		await whenViewsRendered(running);
		const now = el.querySelector<HTMLInputElement>('.ro-dashboard__name-prompt-input');
		expect(now?.value).toBe('Sam Riv');
		expect(document.activeElement).toBe(now);
	});
});
