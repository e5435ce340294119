import { describe, expect, it } from 'vitest';
import { openDashboard, pinToday, startPlugin, waitForIndex } from './harness';

const TODAY = '2026-11-29';

describe('dashboard', () => {
	pinToday(TODAY);

	it('privacy mode hides a commitment owner who is named only in the owner field', async () => {
		const running = await startPlugin({
			data: { privacyMode: true },
			files: {
				'People/Maria Lopez.md': '---\ntype: person\n---\n',
				'1-on-1s/2026-11-10 Maria Lopez.md':
					'---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\norganizer: "[[Sam Rivera]]"\n---\n## Organize\n- [ ] Bring the petition [owner:: [[Jo Chen]]] 📅 2026-11-20\n',
			},
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		const section = el.querySelector('.ro-dashboard__section--follow-up');
		expect(section?.querySelector('.ro-dashboard__count')?.textContent).toBe('1');
		// `relational-organizer report --redact` hides "Jo Chen" here (owner names are collected); the pane must too.
		expect(section?.textContent).not.toContain('Jo Chen');
	});

	it('privacy mode hides a unique first name the way --redact does', async () => {
		const running = await startPlugin({
			data: { privacyMode: true },
			files: {
				'People/Maria Lopez.md': '---\ntype: person\n---\n',
				'1-on-1s/2026-11-10 Maria Lopez.md':
					'---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\norganizer: "[[Sam Rivera]]"\n---\n## Organize\n- [ ] Maria talks to nights about the schedule 📅 2026-11-20\n',
			},
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		const section = el.querySelector('.ro-dashboard__section--follow-up');
		expect(section?.querySelector('.ro-dashboard__count')?.textContent).toBe('1');
		expect(section?.textContent).not.toContain('Maria');
	});
});
