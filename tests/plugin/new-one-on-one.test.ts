import { describe, expect, it } from 'vitest';
import { P } from './aeiou-prompts';
import { fake, pinToday, runCommand, startPlugin, waitFor, waitForIndex, readNote, waitForFile } from './harness';

const TODAY = '2026-12-01';

const maria = `---
type: person
aliases: [Mari]
---
`;

describe('New 1-on-1…', () => {
	pinToday(TODAY);

	it('picks a person by alias and creates the dated note from the built-in template, opened in the first section', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria } });
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		expect(await fake.typeInSuggestModal('Mari')).toContain('Maria Lopez (Mari)');
		fake.pressKey('Enter');
		const text = await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez.md');
		expect(text).toBe(`---
type: one-on-one
person: ["[[Maria Lopez]]"]
date: 2026-12-01
organizer: 
kind: initial
assessment:
next-contact:
issues: []
---
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

`);
		const view = fake.activeMarkdownView(running.app);
		expect(view?.file?.path).toBe('1-on-1s/2026-12-01 Maria Lopez.md');
		expect(view?.editor.getCursor()).toEqual({ line: 12, ch: 0 });
	}, 60_000);

	it('gives a second talk the same day the (2) suffix and never overwrites the first', async () => {
		const first = '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-12-01\n---\nkept\n';
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-12-01 Maria Lopez.md': first } });
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		await fake.typeInSuggestModal('Maria');
		fake.pressKey('Enter');
		const text = await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez (2).md');
		expect(text).toContain('person: ["[[Maria Lopez]]"]');
		expect(text).toContain('kind: follow-up');
		expect(await readNote(running, '1-on-1s/2026-12-01 Maria Lopez.md')).toBe(first);
	}, 60_000);

	it('creates the 1-on-1 folder when it is missing, even nested, and writes your name as organizer', async () => {
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': maria },
			data: { oneOnOneFolder: 'Organizing/Talks', yourName: 'Sam Rivera' },
		});
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		await fake.typeInSuggestModal('Maria');
		fake.pressKey('Enter');
		const text = await waitForFile(running, 'Organizing/Talks/2026-12-01 Maria Lopez.md');
		expect(text).toContain('organizer: "[[Sam Rivera]]"');
	}, 60_000);

	it('offers unresolved people and sanitizes a hostile name into the file name and the link', async () => {
		const talk = '---\ntype: one-on-one\nperson: "Jo: \\"the | boss\\" ../x"\ndate: 2026-11-20\n---\n';
		const running = await startPlugin({ files: { '1-on-1s/2026-11-20 Jo.md': talk } });
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		expect(await fake.typeInSuggestModal('Jo')).toContain('Jo: "the | boss" ../x');
		fake.pressKey('Enter');
		const text = await waitForFile(running, '1-on-1s/2026-12-01 Jo the boss .. x.md');
		expect(text).toContain('person: ["[[Jo the boss .. x]]"]');
	}, 60_000);

	it('"New person…" creates the person note from what was typed, then the 1-on-1 with them', async () => {
		const running = await startPlugin();
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		expect(await fake.typeInSuggestModal('Ana Ruiz')).toContain('New person…');
		const items = Array.from(fake.topSuggestModal().resultContainerEl.querySelectorAll('.suggestion-item'));
		(items.find((el) => el.textContent === 'New person…') as HTMLElement).click();
		const form = document.querySelector<HTMLFormElement>('.ro-name-prompt');
		expect(form?.querySelector('input')?.value).toBe('Ana Ruiz');
		form?.requestSubmit();
		const person = await waitForFile(running, 'People/Ana Ruiz.md');
		expect(person).toContain('type: person');
		const talk = await waitForFile(running, '1-on-1s/2026-12-01 Ana Ruiz.md');
		expect(talk).toContain('person: ["[[Ana Ruiz]]"]');
	}, 60_000);

	it('adds more people with Shift+Enter for a group talk, then creates one note naming them all', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, 'People/Jo Chen.md': '---\ntype: person\n---\n' } });
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		await fake.typeInSuggestModal('Maria');
		fake.topSuggestModal().inputEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
		expect(await fake.typeInSuggestModal('Jo')).toEqual(['Jo Chen', 'New person…']);
		fake.pressKey('Enter');
		expect(await fake.typeInSuggestModal('')).toEqual(['Create the note with Maria Lopez, Jo Chen', 'New person…']);
		fake.pressKey('Enter');
		const text = await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez, Jo Chen.md');
		expect(text).toContain('person: ["[[Maria Lopez]]", "[[Jo Chen]]"]');
	}, 60_000);

	it('shows initials in privacy mode, while a typed name or alias still finds the person', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria }, data: { privacyMode: true } });
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		expect(await fake.typeInSuggestModal('Mari')).toEqual(['ML', 'New person…']);
		expect(document.body.textContent).not.toContain('Maria');
		fake.pressKey('Enter');
		await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez.md');
	}, 60_000);

	it('uses a template file with placeholders, merging in the properties a 1-on-1 needs', async () => {
		const template = '---\ntags: [organizing]\ntitle: "{{title}}"\n---\n# Talk with {{person}} on {{date:dddd D MMMM YYYY}} at {{time}}\n{{unknown}}\n## Agitate\n';
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': maria, 'Templates/Talk.md': template },
			data: { oneOnOneTemplate: 'Templates/Talk.md' },
		});
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		await fake.typeInSuggestModal('Maria');
		fake.pressKey('Enter');
		const text = await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez.md');
		expect(text).toBe('---\ntags: [organizing]\ntitle: "2026-12-01 Maria Lopez"\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-12-01\norganizer: \n---\n'
			+ '# Talk with [[Maria Lopez]] on Tuesday 1 December 2026 at 12:00\n{{unknown}}\n## Agitate\n');
	}, 60_000);

	it('falls back to the built-in template with a Notice when the template file is missing', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria }, data: { oneOnOneTemplate: 'Templates/Gone.md' } });
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		await fake.typeInSuggestModal('Maria');
		fake.pressKey('Enter');
		const text = await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez.md');
		expect(text).toContain('## Uplift');
		expect(fake.noticeTexts().join('\n')).toContain('"Templates/Gone.md" was not found, so the built-in 1-on-1 template was used');
	}, 60_000);
});

describe('New person…', () => {
	pinToday(TODAY);

	it('creates the person note in the people folder and opens it', async () => {
		const running = await startPlugin();
		await waitForIndex(running);
		runCommand(running, 'new-person');
		const form = document.querySelector<HTMLFormElement>('.ro-name-prompt');
		fake.typeInto(form?.querySelector('input') as HTMLInputElement, 'Ben Okafor');
		form?.requestSubmit();
		const text = await waitForFile(running, 'People/Ben Okafor.md');
		expect(text.startsWith('---\ntype: person\naliases: []\n')).toBe(true);
		expect(fake.activeMarkdownView(running.app)?.file?.path).toBe('People/Ben Okafor.md');
	}, 60_000);

	it('opens the existing person when the name is one of their aliases, instead of creating a (2)', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria } });
		await waitForIndex(running);
		runCommand(running, 'new-person');
		const form = document.querySelector<HTMLFormElement>('.ro-name-prompt');
		fake.typeInto(form?.querySelector('input') as HTMLInputElement, 'mari');
		form?.requestSubmit();
		await waitFor(() => fake.activeMarkdownView(running.app)?.file?.path === 'People/Maria Lopez.md');
		expect(running.app.vault.getFiles().map((f) => f.path).sort()).toEqual(['People/Maria Lopez.md']);
	}, 60_000);
});
