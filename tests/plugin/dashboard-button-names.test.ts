/**
 * A screen reader moving from button to button hears which item each acts on: "Mark done: Talk to
 * two coworkers", "Log contact: Maria Lopez", not a list of identical "Mark done" buttons. In
 * privacy mode the names are the initials the pane shows.
 */
import { describe, expect, it } from 'vitest';
import { openDashboard, pinToday, startPlugin, waitForIndex } from './harness';

const files = {
	'People/Maria Lopez.md': '---\ntype: person\nrole: contact\n---\n',
	'1-on-1s/2026-11-10 Maria Lopez.md': '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\n---\n- [ ] Talk to two coworkers 📅 2026-11-20\n',
};

function labels(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll<HTMLButtonElement>('.ro-dashboard__item button')).map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
}

describe('the pane\'s action buttons', () => {
	pinToday('2026-11-29');

	it('name the item they act on', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(labels(el)).toEqual(['Mark done: Talk to two coworkers', 'Log 1-on-1: Maria Lopez', 'Log contact: Maria Lopez', 'Snooze: Maria Lopez']);
	});

	it('with initials in privacy mode', async () => {
		const running = await startPlugin({ files, data: { privacyMode: true } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(labels(el)).toEqual(['Mark done: Talk to two coworkers', 'Log 1-on-1: ML', 'Log contact: ML', 'Snooze: ML']);
	});
});
