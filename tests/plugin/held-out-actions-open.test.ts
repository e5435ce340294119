/**
 * Held-out review of opening a listed note from the pane (DESIGN §3: "each item opens its note —
 * at the line for commitments"; guide: in the current tab, never over the map or the chart;
 * Ctrl/Cmd+click or a middle click opens a new tab; §4: keyboard reachable).
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { MAP_VIEW_TYPE } from '../../src/plugin/map-view';
import { fake, itemWith, pinToday, runCommand, type Running, waitFor, whenViewsRendered } from './harness';
import { editNote, MARIA, mariaNote, startPane, TALK, talkWith, TODAY } from './held-out-actions-support';

// Body line 0 is the front matter's first line; the task in the callout is 0-based line 10.
const talk = talkWith(['Notes from the break room.', '', '> [!todo] Next steps', '> - [ ] Ask Jo about nights 📅 2026-11-20', '']);
const TASK_LINE = 10;
const files = { [MARIA]: mariaNote, [TALK]: talk, '1-on-1s/2026-11-01 Maria Lopez.md': talkWith(['Talked.', '']).replace('2026-11-10', '2026-11-01'), 'Notes/Draft.md': 'Writing here.\n' };

function taskLink(el: HTMLElement): HTMLElement {
	const link = itemWith(el, 'follow-up', 'Ask Jo about nights')?.querySelector<HTMLElement>('.ro-dashboard__link');
	if (!link) throw new Error('no link on the task');
	return link;
}

/** Files open in the main area's tabs, sorted. */
function openPaths(running: Running): string[] {
	const paths: string[] = [];
	running.app.workspace.iterateAllLeaves((leaf) => {
		const file = (leaf.view as { file?: TFile | null }).file;
		if (file) paths.push(file.path);
	});
	return paths.sort();
}

function cursorLine(running: Running): number | undefined {
	return fake.activeMarkdownView(running.app)?.editor.getCursor().line;
}

/** Activates a focused element from the keyboard, as Enter does in a browser. */
function pressEnterOn(target: HTMLElement): void {
	const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
	target.dispatchEvent(event);
	// A native button or link turns Enter into a click; happy-dom does not, so do it for them.
	if (!event.defaultPrevented && (target.tagName === 'BUTTON' || (target.tagName === 'A' && target.hasAttribute('href')))) target.click();
}

describe('opening a note from the pane (held out)', () => {
	pinToday(TODAY);

	it('a click opens the talk with the cursor on the task line, inside its callout', async () => {
		const { running, el } = await startPane(files);
		taskLink(el).click();
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe(TALK);
		expect(cursorLine(running)).toBe(TASK_LINE);
	});

	it('after lines were added above and the pane caught up, opens at the task\'s new line', async () => {
		const { running, el } = await startPane(files);
		await editNote(running, TALK, (text) => text.replace('Notes from the break room.\n', 'Notes from the break room.\nTwo more\nlines.\n'));
		// The pane re-renders once the edit settles; the task item is drawn again.
		const old = taskLink(el);
		await waitFor(() => !old.isConnected);
		await whenViewsRendered(running);
		taskLink(el).click();
		await fake.settle();
		expect(cursorLine(running)).toBe(TASK_LINE + 2);
	});

	it('before the pane caught up with lines added above, still lands on the task, not two lines above it', async () => {
		const { running, el } = await startPane(files);
		const link = taskLink(el);
		await editNote(running, TALK, (text) => text.replace('Notes from the break room.\n', 'Notes from the break room.\nTwo more\nlines.\n'));
		link.click();
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe(TALK);
		expect(cursorLine(running)).toBe(TASK_LINE + 2);
	});

	it('the owner\'s name under a commitment opens the person note', async () => {
		const { running, el } = await startPane(files);
		itemWith(el, 'follow-up', 'Ask Jo about nights')?.querySelector<HTMLElement>('.ro-dashboard__person')?.click();
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe(MARIA);
	});

	it('is reachable from the keyboard: the link takes focus, and Enter opens the note at the line', async () => {
		const { running, el } = await startPane(files);
		const link = taskLink(el);
		link.focus();
		expect(document.activeElement).toBe(link);
		pressEnterOn(link);
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe(TALK);
		expect(cursorLine(running)).toBe(TASK_LINE);
	});

	it('a person\'s name in Check in with opens their person note, from a click and from Enter', async () => {
		const { running, el } = await startPane(files);
		const name = itemWith(el, 'check-in', 'Maria Lopez')?.querySelector<HTMLElement>('.ro-dashboard__link');
		if (!name) throw new Error('no name');
		name.click();
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe(MARIA);
		await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('Notes/Draft.md') as TFile);
		name.focus();
		expect(document.activeElement).toBe(name);
		pressEnterOn(name);
		await fake.settle();
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe(MARIA);
	});

	it('a middle click on a person\'s name opens a new tab, keeping the note that was open', async () => {
		const { running, el } = await startPane(files);
		await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('Notes/Draft.md') as TFile);
		itemWith(el, 'check-in', 'Maria Lopez')?.querySelector<HTMLElement>('.ro-dashboard__link')?.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
		await fake.settle();
		expect(openPaths(running)).toEqual(['Notes/Draft.md', MARIA]);
	});

	it('never opens over the relationship map: the map stays, the note opens beside it', async () => {
		const { running, el } = await startPane(files);
		runCommand(running, 'open-relationship-map');
		await whenViewsRendered(running);
		const mapLeaf = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0];
		running.app.workspace.setActiveLeaf(mapLeaf);
		taskLink(el).click();
		await fake.settle();
		expect(running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)).toEqual([mapLeaf]);
		expect(openPaths(running)).toContain(TALK);
		expect(cursorLine(running)).toBe(TASK_LINE);
	});

	it('Ctrl+click in privacy mode opens the real note in a new tab', async () => {
		const { running, el } = await startPane(files, { privacyMode: true });
		await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('Notes/Draft.md') as TFile);
		taskLink(el).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
		await fake.settle();
		expect(openPaths(running)).toEqual([TALK, 'Notes/Draft.md']);
		expect(cursorLine(running)).toBe(TASK_LINE);
	});
});
