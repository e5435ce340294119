/**
 * Held-out review: Add relationship… in privacy mode (DESIGN §4: pickers, modals and Notices show
 * initials), through a whole run: the person picker, the question about a person without a note,
 * the Notice, and its Undo. The notes still get the real names. Expected texts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { leaked } from '../cli/held-out-trust-cli';
import { fake, pinToday, readNote, runCommand, startPlugin, waitFor, waitForIndex } from './harness';

const FILES: Record<string, string> = {
	'People/Kwame Asante.md': '---\ntype: person\naliases: [Kwesi]\nknows: ["[[Ngozi Eze]]"]\n---\n',
	'People/Zoë Brontë.md': '---\ntype: person\n---\n',
};
const NAMES = ['Kwame', 'Asante', 'Kwesi', 'Ngozi', 'Eze', 'Zoë', 'Brontë'];

describe('held-out: Add relationship… in privacy mode', () => {
	pinToday('2026-11-20');

	it('shows initials in the picker, the question and the Notices, and writes the real names', async () => {
		const running = await startPlugin({ files: FILES, data: { privacyMode: true } });
		await waitForIndex(running);
		await running.app.workspace.getLeaf('tab').openFile(running.app.vault.getFileByPath('People/Zoë Brontë.md')!, { active: true });
		runCommand(running, 'add-relationship');
		const picked = await fake.typeInSuggestModal('NE');
		expect(picked).toContain('NE');
		expect(leaked(picked.join('\n'), NAMES)).toEqual([]);
		fake.pressKey('Enter');
		await fake.typeInSuggestModal('leads');
		fake.pressKey('Enter');
		const modal = fake.currentModals().at(-1)!;
		const question = [modal.titleEl.textContent ?? '', modal.contentEl.textContent ?? ''].join('\n');
		expect(question).toContain('NE has no note yet');
		expect(leaked(question, NAMES)).toEqual([]);
		Array.from(modal.contentEl.querySelectorAll('button')).find((b) => b.textContent === 'Create their note too')!.click();
		await waitFor(() => running.app.vault.getFileByPath('People/Ngozi Eze.md') !== null && fake.noticeTexts().length > 0);
		await fake.settle();
		expect(await readNote(running, 'People/Ngozi Eze.md')).toContain('[[Zoë Brontë]]');
		expect(await readNote(running, 'People/Zoë Brontë.md')).toContain('[[Ngozi Eze]]');
		runCommand(running, 'undo-last-action');
		await fake.settle();
		expect(fake.noticeTexts().length).toBeGreaterThanOrEqual(2);
		expect(leaked(fake.noticeTexts().join('\n'), NAMES)).toEqual([]);
	});
});
