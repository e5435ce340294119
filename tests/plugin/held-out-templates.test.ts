/**
 * Held-out cases for New 1-on-1…, New person…, Insert 1-on-1 template and the carried-forward
 * Uplift list, written from DESIGN §2–§4 and the README ("Starting a talk", "Decisions where the
 * design is silent") before reading the implementation. Today is 2026-12-01 (a Tuesday), noon.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import yaml from 'js-yaml';
import { fake, itemWith, openDashboard, pinToday, runCommand, sectionItems, startPlugin, waitFor, waitForIndex, whenViewsRendered, type Running, type StartOptions, readNote, waitForFile, openInEditor } from './harness';

const TODAY = '2026-12-01';
const person = '---\ntype: person\n---\n';
const maria = '---\ntype: person\naliases: [Mari]\n---\n';
const talk = (date: string, body: string, who = '[[Maria Lopez]]') => `---\ntype: one-on-one\nperson: "${who}"\ndate: ${date}\n---\n${body}`;

async function newOneOnOne(running: Running, typed: string): Promise<void> {
	runCommand(running, 'new-one-on-one');
	await fake.typeInSuggestModal(typed);
	fake.pressKey('Enter');
}

/** Starts the plugin on `options`, runs New 1-on-1 picking `typed`, and gives the note made at `path`. */
async function newTalk(options: StartOptions, typed: string, path: string): Promise<{ readonly running: Running; readonly text: string }> {
	const running = await startPlugin(options);
	await waitForIndex(running);
	await newOneOnOne(running, typed);
	return { running, text: await waitForFile(running, path) };
}

/** New 1-on-1 with Maria from the template file `template`: the plugin and the talk's text. */
function talkFromTemplate(template: string): Promise<{ readonly running: Running; readonly text: string }> {
	return newTalk({ files: { 'People/Maria Lopez.md': maria, 'Templates/Talk.md': template }, data: { oneOnOneTemplate: 'Templates/Talk.md' } }, 'Maria', '1-on-1s/2026-12-01 Maria Lopez.md');
}

function propertiesOf(text: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) throw new Error(`no front matter in:\n${text}`);
	return yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

/** The lines between the carried-forward markers (markers excluded), or null when there is no block. */
function carriedLines(text: string): string[] | null {
	const lines = text.split('\n');
	const open = lines.indexOf('%% ro:carried-forward %%');
	const close = lines.indexOf('%% /ro:carried-forward %%');
	if (open < 0 || close < open) return null;
	return lines.slice(open + 1, close);
}

function filePaths(running: Running): string[] {
	return running.app.vault.getFiles().map((f) => f.path).sort();
}

afterEach(() => {
	for (const modal of fake.currentModals()) modal.close();
});

