/**
 * Held-out review of Add relationship… (DESIGN §2 Relationships, §4), expectations written from
 * the design: the organizer is someone people are related to. DESIGN's own person note says
 * `recruited-by: "[[Sam Rivera]]"` where Sam organizes the 1-on-1s, so the picker offers the
 * organizer ("you") too; only the dashboard's people lists leave you out.
 */
import { describe, expect, it } from 'vitest';
import { person } from '../support/builders';
import { fake, pinToday, runCommand, startPlugin, waitFor, waitForIndex, type Running, readNote } from './harness';

const FILES: Record<string, string> = {
	'People/Maria Lopez.md': person(),
	'People/Sam Rivera.md': person({ role: 'leader' }),
	'1-on-1s/2026-11-20 Maria Lopez.md': '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-20\norganizer: "[[Sam Rivera]]"\n---\n## Agitate\nSchedules.\n',
};

async function openNote(running: Running, path: string): Promise<void> {
	await running.app.workspace.getLeaf('tab').openFile(running.app.vault.getFileByPath(path)!, { active: true });
}

describe('Add relationship… (held-out)', () => {
	pinToday('2026-11-29');

	it('adds no duplicate when one text value already names the person among others, as the map reads it', async () => {
		const files = {
			...FILES,
			'People/Jo Chen.md': person(),
			'People/Ana Ruiz.md': person(),
			'People/Cara Diaz.md': '---\ntype: person\nknows: "[[Jo Chen]], [[Ana Ruiz]]"\nfriends: Jo Chen, Maria Lopez\n---\n',
		};
		const running = await startPlugin({ files });
		await waitForIndex(running);
		await openNote(running, 'People/Cara Diaz.md');
		for (const [who, relation] of [['Ana Ruiz', 'knows'], ['Maria Lopez', 'friends']]) {
			runCommand(running, 'add-relationship');
			await fake.typeInSuggestModal(who);
			fake.pressKey('Enter');
			await fake.typeInSuggestModal(relation);
			fake.pressKey('Enter');
			const modal = fake.currentModals().at(-1)!;
			Array.from(modal.contentEl.querySelectorAll('button'))
				.find((b) => b.textContent === 'Only this note')!
				.click();
			await waitFor(() => fake.noticeTexts().length > 0);
			await fake.settle();
			expect(fake.noticeTexts().at(-1)).toBe(`${relation} already names ${who}.`);
		}
		// processFrontMatter may re-quote the YAML (Obsidian does); what it says is unchanged, once each.
		const text = await readNote(running, 'People/Cara Diaz.md');
		expect(text.match(/Ana Ruiz/g)).toHaveLength(1);
		expect(text.match(/Maria Lopez/g)).toHaveLength(1);
	});

	for (const [label, data] of [
		['with "Your name" empty (every organizer is you)', undefined],
		['with "Your name" set to the organizer', { yourName: 'Sam Rivera' }],
	] as const) {
		it(`offers the organizer as the person a note is related to, ${label}`, async () => {
			const running = await startPlugin({ files: FILES, data });
			await waitForIndex(running);
			await openNote(running, 'People/Maria Lopez.md');
			runCommand(running, 'add-relationship');
			expect(await fake.typeInSuggestModal('Sam')).toEqual(['Sam Rivera']);
			fake.pressKey('Enter');
			await fake.typeInSuggestModal('recruited-by');
			fake.pressKey('Enter');
			const modal = fake.currentModals().at(-1)!;
			Array.from(modal.contentEl.querySelectorAll('button'))
				.find((b) => b.textContent === 'Add to both notes')!
				.click();
			await waitFor(() => fake.noticeTexts().length > 0);
			await fake.settle();
			expect(await readNote(running, 'People/Maria Lopez.md')).toBe("---\ntype: person\nrecruited-by:\n  - '[[Sam Rivera]]'\n---\n");
			expect(await readNote(running, 'People/Sam Rivera.md')).toBe("---\ntype: person\nrole: leader\nrecruited:\n  - '[[Maria Lopez]]'\n---\n");
		});
	}
});
