/**
 * An item clicked after its note was deleted, before the pane caught up (its re-render waits for
 * the edits to settle): a Notice says the note is gone, rather than a click that does nothing.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, openDashboard, pinToday, startPlugin, waitForIndex } from './harness';

const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const files = {
	'People/Maria Lopez.md': '---\ntype: person\nrole: contact\n---\n',
	[TALK]: '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\n---\n- [ ] Talk to two coworkers 📅 2026-11-20\n',
};

describe('an item whose note was just deleted', () => {
	pinToday('2026-11-29');

	it('says the note is gone when clicked', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const link = el.querySelector<HTMLElement>('.ro-dashboard__section--follow-up .ro-dashboard__link');
		if (!link) throw new Error('no commitment link');
		await running.app.vault.delete(running.app.vault.getFileByPath(TALK) as TFile);
		link.click();
		await fake.settle();
		expect(fake.noticeTexts()).toEqual(['That note is gone: it was deleted or moved.']);
	});
});
