/**
 * Held-out review of an action whose write would change nothing (Snooze In 3 days when
 * next-contact is already that day): the note stays as it is, the Notice says so and offers no
 * Undo (there is nothing to undo, and "Undo last action" must still undo the action before it),
 * and the row's buttons keep working (the pane has nothing to redraw, so nothing may wait for a
 * redraw).
 */
import { describe, expect, it } from 'vitest';
import { fake, itemButton, itemWith, pinToday, readNote, runCommand, waitFor } from './harness';
import { clickAction, lastNotice, startPane, TODAY } from './held-out-actions-support';

const SUE = 'People/Sue Park.md';
const files = {
	// Due for a check-in on 2026-12-02 (in Coming up): In 3 days is the value it already has.
	[SUE]: '---\ntype: person\nnext-contact: 2026-12-02\n---\n',
	'1-on-1s/2026-11-20 Sue Park.md': '---\ntype: one-on-one\nperson: ["[[Sue Park]]"]\ndate: 2026-11-20\n---\nTalked.\n',
};

async function snoozeIn3Days(el: HTMLElement): Promise<void> {
	itemButton(itemWith(el, 'coming-up', 'Sue Park'), 'Snooze').click();
	itemButton(fake.currentModals().at(-1)?.contentEl, 'In 3 days').click();
	await fake.settle();
}

describe('an action that would change nothing (held out)', () => {
	pinToday(TODAY);

	it('says the check-in is already that day, without Undo, and leaves the note as it is', async () => {
		const { running, el } = await startPane(files);
		await snoozeIn3Days(el);
		expect(await readNote(running, SUE)).toBe(files[SUE]);
		expect(lastNotice()).toBe('The next check-in with Sue Park is already 2026-12-02.');
	});

	it('leaves the row\'s buttons working: Log contact right after', async () => {
		const { running, el } = await startPane(files);
		await snoozeIn3Days(el);
		await clickAction(el, 'coming-up', 'Sue Park', 'Log contact');
		expect(await readNote(running, SUE)).toBe(`---\ntype: person\nnext-contact: 2026-12-02\nlast-contact: ${TODAY}\n---\n`);
		expect(lastNotice()).toBe('Logged contact with Sue Park today.Undo');
	});

	it('"Undo last action" undoes the action before it, not the one that changed nothing', async () => {
		const { running, el } = await startPane(files);
		const row = itemWith(el, 'coming-up', 'Sue Park');
		await clickAction(el, 'coming-up', 'Sue Park', 'Log contact');
		// Her next-contact (12-02) is after the contact logged today: still in Coming up, redrawn.
		await waitFor(() => row?.isConnected === false && itemWith(el, 'coming-up', 'Sue Park') !== undefined);
		await snoozeIn3Days(el);
		expect(lastNotice()).toBe('The next check-in with Sue Park is already 2026-12-02.');
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await readNote(running, SUE)).toBe(files[SUE]);
	});
});
