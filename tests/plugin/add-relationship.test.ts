/**
 * Add relationship… (DESIGN §4), from a person note: pick a person (fuzzy, aliases), pick a
 * relation from the vocabulary, then say whether the reverse goes on the other note. Writes go
 * through processFrontMatter, as lists without duplicates; a person without a note gets one first,
 * after asking; the open map shows the new tie.
 */
import { describe, expect, it } from 'vitest';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { person } from '../support/builders';
import { fake, pinToday, runCommand, startPlugin, waitFor, waitForIndex, type Running, readNote } from './harness';

const FILES: Record<string, string> = {
	'People/Maria Lopez.md': person({ aliases: ['Mari'], knows: ['[[Jo Chen]]'], 'recruited-by': '"[[Sam Rivera]]"' }, '\nMet at the night-shift meeting.\n'),
	'People/Jo Chen.md': person({ knows: ['[[Hector Vega]]'] }),
	'People/Sam Rivera.md': person(),
	'Warehouse 4.md': '# Warehouse 4\n',
};

async function start(files = FILES): Promise<Running> {
	const running = await startPlugin({ files });
	await waitForIndex(running);
	return running;
}

async function openNote(running: Running, path: string): Promise<void> {
	// A new tab, so an open map stays open beside the note.
	await running.app.workspace.getLeaf('tab').openFile(running.app.vault.getFileByPath(path)!, { active: true });
}

/** Runs the command and answers its three questions. */
async function addRelationship(running: Running, who: string, relation: string, answer: string): Promise<void> {
	runCommand(running, 'add-relationship');
	const people = await fake.typeInSuggestModal(who);
	expect(people.length).toBeGreaterThan(0);
	fake.pressKey('Enter');
	await fake.typeInSuggestModal(relation);
	fake.pressKey('Enter');
	const modal = fake.currentModals().at(-1)!;
	const button = Array.from(modal.contentEl.querySelectorAll('button')).find((b) => b.textContent === answer);
	if (!button) throw new Error(`no button "${answer}" in: ${modal.contentEl.textContent}`);
	button.click();
	await waitFor(() => fake.noticeTexts().length > 0);
	await fake.settle();
}

