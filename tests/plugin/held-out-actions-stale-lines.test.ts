/**
 * Held-out review of Mark done when the note moved on after the pane rendered (DESIGN §4: the
 * indexed line if unchanged, else the one line equal to the indexed raw line; refuse with a Notice
 * when there is none or more than one), and of which notes it may touch at all: never a
 * sync-conflict copy, never a note in an excluded folder.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, pinToday, readNote, sectionItems, waitFor } from './harness';
import { clickAction, editNote, lastNotice, MARIA, mariaNote, shownTexts, startPane, TALK, talkWith, TODAY } from './held-out-actions-support';

const twin = '- [ ] Bring the sign-up sheet 📅 2026-11-20';
const talk = talkWith(['- [ ] Ask Jo about nights 📅 2026-11-21', twin, 'Between the two.', twin, '- [ ] Count the signatures 📅 2026-11-22', '']);
const files = { [MARIA]: mariaNote, [TALK]: talk };

/** Clicks Mark done on the `index`-th item whose text is `text`. */
async function markDoneNth(el: HTMLElement, text: string, index: number): Promise<void> {
	const items = sectionItems(el, 'follow-up').filter((item) => (item.textContent ?? '').includes(text));
	itemButton(items[index], 'Mark done').click();
	await fake.settle();
}

describe('Mark done on two identical task lines (held out)', () => {
	pinToday(TODAY);

	it('lists both, and ticks the second one only when that is the one clicked', async () => {
		const { running, el } = await startPane(files);
		expect(shownTexts(el, 'follow-up').filter((t) => t === 'Bring the sign-up sheet')).toHaveLength(2);
		// Both are due the same day in the same note: ordered by line, so the second item is line 4 of the body.
		await markDoneNth(el, 'Bring the sign-up sheet', 1);
		expect(await readNote(running, TALK)).toBe(talk.replace(`Between the two.\n${twin}\n`, `Between the two.\n- [x] Bring the sign-up sheet 📅 2026-11-20 ✅ ${TODAY}\n`));
	});

	it('refuses, changing nothing, when the lines moved and the task is no longer one line but two', async () => {
		const { running, el } = await startPane(files);
		const edited = await editNote(running, TALK, (text) => text.replace('## Organize\n', '## Organize\nAdded above.\n'));
		await markDoneNth(el, 'Bring the sign-up sheet', 0);
		expect(await readNote(running, TALK)).toBe(edited);
		expect(lastNotice()).toContain('nothing was changed');
		expect(lastNotice()).not.toContain('Undo');
	});
});

describe('Mark done after the note changed under the pane (held out)', () => {
	pinToday(TODAY);

	it('follows the task when lines above it were deleted and it moved up', async () => {
		const { running, el } = await startPane(files);
		// Two tasks above it go away (another device synced the change before the pane re-rendered).
		await editNote(running, TALK, (text) => text.replace(`- [ ] Ask Jo about nights 📅 2026-11-21\n${twin}\nBetween the two.\n${twin}\n`, ''));
		await clickAction(el, 'follow-up', 'Count the signatures', 'Mark done');
		expect(await readNote(running, TALK)).toBe(talkWith([`- [x] Count the signatures 📅 2026-11-22 ✅ ${TODAY}`, '']));
	});

	it.each([
		['with Tasks', `- [x] Count the signatures 📅 2026-11-22 ✅ ${TODAY}`],
		['with Obsidian\'s own checkbox', '- [x] Count the signatures 📅 2026-11-22'],
	])('says the task is already done when the organizer ticked it %s meanwhile, adding no second date', async (_how, tickedLine) => {
		const { running, el } = await startPane(files);
		const ticked = await editNote(running, TALK, (text) => text.replace('- [ ] Count the signatures 📅 2026-11-22', tickedLine));
		await clickAction(el, 'follow-up', 'Count the signatures', 'Mark done');
		expect(await readNote(running, TALK)).toBe(ticked);
		expect(lastNotice()).toBe('That task is already done.');
	});

	it('still says the line changed when the task was ticked and reworded', async () => {
		const { running, el } = await startPane(files);
		const ticked = await editNote(running, TALK, (text) => text.replace('- [ ] Count the signatures 📅 2026-11-22', '- [x] Count all the signatures 📅 2026-11-22'));
		await clickAction(el, 'follow-up', 'Count the signatures', 'Mark done');
		expect(await readNote(running, TALK)).toBe(ticked);
		expect(lastNotice()).toBe('The task line has changed since it was read, so nothing was changed.');
	});

	it('refuses when the task line was deleted', async () => {
		const { running, el } = await startPane(files);
		const without = await editNote(running, TALK, (text) => text.replace('- [ ] Count the signatures 📅 2026-11-22\n', ''));
		await clickAction(el, 'follow-up', 'Count the signatures', 'Mark done');
		expect(await readNote(running, TALK)).toBe(without);
		expect(lastNotice()).toContain('nothing was changed');
	});

	it('says the note is gone when it was deleted, and does not create it again', async () => {
		const { running, el } = await startPane(files);
		await running.app.vault.delete(running.app.vault.getFileByPath(TALK) as TFile);
		await clickAction(el, 'follow-up', 'Count the signatures', 'Mark done');
		expect(running.app.vault.getFileByPath(TALK)).toBeNull();
		expect(lastNotice()).toBe('That note is gone, so nothing was changed.');
		// The pane catches up: the deleted note's tasks leave the list.
		await waitFor(() => shownTexts(el, 'follow-up').length === 0);
	});

	it('the pane shows the task as done once it re-renders after a tick made elsewhere, without Mark done', async () => {
		const { running, el } = await startPane(files);
		await editNote(running, TALK, (text) => text.replace('- [ ] Count the signatures 📅 2026-11-22', '- [x] Count the signatures 📅 2026-11-22 ✅ 2026-11-28'));
		await waitFor(() => sectionItems(el, 'follow-up').some((item) => (item.textContent ?? '').includes('Count the signatures') && item.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief'));
		const item = sectionItems(el, 'follow-up').find((i) => (i.textContent ?? '').includes('Count the signatures'));
		expect(Array.from(item?.querySelectorAll('button') ?? []).map((b) => b.textContent)).not.toContain('Mark done');
	});
});

describe('notes Mark done never reaches (held out)', () => {
	pinToday(TODAY);

	it('a sync-conflict copy: its task is not listed and keeps every byte; the original is ticked', async () => {
		const copy = '1-on-1s/2026-11-10 Maria Lopez.sync-conflict-20261111-101010-ABCDEFG.md';
		const { running, el } = await startPane({ ...files, [copy]: talk });
		expect(shownTexts(el, 'follow-up')).toEqual(['Bring the sign-up sheet', 'Bring the sign-up sheet', 'Ask Jo about nights', 'Count the signatures']);
		expect(sectionItems(el, 'problems').map((i) => i.textContent ?? '').join()).toContain('sync-conflict');
		await clickAction(el, 'follow-up', 'Count the signatures', 'Mark done');
		expect(await readNote(running, copy)).toBe(talk);
		expect(await readNote(running, TALK)).toContain(`- [x] Count the signatures 📅 2026-11-22 ✅ ${TODAY}\n`);
	});

	it('a 1-on-1 in an excluded folder: none of its tasks is listed', async () => {
		const archived = 'Archive/2026-11-10 Maria Lopez.md';
		const { el } = await startPane({ [MARIA]: mariaNote, [archived]: talk }, { excludedFolders: ['Archive'] });
		expect(shownTexts(el, 'follow-up')).toEqual([]);
		expect(shownTexts(el, 'stalled')).toEqual([]);
	});
});