describe('held-out: New 1-on-1… file names', () => {
	pinToday(TODAY);

	it('gives a third talk on the same day (3), leaving both earlier ones as they were', async () => {
		const first = talk(TODAY, 'first\n');
		const second = talk(TODAY, 'second\n');
		const { running, text } = await newTalk({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-12-01 Maria Lopez.md': first, '1-on-1s/2026-12-01 Maria Lopez (2).md': second } }, 'Maria', '1-on-1s/2026-12-01 Maria Lopez (3).md');
		expect(propertiesOf(text)).toMatchObject({ type: 'one-on-one', person: ['[[Maria Lopez]]'], date: TODAY });
		expect(await readNote(running, '1-on-1s/2026-12-01 Maria Lopez.md')).toBe(first);
		expect(await readNote(running, '1-on-1s/2026-12-01 Maria Lopez (2).md')).toBe(second);
	}, 60_000);

	it('treats a same-day note that differs only in case as taken (macOS and Windows fold case)', async () => {
		const first = talk(TODAY, 'first\n');
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-12-01 maria lopez.md': first } });
		await waitForIndex(running);
		await newOneOnOne(running, 'Maria');
		await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez (2).md');
		expect(await readNote(running, '1-on-1s/2026-12-01 maria lopez.md')).toBe(first);
	}, 60_000);

	it('names the note after the person\'s real name when they were picked by an alias', async () => {
		const { text } = await newTalk({ files: { 'People/Maria Lopez.md': maria } }, 'Mari', '1-on-1s/2026-12-01 Maria Lopez.md');
		expect(propertiesOf(text).person).toEqual(['[[Maria Lopez]]']);
	}, 60_000);

	it('keeps characters Obsidian forbids in file names and links out of both, and the link names the new file\'s person', async () => {
		const earlier = talk('2026-11-20', '', 'Ana / Ruiz #2 [nights]? *');
		const running = await startPlugin({ files: { '1-on-1s/2026-11-20 Ana.md': earlier } });
		await waitForIndex(running);
		await newOneOnOne(running, 'Ana');
		await waitFor(() => filePaths(running).length === 2);
		const created = filePaths(running).find((p) => p !== '1-on-1s/2026-11-20 Ana.md');
		if (!created) throw new Error('no note was created');
		// One file directly in the 1-on-1 folder: the "/" made no subfolder.
		expect(created).toMatch(/^1-on-1s\/2026-12-01 [^/]+\.md$/);
		const basename = created.slice('1-on-1s/'.length, -'.md'.length);
		expect(basename).not.toMatch(/[\\/:*?"<>|#^[\]]/);
		expect(basename).toContain('Ana');
		expect(basename).toContain('Ruiz');
		const link = (propertiesOf(await readNote(running, created)).person as string[])[0];
		expect(link).toMatch(/^\[\[[^[\]|#^]+\]\]$/);
		expect(basename).toBe(`2026-12-01 ${link.slice(2, -2)}`);
	}, 60_000);

	it('"New person…" with a name holding forbidden characters makes the person note and a talk that links to it', async () => {
		const running = await startPlugin();
		await waitForIndex(running);
		runCommand(running, 'new-one-on-one');
		await fake.typeInSuggestModal('Jo: "JJ" Chen');
		const items = Array.from(fake.topSuggestModal().resultContainerEl.querySelectorAll('.suggestion-item'));
		(items.find((el) => el.textContent === 'New person…') as HTMLElement).click();
		document.querySelector<HTMLFormElement>('.ro-name-prompt')?.requestSubmit();
		await waitFor(() => filePaths(running).length === 2);
		const personPath = filePaths(running).find((p) => p.startsWith('People/'));
		const talkPath = filePaths(running).find((p) => p.startsWith('1-on-1s/'));
		if (!personPath || !talkPath) throw new Error(`files: ${filePaths(running).join(', ')}`);
		const name = personPath.slice('People/'.length, -'.md'.length);
		expect(name).not.toMatch(/[\\/:*?"<>|#^[\]]/);
		expect(talkPath).toBe(`1-on-1s/2026-12-01 ${name}.md`);
		await fake.settle();
		expect(propertiesOf(await readNote(running, talkPath)).person).toEqual([`[[${name}]]`]);
	}, 60_000);

	it('links a person whose name another note shares by path, while the file name keeps just the name', async () => {
		const { text } = await newTalk({ files: { 'People/Maria Lopez.md': maria, 'Archive/Maria Lopez.md': 'an old note\n' } }, 'Mari', '1-on-1s/2026-12-01 Maria Lopez.md');
		expect(propertiesOf(text).person).toEqual(['[[People/Maria Lopez]]']);
	}, 60_000);
});

describe('held-out: templates in New 1-on-1… and New person…', () => {
	pinToday(TODAY);

	it('keeps Templater commands and unknown placeholders in a template file as text, never running them', async () => {
		const template = '---\ncreated: <% tp.file.creation_date() %>\n---\n# {{title}}\n<%* tR += await tp.system.prompt("Who?") %>\n{{weather}} {{tp.file.title}}\n## Agitate\n';
		const { text } = await talkFromTemplate(template);
		expect(propertiesOf(text)).toMatchObject({ created: '<% tp.file.creation_date() %>', type: 'one-on-one', person: ['[[Maria Lopez]]'], date: TODAY });
		expect(text).toContain('\n# 2026-12-01 Maria Lopez\n<%* tR += await tp.system.prompt("Who?") %>\n{{weather}} {{tp.file.title}}\n## Agitate\n');
	}, 60_000);

	it('keeps a template file\'s own type, person and date, adding no second copy of them', async () => {
		const template = '---\ntype: one-on-one\nperson: {{person}}\ndate: {{date}}\nkind: {{kind}}\ntags: [organizing]\n---\n## Agitate\n';
		const { text } = await talkFromTemplate(template);
		expect(text.match(/^person:/gm)).toHaveLength(1);
		expect(text.match(/^type:/gm)).toHaveLength(1);
		expect(propertiesOf(text)).toMatchObject({ type: 'one-on-one', person: ['[[Maria Lopez]]'], date: TODAY, kind: 'initial', tags: ['organizing'] });
	}, 60_000);

	it('opens a talk made from a template without AEIOU sections with the cursor below the properties', async () => {
		const template = '---\ntags: [talk]\n---\nNotes:\n';
		const { running, text } = await talkFromTemplate(template);
		await waitFor(() => fake.activeMarkdownView(running.app)?.file?.path === '1-on-1s/2026-12-01 Maria Lopez.md');
		const closing = text.split('\n').indexOf('---', 1);
		expect(fake.activeMarkdownView(running.app)?.editor.getCursor().line).toBe(closing + 1);
	}, 60_000);

	it('reads `person: [{{person}}]` in a template file as the list of the talk\'s people', async () => {
		const template = '---\ntype: one-on-one\nperson: [{{person}}]\ndate: {{date}}\n---\n## Agitate\n';
		const { text } = await talkFromTemplate(template);
		expect(propertiesOf(text).person).toEqual(['[[Maria Lopez]]']);
	}, 60_000);

	it('reads a template file saved with Windows line endings: its properties stay properties', async () => {
		const template = '---\r\ntags: [organizing]\r\nplace: break room\r\n---\r\n## Agitate\r\nWith {{person}}\r\n';
		const { text } = await talkFromTemplate(template);
		const normalized = text.replace(/\r\n/g, '\n');
		// One front matter block holding the template's properties and the ones a 1-on-1 needs.
		expect(propertiesOf(normalized)).toMatchObject({ tags: ['organizing'], place: 'break room', type: 'one-on-one', person: ['[[Maria Lopez]]'], date: TODAY });
		expect(normalized.match(/^---$/gm)).toHaveLength(2);
		expect(normalized).toContain('## Agitate\nWith [[Maria Lopez]]\n');
	}, 60_000);

	it('reads a template file that starts with a byte order mark (Windows Notepad): its properties stay properties', async () => {
		const template = '\uFEFF---\ntags: [organizing]\n---\n## Agitate\n';
		const { text } = await talkFromTemplate(template);
		expect(propertiesOf(text)).toMatchObject({ tags: ['organizing'], type: 'one-on-one', person: ['[[Maria Lopez]]'], date: TODAY });
		expect(text.match(/^\uFEFF?---$/gm)).toHaveLength(2);
	}, 60_000);

	it('uses the person template file with its placeholders for New person…', async () => {
		const template = '---\ntags: [person]\nadded: {{date}}\n---\n# {{title}}\nMet on {{date:dddd D MMMM}}.\n';
		const running = await startPlugin({ files: { 'Templates/Person.md': template }, data: { personTemplate: 'Templates/Person.md' } });
		await waitForIndex(running);
		runCommand(running, 'new-person');
		const form = document.querySelector<HTMLFormElement>('.ro-name-prompt');
		fake.typeInto(form?.querySelector('input') as HTMLInputElement, 'Ben Okafor');
		form?.requestSubmit();
		const text = await waitForFile(running, 'People/Ben Okafor.md');
		expect(propertiesOf(text)).toMatchObject({ tags: ['person'], added: TODAY, type: 'person' });
		expect(text).toContain('# Ben Okafor\nMet on Tuesday 1 December.\n');
	}, 60_000);

	it('falls back to the built-in person template with a Notice when the person template file is missing', async () => {
		const running = await startPlugin({ data: { personTemplate: 'Templates/Gone person.md' } });
		await waitForIndex(running);
		runCommand(running, 'new-person');
		const form = document.querySelector<HTMLFormElement>('.ro-name-prompt');
		fake.typeInto(form?.querySelector('input') as HTMLInputElement, 'Ben Okafor');
		form?.requestSubmit();
		const text = await waitForFile(running, 'People/Ben Okafor.md');
		expect(propertiesOf(text).type).toBe('person');
		expect(fake.noticeTexts().join('\n')).toContain('"Templates/Gone person.md" was not found');
	}, 60_000);
});

describe('held-out: what New 1-on-1… carries forward', () => {
	pinToday(TODAY);

	const files = {
		'People/Maria Lopez.md': maria,
		'People/Jo Chen.md': person,
		'1-on-1s/2026-11-01 Maria Lopez.md': talk('2026-11-01', [
			'## Organize',
			'- [ ] Talk to two coworkers 📅 2026-11-20',
			'- [x] Sign the card ✅ 2026-11-05',
			'- [x] Post the flyer ✅ 2026-11-12',
			'- [-] Call the steward',
			'- [ ] [[Sam Rivera]]: bring the contract',
			'- [ ] Ask Jo about nights [owner:: [[Jo Chen]]]',
			'```',
			'- [ ] a task in a code block',
			'```',
			'',
		].join('\n')),
		'1-on-1s/2026-11-10 Maria Lopez.md': talk('2026-11-10', '## Agitate\nOvertime.\n## Organize\n- [x] Bring a coworker\n- [/] Map the break room\n'),
	};

	it('carries open ones whatever their age and ones done since the last talk; never cancelled ones, yours, another owner\'s, or code', async () => {
		const { text } = await newTalk({ files, data: { yourName: 'Sam Rivera' } }, 'Maria', '1-on-1s/2026-12-01 Maria Lopez.md');
		const lines = carriedLines(text);
		expect(lines).not.toBeNull();
		const items = (lines ?? []).filter((line) => line.startsWith('- '));
		expect(items.some((l) => l.includes('Talk to two coworkers') && l.includes('[[2026-11-01 Maria Lopez]]'))).toBe(true);
		expect(items.some((l) => l.includes('Map the break room'))).toBe(true);
		expect(items.some((l) => l.includes('Post the flyer'))).toBe(true);
		expect(items.some((l) => l.includes('Bring a coworker'))).toBe(true);
		expect(items).toHaveLength(4);
		for (const gone of ['Sign the card', 'Call the steward', 'bring the contract', 'Ask Jo', 'code block']) expect(text).not.toContain(gone);
		// Plain list items, not tasks: nothing counts twice.
		expect(items.every((l) => !/^- \[.\]/.test(l))).toBe(true);
		// Done ones are Debrief, open ones Offer support (DESIGN §3's wording).
		expect(items.find((l) => l.includes('Post the flyer'))).toMatch(/^- Debrief: /);
		expect(items.find((l) => l.includes('Talk to two coworkers'))).toMatch(/^- Offer support: /);
	}, 60_000);

	it('puts the block in the Uplift section', async () => {
		const { text } = await newTalk({ files }, 'Maria', '1-on-1s/2026-12-01 Maria Lopez.md');
		const uplift = text.indexOf('## Uplift');
		expect(uplift).toBeGreaterThan(text.indexOf('## Organize'));
		expect(text.indexOf('%% ro:carried-forward %%')).toBeGreaterThan(uplift);
	}, 60_000);

	it('carries a commitment owned by someone else to their own talk', async () => {
		const { text } = await newTalk({ files }, 'Jo Chen', '1-on-1s/2026-12-01 Jo Chen.md');
		expect((carriedLines(text) ?? []).filter((l) => l.startsWith('- '))).toEqual([expect.stringContaining('Ask Jo about nights')]);
	}, 60_000);

	it('carries each item once in a second talk the same day, never the first new note\'s own list', async () => {
		const { running, text: first } = await newTalk({ files, data: { yourName: 'Sam Rivera' } }, 'Maria', '1-on-1s/2026-12-01 Maria Lopez.md');
		await waitFor(() => running.plugin.indexer.getProgress().ready);
		await fake.settle(10);
		for (const modal of fake.currentModals()) modal.close();
		await newOneOnOne(running, 'Maria');
		const second = await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez (2).md');
		// The first new note is being prepared (dated today, nothing of its own): the last held talk
		// is still 2026-11-10, so the same items and the same "Last time" hint are carried.
		expect(carriedLines(first)?.filter((l) => l.startsWith('- '))).toHaveLength(4);
		expect(carriedLines(second)).toEqual(carriedLines(first));
		expect(second.match(/%% ro:carried-forward %%/g)).toHaveLength(1);
	}, 60_000);

	it('keeps a commitment whose text holds the closing marker inside the block, so the new talk stays empty of its own', async () => {
		const hostile = talk('2026-11-10', '## Organize\n- [ ] Ask about %% /ro:carried-forward %% nights 📅 2026-11-20\n');
		const { text } = await newTalk({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-10 Maria Lopez.md': hostile } }, 'Maria', '1-on-1s/2026-12-01 Maria Lopez.md');
		expect(text.match(/%% \/ro:carried-forward %%/g)).toHaveLength(1);
		const lines = carriedLines(text) ?? [];
		expect(lines.some((l) => l.includes('Ask about') && l.includes('nights'))).toBe(true);
	}, 60_000);

	it('names in "Last time" the sections without content of its own, as Explain judges them (a sub-heading stays in its section)', async () => {
		const last = talk('2026-11-20', [
			'## Agitate',
			'Overtime again.',
			'## Educate',
			'```',
			'pasted, not said',
			'```',
			'## Inoculate',
			'- [ ] ',
			'## Organize',
			'### Asks',
			'- [ ] Call two coworkers 📅 2026-11-27',
			'## Uplift',
			'',
		].join('\n'));
		const { text } = await newTalk({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-20 Maria Lopez.md': last } }, 'Maria', '1-on-1s/2026-12-01 Maria Lopez.md');
		// README: content of its own ignores bare checkboxes and text inside a code block.
		expect(carriedLines(text)?.[0]).toBe('%% Last time: no Educate, Inoculate, Uplift %%');
	}, 60_000);

	it('leaves the Follow up list as it was: the new talk is planned for today until it gets content', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const pane = await openDashboard(running);
		expect(itemWith(pane, 'follow-up', 'Talk to two coworkers')).toBeDefined();
		const before = sectionItems(pane, 'follow-up').map((el) => el.textContent);
		await newOneOnOne(running, 'Maria');
		await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez.md');
		await fake.settle(10);
		await whenViewsRendered(running);
		expect(sectionItems(pane, 'follow-up').map((el) => el.textContent)).toEqual(before);
	}, 60_000);
});

describe('held-out: Insert 1-on-1 template into a note with its own properties', () => {
	pinToday(TODAY);

	it('keeps the note\'s keys and values, fills the empty one, unions a list with the template\'s', async () => {
		const template = '---\ntags: [organizing]\nkind: {{kind}}\n---\n## Agitate\n## Uplift\n{{followups}}\n';
		const note = '---\nperson: "[[Mari]]"\ntags: [union, organizing]\nkind:\nlocation: gate 3 # by the lockers\ndate: 2026-11-30\n---\nMet at the gate.\n';
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': maria, 'Templates/Talk.md': template, 'Notes/Gate.md': note, '1-on-1s/2026-11-20 Maria Lopez.md': talk('2026-11-20', '## Organize\n- [ ] Post the sign-up sheet\n') },
			data: { oneOnOneTemplate: 'Templates/Talk.md' },
		});
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Notes/Gate.md', { line: 7, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		const text = editor.getValue();
		const props = propertiesOf(text);
		expect(props).toMatchObject({ person: '[[Mari]]', tags: ['union', 'organizing'], kind: 'follow-up', location: 'gate 3', date: '2026-11-30', type: 'one-on-one' });
		expect(text).toContain('location: gate 3 # by the lockers\n');
		expect(text).toContain('Met at the gate.\n');
		// The note's person, written as an alias, is whose commitments are carried.
		expect((carriedLines(text) ?? []).some((l) => l.includes('Post the sign-up sheet'))).toBe(true);
		expect(editor['transactionCount']).toBe(1);
	});

	it('carries what was done since the talk before this note, when the note is itself a talk with a few words in it', async () => {
		const earlier = talk('2026-11-20', '## Organize\n- [x] Post the flyer ✅ 2026-11-25\n- [ ] Call two coworkers\n');
		// A talk note started by hand in the 1-on-1 folder (folder implies type), then given the template.
		const note = '---\nperson: "[[Maria Lopez]]"\n---\nMet at the break room.\n';
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-20 Maria Lopez.md': earlier, '1-on-1s/2026-12-01 Maria Lopez.md': note } });
		await waitForIndex(running);
		const editor = await openInEditor(running, '1-on-1s/2026-12-01 Maria Lopez.md', { line: 3, ch: 22 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		const items = (carriedLines(editor.getValue()) ?? []).filter((l) => l.startsWith('- '));
		expect(items).toEqual([
			'- Offer support: Call two coworkers — [[2026-11-20 Maria Lopez]]',
			'- Debrief: Post the flyer (done 2026-11-25) — [[2026-11-20 Maria Lopez]]',
		]);
		expect(propertiesOf(editor.getValue()).kind).toBe('follow-up');
	});

	it('puts the sections after the properties when the cursor is inside them', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, 'Notes/Talk.md': '---\nperson: "[[Maria Lopez]]"\n---\nText\n' } });
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Notes/Talk.md', { line: 1, ch: 4 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		const text = editor.getValue();
		expect(propertiesOf(text)).toMatchObject({ person: '[[Maria Lopez]]', type: 'one-on-one' });
		expect(text.indexOf('## Agitate')).toBeGreaterThan(text.indexOf('\n---\n'));
		expect(text).toContain('Text\n');
	});

	it('refuses to insert the template a second time into the same note', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, 'Notes/Talk.md': '---\nperson: "[[Maria Lopez]]"\n---\n' } });
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Notes/Talk.md', { line: 3, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		const once = editor.getValue();
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(editor.getValue()).toBe(once);
		expect(once.match(/^## Agitate$/gm)).toHaveLength(1);
	});
});

describe('held-out: Explain this note on what the templates make', () => {
	pinToday(TODAY);

	function modalText(): string {
		const modal = fake.currentModals().at(-1);
		if (!modal) throw new Error('no modal is open');
		return `${modal.titleEl.textContent ?? ''}\n${[...modal.contentEl.querySelectorAll('.ro-explain__line')].map((el) => el.textContent ?? '').join('\n')}`;
	}

	it('says a talk New 1-on-1 just made is planned for today, until it gets content of its own', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-20 Maria Lopez.md': talk('2026-11-20', '## Organize\n- [ ] Call two coworkers\n') } });
		await waitForIndex(running);
		await newOneOnOne(running, 'Maria');
		await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez.md');
		await waitFor(() => running.plugin.indexer.getProgress().ready);
		await fake.settle(10);
		runCommand(running, 'explain-this-note');
		await fake.settle();
		const text = modalText();
		expect(text).toContain('planned for today: it has no content of its own yet');
		// The carried item is a plain list item, not a task: Explain lists no task for it.
		expect(text).not.toMatch(/Line \d+ \[ \] .*Call two coworkers/);
	}, 60_000);

	it('says a template file is not counted', async () => {
		const running = await startPlugin({ files: { 'Templates/Talk.md': '---\ntype: one-on-one\nperson: {{person}}\n---\n- [ ] {{person}} to bring a friend\n' }, data: { oneOnOneTemplate: 'Templates/Talk.md' } });
		await waitForIndex(running);
		await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('Templates/Talk.md')!, { active: true });
		runCommand(running, 'explain-this-note');
		await fake.settle();
		expect(modalText()).toMatch(/Not counted: .*template/);
	}, 60_000);

	it('shows a person\'s check-ins without a name or path in privacy mode', async () => {
		const files = {
			'People/Maria Lopez.md': '---\ntype: person\naliases: [Mari]\nrole: committee\n---\n',
			'1-on-1s/2026-11-20 Maria Lopez.md': talk('2026-11-20', '## Agitate\nMari talked about nights.\n'),
		};
		const running = await startPlugin({ files, data: { privacyMode: true, yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('People/Maria Lopez.md')!, { active: true });
		runCommand(running, 'explain-this-note');
		await fake.settle();
		const text = modalText();
		expect(text).toMatch(/every 7 days/);
		expect(text).toContain('2026-11-27');
		expect(text).not.toMatch(/maria|lopez|mari\b|sam|rivera/i);
	}, 60_000);
});

describe('held-out: the day and the folder of a new talk', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	for (const clock of ['00:30', '23:45']) {
		it(`dates the talk by the local calendar day at ${clock}, and fills {{time}} with the local time`, async () => {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(new Date(`2026-12-01T${clock}:00`));
			const template = '---\nstarted: "{{date}} {{time}}"\n---\n## Agitate\n{{date:dddd}}\n';
			const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, 'Templates/Talk.md': template }, data: { oneOnOneTemplate: 'Templates/Talk.md' } });
			await waitForIndex(running);
			await newOneOnOne(running, 'Maria');
			const text = await waitForFile(running, '1-on-1s/2026-12-01 Maria Lopez.md');
			expect(propertiesOf(text)).toMatchObject({ started: `2026-12-01 ${clock}`, date: '2026-12-01' });
			expect(text).toContain('## Agitate\nTuesday\n');
		}, 60_000);
	}

	it('creates the talk at the vault root when the 1-on-1 folder is empty, and normalizes a folder written with slashes', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-12-01T12:00:00'));
		const root = await startPlugin({ files: { 'People/Maria Lopez.md': maria }, data: { oneOnOneFolder: '' } });
		await waitForIndex(root);
		await newOneOnOne(root, 'Maria');
		await waitForFile(root, '2026-12-01 Maria Lopez.md');
		for (const modal of fake.currentModals()) modal.close();
		const slashed = await startPlugin({ files: { 'People/Maria Lopez.md': maria }, data: { oneOnOneFolder: '/Talks/' } });
		await waitForIndex(slashed);
		await newOneOnOne(slashed, 'Maria');
		await waitForFile(slashed, 'Talks/2026-12-01 Maria Lopez.md');
	}, 60_000);
});

describe('held-out: Insert 1-on-1 template with people written as plain text', () => {
	pinToday(TODAY);

	it('carries each person\'s commitments, under their name, for a plain-text list of two people', async () => {
		const running = await startPlugin({
			files: {
				'People/Ana Ruiz.md': person,
				'People/Ben Okafor.md': person,
				'1-on-1s/2026-11-20 Ana Ruiz.md': talk('2026-11-20', '## Organize\n- [ ] Ana asks the day shift\n', '[[Ana Ruiz]]'),
				'1-on-1s/2026-11-21 Ben Okafor.md': talk('2026-11-21', '## Organize\n- [ ] Ben maps the loading dock\n', '[[Ben Okafor]]'),
				'Notes/Both.md': '---\nperson: Ana Ruiz, Ben Okafor\n---\n',
			},
		});
		await waitForIndex(running);
		const editor = await openInEditor(running, 'Notes/Both.md', { line: 3, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(carriedLines(editor.getValue())).toEqual([
			'- [[Ana Ruiz]]',
			'\t- Offer support: Ana asks the day shift — [[2026-11-20 Ana Ruiz]]',
			'- [[Ben Okafor]]',
			'\t- Offer support: Ben maps the loading dock — [[2026-11-21 Ben Okafor]]',
		]);
		expect(propertiesOf(editor.getValue()).person).toBe('Ana Ruiz, Ben Okafor');
	});
});
