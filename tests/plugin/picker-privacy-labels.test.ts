/**
 * In privacy mode the New 1-on-1 picker labels people as the pane and the map do (one redaction
 * step, README "Security and privacy"): two people who share initials stay apart, and a name
 * whose initials would give it away is a numbered `Person N`, not one `Person` for everyone.
 */
import { describe, expect, it } from 'vitest';
import { fake, openDashboard, pinToday, runCommand, startPlugin, waitForIndex } from './harness';

const person = '---\ntype: person\n---\n';
const files = {
	'People/Maria Lopez.md': person,
	'People/Mark Lee.md': person,
	'People/王芳.md': person,
	'People/李伟.md': person,
};

describe('the person picker in privacy mode', () => {
	pinToday('2026-12-01');

	it('shows the labels the dashboard shows, each person told apart', async () => {
		const running = await startPlugin({ files, data: { privacyMode: true } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const paneLabels = Array.from(el.querySelectorAll('.ro-dashboard__section--no-one-on-one .ro-dashboard__item .ro-dashboard__person, .ro-dashboard__section--no-one-on-one .ro-dashboard__item .ro-dashboard__link, .ro-dashboard__section--no-one-on-one .ro-dashboard__item .ro-dashboard__name')).map((n) => n.textContent ?? '');
		expect(paneLabels).toHaveLength(4);
		expect(new Set(paneLabels).size).toBe(4);
		runCommand(running, 'new-one-on-one');
		const shown = (await fake.typeInSuggestModal('')).filter((text) => text !== 'New person…' && !text.startsWith('Group talk'));
		expect(shown.sort()).toEqual([...paneLabels].sort());
	});
});
