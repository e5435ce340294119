/**
 * Acting from the pane (DESIGN §4): Mark done, Log contact and Snooze write exactly what they
 * should, refuse when the note moved on, move the item to the list it now belongs in, and undo
 * from their Notice or the "Undo last action" command.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, openDashboard, pinToday, runCommand, type Running, sectionItems, startPlugin, waitFor, waitForIndex, whenViewsRendered } from './harness';

const TODAY = '2026-11-29';
const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';

const maria = '---\ntype: person\nrole: contact\n---\nMet at the night-shift meeting.\n';
const jo = '---\ntype: person\nassessment: 3\nnext-contact: 2026-11-01\n---\n';

/** A CRLF note with a BOM: Mark done must keep both. */
const talk = [
	'\ufeff---',
	'type: one-on-one',
	'person: ["[[Maria Lopez]]"]',
	'date: 2026-11-10',
	'organizer: "[[Sam Rivera]]"',
	'---',
	'## Organize',
	'- [ ] Talk to two coworkers on nights about the schedule 📅 2026-11-20 ^nights',
	'- [ ] Ask about the overtime rules [due:: 2026-11-21]',
	'- [ ] Stewards meeting 🔁 every week 📅 2026-11-22',
	'',
].join('\r\n');

const joTalk = '---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-01\norganizer: "[[Sam Rivera]]"\n---\nTalked.\n';

const files = { 'People/Maria Lopez.md': maria, 'People/Jo Chen.md': jo, [TALK]: talk, '1-on-1s/2026-11-01 Jo Chen.md': joTalk };

async function start(data?: unknown): Promise<{ running: Running; el: HTMLElement }> {
	const running = await startPlugin({ files, data });
	await waitForIndex(running);
	const el = await openDashboard(running);
	return { running, el };
}

function read(running: Running, path: string): Promise<string> {
	return running.app.vault.read(running.app.vault.getFileByPath(path) as TFile);
}

function itemTexts(el: HTMLElement, section: string): string[] {
	return sectionItems(el, section).map((item) => item.querySelector('.ro-dashboard__link, .ro-dashboard__name')?.textContent ?? '');
}

/** Clicks the Undo button of the newest notice that has one. */
function clickNoticeUndo(): void {
	const undo = Array.from(document.querySelectorAll<HTMLButtonElement>('.notice .ro-notice__undo')).pop();
	if (!undo) throw new Error('no notice with an Undo button');
	undo.click();
}

