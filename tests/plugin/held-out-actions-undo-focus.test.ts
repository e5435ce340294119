/**
 * Held-out review of undo and of the pane around an action: each Notice's Undo undoes its own
 * action (not just the newest), undo follows a renamed note, an action button never also opens the
 * note, a commitment due soon can be marked done from Coming up, counts follow, and a keyboard
 * user's focus stays in the pane when the last item of a list goes.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, pinToday, readNote, runCommand, sectionSummary, waitFor } from './harness';
import { clickAction, lastNotice, MARIA, mariaNote, shownTexts, startPane, TALK, talkWith, TODAY } from './held-out-actions-support';

const talk = talkWith(['- [ ] Ask Jo about nights 📅 2026-11-20', '- [ ] Count the signatures [due:: 2026-11-21]', '- [ ] Book the room 📅 2026-12-02', '']);
const files = { [MARIA]: mariaNote, [TALK]: talk };

/** The Undo buttons of the notices shown so far, oldest first. */
function undoButtons(): HTMLButtonElement[] {
	return Array.from(document.querySelectorAll<HTMLButtonElement>('.notice .ro-notice__undo'));
}

describe('undo (held out)', () => {
	pinToday(TODAY);

	it('the first Notice\'s Undo undoes the first Mark done, leaving the second one done', async () => {
		const { running, el } = await startPane(files);
		const before = undoButtons().length;
		await clickAction(el, 'follow-up', 'Ask Jo about nights', 'Mark done');
		await waitFor(() => itemWith(el, 'follow-up', 'Ask Jo about nights')?.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief');
		await clickAction(el, 'follow-up', 'Count the signatures', 'Mark done');
		const buttons = undoButtons().slice(before);
		expect(buttons).toHaveLength(2);
		buttons[0].click();
		await fake.settle();
		expect(await readNote(running, TALK)).toBe(talk.replace('- [ ] Count the signatures [due:: 2026-11-21]', `- [x] Count the signatures [due:: 2026-11-21] [completion:: ${TODAY}]`));
		expect(lastNotice()).toBe('Undone: the task is open again.');
		// The command now undoes what is left: the second one.
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await readNote(running, TALK)).toBe(talk);
	});

	it('undoes a Mark done in the note where it now is, after the note was renamed', async () => {
		const { running, el } = await startPane(files);
		await clickAction(el, 'follow-up', 'Ask Jo about nights', 'Mark done');
		await running.app.vault.rename(running.app.vault.getFileByPath(TALK) as TFile, '1-on-1s/2026-11-10 Maria Lopez (night shift).md');
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await readNote(running, '1-on-1s/2026-11-10 Maria Lopez (night shift).md')).toBe(talk);
	});

	it('undoes a Log contact in the person note where it now is, after it was renamed', async () => {
		const checkIn = { ...files, '1-on-1s/2026-11-01 Maria Lopez.md': talkWith(['Talked.', '']).replace('2026-11-10', '2026-11-01') };
		const { running, el } = await startPane(checkIn);
		await clickAction(el, 'check-in', 'Maria Lopez', 'Log contact');
		await running.app.vault.rename(running.app.vault.getFileByPath(MARIA) as TFile, 'People/Maria Lopez Garcia.md');
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await readNote(running, 'People/Maria Lopez Garcia.md')).toBe(mariaNote);
	});
});

describe('undo with the pane closed (held out)', () => {
	pinToday(TODAY);

	it('"Undo last action" from the command palette still undoes a Mark done after the pane was closed', async () => {
		const { running, el } = await startPane(files);
		await clickAction(el, 'follow-up', 'Ask Jo about nights', 'Mark done');
		running.app.workspace.detachLeavesOfType('relational-organizer-dashboard');
		await fake.settle();
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await readNote(running, TALK)).toBe(talk);
		expect(lastNotice()).toBe('Undone: the task is open again.');
	});
});

describe('the pane around an action (held out)', () => {
	pinToday(TODAY);

	it('Mark done does not also open the note (the row is clickable, the button is not a way into it)', async () => {
		const { running, el } = await startPane(files);
		await clickAction(el, 'follow-up', 'Ask Jo about nights', 'Mark done');
		expect(fake.activeMarkdownView(running.app)).toBeNull();
	});

	it('a commitment due within the week is marked done from Coming up and becomes a Debrief', async () => {
		const { running, el } = await startPane(files);
		expect(shownTexts(el, 'coming-up').join()).toContain('Book the room');
		await clickAction(el, 'coming-up', 'Book the room', 'Mark done');
		expect(await readNote(running, TALK)).toContain(`\n- [x] Book the room 📅 2026-12-02 ✅ ${TODAY}\n`);
		await waitFor(() => !shownTexts(el, 'coming-up').join().includes('Book the room'));
		expect(itemWith(el, 'follow-up', 'Book the room')?.querySelector('.ro-dashboard__badge')?.textContent).toBe('Debrief');
	});

	it('Log contact on the last person to check in with: the count goes, and focus stays in the pane', async () => {
		const checkIn = { ...files, '1-on-1s/2026-11-01 Maria Lopez.md': talkWith(['Talked.', '']).replace('2026-11-10', '2026-11-01') };
		const { el } = await startPane(checkIn);
		expect(sectionSummary(el)).toContain('Check in with 1');
		const button = itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Log contact');
		button.focus();
		button.click();
		await waitFor(() => shownTexts(el, 'check-in').length === 0);
		expect(sectionSummary(el)).not.toContain('Check in with 1');
		expect(el.contains(document.activeElement)).toBe(true);
	});
});
