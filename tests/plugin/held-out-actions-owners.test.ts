/**
 * Held-out review of Mark done on commitments whose owner is not the talk's person (a leading
 * `[[Name]]: `): another person's becomes their Debrief; yours, due this week, leaves both Your
 * promises and Coming up (DESIGN §3: yours are never in Follow up; Coming up lists open ones).
 */
import { describe, expect, it } from 'vitest';
import { itemWith, pinToday, readNote, sectionSummary, waitFor } from './harness';
import { clickAction, lastNotice, MARIA, mariaNote, shownTexts, startPane, TALK, talkWith, TODAY } from './held-out-actions-support';

const talk = talkWith(['- [ ] [[Jo Chen]]: call the steward 📅 2026-11-20', '- [ ] [[Sam Rivera]]: print the flyers 📅 2026-12-01', '']);
const files = { [MARIA]: mariaNote, 'People/Jo Chen.md': '---\ntype: person\n---\n', [TALK]: talk };

describe('Mark done and the owner (held out)', () => {
	pinToday(TODAY);

	it('another person\'s commitment becomes their Debrief, still under their name', async () => {
		const { running, el } = await startPane(files, { yourName: 'Sam Rivera' });
		expect(itemWith(el, 'follow-up', 'call the steward')?.querySelector('.ro-dashboard__person')?.textContent).toBe('Jo Chen');
		await clickAction(el, 'follow-up', 'call the steward', 'Mark done');
		expect(await readNote(running, TALK)).toBe(talk.replace('- [ ] [[Jo Chen]]: call the steward 📅 2026-11-20', `- [x] [[Jo Chen]]: call the steward 📅 2026-11-20 ✅ ${TODAY}`));
		await waitFor(() => itemWith(el, 'follow-up', 'call the steward')?.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief');
		expect(itemWith(el, 'follow-up', 'call the steward')?.querySelector('.ro-dashboard__person')?.textContent).toBe('Jo Chen');
	});

	it('your promise due this week leaves Your promises and Coming up, and is in no other list', async () => {
		const { running, el } = await startPane(files, { yourName: 'Sam Rivera' });
		expect(shownTexts(el, 'your-promises')).toEqual(['print the flyers']);
		expect(shownTexts(el, 'coming-up').join()).toContain('print the flyers');
		await clickAction(el, 'your-promises', 'print the flyers', 'Mark done');
		expect(await readNote(running, TALK)).toContain(`\n- [x] [[Sam Rivera]]: print the flyers 📅 2026-12-01 ✅ ${TODAY}\n`);
		expect(lastNotice()).toContain('print the flyers');
		await waitFor(() => shownTexts(el, 'your-promises').length === 0);
		expect(shownTexts(el, 'coming-up').join()).not.toContain('print the flyers');
		// The pane shows the owner prefix as reading view does (README).
		expect(shownTexts(el, 'follow-up')).toEqual(['Jo Chen: call the steward']);
		expect(sectionSummary(el).find((s) => s.startsWith('Follow up'))).toBe('Follow up 1');
	});
});
