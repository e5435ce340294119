import { describe, expect, it } from 'vitest';
import { TFile } from '../fake-obsidian/index';
import { fake, openDashboard, pinToday, sectionSummary, startPlugin, waitFor, waitForIndex } from './harness';
import { person, talk } from '../support/builders';

const TODAY = '2026-11-29';

const maria = person({ role: 'contact' });

const talkWithMaria = talk('Maria Lopez', '2026-11-10', { organize: '- [ ] Talk to two coworkers on nights about the schedule 📅 2026-11-20' });

describe('follow-up dashboard', () => {
	pinToday(TODAY);

	it('opens on its command in the right sidebar and shows the empty state on an empty vault', async () => {
		const running = await startPlugin();
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(el.closest('.mod-right-split')).not.toBeNull();
		expect(el.parentElement?.children[1]).toBe(el); // contentEl is containerEl.children[1], as in the app
		expect(el.querySelector('.ro-dashboard__empty')?.textContent).toContain('Nothing to follow up yet.');
	});

	it('reuses the open dashboard instead of opening a second one', async () => {
		const running = await startPlugin();
		await waitForIndex(running);
		await openDashboard(running);
		await openDashboard(running);
		expect(running.app.workspace.getLeavesOfType('relational-organizer-dashboard')).toHaveLength(1);
	});

	it('lists an overdue commitment of a 1-on-1 under "Follow up" as "Offer support"', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-10 Maria Lopez.md': talkWithMaria } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const section = el.querySelector('.ro-dashboard__section--follow-up');
		expect(section?.querySelector('.ro-dashboard__count')?.textContent).toBe('1');
		const item = section?.querySelector('.ro-dashboard__item');
		expect(item?.querySelector('.ro-dashboard__badge')?.textContent).toBe('Offer support');
		expect(item?.querySelector('.ro-dashboard__link')?.textContent).toBe('Talk to two coworkers on nights about the schedule');
		expect(item?.querySelector('.ro-dashboard__meta')?.textContent).toContain('Maria Lopez');
		expect(sectionSummary(el)[0]).toBe('Follow up 1');
	});

	it('opens the note at the commitment\'s line when the item is clicked', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-10 Maria Lopez.md': talkWithMaria } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		el.querySelector<HTMLElement>('.ro-dashboard__section--follow-up .ro-dashboard__link')?.click();
		await fake.settle();
		const view = fake.activeMarkdownView(running.app);
		expect(view?.file?.path).toBe('1-on-1s/2026-11-10 Maria Lopez.md');
		expect(view?.editor.getCursor().line).toBe(7); // 0-based: the task is line 8
	});

	it('re-renders after a note changes: a cancelled commitment leaves "Follow up"', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-10 Maria Lopez.md': talkWithMaria } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const file = running.app.vault.getFileByPath('1-on-1s/2026-11-10 Maria Lopez.md') as TFile;
		await running.app.vault.process(file, (text) => text.replace('- [ ] Talk', '- [-] Talk'));
		const followUpCount = (): string | null | undefined => el.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__count')?.textContent;
		expect(followUpCount()).toBe('1');
		await waitFor(() => followUpCount() === '0');
		// An empty section shrinks to its one heading line.
		const empty = el.querySelector('.ro-dashboard__section--follow-up');
		expect(empty?.classList.contains('is-empty')).toBe(true);
		expect(empty?.querySelectorAll('.ro-dashboard__item, .ro-dashboard__list')).toHaveLength(0);
		// Maria is still due a check-in: the rest of the dashboard stays.
		expect(el.querySelector('.ro-dashboard__section--check-in .ro-dashboard__count')?.textContent).toBe('1');
	}, 60_000);
});
