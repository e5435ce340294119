/**
 * Add relationship… when the other person's note cannot be created (the disk refuses): the link
 * already written on this note is reported, with Undo, and the failure is said in the Notice,
 * instead of an error only the developer console shows and a write with no way back.
 */
import { describe, expect, it, vi } from 'vitest';
import { person } from '../support/builders';
import { fake, startPlugin, waitFor, waitForIndex } from './harness';

const FILES: Record<string, string> = {
	'People/Maria Lopez.md': person({ knows: ['[[Jo Chen]]'] }),
	'People/Jo Chen.md': person({ knows: ['[[Hector Vega]]'] }),
};

describe('Add relationship…, when their note cannot be created', () => {
	it('says so, and offers Undo of the link it wrote', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		await running.app.workspace.getLeaf('tab').openFile(running.app.vault.getFileByPath('People/Maria Lopez.md')!, { active: true });
		vi.spyOn(running.app.vault, 'create').mockImplementation((path: string) => Promise.reject(new Error(`EACCES: permission denied, open '/vault/${path}'`)));
		fake.runCommand(running.app, 'relational-organizer:add-relationship');
		await fake.typeInSuggestModal('Hector');
		fake.pressKey('Enter');
		await fake.typeInSuggestModal('leads');
		fake.pressKey('Enter');
		Array.from(fake.currentModals().at(-1)!.contentEl.querySelectorAll('button')).find((b) => b.textContent === 'Create their note too')!.click();
		await waitFor(() => fake.noticeTexts().length > 0);
		await fake.settle();
		expect(fake.noticeTexts()).toEqual(["Added leads: Hector Vega; could not create Hector Vega's note.Undo"]);
		const maria = running.app.vault.getFileByPath('People/Maria Lopez.md')!;
		expect(await running.app.vault.read(maria)).toContain("leads:\n  - '[[Hector Vega]]'\n");
		fake.runCommand(running.app, 'relational-organizer:undo-last-action');
		await fake.settle();
		// processFrontMatter re-serializes the YAML (DESIGN §4); the link is gone again.
		expect(await running.app.vault.read(maria)).not.toContain('leads');
	});
});
