/**
 * Mark done on a task the Tasks plugin deletes once done (`🏁 delete`): the plugin leaves it to
 * Tasks (a deletion is no write DESIGN §4 lists), says why in a Notice, and changes no byte; a task
 * Tasks keeps (`🏁 keep`) is marked done as any other.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, openDashboard, pinToday, startPlugin, waitFor, waitForIndex } from './harness';

const TODAY = '2026-11-29';
const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const talk = [
	'---',
	'type: one-on-one',
	'person: "[[Maria Lopez]]"',
	'date: 2026-11-10',
	'organizer: "[[Sam Rivera]]"',
	'---',
	'## Organize',
	'- [ ] Book the hall for the meeting 🏁 delete 📅 2026-11-20',
	'- [ ] Print the sign-up sheets 🏁 keep 📅 2026-11-21',
	'',
].join('\n');
const files = { 'People/Maria Lopez.md': '---\ntype: person\n---\n', [TALK]: talk };

describe('Mark done and Tasks on-completion', () => {
	pinToday(TODAY);

	it('leaves a 🏁 delete task to the Tasks plugin with a Notice, and marks a 🏁 keep task done', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const read = (): Promise<string> => running.app.vault.read(running.app.vault.getFileByPath(TALK) as TFile);

		itemButton(itemWith(el, 'follow-up', 'Book the hall'), 'Mark done').click();
		await fake.settle();
		expect(await read()).toBe(talk);
		expect(fake.noticeTexts().at(-1)).toBe('This task is set to be deleted when done (🏁 delete): mark it done in the note, so the Tasks plugin can delete it.');

		itemButton(itemWith(el, 'follow-up', 'Print the sign-up'), 'Mark done').click();
		await fake.settle();
		expect(await read()).toBe(talk.replace('- [ ] Print the sign-up sheets 🏁 keep 📅 2026-11-21', '- [x] Print the sign-up sheets 🏁 keep 📅 2026-11-21 ✅ 2026-11-29'));
		await waitFor(() => itemWith(el, 'follow-up', 'Print the sign-up')?.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief');
	});
});
