/**
 * Held-out review of Mark done's done date on lines whose dates are unusual: other due emoji, an
 * inline field without a blank, a check mark that is part of the text, a reopened Dataview line
 * whose old completion is in parentheses or empty, a tab after the box. Each changes its one line,
 * written by hand from DESIGN §2 (fields table) and §4; the pane then dates the debrief today.
 */
import { describe, expect, it } from 'vitest';
import { itemWith, pinToday, readNote, waitFor } from './harness';
import { clickAction, MARIA, mariaNote, replaceOnce, startPane, TALK, talkWith, TODAY } from './held-out-actions-support';

const cases: ReadonlyArray<readonly [string, string, string]> = [
	['Ask Jo about nights', '- [ ] Ask Jo about nights 📆 2026-11-20', `- [x] Ask Jo about nights 📆 2026-11-20 ✅ ${TODAY}`],
	['Count the signatures', '- [ ] Count the signatures 🗓 2026-11-21', `- [x] Count the signatures 🗓 2026-11-21 ✅ ${TODAY}`],
	['Book the room', '- [ ] Book the room [due::2026-11-22]', `- [x] Book the room [due::2026-11-22] [completion:: ${TODAY}]`],
	// The check mark and date inside the text are words, not a field: Tasks keeps them, and so must we.
	['Put ✅ 2026-01-01 stickers on the board', '- [ ] Put ✅ 2026-01-01 stickers on the board 📅 2026-11-20', `- [x] Put ✅ 2026-01-01 stickers on the board 📅 2026-11-20 ✅ ${TODAY}`],
	// Reopened Dataview lines: the old completion goes, today's comes (README).
	['Visit the break room', '- [ ] Visit the break room (due:: 2026-11-16) (completion:: 2026-10-01)', `- [x] Visit the break room (due:: 2026-11-16) [completion:: ${TODAY}]`],
	['Meet the night crew', '- [ ] Meet the night crew [due:: 2026-11-15] [completion:: ]', `- [x] Meet the night crew [due:: 2026-11-15] [completion:: ${TODAY}]`],
	['Print copies', '- [ ]\tPrint copies 📅 2026-11-19', `- [x]\tPrint copies 📅 2026-11-19 ✅ ${TODAY}`],
	['Hand out flyers', '- [ ] Hand out flyers ^flyers', `- [x] Hand out flyers ✅ ${TODAY} ^flyers`],
	// A block id followed by a blank is still the line's block id (the reader trims, as Tasks does).
	['Call the steward', '> 1. [ ] Call the steward 📅 2026-11-18 ^steward ', `> 1. [x] Call the steward 📅 2026-11-18 ✅ ${TODAY} ^steward `],
	['Raise it to 2^10 people', '- [ ] Raise it to 2^10 people 📅 2026-11-17', `- [x] Raise it to 2^10 people 📅 2026-11-17 ✅ ${TODAY}`],
];

describe('Mark done on unusual date fields (held out)', () => {
	pinToday(TODAY);

	it.each(cases)('"%s": writes the done date as that line\'s plugin would', async (shown, before, after) => {
		const talk = talkWith([before, '']);
		const { running, el } = await startPane({ [MARIA]: mariaNote, [TALK]: talk });
		await clickAction(el, 'follow-up', shown, 'Mark done');
		expect(await readNote(running, TALK)).toBe(replaceOnce(talk, before, after));
		await waitFor(() => itemWith(el, 'follow-up', shown)?.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief');
		expect(itemWith(el, 'follow-up', shown)?.querySelector('.ro-dashboard__date')?.textContent).toBe(TODAY);
	});
});
