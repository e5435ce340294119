/**
 * Held-out review of Snooze (DESIGN §4: sets `next-contact` on the person note; README: +3/+7/+14
 * days or a picked date): what it writes and where, where the person goes afterwards (DESIGN §3:
 * the person's own next-contact wins when after the last contact), undo, and the picker.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, pinToday, readNote, runCommand, waitFor } from './harness';
import { lastNotice, shownTexts, startPane, TODAY } from './held-out-actions-support';

const talkOn = (name: string, date: string, extra = ''): string => `---\ntype: one-on-one\nperson: ["[[${name}]]"]\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n${extra}---\nTalked about the schedule.\n`;

const LEE_TALK = '1-on-1s/2026-11-01 Lee Park.md';
const notes = {
	'People/Maria Lopez.md': '---\ntype: person\nrole: contact\n---\nMet at the night-shift meeting.\n',
	'People/Lee Park.md': '---\ntype: person\n---\nLee.\n',
	'People/Jo Chen.md': '---\ntype: person\nnext-contact: 2026-11-05\nassessment: 3\n---\n',
	'1-on-1s/2026-11-01 Maria Lopez.md': talkOn('Maria Lopez', '2026-11-01'),
	// Lee's check-in comes from the talk's own next-contact.
	[LEE_TALK]: talkOn('Lee Park', '2026-11-01', 'next-contact: 2026-11-20\n'),
	'1-on-1s/2026-10-25 Jo Chen.md': talkOn('Jo Chen', '2026-10-25'),
};

/** Opens the Snooze modal of a check-in item; gives the modal's content. */
function openSnooze(el: HTMLElement, name: string, section = 'check-in'): HTMLElement {
	itemButton(itemWith(el, section, name), 'Snooze').click();
	const modal = fake.currentModals().at(-1);
	if (!modal) throw new Error('no snooze modal');
	return modal.contentEl;
}

describe('Snooze (held out)', () => {
	pinToday(TODAY);

	it('In 14 days writes next-contact on the person note, never on the talk that set the check-in', async () => {
		const { running, el } = await startPane(notes);
		itemButton(openSnooze(el, 'Lee Park'), 'In 14 days').click();
		await fake.settle();
		expect(await readNote(running, 'People/Lee Park.md')).toBe('---\ntype: person\nnext-contact: 2026-12-13\n---\nLee.\n');
		expect(await readNote(running, LEE_TALK)).toBe(notes[LEE_TALK]);
		expect(lastNotice()).toContain('Lee Park');
		expect(lastNotice()).toContain('2026-12-13');
		expect(lastNotice().endsWith('Undo')).toBe(true);
		// 2026-12-13 is past the 7-day Coming up window: in neither list.
		await waitFor(() => !shownTexts(el, 'check-in').includes('Lee Park'));
		expect(shownTexts(el, 'coming-up')).not.toContain('Lee Park');
	});

	it('In 7 days replaces an earlier next-contact where it stands; the check-in shows in Coming up on that day', async () => {
		const { running, el } = await startPane(notes);
		itemButton(openSnooze(el, 'Jo Chen'), 'In 7 days').click();
		await fake.settle();
		expect(await readNote(running, 'People/Jo Chen.md')).toBe('---\ntype: person\nnext-contact: 2026-12-06\nassessment: 3\n---\n');
		await waitFor(() => itemWith(el, 'coming-up', 'Jo Chen') !== undefined);
		expect(itemWith(el, 'coming-up', 'Jo Chen')?.textContent).toContain('2026-12-06');
		expect(fake.currentModals()).toEqual([]);
	});

	it('undo removes a next-contact the note did not have, byte for byte, and the person is back', async () => {
		const { running, el } = await startPane(notes);
		itemButton(openSnooze(el, 'Maria Lopez'), 'In 3 days').click();
		await fake.settle();
		expect(await readNote(running, 'People/Maria Lopez.md')).toBe('---\ntype: person\nrole: contact\nnext-contact: 2026-12-02\n---\nMet at the night-shift meeting.\n');
		await waitFor(() => !shownTexts(el, 'check-in').includes('Maria Lopez'));
		runCommand(running, 'undo-last-action');
		await waitFor(() => shownTexts(el, 'check-in').includes('Maria Lopez'));
		expect(await readNote(running, 'People/Maria Lopez.md')).toBe(notes['People/Maria Lopez.md']);
	});

	it('closing the modal without choosing writes nothing and says nothing', async () => {
		const { running, el } = await startPane(notes);
		const before = fake.noticeTexts().length;
		openSnooze(el, 'Maria Lopez');
		fake.pressKey('Escape');
		await fake.settle();
		expect(fake.currentModals()).toEqual([]);
		expect(await readNote(running, 'People/Maria Lopez.md')).toBe(notes['People/Maria Lopez.md']);
		expect(fake.noticeTexts().length).toBe(before);
	});

	it('a picked date: Enter in the date field snoozes to it, as the button does', async () => {
		const { running, el } = await startPane(notes);
		const content = openSnooze(el, 'Maria Lopez');
		const input = content.querySelector<HTMLInputElement>('input[type="date"]');
		if (!input) throw new Error('no date field');
		input.value = '2027-01-15';
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
		await fake.settle();
		expect(await readNote(running, 'People/Maria Lopez.md')).toContain('next-contact: 2027-01-15\n');
		expect(fake.currentModals()).toEqual([]);
	});

	it('a picked date a year ahead is written as that calendar day', async () => {
		const { running, el } = await startPane(notes);
		const content = openSnooze(el, 'Jo Chen');
		const input = content.querySelector<HTMLInputElement>('input[type="date"]');
		if (!input) throw new Error('no date field');
		input.value = '2027-11-29';
		itemButton(content, 'Snooze to this date').click();
		await fake.settle();
		expect(await readNote(running, 'People/Jo Chen.md')).toBe('---\ntype: person\nnext-contact: 2027-11-29\nassessment: 3\n---\n');
	});

	it('says the note is gone, in initials in privacy mode, when the person note was deleted before choosing', async () => {
		const { running, el } = await startPane(notes, { privacyMode: true });
		const content = openSnooze(el, 'ML');
		await running.app.vault.delete(running.app.vault.getFileByPath('People/Maria Lopez.md') as TFile);
		itemButton(content, 'In 3 days').click();
		await fake.settle();
		expect(running.app.vault.getFileByPath('People/Maria Lopez.md')).toBeNull();
		expect(lastNotice()).toBe("ML's note is gone, so nothing was changed.");
	});

	it('in privacy mode, its Notice and its modal show initials, never the name', async () => {
		const { el } = await startPane(notes, { privacyMode: true });
		const content = openSnooze(el, 'LP');
		expect(content.closest('.modal')?.textContent ?? content.textContent).not.toMatch(/Lee|Park/);
		itemButton(content, 'In 3 days').click();
		await fake.settle();
		expect(lastNotice()).toContain('LP');
		expect(lastNotice()).not.toMatch(/Lee|Park/);
	});
});
