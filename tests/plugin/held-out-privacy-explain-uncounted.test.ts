/**
 * Held-out review: Explain this note in privacy mode hides the name of a person whose note the
 * index does not count (an excluded note, a template), and of one linked in a task line that is no
 * commitment, as it hides every other person's name (DESIGN §4: privacy mode covers modals).
 * Expected results written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fake, pinToday, runCommand, startPlugin, waitForIndex, type Running } from './harness';

const TODAY = '2026-11-20';

async function openNote(running: Running, path: string): Promise<void> {
	const file = running.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await running.app.workspace.getLeaf(false).openFile(file, { active: true });
}

function modalText(): string {
	const modal = fake.currentModals().at(-1);
	if (!modal) throw new Error('no modal is open');
	const el = modal.modalEl ?? modal.contentEl;
	const attributes = Array.from(el.querySelectorAll('*')).flatMap((n) => n.getAttributeNames().map((a) => n.getAttribute(a) ?? ''));
	return [modal.titleEl.textContent ?? '', el.textContent ?? '', ...attributes].join('\n');
}

describe('held-out: Explain this note in privacy mode, on notes and task lines no list counts', () => {
	pinToday(TODAY);
	afterEach(() => {
		for (const modal of fake.currentModals()) modal.close();
	});

	const files: Record<string, string> = {
		'Archive/Lena Vogt.md': '---\ntype: person\nworkplace: Harbor Foods\n---\n',
		'Templates/Greta Lind.md': '---\ntype: person\n---\n',
		'People/Jo Chen.md': '---\ntype: person\n---\n',
		'Notes/todo.md': '- [ ] todo with [[Kim Ode|Kimmy]]\n',
	};

	it.each([
		['an excluded person note', 'Archive/Lena Vogt.md', ['Lena', 'Vogt']],
		['a person note in the Templates folder', 'Templates/Greta Lind.md', ['Greta', 'Lind']],
		['a plain note whose task links a person', 'Notes/todo.md', ['Kim', 'Ode', 'Kimmy']],
	])('hides the name of %s', async (_what, path, words) => {
		const running = await startPlugin({ files, data: { privacyMode: true, excludedFolders: ['Archive'] }, configFiles: { 'templates.json': '{"folder":"Templates"}' } });
		await waitForIndex(running);
		await openNote(running, path);
		runCommand(running, 'explain-this-note');
		await fake.settle();
		const text = modalText();
		expect(text).toMatch(/Not counted|is not an organizing note/);
		for (const word of words) expect(text).not.toContain(word);
	});
});
