/**
 * Opening a note from the dashboard the way a link in Obsidian opens: a plain click reuses the
 * tab, Ctrl/Cmd+click or a middle click opens a new tab, so the note the organizer was writing
 * in stays open.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, openDashboard, pinToday, startPlugin, waitForIndex, type Running } from './harness';

const TODAY = '2026-11-29';
const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const files = {
	'People/Maria Lopez.md': '---\ntype: person\nrole: contact\n---\n',
	[TALK]: '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\n---\n## Organize\n- [ ] Talk to two coworkers 📅 2026-11-20\n',
	'Notes/Draft.md': 'Writing here.\n',
};

async function start(): Promise<{ running: Running; el: HTMLElement }> {
	const running = await startPlugin({ files });
	await waitForIndex(running);
	const el = await openDashboard(running);
	await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('Notes/Draft.md') as TFile);
	return { running, el };
}

/** The paths open in the main area's tabs. */
function openPaths(running: Running): string[] {
	const paths: string[] = [];
	running.app.workspace.iterateAllLeaves((leaf) => {
		const file = (leaf.view as { file?: TFile | null }).file;
		if (file) paths.push(file.path);
	});
	return paths.sort();
}

function link(el: HTMLElement): HTMLElement {
	const found = el.querySelector<HTMLElement>('.ro-dashboard__section--follow-up .ro-dashboard__link');
	if (!found) throw new Error('no commitment link');
	return found;
}

describe('opening a note from the dashboard', () => {
	pinToday(TODAY);

	it('reuses the tab on a plain click', async () => {
		const { running, el } = await start();
		link(el).click();
		await fake.settle();
		expect(openPaths(running)).toEqual([TALK]);
	});

	it('opens a new tab on Ctrl+click, keeping the note that was open', async () => {
		const { running, el } = await start();
		link(el).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
		await fake.settle();
		expect(openPaths(running)).toEqual([TALK, 'Notes/Draft.md']);
	});

	it('opens a new tab on a middle click', async () => {
		const { running, el } = await start();
		link(el).dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
		await fake.settle();
		expect(openPaths(running)).toEqual([TALK, 'Notes/Draft.md']);
	});
});
