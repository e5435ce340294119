/**
 * What the pane says (issue #9, "Wording"): a check-in was due (none took place), Stalled says
 * after what, Your promises do not repeat your name, Coming up says whose each commitment is, and
 * the Notes-to-fix hint does not claim a note "could not be read".
 */
import { describe, expect, it } from 'vitest';
import { openDashboard, pinToday, startPlugin, waitForIndex } from './harness';

const TODAY = '2026-11-29';

const files = {
	'People/Maria Lopez.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-01 Maria Lopez.md': [
		'---', 'type: one-on-one', 'person: ["[[Maria Lopez]]"]', 'date: 2026-11-01', 'organizer: "[[Sam Rivera]]"', '---',
		'## Organize',
		'- [ ] Bring the rota 📅 2026-11-05',
		'- [ ] [[Sam Rivera]]: print flyers 📅 2026-12-20',
		'- [ ] Talk to nights 📅 2026-12-02',
	].join('\n'),
	'1-on-1s/2026-11-10 Maria Lopez.md': '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\norganizer: "[[Sam Rivera]]"\n---\n',
	'1-on-1s/2026-11-12 Nobody.md': '---\ntype: one-on-one\ndate: 2026-11-12\n---\n',
};

function textOf(el: HTMLElement, section: string): string {
	return el.querySelector(`.ro-dashboard__section--${section}`)?.textContent ?? '';
}

describe('dashboard wording', () => {
	pinToday(TODAY);

	it('says what each date is and whose each commitment is', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		// Maria: last talked 11-10, interval 14 -> check-in due 11-24, 5 days ago.
		expect(textOf(el, 'check-in')).toContain('check-in due 2026-11-24, 5 days ago');
		expect(textOf(el, 'stalled')).toContain('still open 24 days after its follow-up date (2026-11-05), though you have talked since');
		expect(textOf(el, 'your-promises')).toContain('print flyers');
		expect(textOf(el, 'your-promises')).not.toContain('Sam Rivera');
		expect(textOf(el, 'coming-up')).toContain('Maria Lopez: Talk to nights');
		expect(textOf(el, 'problems')).not.toContain('could not be read fully');
	});
});
