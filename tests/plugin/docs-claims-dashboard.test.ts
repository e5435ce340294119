/**
 * The dashboard as the guide and the README describe it (docs/guide.md "What each list means" and
 * "Commands"; README "Decisions where the design is silent", Acting from the pane): the lists in
 * the guide's order, what each one lists, and which buttons each item offers. Expectations are
 * worked out by hand from the guide's rules for 2026-12-01.
 */
import { describe, expect, it } from 'vitest';
import { openDashboard, pinToday, sectionItems, startPlugin, waitForIndex } from './harness';

const talk = (person: string, date: string, body: string, extra = ''): string =>
	`---\ntype: one-on-one\nperson: ["[[${person}]]"]\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n${extra}---\n${body}`;

const files = {
	'People/Sam Rivera.md': '---\ntype: person\nrole: leader\n---\n',
	'People/Maria Lopez.md': '---\ntype: person\nrole: contact\n---\n',
	'People/Jo Chen.md': '---\ntype: person\nassessment: 3\n---\n',
	'People/Ben Okafor.md': '---\ntype: person\n---\n',
	'People/Dee Park.md': '---\ntype: person\nassessment: 2\n---\n',
	'People/Ana Ruiz.md': '---\ntype: person\n---\n',
	// Maria, last talk Nov 10, unassessed (14 days): check-in due Nov 24.
	'1-on-1s/2026-11-10 Maria Lopez.md': talk('Maria Lopez', '2026-11-10', [
		'## Organize',
		'- [ ] Talk to two coworkers on nights 📅 2026-11-20',
		'- [x] Post the sign-up sheet ✅ 2026-11-25',
		'- [ ] [[Sam Rivera]]: bring a copy of the contract 📅 2026-11-28',
		'- [ ] Bring the petition to the break room 📅 2026-12-03',
		'',
	].join('\n')),
	// Jo, assessment 3 (14 days): check-in due Nov 15.
	'1-on-1s/2026-11-01 Jo Chen.md': talk('Jo Chen', '2026-11-01', 'We talked about nights.\n'),
	// Dee, assessment 2 (14 days) from Nov 20: check-in Dec 4, in the coming week.
	'1-on-1s/2026-11-20 Dee Park.md': talk('Dee Park', '2026-11-20', 'Dee asked about the contract.\n'),
	// Ana: 2 on Nov 1, 4 on Nov 15 (slipping); a task due Nov 5 still open after the Nov 15 talk (stalled).
	'1-on-1s/2026-11-01 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-01', '## Organize\n- [ ] Ask the crew about the heat 📅 2026-11-05\n', 'assessment: 2\n'),
	'1-on-1s/2026-11-15 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-15', 'Still thinking about it.\n', 'assessment: 4\n'),
	// Hector has no note; his first talk is planned for Dec 5.
	'1-on-1s/2026-12-05 Hector Vega.md': talk('Hector Vega', '2026-12-05', ''),
	// A 1-on-1 that names no one.
	'1-on-1s/2026-11-20 Lunch on the dock.md': '---\ntype: one-on-one\ndate: 2026-11-20\n---\nLunch.\n',
};

const DATA = { yourName: 'Sam Rivera' };

function titles(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll('.ro-dashboard__section-title')).map((h) => (h.textContent ?? '').replace(/\s*\d+$/, '').trim());
}

/** Each item of a section as `text [buttons]`, in order. */
function items(el: HTMLElement, section: string): string[] {
	return sectionItems(el, section).map((item) => {
		const main = Array.from(item.querySelector('.ro-dashboard__main')?.childNodes ?? [])
			.filter((node) => !(node instanceof HTMLElement && node.classList.contains('ro-stages')))
			.map((node) => node.textContent)
			.join('');
		const buttons = Array.from(item.querySelectorAll('button')).map((b) => b.textContent);
		return `${main.trim()} [${buttons.join(', ')}]`;
	});
}

describe('the dashboard, as the guide describes it', () => {
	pinToday('2026-12-01');

	it('shows the lists in the guide\'s order, Support slipping only because someone is in it', async () => {
		const running = await startPlugin({ files, data: DATA });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(titles(el)).toEqual(['Follow up', 'Stalled', 'Your promises', 'Check in with', 'No 1-on-1 yet', 'Support slipping', 'Coming up', 'Notes to fix']);
	});

	it('leaves Support slipping out when no one is slipping', async () => {
		const quiet = { ...files, '1-on-1s/2026-11-15 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-15', 'Still thinking about it.\n', 'assessment: 2\n') };
		const running = await startPlugin({ files: quiet, data: DATA });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(titles(el)).not.toContain('Support slipping');
		expect(titles(el)).toContain('Check in with');
	});

	it('offers Mark done on open commitments only, never on a Debrief', async () => {
		const running = await startPlugin({ files, data: DATA });
		await waitForIndex(running);
		const el = await openDashboard(running);
		// Follow up by follow-up date: Nov 20 (support), then Nov 25 (debrief).
		expect(items(el, 'follow-up')).toEqual([
			'Offer supportTalk to two coworkers on nights [Mark done]',
			'DebriefPost the sign-up sheet []',
		]);
		expect(items(el, 'stalled')).toEqual(['Ask the crew about the heat [Mark done]']);
		expect(items(el, 'your-promises')).toEqual(['Overduebring a copy of the contract [Mark done]']);
	});

	it('offers Log 1-on-1, Log contact and Snooze in Check in with, and no Log contact or Snooze in No 1-on-1 yet', async () => {
		const running = await startPlugin({ files, data: DATA });
		await waitForIndex(running);
		const el = await openDashboard(running);
		// Most days over first: Jo (due Nov 15), then Maria (due Nov 24). You (Sam) are never listed.
		expect(items(el, 'check-in')).toEqual(['Jo Chen [Log 1-on-1, Log contact, Snooze]', 'Maria Lopez [Log 1-on-1, Log contact, Snooze]']);
		// The A E I O U marks say which sections the last talk covered: Maria's had an Organize section.
		const stages = sectionItems(el, 'check-in').map((item) => item.querySelector('.ro-stages')?.getAttribute('aria-label'));
		expect(stages).toEqual(['Last talk covered no stage yet', 'Last talk covered Organize']);
		// By name; someone without a note is offered Create note.
		expect(items(el, 'no-one-on-one')).toEqual(['Ben Okafor [Log 1-on-1]', 'Hector Vega (no note yet) [Log 1-on-1, Create note]']);
	});

	it('lists the next 7 days under Coming up: a commitment due, a check-in with Log contact and Snooze, a planned 1-on-1', async () => {
		const running = await startPlugin({ files, data: DATA });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const coming = items(el, 'coming-up');
		expect(coming).toHaveLength(3);
		expect(coming[0]).toMatch(/Bring the petition to the break room.*\[Mark done\]$/);
		expect(coming[1]).toMatch(/Dee Park.*\[.*Log contact, Snooze\]$/);
		expect(coming[2]).toMatch(/Hector Vega/);
		expect(coming[2]).not.toMatch(/Log contact|Snooze/);
	});

	it('puts an Explain button next to each item under Notes to fix', async () => {
		const running = await startPlugin({ files, data: DATA });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const problems = sectionItems(el, 'problems');
		expect(problems).toHaveLength(1);
		expect(problems[0].textContent).toContain('Lunch on the dock');
		expect(Array.from(problems[0].querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Explain']);
	});
});