describe('Mark done', () => {
	pinToday(TODAY);

	it('writes [x] and ✅ today before the block id, keeps CRLF and the BOM, and the item turns into a debrief', async () => {
		const { running, el } = await start();
		expect(itemTexts(el, 'follow-up')).toEqual([
			'Talk to two coworkers on nights about the schedule',
			'Ask about the overtime rules',
			'Stewards meeting',
		]);
		itemButton(itemWith(el, 'follow-up', 'Talk to two'), 'Mark done').click();
		await fake.settle();
		expect(await read(running, TALK)).toBe(talk.replace(
			'- [ ] Talk to two coworkers on nights about the schedule 📅 2026-11-20 ^nights',
			'- [x] Talk to two coworkers on nights about the schedule 📅 2026-11-20 ✅ 2026-11-29 ^nights',
		));
		expect(fake.noticeTexts().at(-1)).toBe('Marked done: Talk to two coworkers on nights about the scheduleUndo');
		await waitFor(() => itemWith(el, 'follow-up', 'Talk to two')?.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief');
		// A debrief is already done: no Mark done on it.
		expect(itemWith(el, 'follow-up', 'Talk to two')?.querySelector('button')).toBeNull();
	});

	it('writes [completion:: today] on a Dataview-format line', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'follow-up', 'overtime rules'), 'Mark done').click();
		await fake.settle();
		expect(await read(running, TALK)).toContain('\r\n- [x] Ask about the overtime rules [due:: 2026-11-21] [completion:: 2026-11-29]\r\n');
	});

	it('leaves a recurring task to the Tasks plugin, with a Notice saying why', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'follow-up', 'Stewards meeting'), 'Mark done').click();
		await fake.settle();
		expect(await read(running, TALK)).toBe(talk);
		expect(fake.noticeTexts().at(-1)).toContain('recurring task');
	});

	it('edits the moved line when a line was inserted above it', async () => {
		const { running, el } = await start();
		const file = running.app.vault.getFileByPath(TALK) as TFile;
		await running.app.vault.process(file, (text) => text.replace('## Organize\r\n', '## Organize\r\nA new first line.\r\n'));
		// The pane has not re-rendered yet: its item still points at the old line number.
		itemButton(itemWith(el, 'follow-up', 'Talk to two'), 'Mark done').click();
		await fake.settle();
		expect(await read(running, TALK)).toContain('A new first line.\r\n- [x] Talk to two coworkers on nights about the schedule 📅 2026-11-20 ✅ 2026-11-29 ^nights\r\n');
	});

	it('refuses with a Notice when the task line changed since it was read', async () => {
		const { running, el } = await start();
		const file = running.app.vault.getFileByPath(TALK) as TFile;
		await running.app.vault.process(file, (text) => text.replace('about the schedule', 'about the new schedule'));
		const changed = await read(running, TALK);
		itemButton(itemWith(el, 'follow-up', 'Talk to two'), 'Mark done').click();
		await fake.settle();
		expect(await read(running, TALK)).toBe(changed);
		expect(fake.noticeTexts().at(-1)).toBe('The task line has changed since it was read, so nothing was changed.');
	});

	it('undoes exactly from the Notice, and from the command', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'follow-up', 'Talk to two'), 'Mark done').click();
		await fake.settle();
		clickNoticeUndo();
		await fake.settle();
		expect(await read(running, TALK)).toBe(talk);
		expect(fake.noticeTexts().at(-1)).toBe('Undone: the task is open again.');
		await waitFor(() => itemWith(el, 'follow-up', 'Talk to two')?.querySelector('.ro-dashboard__badge')?.textContent === 'Offer support');

		itemButton(itemWith(el, 'follow-up', 'overtime rules'), 'Mark done').click();
		await fake.settle();
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await read(running, TALK)).toBe(talk);
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(fake.noticeTexts().at(-1)).toBe('Nothing to undo.');
	});

	it('refuses to undo when the line was changed after the action', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'follow-up', 'Talk to two'), 'Mark done').click();
		await fake.settle();
		const file = running.app.vault.getFileByPath(TALK) as TFile;
		await running.app.vault.process(file, (text) => text.replace('✅ 2026-11-29', '✅ 2026-11-28'));
		const edited = await read(running, TALK);
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await read(running, TALK)).toBe(edited);
		expect(fake.noticeTexts().at(-1)).toBe('Could not undo: the task line has changed since.');
	});

	it('moves focus to the item that takes its place after the action', async () => {
		const { el } = await start();
		const doneButton = itemButton(itemWith(el, 'follow-up', 'overtime rules'), 'Mark done');
		doneButton.focus();
		doneButton.click();
		// The done one becomes a debrief (sorted by its new follow-up date, today, so last); the
		// recurring task moves up into its place and gets the focus.
		await waitFor(() => document.activeElement?.classList.contains('ro-dashboard__link') === true);
		expect(document.activeElement?.textContent).toBe('Stewards meeting');
	});
});

