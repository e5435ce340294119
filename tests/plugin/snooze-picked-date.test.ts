/**
 * Snooze to a picked date that is not after today (or no date at all): the modal says why it did
 * not snooze and stays open, instead of a button that silently does nothing.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, openDashboard, pinToday, startPlugin, waitForIndex } from './harness';

const TODAY = '2026-11-29';
const maria = '---\ntype: person\nrole: contact\n---\n';
const talk = '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-01\n---\nTalked.\n';

describe('Snooze to a picked date', () => {
	pinToday(TODAY);

	it('says the day must be after today, keeps the modal open and writes nothing', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-01 Maria Lopez.md': talk } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const item = Array.from(el.querySelectorAll<HTMLElement>('.ro-dashboard__section--check-in .ro-dashboard__item')).find((i) => (i.textContent ?? '').includes('Maria Lopez'));
		Array.from(item?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Snooze')?.click();
		const modal = fake.currentModals().at(-1);
		const input = modal?.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
		const confirm = Array.from(modal?.contentEl.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Snooze to this date');
		if (!modal || !input || !confirm) throw new Error('no snooze modal');
		input.value = TODAY;
		confirm.click();
		await fake.settle();
		expect(modal.contentEl.querySelector('.ro-snooze__error')?.textContent).toBe('Pick a day after today (2026-11-29).');
		expect(fake.currentModals()).toContain(modal);
		input.value = '';
		confirm.click();
		expect(modal.contentEl.querySelector('.ro-snooze__error')?.textContent).toBe('Pick a day after today (2026-11-29).');
		expect(await running.app.vault.read(running.app.vault.getFileByPath('People/Maria Lopez.md') as TFile)).toBe(maria);
	});
});
