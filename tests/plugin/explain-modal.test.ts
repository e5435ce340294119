/**
 * "Explain this note": the command opens a modal with the same explanation the CLI prints, from the
 * live index; privacy mode redacts it; each Notes to fix item in the pane offers "Explain". Expected
 * lines are written by hand (DESIGN §2–§3, today 2026-12-01). The fake follows obsidian.d.ts:
 * `Workspace.getActiveFile` "Returns the file for the current view if it's a `FileView`", and
 * `Modal.open` "Show the modal on the the active window".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fake, pinToday, runCommand, startPlugin, waitForIndex, whenViewsRendered, type Running } from './harness';
import { DASHBOARD_VIEW_TYPE } from '../../src/plugin/dashboard-view';

const TODAY = '2026-12-01';

const FILES = {
	'People/Maria Lopez.md': '---\ntype: person\nrole: committee\n---\n',
	'1-on-1s/2026-11-10 Maria Lopez.md': [
		'---',
		'type: one-on-one',
		'person: "[[Maria Lopez]]"',
		'date: 2026-11-10',
		'organizer: "[[Sam Rivera]]"',
		'---',
		'## Organize',
		'- [ ] Ask the night crew about the schedule 📅 2026-11-20',
		'- [ ] [[Sam Rivera]]: bring the contract 📅 2026-12-03',
		'%% - [ ] a prompt, not a task %%',
		'',
	].join('\n'),
	'1-on-1s/2026-11-12 Nobody.md': '---\ntype: one-on-one\ndate: 2026-11-12\n---\n',
};

async function openNote(running: Running, path: string): Promise<void> {
	const file = running.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await running.app.workspace.getLeaf(false).openFile(file, { active: true });
}

function modalLines(): { title: string; blocks: string[]; lines: string[] } {
	const modal = fake.currentModals().at(-1);
	if (!modal) throw new Error('no modal is open');
	return {
		title: modal.titleEl.textContent ?? '',
		blocks: [...modal.contentEl.querySelectorAll('.ro-explain__title')].map((el) => el.textContent ?? ''),
		lines: [...modal.contentEl.querySelectorAll('.ro-explain__line')].map((el) => el.textContent ?? ''),
	};
}

describe('Explain this note', () => {
	pinToday(TODAY);
	afterEach(() => {
		for (const modal of fake.currentModals()) modal.close();
	});

	it('opens a modal with the explanation of the active note', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		await openNote(running, '1-on-1s/2026-11-10 Maria Lopez.md');
		runCommand(running, 'explain-this-note');
		await fake.settle();
		const shown = modalLines();
		expect(shown.title).toBe('Explain: 2026-11-10 Maria Lopez');
		expect(shown.blocks).toEqual(['What this note is', 'Properties', 'People it names', 'AEIOU sections with content of their own', 'Tasks', 'Lines that look like tasks but are not', 'How it was read']);
		expect(shown.lines).toContain('1-on-1s/2026-11-10 Maria Lopez.md is a 1-on-1: its type is "one-on-one".');
		expect(shown.lines).toContain('person Maria Lopez → People/Maria Lopez.md, by its file name (the only note of that name).');
		expect(shown.lines).toContain(
			'Line 8 [ ] Ask the night crew about the schedule — due 2026-11-20 · section Organize · owner Maria Lopez, from the talk\'s first person (no owner field or prefix). Today: in Follow up (Offer support), because due 2026-11-20; no held talk with Maria Lopez on or after 2026-11-20 other than this one.',
		);
		expect(shown.lines).toContain(
			'Line 9 [ ] [[Sam Rivera]]: bring the contract — due 2026-12-03 · section Organize · owner Sam Rivera (you), from the leading [[Name]]: on the line. Today: in Your promises and Coming up, because owner is you ("Your name" is Sam Rivera), due 2026-12-03; due within the next 7 days.',
		);
		// Obsidian hides what is between %% and %%: no task (obsidian-tasks test data comments_markdown_style.json).
		expect(shown.lines).toContain('Line 10 %% - [ ] a prompt, not a task %% — inside a %% or HTML comment: Obsidian hides it, so neither it nor Tasks sees a task there.');
	});

	it('is offered only while a note is active', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		expect(fake.runCommand(running.app, 'relational-organizer:explain-this-note')).toBe(false);
	});

	it('redacts names and paths in privacy mode', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera', privacyMode: true } });
		await waitForIndex(running);
		await openNote(running, '1-on-1s/2026-11-10 Maria Lopez.md');
		runCommand(running, 'explain-this-note');
		await fake.settle();
		const shown = modalLines();
		const all = [shown.title, ...shown.lines].join('\n');
		expect(all).not.toMatch(/Maria|Lopez|Sam Rivera/);
		expect(all).toContain('Ask the night crew about the schedule');
	});

	it('offers Explain on each Notes to fix item of the pane', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		runCommand(running, 'open-follow-up-dashboard');
		await whenViewsRendered(running);
		const pane = running.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view.containerEl;
		const button = [...(pane?.querySelectorAll('button') ?? [])].find((el) => el.textContent === 'Explain');
		if (!button) throw new Error('no Explain action in the pane');
		button.click();
		await fake.settle();
		const shown = modalLines();
		expect(shown.title).toBe('Explain: 2026-11-12 Nobody');
		expect(shown.lines).toContain('This 1-on-1 names no person: add person: "[[Name]]" to its properties.');
	});
});
