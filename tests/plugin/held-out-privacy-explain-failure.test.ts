/**
 * Held-out review: Explain this note when the note cannot be read, in privacy mode. The app's
 * error names the file (`EACCES: permission denied, open '/vault/People/Kwame Asante.md'`), which
 * is the person's name; privacy mode covers Notices, the failed ones too (DESIGN §4), as New
 * 1-on-1… does already.
 */
import { describe, expect, it, vi } from 'vitest';
import { leaked } from '../cli/held-out-trust-cli';
import { fake, pinToday, runCommand, startPlugin, waitFor, waitForIndex } from './harness';

const FILES = { 'People/Kwame Asante.md': '---\ntype: person\n---\n' };

describe('held-out: Explain this note fails to read the note', () => {
	pinToday('2026-11-20');

	for (const privacyMode of [false, true]) {
		it(`says so in a Notice that ${privacyMode ? 'names no one in privacy mode' : 'names the file without privacy mode'}`, async () => {
			const running = await startPlugin({ files: FILES, data: { privacyMode } });
			await waitForIndex(running);
			await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('People/Kwame Asante.md')!, { active: true });
			vi.spyOn(running.app.vault, 'cachedRead').mockImplementation((file) => Promise.reject(new Error(`EACCES: permission denied, open '/vault/${file.path}'`)));
			runCommand(running, 'explain-this-note');
			await waitFor(() => fake.noticeTexts().length > 0);
			const notice = fake.noticeTexts().at(-1) ?? '';
			expect(notice).toMatch(/^The note could not be explained: EACCES: permission denied, open '\/vault\/People\//);
			expect(leaked(notice, ['Kwame', 'Asante'])).toEqual(privacyMode ? [] : ['Kwame', 'Asante']);
		});
	}
});
