/**
 * Held-out review: in privacy mode every Notice the plugin shows names people by initials only
 * (DESIGN §4: "Privacy mode covers … Notices"), through a whole session of acting from the pane:
 * Log contact, Snooze, Mark done, their Undo, Undo last action, Create note, and the map export
 * to a canvas path named after someone. Expected texts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { leaked } from '../cli/held-out-trust-cli';
import { fake, itemButton, itemWith, openDashboard, pinToday, runCommand, startPlugin, waitFor, waitForIndex } from './harness';

const TODAY = '2026-11-20';

const FILES: Record<string, string> = {
	'People/Kwame Asante.md': '---\ntype: person\naliases: [Kwesi]\n---\n',
	'People/Zoë Brontë.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-01 Kwame Asante.md': '---\ntype: one-on-one\nperson: "[[Kwame Asante]]"\ndate: 2026-11-01\norganizer: "[[Dana Whitfield]]"\n---\n## Organize\n- [ ] ask Kwesi\'s crew and Brontë about the petition 📅 2026-11-10\n',
	'1-on-1s/2026-11-02 Zoë Brontë.md': '---\ntype: one-on-one\nperson: "[[Zoë Brontë]]"\ndate: 2026-11-02\norganizer: "[[Dana Whitfield]]"\n---\n## Agitate\nbreaks\n',
	'1-on-1s/2026-11-03 Ngozi Eze.md': '---\ntype: one-on-one\nperson: "[[Ngozi Eze]]"\ndate: 2026-11-03\norganizer: "[[Dana Whitfield]]"\n---\n## Agitate\nnights\n',
};
const NAMES = ['Kwame', 'Asante', 'Kwesi', 'Zoë', 'Brontë', 'Ngozi', 'Eze', 'Dana', 'Whitfield'];
const DATA = { yourName: 'Dana Whitfield', privacyMode: true, canvasExportPath: 'Maps/Kwame Asante circle.canvas' };

function clickUndoInLastNotice(): void {
	const undo = Array.from(document.querySelectorAll<HTMLElement>('.notice button, .notice a, .notice .ro-notice__undo')).at(-1);
	if (!undo) throw new Error(`no Undo in the last notice: ${fake.noticeTexts().at(-1)}`);
	undo.click();
}

describe('held-out: Notices in privacy mode', () => {
	pinToday(TODAY);

	it('name no one through Log contact, Snooze, Mark done, their undo, Create note and the map export', async () => {
		const running = await startPlugin({ files: FILES, data: DATA });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const before = fake.noticeTexts().length;

		itemButton(itemWith(el, 'check-in', 'KA'), 'Log contact').click();
		await fake.settle();
		expect(fake.noticeTexts().at(-1)).toBe('Logged contact with KA today.Undo');
		clickUndoInLastNotice();
		await fake.settle();

		await waitFor(() => itemWith(el, 'check-in', 'ZB') !== undefined);
		itemButton(itemWith(el, 'check-in', 'ZB'), 'Snooze').click();
		fake.currentModals().at(-1)?.contentEl.querySelector<HTMLButtonElement>('button')?.click();
		await fake.settle();
		runCommand(running, 'undo-last-action');
		await fake.settle();

		await waitFor(() => itemWith(el, 'follow-up', 'about the petition') !== undefined);
		itemButton(itemWith(el, 'follow-up', 'about the petition'), 'Mark done').click();
		await fake.settle();
		expect(fake.noticeTexts().at(-1)).toBe('Marked done: ask KA\'s crew and ZB about the petitionUndo');
		runCommand(running, 'undo-last-action');
		await fake.settle();

		await waitFor(() => itemWith(el, 'check-in', 'NE') !== undefined);
		itemButton(itemWith(el, 'check-in', 'NE'), 'Create note').click();
		await waitFor(() => running.app.vault.getFileByPath('People/Ngozi Eze.md') !== null);
		runCommand(running, 'undo-last-action');
		await fake.settle();

		runCommand(running, 'export-relationship-map');
		await waitFor(() => fake.noticeTexts().some((t) => t.startsWith('Exported') || t.startsWith('Could not export')));
		expect(running.app.vault.getFileByPath('Maps/Kwame Asante circle (redacted).canvas')).not.toBeNull();

		const shown = fake.noticeTexts().slice(before);
		expect(shown.length).toBeGreaterThanOrEqual(9);
		expect(leaked(shown.join('\n'), NAMES)).toEqual([]);
	});
});
