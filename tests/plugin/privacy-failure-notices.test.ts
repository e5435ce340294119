/**
 * Privacy mode covers Notices (DESIGN §4), the ones saying a write failed included: the app's
 * error message names the file it could not write (`EACCES: permission denied, open
 * '/vault/1-on-1s/2026-12-01 Maria Lopez.md'`), which is the person's name.
 */
import { describe, expect, it, vi } from 'vitest';
import { fake, pinToday, runCommand, startPlugin, waitFor, waitForIndex } from './harness';

const TODAY = '2026-12-01';
const maria = '---\ntype: person\naliases: [Mari]\n---\n';

describe('a failed write in privacy mode', () => {
	pinToday(TODAY);

	it('New 1-on-1… says it failed with initials, not the name in the path', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria }, data: { privacyMode: true } });
		await waitForIndex(running);
		vi.spyOn(running.app.vault, 'create').mockImplementation((path: string) => Promise.reject(new Error(`EACCES: permission denied, open '/vault/${path}'`)));
		runCommand(running, 'new-one-on-one');
		await fake.typeInSuggestModal('Mari');
		fake.pressKey('Enter');
		await waitFor(() => fake.noticeTexts().length > 0);
		expect(fake.noticeTexts()).toEqual(["The note could not be created: EACCES: permission denied, open '/vault/1-on-1s/2026-12-01 ML.md'"]);
	}, 60_000);

	it('New person… too', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria }, data: { privacyMode: true } });
		await waitForIndex(running);
		vi.spyOn(running.app.vault, 'create').mockImplementation((path: string) => Promise.reject(new Error(`EACCES: permission denied, open '/vault/${path}'`)));
		runCommand(running, 'new-person');
		const modal = fake.currentModals().at(-1);
		const input = modal?.contentEl.querySelector('input');
		if (!input) throw new Error('no name field');
		fake.typeInto(input, 'Maria Lopez Jr');
		modal?.contentEl.querySelector('form')?.requestSubmit();
		await waitFor(() => fake.noticeTexts().length > 0);
		expect(fake.noticeTexts().join('\n')).not.toMatch(/Maria|Lopez/);
	}, 60_000);
});