describe('Add relationship…', () => {
	pinToday('2026-11-29');

	it('is offered only in a person note', async () => {
		const running = await start();
		await openNote(running, 'Warehouse 4.md');
		expect(fake.runCommand(running.app, 'relational-organizer:add-relationship')).toBe(false);
		await openNote(running, 'People/Maria Lopez.md');
		expect(fake.commandIds(running.app)).toContain('relational-organizer:add-relationship');
	});

	it('writes the relation on this note and its reverse on the other, and the map shows it', async () => {
		const running = await start();
		runCommand(running, 'open-relationship-map');
		await fake.settle();
		const map = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0].view as unknown as MapView;
		await map.whenDrawn();
		const edgeCount = (): number => map.contentEl.querySelectorAll('.ro-map__edge').length;
		expect(edgeCount()).toBe(3);
		await openNote(running, 'People/Jo Chen.md');
		await addRelationship(running, 'Sam', 'recruited-by', 'Add to both notes');
		expect(await readNote(running, 'People/Jo Chen.md')).toBe('---\ntype: person\nknows:\n  - \'[[Hector Vega]]\'\nrecruited-by:\n  - \'[[Sam Rivera]]\'\n---\n');
		expect(await readNote(running, 'People/Sam Rivera.md')).toBe('---\ntype: person\nrecruited:\n  - \'[[Jo Chen]]\'\n---\n');
		expect(fake.noticeTexts().at(-1)).toBe('Added recruited-by: Sam Rivera, and recruited: Jo Chen on their note.Undo');
		// One edge, stated on both notes.
		await waitFor(() => edgeCount() === 4);
	});

	it('undoes both writes from the notice', async () => {
		const running = await start();
		await openNote(running, 'People/Jo Chen.md');
		await addRelationship(running, 'Sam', 'recruited-by', 'Add to both notes');
		Array.from(document.querySelectorAll<HTMLButtonElement>('.notice .ro-notice__undo')).at(-1)!.click();
		await waitFor(() => fake.noticeTexts().at(-1) === 'Removed the relationship again.');
		expect(await readNote(running, 'People/Jo Chen.md')).toBe("---\ntype: person\nknows:\n  - '[[Hector Vega]]'\n---\n");
		expect(await readNote(running, 'People/Sam Rivera.md')).toBe('---\ntype: person\n---\n');
	});

	it('refuses a note whose front matter cannot be read, writing nothing', async () => {
		const running = await start({ ...FILES, 'People/Jo Chen.md': '---\ntype: person\nknows: [unclosed\n---\n' });
		await openNote(running, 'People/Sam Rivera.md');
		await addRelationship(running, 'Jo Chen', 'knows', 'Add to both notes');
		expect(fake.noticeTexts().at(-1)).toBe("Added knows: Jo Chen; could not add knows to Jo Chen's note: the note's front matter could not be read; fix it first.Undo");
		expect(await readNote(running, 'People/Jo Chen.md')).toBe('---\ntype: person\nknows: [unclosed\n---\n');
	});

	it('finds a person by alias, appends to an existing list and leaves the body alone', async () => {
		const running = await start();
		await openNote(running, 'People/Sam Rivera.md');
		await addRelationship(running, 'Mari', 'knows', 'Only this note');
		expect(await readNote(running, 'People/Sam Rivera.md')).toBe('---\ntype: person\nknows:\n  - \'[[Maria Lopez]]\'\n---\n');
		expect(await readNote(running, 'People/Maria Lopez.md')).toBe(FILES['People/Maria Lopez.md']);
		await openNote(running, 'People/Maria Lopez.md');
		await addRelationship(running, 'Sam', 'knows', 'Only this note');
		expect(await readNote(running, 'People/Maria Lopez.md')).toContain("knows:\n  - '[[Jo Chen]]'\n  - '[[Sam Rivera]]'\n");
		expect(await readNote(running, 'People/Maria Lopez.md')).toMatch(/---\n\nMet at the night-shift meeting\.\n$/);
	});

	it('adds no duplicate when the link is already there', async () => {
		const running = await start();
		await openNote(running, 'People/Maria Lopez.md');
		const before = await readNote(running, 'People/Maria Lopez.md');
		await addRelationship(running, 'Jo Chen', 'knows', 'Add to both notes');
		expect((await readNote(running, 'People/Maria Lopez.md')).match(/Jo Chen/g)).toHaveLength(1);
		expect(fake.noticeTexts().at(-1)).toBe('knows already names Jo Chen, and knows: Maria Lopez on their note.Undo');
		expect(before).toContain('Jo Chen');
		expect(await readNote(running, 'People/Jo Chen.md')).toContain("knows:\n  - '[[Hector Vega]]'\n  - '[[Maria Lopez]]'\n");
	});

	it('creates the note of a person who has none, after asking, with the reverse', async () => {
		const running = await start();
		await openNote(running, 'People/Maria Lopez.md');
		runCommand(running, 'add-relationship');
		await fake.typeInSuggestModal('Hector');
		fake.pressKey('Enter');
		await fake.typeInSuggestModal('leads');
		fake.pressKey('Enter');
		const question = fake.currentModals().at(-1)!.contentEl.textContent ?? '';
		expect(question).toContain('Hector Vega has no note yet: create it in People with led-by: Maria Lopez?');
		Array.from(fake.currentModals().at(-1)!.contentEl.querySelectorAll('button')).find((b) => b.textContent === 'Create their note too')!.click();
		await waitFor(() => running.app.vault.getFileByPath('People/Hector Vega.md') !== null && fake.noticeTexts().length > 0);
		await fake.settle();
		expect(await readNote(running, 'People/Hector Vega.md')).toContain("led-by:\n  - '[[Maria Lopez]]'\n");
		expect(await readNote(running, 'People/Hector Vega.md')).toContain('type: person');
		expect(await readNote(running, 'People/Maria Lopez.md')).toContain("leads:\n  - '[[Hector Vega]]'\n");
	});

	it('writes nothing when the question is dismissed', async () => {
		const running = await start();
		await openNote(running, 'People/Maria Lopez.md');
		runCommand(running, 'add-relationship');
		await fake.typeInSuggestModal('Hector');
		fake.pressKey('Enter');
		await fake.typeInSuggestModal('knows');
		fake.pressKey('Enter');
		fake.pressKey('Escape');
		await fake.settle();
		expect(await readNote(running, 'People/Maria Lopez.md')).toBe(FILES['People/Maria Lopez.md']);
		expect(running.app.vault.getFileByPath('People/Hector Vega.md')).toBeNull();
		expect(fake.noticeTexts().at(-1)).toBe('Nothing was added.');
	});

	it('shows initials only in privacy mode, while names and aliases still find people', async () => {
		const running = await startPlugin({ files: FILES, data: { privacyMode: true } });
		await waitForIndex(running);
		await openNote(running, 'People/Sam Rivera.md');
		runCommand(running, 'add-relationship');
		expect(await fake.typeInSuggestModal('Mari')).toEqual(['ML']);
		fake.pressKey('Enter');
		await fake.typeInSuggestModal('knows');
		fake.pressKey('Enter');
		const question = fake.currentModals().at(-1)!.contentEl.textContent ?? '';
		expect(question).toBe('Add knows: ML to this note. Also add knows: SR to ML\'s note?Add to both notesOnly this note');
	});
});
