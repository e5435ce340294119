/**
 * A note renamed or moved while the pane still lists it under its old path (the pane re-renders
 * once edits settle): acting on the item acts on the note where it now is, as a link in Obsidian
 * follows a rename. Only a note that is really gone says so. Follows obsidian.d.ts: `Vault.on
 * ('rename', (file, oldPath))` gives the renamed file itself, whose `path` is the new one.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, openDashboard, pinToday, readNote, type Running, startPlugin, waitForIndex } from './harness';

const TODAY = '2026-11-29';
const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const MOVED = 'Archive/2026-11-10 Maria Lopez.md';

const files = {
	'People/Maria Lopez.md': '---\ntype: person\nrole: contact\n---\n',
	[TALK]: '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-10\norganizer: "[[Sam Rivera]]"\n---\n## Organize\n- [ ] Talk to two coworkers on nights 📅 2026-11-20\n',
};

async function start(): Promise<{ running: Running; el: HTMLElement }> {
	const running = await startPlugin({ files });
	await waitForIndex(running);
	return { running, el: await openDashboard(running) };
}

async function rename(running: Running, from: string, to: string): Promise<void> {
	const folder = to.slice(0, to.lastIndexOf('/'));
	if (folder && !running.app.vault.getFolderByPath(folder)) await running.app.vault.createFolder(folder);
	await running.app.vault.rename(running.app.vault.getFileByPath(from) as TFile, to);
}

/** The paths open in the workspace's tabs. */
function openPaths(running: Running): string[] {
	const paths: string[] = [];
	running.app.workspace.iterateAllLeaves((leaf) => {
		const file = (leaf.view as { file?: TFile | null }).file;
		if (file) paths.push(file.path);
	});
	return paths;
}

describe('acting on an item whose note was just renamed', () => {
	pinToday(TODAY);

	it('Mark done ticks the task in the note under its new name, not "That note is gone"', async () => {
		const { running, el } = await start();
		const item = itemWith(el, 'follow-up', 'Talk to two coworkers');
		await rename(running, TALK, MOVED);
		itemButton(item, 'Mark done').click();
		await fake.settle();
		expect(await readNote(running, MOVED)).toContain('- [x] Talk to two coworkers on nights 📅 2026-11-20 ✅ 2026-11-29\n');
		expect(fake.noticeTexts().join(' | ')).not.toContain('gone');
	});

	it('Log contact writes last-contact into the renamed person note', async () => {
		const { running, el } = await start();
		const item = itemWith(el, 'check-in', 'Maria Lopez');
		await rename(running, 'People/Maria Lopez.md', 'People/Maria López.md');
		itemButton(item, 'Log contact').click();
		await fake.settle();
		expect(await readNote(running, 'People/Maria López.md')).toBe('---\ntype: person\nrole: contact\nlast-contact: 2026-11-29\n---\n');
		expect(fake.noticeTexts().join(' | ')).not.toContain('gone');
	});

	it('clicking the item opens the note where it now is, also after a second move', async () => {
		const { running, el } = await start();
		const link = itemWith(el, 'follow-up', 'Talk to two coworkers')?.querySelector<HTMLElement>('.ro-dashboard__link');
		await rename(running, TALK, MOVED);
		await rename(running, MOVED, 'Old/Maria 2026-11-10.md');
		link?.click();
		await fake.settle();
		expect(openPaths(running)).toContain('Old/Maria 2026-11-10.md');
	});

	it('still says the note is gone when it was renamed and then deleted', async () => {
		const { running, el } = await start();
		const item = itemWith(el, 'follow-up', 'Talk to two coworkers');
		await rename(running, TALK, MOVED);
		await running.app.vault.delete(running.app.vault.getFileByPath(MOVED) as TFile);
		itemButton(item, 'Mark done').click();
		await fake.settle();
		expect(fake.noticeTexts().at(-1)).toBe('That note is gone, so nothing was changed.');
	});
});
