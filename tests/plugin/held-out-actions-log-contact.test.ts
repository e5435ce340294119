/**
 * Held-out review of Log contact (DESIGN §4: sets `last-contact` to today on the person note,
 * through processFrontMatter, body bytes unchanged; README: the key as the note spells it) and of
 * where the person goes afterwards (DESIGN §3: next check-in = last contact + interval).
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { itemWith, pinToday, readNote, runCommand, sectionItems, waitFor } from './harness';
import { clickAction, editNote, lastNotice, shownTexts, startPane, TODAY } from './held-out-actions-support';

const talkOn = (name: string, date: string, extra = ''): string => `---\ntype: one-on-one\nperson: ["[[${name}]]"]\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n${extra}---\nTalked about the schedule.\n`;

const notes = {
	'People/Maria Lopez.md': '---\ntype: person\nlast-contact: 2026-10-01\nrole: contact\n---\nMet at the night-shift meeting.\n',
	'People/Ana Ruiz.md': '---\ntype: person\nLast-Contact: 2026-10-01\n---\nAna.\n',
	'People/Ben Okafor.md': 'Ben works the loading dock.\n',
	'People/Jo Chen.md': '---\ntype: person\nrole: committee\n---\n',
	'People/Sue Park.md': '---\ntype: person\n---\n',
	'People/Kim Lee.md': '---\r\ntype: person\r\n---\r\nKim, first shift.\r\n\r\nLikes the break room plan.\r\n',
	'1-on-1s/2026-11-01 Maria Lopez.md': talkOn('Maria Lopez', '2026-11-01'),
	'1-on-1s/2026-10-20 Ana Ruiz.md': talkOn('Ana Ruiz', '2026-10-20'),
	'1-on-1s/2026-11-01 Ben Okafor.md': talkOn('Ben Okafor', '2026-11-01'),
	'1-on-1s/2026-11-01 Jo Chen.md': talkOn('Jo Chen', '2026-11-01'),
	// Check-in due 2026-12-04: in Coming up, not yet in Check in with.
	'1-on-1s/2026-11-20 Sue Park.md': talkOn('Sue Park', '2026-11-20'),
	'1-on-1s/2026-11-01 Kim Lee.md': talkOn('Kim Lee', '2026-11-01'),
};

describe('Log contact (held out)', () => {
	pinToday(TODAY);

	it('replaces an older last-contact where it stands; undo puts back the old date, byte for byte', async () => {
		const { running, el } = await startPane(notes);
		await clickAction(el, 'check-in', 'Maria Lopez', 'Log contact');
		expect(await readNote(running, 'People/Maria Lopez.md')).toBe(`---\ntype: person\nlast-contact: ${TODAY}\nrole: contact\n---\nMet at the night-shift meeting.\n`);
		expect(lastNotice()).toBe('Logged contact with Maria Lopez today.Undo');
		await waitFor(() => !shownTexts(el, 'check-in').includes('Maria Lopez'));
		runCommand(running, 'undo-last-action');
		await waitFor(() => shownTexts(el, 'check-in').includes('Maria Lopez'));
		expect(await readNote(running, 'People/Maria Lopez.md')).toBe(notes['People/Maria Lopez.md']);
	});

	it('writes the key as the note spells it (Last-Contact), not a second key', async () => {
		const { running, el } = await startPane(notes);
		await clickAction(el, 'check-in', 'Ana Ruiz', 'Log contact');
		expect(await readNote(running, 'People/Ana Ruiz.md')).toBe(`---\ntype: person\nLast-Contact: ${TODAY}\n---\nAna.\n`);
	});

	it('gives a person note without properties (folder implies type) its first property, body unchanged', async () => {
		const { running, el } = await startPane(notes);
		await clickAction(el, 'check-in', 'Ben Okafor', 'Log contact');
		expect(await readNote(running, 'People/Ben Okafor.md')).toBe(`---\nlast-contact: ${TODAY}\n---\nBen works the loading dock.\n`);
		await waitFor(() => !shownTexts(el, 'check-in').includes('Ben Okafor'));
	});

	it('keeps a CRLF note\'s body byte for byte', async () => {
		const { running, el } = await startPane(notes);
		await clickAction(el, 'check-in', 'Kim Lee', 'Log contact');
		const text = await readNote(running, 'People/Kim Lee.md');
		expect(text).toMatch(new RegExp(`last-contact: ${TODAY}\\r?\\n`));
		expect(text.endsWith('---\r\nKim, first shift.\r\n\r\nLikes the break room plan.\r\n') || text.endsWith('---\nKim, first shift.\r\n\r\nLikes the break room plan.\r\n')).toBe(true);
	});

	it('a committee member logged today is next due in 7 days: Coming up shows the check-in on 2026-12-06', async () => {
		const { el } = await startPane(notes);
		expect(shownTexts(el, 'check-in')).toContain('Jo Chen');
		await clickAction(el, 'check-in', 'Jo Chen', 'Log contact');
		await waitFor(() => !shownTexts(el, 'check-in').includes('Jo Chen') && itemWith(el, 'coming-up', 'Jo Chen') !== undefined);
		expect(itemWith(el, 'coming-up', 'Jo Chen')?.textContent).toContain('2026-12-06');
	});

	it('is offered on a check-in in Coming up, and takes it out of Coming up (next in 14 days)', async () => {
		const { running, el } = await startPane(notes);
		const sue = itemWith(el, 'coming-up', 'Sue Park');
		expect(sue?.textContent).toContain('2026-12-04');
		await clickAction(el, 'coming-up', 'Sue Park', 'Log contact');
		expect(await readNote(running, 'People/Sue Park.md')).toBe(`---\ntype: person\nlast-contact: ${TODAY}\n---\n`);
		await waitFor(() => itemWith(el, 'coming-up', 'Sue Park') === undefined);
		expect(shownTexts(el, 'check-in')).not.toContain('Sue Park');
	});

	it('says the note is gone when the person note was deleted, and creates no note', async () => {
		const { running, el } = await startPane(notes);
		await running.app.vault.delete(running.app.vault.getFileByPath('People/Jo Chen.md') as TFile);
		await clickAction(el, 'check-in', 'Jo Chen', 'Log contact');
		expect(running.app.vault.getFileByPath('People/Jo Chen.md')).toBeNull();
		expect(lastNotice()).toBe("Jo Chen's note is gone, so nothing was changed.");
	});

	it('changes nothing, and says so, when the note\'s properties were broken since', async () => {
		const { running, el } = await startPane(notes);
		const broken = await editNote(running, 'People/Jo Chen.md', () => '---\ntype: person\nrole: [committee\n---\n');
		await clickAction(el, 'check-in', 'Jo Chen', 'Log contact');
		expect(await readNote(running, 'People/Jo Chen.md')).toBe(broken);
		expect(lastNotice()).not.toContain('Logged contact');
		expect(lastNotice()).not.toBe('');
	});

	it('says initials only in privacy mode, and writes into the real note', async () => {
		const { running, el } = await startPane(notes, { privacyMode: true });
		await clickAction(el, 'check-in', 'AR', 'Log contact');
		expect(lastNotice()).toBe('Logged contact with AR today.Undo');
		expect(await readNote(running, 'People/Ana Ruiz.md')).toContain(`Last-Contact: ${TODAY}\n`);
		expect(sectionItems(el, 'check-in').map((i) => i.textContent ?? '').join()).not.toMatch(/Ana|Ruiz/);
	});
});
