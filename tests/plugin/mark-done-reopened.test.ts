/**
 * Mark done on a task that was done once and reopened by clicking its checkbox: Obsidian's own
 * checkbox (without Tasks) unticks the box and leaves the old `✅ date` or `[completion:: date]`
 * on the line. Tasks and Dataview, ticking it again, replace that date with today's; Mark done must
 * too. Tasks reads the leftmost of repeated fields, so a second date appended after the old one is
 * read as the old day: the debrief would be dated weeks ago, or not listed at all.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemWith, openDashboard, pinToday, type Running, startPlugin, waitFor, waitForIndex } from './harness';

const TODAY = '2026-11-29';
const TALK = '1-on-1s/2026-10-01 Maria Lopez.md';
const maria = '---\ntype: person\nrole: contact\n---\n';
const talk = [
	'---',
	'type: one-on-one',
	'person: ["[[Maria Lopez]]"]',
	'date: 2026-10-01',
	'---',
	'## Organize',
	// Done on 10-05, reopened since: 55 days ago, far past the 30-day debrief window.
	'- [ ] Talk to two coworkers 📅 2026-10-10 ✅ 2026-10-05 ^nights',
	'- [ ] Bring the contract [due:: 2026-10-10] [completion:: 2026-10-05]',
	'',
].join('\n');

function markDone(el: HTMLElement, text: string): void {
	const button = Array.from(itemWith(el, 'follow-up', text)?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((b) => b.textContent === 'Mark done');
	if (!button) throw new Error(`no Mark done on "${text}"`);
	button.click();
}

function read(running: Running): Promise<string> {
	return running.app.vault.read(running.app.vault.getFileByPath(TALK) as TFile);
}

describe('Mark done on a reopened task', () => {
	pinToday(TODAY);

	it('replaces the old done date with today\'s, and the item turns into a debrief of today', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, [TALK]: talk } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		markDone(el, 'Talk to two coworkers');
		await waitFor(() => itemWith(el, 'follow-up', 'Talk to two coworkers')?.textContent?.includes('Debrief') === true);
		await fake.settle();
		markDone(el, 'Bring the contract');
		await waitFor(() => itemWith(el, 'follow-up', 'Bring the contract')?.textContent?.includes('Debrief') === true);
		const lines = (await read(running)).split('\n');
		expect(lines[6]).toBe('- [x] Talk to two coworkers 📅 2026-10-10 ✅ 2026-11-29 ^nights');
		expect(lines[7]).toBe('- [x] Bring the contract [due:: 2026-10-10] [completion:: 2026-11-29]');
		expect(itemWith(el, 'follow-up', 'Talk to two coworkers')?.textContent).toContain('2026-11-29');
	});
});
