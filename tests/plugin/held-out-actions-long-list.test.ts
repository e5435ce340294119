/**
 * Held-out review of actions on a long list (guide: 50 items at a time, "Show N more"): an action
 * on an item of the second page acts on that item's line, in privacy mode too, and the page stays
 * open afterwards. And a person whose note is in an excluded folder is offered nothing to act on.
 */
import { describe, expect, it } from 'vitest';
import { pinToday, readNote, sectionItems, waitFor, whenViewsRendered } from './harness';
import { clickAction, MARIA, mariaNote, shownTexts, startPane, TALK, TODAY } from './held-out-actions-support';

const tasks = Array.from({ length: 60 }, (_, i) => `- [ ] task number ${i + 1} 📅 2026-11-20`);
const big = `---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-10\n---\n${tasks.join('\n')}\n`;

async function showMore(el: HTMLElement, running: Parameters<typeof whenViewsRendered>[0]): Promise<void> {
	el.querySelector<HTMLButtonElement>('.ro-dashboard__section--follow-up .ro-dashboard__more')?.click();
	await whenViewsRendered(running);
}

describe('actions on the second page of a long list (held out)', () => {
	pinToday(TODAY);

	it.each([false, true])('Mark done on item 55 ticks task 55 (privacy mode %s), and the second page stays shown', async (privacyMode) => {
		const { running, el } = await startPane({ [MARIA]: mariaNote, [TALK]: big }, { privacyMode });
		await showMore(el, running);
		expect(sectionItems(el, 'follow-up')).toHaveLength(60);
		// Only 60 tasks: "task number 55" names one item.
		await clickAction(el, 'follow-up', 'task number 55', 'Mark done');
		expect(await readNote(running, TALK)).toBe(big.replace('- [ ] task number 55 📅 2026-11-20', `- [x] task number 55 📅 2026-11-20 ✅ ${TODAY}`));
		await waitFor(() => sectionItems(el, 'follow-up').some((i) => (i.textContent ?? '').includes('task number 55') && i.textContent?.includes('Debrief') === true));
		expect(sectionItems(el, 'follow-up')).toHaveLength(60);
	});
});

describe('a person whose note is excluded (held out)', () => {
	pinToday(TODAY);

	it('is in no list, so no Log contact or Snooze can write into the excluded note', async () => {
		const talk = '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-01\n---\nTalked.\n';
		const { el } = await startPane({ 'Archive/Maria Lopez.md': mariaNote, '1-on-1s/2026-11-01 Maria Lopez.md': talk }, { excludedFolders: ['Archive'] });
		expect(shownTexts(el, 'check-in')).toEqual([]);
		expect(shownTexts(el, 'no-one-on-one')).toEqual([]);
		expect(el.querySelectorAll('button.ro-dashboard__action')).toHaveLength(0);
	});
});