describe('Log contact and Snooze', () => {
	pinToday(TODAY);

	it('Log contact sets last-contact to today, keeps the body, moves the person out of "Check in with"; undo removes it again', async () => {
		const { running, el } = await start();
		expect(itemTexts(el, 'check-in')).toEqual(['Jo Chen', 'Maria Lopez']);
		itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Log contact').click();
		await fake.settle();
		expect(await read(running, 'People/Maria Lopez.md')).toBe('---\ntype: person\nrole: contact\nlast-contact: 2026-11-29\n---\nMet at the night-shift meeting.\n');
		expect(fake.noticeTexts().at(-1)).toBe('Logged contact with Maria Lopez today.Undo');
		await waitFor(() => itemTexts(el, 'check-in').join() === 'Jo Chen');
		clickNoticeUndo();
		await fake.settle();
		expect(await read(running, 'People/Maria Lopez.md')).toBe('---\ntype: person\nrole: contact\n---\nMet at the night-shift meeting.\n');
		await waitFor(() => itemTexts(el, 'check-in').join() === 'Jo Chen,Maria Lopez');
	});

	it('Snooze +3 days sets next-contact; the check-in moves to "Coming up"; undo restores the previous value', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'Jo Chen'), 'Snooze').click();
		const modal = fake.currentModals().at(-1);
		const choices = Array.from(modal?.contentEl.querySelectorAll<HTMLButtonElement>('button') ?? []).map((b) => b.textContent);
		expect(choices).toEqual(['In 3 days', 'In 7 days', 'In 14 days', 'Snooze to this date']);
		modal?.contentEl.querySelector<HTMLButtonElement>('button')?.click();
		await fake.settle();
		expect(await read(running, 'People/Jo Chen.md')).toBe('---\ntype: person\nassessment: 3\nnext-contact: 2026-12-02\n---\n');
		await waitFor(() => itemTexts(el, 'coming-up').includes('Jo Chen') && !itemTexts(el, 'check-in').includes('Jo Chen'));
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await read(running, 'People/Jo Chen.md')).toBe('---\ntype: person\nassessment: 3\nnext-contact: 2026-11-01\n---\n');
	});

	it('Snooze to a picked date', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Snooze').click();
		const modal = fake.currentModals().at(-1);
		const input = modal?.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
		if (!input) throw new Error('no date field');
		input.value = '2026-12-24';
		itemButton(modal?.contentEl, 'Snooze to this date').click();
		await fake.settle();
		expect(await read(running, 'People/Maria Lopez.md')).toContain('next-contact: 2026-12-24\n');
	});

	it('refuses to undo a property the user changed since', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Log contact').click();
		await fake.settle();
		const file = running.app.vault.getFileByPath('People/Maria Lopez.md') as TFile;
		await running.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			fm['last-contact'] = '2026-11-28';
		});
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(await read(running, 'People/Maria Lopez.md')).toContain('last-contact: 2026-11-28\n');
		expect(fake.noticeTexts().at(-1)).toBe('Could not undo: last-contact has changed since.');
	});

	it('offers Log contact and Snooze only where they change something', async () => {
		const running = await startPlugin({ files: { ...files, 'People/Ana Ruiz.md': '---\ntype: person\n---\n' } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(itemTexts(el, 'no-one-on-one')).toEqual(['Ana Ruiz']);
		// Someone with no talk yet: a 1-on-1 is what helps, not a logged contact or a snooze.
		expect(Array.from(sectionItems(el, 'no-one-on-one')[0].querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Log 1-on-1']);
		expect(Array.from(sectionItems(el, 'check-in')[0].querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Log 1-on-1', 'Log contact', 'Snooze']);
	});

	it('says initials, not names, in its Notices in privacy mode', async () => {
		const { el } = await start({ privacyMode: true });
		itemButton(itemWith(el, 'check-in', 'ML'), 'Log contact').click();
		await fake.settle();
		expect(fake.noticeTexts().at(-1)).toBe('Logged contact with ML today.Undo');
	});
});

describe('Log 1-on-1 and Create note', () => {
	pinToday(TODAY);

	const leeTalk = '---\ntype: one-on-one\nperson: "[[Lee Park]]"\ndate: 2026-11-01\norganizer: "[[Sam Rivera]]"\n---\nTalked.\n';

	it('Log 1-on-1 creates today\'s talk and opens it; the person leaves "Check in with"; undo trashes it while unchanged', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Log 1-on-1').click();
		await waitFor(() => running.app.vault.getFileByPath('1-on-1s/2026-11-29 Maria Lopez.md') !== null);
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe('1-on-1s/2026-11-29 Maria Lopez.md');
		expect(await read(running, '1-on-1s/2026-11-29 Maria Lopez.md')).toContain('person: ["[[Maria Lopez]]"]');
		expect(fake.noticeTexts().at(-1)).toBe('New 1-on-1 with Maria Lopez.Undo');
		await waitFor(() => !itemTexts(el, 'check-in').includes('Maria Lopez'));
		clickNoticeUndo();
		await waitFor(() => running.app.vault.getFileByPath('1-on-1s/2026-11-29 Maria Lopez.md') === null);
		expect(fake.noticeTexts().at(-1)).toBe('Undone: the new note is in the trash.');
		await waitFor(() => itemTexts(el, 'check-in').includes('Maria Lopez'));
	});

	it('keeps a created 1-on-1 the user has written in, refusing the undo', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'Jo Chen'), 'Log 1-on-1').click();
		await waitFor(() => running.app.vault.getFileByPath('1-on-1s/2026-11-29 Jo Chen.md') !== null);
		await fake.settle();
		const file = running.app.vault.getFileByPath('1-on-1s/2026-11-29 Jo Chen.md') as TFile;
		await running.app.vault.append(file, 'Jo wants to talk about the schedule.\n');
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(running.app.vault.getFileByPath('1-on-1s/2026-11-29 Jo Chen.md')).not.toBeNull();
		expect(fake.noticeTexts().at(-1)).toBe('Could not undo: the new note has changed since, so it stays.');
	});

	it('offers "Create note" instead of property actions to a person without a note, and creates it in the people folder', async () => {
		const running = await startPlugin({ files: { ...files, '1-on-1s/2026-11-01 Lee Park.md': leeTalk } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const lee = itemWith(el, 'check-in', 'Lee Park');
		expect(Array.from(lee?.querySelectorAll('button') ?? []).map((b) => b.textContent)).toEqual(['Log 1-on-1', 'Create note']);
		itemButton(lee, 'Create note').click();
		await waitFor(() => running.app.vault.getFileByPath('People/Lee Park.md') !== null);
		await waitFor(() => Array.from(itemWith(el, 'check-in', 'Lee Park')?.querySelectorAll('button') ?? []).map((b) => b.textContent).join() === 'Log 1-on-1,Log contact,Snooze');
		expect(fake.noticeTexts().at(-1)).toBe('Created a note for Lee Park.Undo');
		runCommand(running, 'undo-last-action');
		await waitFor(() => running.app.vault.getFileByPath('People/Lee Park.md') === null);
	});
});

describe('pane state', () => {
	pinToday(TODAY);

	it('shows inline fields as fields, your promises without your name, dates with their distance, and "no due date"', async () => {
		const note = [
			'---', 'type: one-on-one', 'person: "[[Maria Lopez]]"', 'date: 2026-11-10', 'organizer: "[[Sam Rivera]]"', '---',
			'- [ ] Call the steward [owner:: [[Maria Lopez]]] 📅 2026-11-26',
			'- [ ] [[Sam Rivera]]: bring a copy of the contract',
			'',
		].join('\n');
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, [TALK]: note } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const item = sectionItems(el, 'follow-up')[0];
		const field = item.querySelector('.ro-dashboard__link .ro-field');
		expect([field?.querySelector('.ro-field__key')?.textContent, field?.querySelector('.ro-field__value')?.textContent]).toEqual(['owner', 'Maria Lopez']);
		expect(item.querySelector('.ro-dashboard__meta')?.textContent).toBe('Maria Lopez · follow-up due since 2026-11-26 (3 days ago)');
		expect(item.querySelector('.ro-dashboard__meta .ro-dashboard__person')?.getAttribute('data-path')).toBe('People/Maria Lopez.md');
		const promise = sectionItems(el, 'your-promises')[0];
		expect(promise.querySelector('.ro-dashboard__link')?.textContent).toBe('bring a copy of the contract');
		expect(promise.querySelector('.ro-dashboard__meta')?.textContent).toBe('no due date');
	});

	it('shows five AEIOU marks on each person to check in with, with one text alternative', async () => {
		const { el } = await start();
		const marks = sectionItems(el, 'check-in')[0].querySelector('.ro-stages');
		expect(Array.from(marks?.querySelectorAll('.ro-stages__mark') ?? []).map((m) => m.textContent)).toEqual(['A', 'E', 'I', 'O', 'U']);
		expect(marks?.getAttribute('role')).toBe('img');
		// Jo's last talk has only text outside any AEIOU section.
		expect(marks?.getAttribute('aria-label')).toBe('Last talk covered no stage yet');
		expect(sectionItems(el, 'no-one-on-one')[0]?.querySelector('.ro-stages') ?? null).toBeNull();
	});

	it('remembers collapsed sections when the pane is opened again', async () => {
		const { running, el } = await start();
		const toggle = el.querySelector<HTMLButtonElement>('.ro-dashboard__section--follow-up .ro-dashboard__toggle');
		expect(toggle?.getAttribute('aria-expanded')).toBe('true');
		toggle?.click();
		expect(toggle?.getAttribute('aria-expanded')).toBe('false');
		running.app.workspace.detachLeavesOfType('relational-organizer-dashboard');
		await fake.settle();
		const again = await openDashboard(running);
		expect(again.querySelector('.ro-dashboard__section--follow-up')?.classList.contains('is-collapsed')).toBe(true);
		expect(again.querySelector('.ro-dashboard__section--check-in')?.classList.contains('is-collapsed')).toBe(false);
	});

	it('shows the first 50 items of a long list, then "Show N more"', async () => {
		const tasks = Array.from({ length: 60 }, (_, i) => `- [ ] task number ${i + 1} 📅 2026-11-20`);
		const big = `---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-10\n---\n${tasks.join('\n')}\n`;
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, [TALK]: big } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(sectionItems(el, 'follow-up')).toHaveLength(50);
		const more = el.querySelector<HTMLButtonElement>('.ro-dashboard__section--follow-up .ro-dashboard__more');
		expect(more?.textContent).toBe('Show 10 more');
		more?.click();
		await whenViewsRendered(running);
		expect(sectionItems(el, 'follow-up')).toHaveLength(60);
	});

	it('toggles privacy mode from the toolbar and from a command', async () => {
		const { running, el } = await start();
		el.querySelector<HTMLButtonElement>('.ro-dashboard__tool[data-icon="eye"]')?.click();
		await waitFor(() => itemTexts(el, 'check-in').join() === 'JC,ML');
		expect(running.plugin.settings.privacyMode).toBe(true);
		runCommand(running, 'toggle-privacy-mode');
		await waitFor(() => itemTexts(el, 'check-in').join() === 'Jo Chen,Maria Lopez');
	});
});
