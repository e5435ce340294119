/**
 * A pane action clicked twice before the pane re-rendered (a double click, a slow disk) does its
 * work once, and an action whose write fails says so in a Notice instead of failing silently
 * (an unhandled rejection that only the developer console shows).
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, openDashboard, pinToday, type Running, startPlugin, waitForIndex, whenViewsRendered } from './harness';

const TODAY = '2026-11-29';
const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const maria = '---\ntype: person\nrole: contact\n---\nMet at the night-shift meeting.\n';
const talk = '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\n---\n## Organize\n- [ ] Talk to two coworkers 📅 2026-11-20\n';
const files = { 'People/Maria Lopez.md': maria, [TALK]: talk };

async function start(extra: Record<string, string> = {}): Promise<{ running: Running; el: HTMLElement }> {
	const running = await startPlugin({ files: { ...files, ...extra } });
	await waitForIndex(running);
	return { running, el: await openDashboard(running) };
}

async function settleAll(running: Running): Promise<void> {
	for (let i = 0; i < 5; i++) await fake.settle();
	await whenViewsRendered(running);
}

describe('a pane action clicked twice', () => {
	pinToday(TODAY);

	it('Log 1-on-1 double-clicked makes one note, not two and not an error', async () => {
		const { running, el } = await start();
		const log = itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Log 1-on-1');
		log.click();
		log.click();
		await settleAll(running);
		const talks = running.app.vault.getMarkdownFiles().map((file) => file.path).filter((path) => path.startsWith('1-on-1s/2026-11-29'));
		expect(talks).toEqual(['1-on-1s/2026-11-29 Maria Lopez.md']);
		expect(fake.noticeTexts()).toEqual(['New 1-on-1 with Maria Lopez.Undo']);
	});

	it('Mark done double-clicked ticks the task once, with one Notice', async () => {
		const { running, el } = await start();
		const done = itemButton(itemWith(el, 'follow-up', 'Talk to two coworkers'), 'Mark done');
		done.click();
		done.click();
		await settleAll(running);
		const text = await running.app.vault.read(running.app.vault.getFileByPath(TALK) as TFile);
		expect(text).toContain('- [x] Talk to two coworkers 📅 2026-11-20 ✅ 2026-11-29\n');
		expect(fake.noticeTexts()).toEqual(['Marked done: Talk to two coworkersUndo']);
	});
});

describe('a pane action whose write fails', () => {
	pinToday(TODAY);

	it('says so in a Notice, and the button works again', async () => {
		// A file (not a folder) where the 1-on-1 folder should be: the app cannot create the note.
		const { running, el } = await start({ 'Talks': 'a file, not a folder' });
		running.plugin.settings = { ...running.plugin.settings, oneOnOneFolder: 'Talks' };
		itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Log 1-on-1').click();
		await settleAll(running);
		expect(fake.noticeTexts()).toEqual(['Could not log a 1-on-1: Folder already exists.']);
		running.plugin.settings = { ...running.plugin.settings, oneOnOneFolder: 'Talks folder' };
		itemButton(itemWith(el, 'check-in', 'Maria Lopez'), 'Log 1-on-1').click();
		await settleAll(running);
		expect(running.app.vault.getFileByPath('Talks folder/2026-11-29 Maria Lopez.md')).not.toBeNull();
	});
});
