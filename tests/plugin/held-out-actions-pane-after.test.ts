/**
 * Held-out review of what the pane shows after Mark done (DESIGN §3): a done commitment's
 * follow-up date becomes its completion date (today), so a Stalled item and an Offer-support item
 * both become a Debrief in Follow up; your own promise leaves Your promises; the section counts
 * follow. With "Your name" set or empty (then the note's organizer is you).
 */
import { describe, expect, it } from 'vitest';
import { itemWith, pinToday, readNote, sectionSummary, waitFor } from './harness';
import { clickAction, lastNotice, MARIA, mariaNote, shownTexts, startPane, TODAY } from './held-out-actions-support';

const OLD = '1-on-1s/2026-11-01 Maria Lopez.md';
const LATER = '1-on-1s/2026-11-15 Maria Lopez.md';
const talk = (date: string, lines: readonly string[], organizer = 'Sam Rivera'): string =>
	['---', 'type: one-on-one', 'person: ["[[Maria Lopez]]"]', `date: ${date}`, `organizer: "[[${organizer}]]"`, '---', '## Organize', ...lines, ''].join('\n');

const files = {
	[MARIA]: mariaNote,
	// Due 11-05, talked about on 11-15 and still open: Stalled.
	[OLD]: talk('2026-11-01', ['- [ ] Map the night shift 📅 2026-11-05', '- [ ] [[Sam Rivera]]: bring a copy of the contract [due:: 2026-11-25]']),
	// Due 11-20, no talk since: Offer support.
	[LATER]: talk('2026-11-15', ['Went over the map.', '- [ ] Ask Jo about nights 📅 2026-11-20']),
};

function count(el: HTMLElement, title: string): string | undefined {
	return sectionSummary(el).find((s) => s.startsWith(title));
}

describe('the pane after Mark done (held out)', () => {
	pinToday(TODAY);

	it('a stalled commitment marked done leaves Stalled and is a Debrief in Follow up', async () => {
		const { running, el } = await startPane(files, { yourName: 'Sam Rivera' });
		expect(shownTexts(el, 'stalled')).toEqual(['Map the night shift']);
		expect(shownTexts(el, 'follow-up')).toEqual(['Ask Jo about nights']);
		await clickAction(el, 'stalled', 'Map the night shift', 'Mark done');
		expect(await readNote(running, OLD)).toContain(`\n- [x] Map the night shift 📅 2026-11-05 ✅ ${TODAY}\n`);
		await waitFor(() => shownTexts(el, 'stalled').length === 0);
		// Follow-up dates: Ask Jo 11-20, the debrief today; oldest first.
		expect(shownTexts(el, 'follow-up')).toEqual(['Ask Jo about nights', 'Map the night shift']);
		expect(itemWith(el, 'follow-up', 'Map the night shift')?.querySelector('.ro-dashboard__badge')?.textContent).toBe('Debrief');
		expect(count(el, 'Follow up')).toBe('Follow up 2');
		expect(count(el, 'Stalled')).not.toBe('Stalled 1');
	});

	it('your promise marked done leaves Your promises and shows up nowhere else (Your name set)', async () => {
		const { running, el } = await startPane(files, { yourName: 'Sam Rivera' });
		expect(shownTexts(el, 'your-promises')).toEqual(['bring a copy of the contract']);
		await clickAction(el, 'your-promises', 'bring a copy of the contract', 'Mark done');
		expect(await readNote(running, OLD)).toContain(`\n- [x] [[Sam Rivera]]: bring a copy of the contract [due:: 2026-11-25] [completion:: ${TODAY}]\n`);
		// The Notice names the task as written, owner prefix included (README: the text keeps it).
		expect(lastNotice()).toBe('Marked done: Sam Rivera: bring a copy of the contractUndo');
		await waitFor(() => shownTexts(el, 'your-promises').length === 0);
		expect(shownTexts(el, 'follow-up')).not.toContain('bring a copy of the contract');
		expect(count(el, 'Your promises')).not.toBe('Your promises 1');
	});

	it('with "Your name" empty, the note\'s organizer is you: the same promise, the same write', async () => {
		const { running, el } = await startPane(files, { yourName: '' });
		expect(shownTexts(el, 'your-promises')).toEqual(['bring a copy of the contract']);
		await clickAction(el, 'your-promises', 'bring a copy of the contract', 'Mark done');
		expect(await readNote(running, OLD)).toContain(`\n- [x] [[Sam Rivera]]: bring a copy of the contract [due:: 2026-11-25] [completion:: ${TODAY}]\n`);
		await waitFor(() => shownTexts(el, 'your-promises').length === 0);
	});

	it('the other notes are untouched by a Mark done in one of them', async () => {
		const { running, el } = await startPane(files, { yourName: 'Sam Rivera' });
		await clickAction(el, 'follow-up', 'Ask Jo about nights', 'Mark done');
		expect(await readNote(running, OLD)).toBe(files[OLD]);
		expect(await readNote(running, MARIA)).toBe(mariaNote);
		expect(await readNote(running, LATER)).toBe(files[LATER].replace('- [ ] Ask Jo about nights 📅 2026-11-20', `- [x] Ask Jo about nights 📅 2026-11-20 ✅ ${TODAY}`));
	});
});
