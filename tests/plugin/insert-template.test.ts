import { describe, expect, it } from 'vitest';
import { P } from './aeiou-prompts';
import { fake, pinToday, runCommand, startPlugin, waitForIndex, openInEditor } from './harness';

const TODAY = '2026-12-01';

describe('Insert 1-on-1 template', () => {
	pinToday(TODAY);

	it('inserts the sections at the cursor and merges the properties, in one transaction, keeping the note\'s own values', async () => {
		const note = '---\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-30 # the day we met\ntags: [union]\n---\nMet at the break room.\n\nMore later.\n';
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': '---\ntype: person\n---\n', 'Notes/Break room.md': note } });
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Notes/Break room.md', { line: 6, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(editor['transactionCount']).toBe(1);
		expect(editor.getValue()).toBe(`---
person: ["[[Maria Lopez]]"]
date: 2026-11-30 # the day we met
tags: [union]
type: one-on-one
organizer: 
kind: initial
assessment:
next-contact:
issues: []
---
Met at the break room.
## Agitate
%% ${P.agitate} %%

## Educate
%% ${P.educate} %%

## Inoculate
%% ${P.inoculate} %%

## Organize
%% ${P.organize} %%

## Uplift
%% ${P.uplift} %%

\nMore later.
`);
		expect(editor.getCursor()).toEqual({ line: 14, ch: 0 });
		// Through the editor only: the file on disk waits for the editor's own save.
		expect(await running.app.vault.read(running.app.vault.getFileByPath('Notes/Break room.md')!)).toBe(note);
	});

	it('carries forward the open commitments of the note\'s person, and writes your name as organizer', async () => {
		const earlier = '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-20\n---\n## Organize\n- [ ] Post the sign-up sheet\n';
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': '---\ntype: person\n---\n', '1-on-1s/2026-11-20 Maria Lopez.md': earlier, 'Talk.md': '---\nperson: "[[Maria Lopez]]"\n---\n' },
			data: { yourName: 'Sam Rivera' },
		});
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Talk.md', { line: 3, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(editor.getValue()).toContain('organizer: "[[Sam Rivera]]"\n');
		expect(editor.getValue()).toContain('%% ro:carried-forward %%\n- Offer support: Post the sign-up sheet — [[2026-11-20 Maria Lopez]]\n%% /ro:carried-forward %%');
	});

	it('adds a front matter block to a note without one', async () => {
		const running = await startPlugin({ files: { 'Plain.md': 'Some words' } });
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Plain.md', { line: 0, ch: 10 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(editor.getValue().startsWith('---\ntype: one-on-one\nperson: []\ndate: 2026-12-01\n')).toBe(true);
		expect(editor.getValue()).toContain('---\nSome words\n## Agitate\n');
	});

	it('refuses a note that already has the sections', async () => {
		const note = '---\ntype: one-on-one\n---\n## agitate:\nWages.\n';
		const running = await startPlugin({ files: { 'Talk.md': note } });
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Talk.md', { line: 4, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(editor.getValue()).toBe(note);
		expect(fake.noticeTexts()).toEqual(['This note already has 1-on-1 sections, so the template was not inserted.']);
	});

	it('refuses malformed front matter, saying why, and leaves the note untouched', async () => {
		const note = '---\nperson: [[[Maria\ndate: : :\n---\nText\n';
		const running = await startPlugin({ files: { 'Broken.md': note } });
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Broken.md', { line: 4, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(editor.getValue()).toBe(note);
		expect(editor['transactionCount']).toBe(0);
		expect(fake.noticeTexts()[0]).toMatch(/^The properties of this note could not be read \(.+\); nothing was changed\.$/);
	});
});
