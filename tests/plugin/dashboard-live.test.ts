/**
 * The dashboard is live (DESIGN §4): progress while the first pass runs, re-renders on vault and
 * settings changes, follows renames, and recomputes when the day changes. (Keeping the scroll
 * position needs real layout: the e2e run checks it in Chromium.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TFile } from '../fake-obsidian/index';
import { Vault } from '../fake-obsidian/vault';
import { dashboardView, fake, openDashboard, startPlugin, waitFor, waitForIndex } from './harness';
import { person, talk } from '../support/builders';


function setToday(date: string): void {
	vi.setSystemTime(new Date(`${date}T12:00:00`));
}

describe('live dashboard', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	it('shows "Indexing n/N notes" while the first pass runs, then the lists', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		setToday('2026-11-29');
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const original = Vault.prototype.cachedRead;
		vi.spyOn(Vault.prototype, 'cachedRead').mockImplementation(async function (this: Vault, file: TFile) {
			const text = await original.call(this, file);
			await gate;
			return text;
		});
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': person(), '1-on-1s/a.md': talk('Maria Lopez', '2026-11-10', { organize: '- [ ] call Jo 📅 2026-11-20' }) },
		});
		const el = await openDashboard(running);
		expect(el.querySelector('.ro-dashboard__indexing')?.textContent).toBe('Indexing 0/2 notes…');
		release();
		await waitForIndex(running);
		await waitFor(() => el.querySelector('.ro-dashboard__section--follow-up') !== null);
		expect(el.querySelector('.ro-dashboard__indexing')).toBeNull();
	}, 60_000);

	it('follows a renamed person note and drops a deleted 1-on-1', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		setToday('2026-11-29');
		const running = await startPlugin({
			files: { 'People/Jo.md': person(), '1-on-1s/a.md': talk('Jo', '2026-11-01', { organize: '- [ ] sign the card 📅 2026-11-10' }) },
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(el.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__meta')?.textContent).toContain('Jo');
		await running.app.vault.rename(running.app.vault.getFileByPath('People/Jo.md') as TFile, 'People/Jo Chen.md');
		// The 1-on-1 still says [[Jo]] (no link rewrite here): Jo is now a person without a note.
		await waitFor(() => el.querySelector('.ro-dashboard__section--no-one-on-one')?.textContent?.includes('Jo Chen') === true);
		await running.app.vault.delete(running.app.vault.getFileByPath('1-on-1s/a.md') as TFile);
		await waitFor(() => el.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__item') === null);
	}, 60_000);

	it('re-renders on a settings change without re-reading the vault', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		setToday('2026-11-29');
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': person(), '1-on-1s/a.md': talk('Maria Lopez', '2026-11-10', { organize: '- [ ] [[Sam Rivera]]: bring the contract 📅 2026-11-20' }) },
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		const reads = vi.spyOn(Vault.prototype, 'cachedRead');
		expect(el.querySelector('.ro-dashboard__section--your-promises .ro-dashboard__count')?.textContent).toBe('1');
		await running.plugin.updateSettings({ ...running.plugin.settings, yourName: 'Ana Ruiz' });
		await waitFor(() => el.querySelector('.ro-dashboard__section--your-promises .ro-dashboard__count')?.textContent === '0');
		expect(reads).not.toHaveBeenCalled();
	}, 60_000);

	it('recomputes when the day changes while it is open', async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
		setToday('2026-11-19');
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': person(), '1-on-1s/a.md': talk('Maria Lopez', '2026-11-10', { organize: '- [ ] call Jo 📅 2026-11-20' }) },
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(el.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__count')?.textContent).toBe('0');
		setToday('2026-11-20');
		vi.advanceTimersByTime(60_000);
		await fake.settle();
		expect(dashboardView(running)).not.toBeNull();
		expect(el.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__count')?.textContent).toBe('1');
	});
});
