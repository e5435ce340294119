/**
 * Issue #9 items 15 and 17 in the plugin: Templater's `templates_folder` is excluded like the core
 * Templates folder, and a person whose note is excluded appears in no list (the note is known by
 * its path only, so the link resolves to it instead of making a note-less person).
 */
import { describe, expect, it } from 'vitest';
import { TFile } from '../fake-obsidian/index';
import { fake, openDashboard, pinToday, startPlugin, waitForIndex } from './harness';

pinToday('2026-11-29');

const talk = '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-01\n---\n## Organize\n- [ ] Ask two coworkers 📅 2026-11-05\n';

function sectionText(el: HTMLElement): string {
	return el.textContent ?? '';
}

describe('excluded notes and Templater templates', () => {
	it('leaves a person whose note is in an excluded folder out of every list', async () => {
		const running = await startPlugin({
			files: { 'Archive/Maria Lopez.md': '---\ntype: person\n---\n', '1-on-1s/2026-11-01 Maria Lopez.md': talk },
			data: { excludedFolders: ['Archive'] },
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(sectionText(el)).not.toContain('Maria Lopez');
		expect(sectionText(el)).not.toContain('Ask two coworkers');
	});

	it('skips the notes of Templater\'s templates folder, read from its data.json', async () => {
		const template = '---\ntype: one-on-one\nperson: <% tp.file.title %>\ndate: 2026-11-01\n---\n';
		const running = await startPlugin({ files: { 'Templater/1-on-1.md': template } });
		await waitForIndex(running);
		await running.app.vault.adapter.write('.obsidian/plugins/templater-obsidian/data.json', JSON.stringify({ templates_folder: 'Templater' }));
		await running.app.vault.modify(running.app.vault.getFileByPath('Templater/1-on-1.md') as TFile, `${template}\n## Agitate\n`);
		await fake.settle();
		const el = await openDashboard(running);
		expect(sectionText(el)).not.toContain('tp.file.title');
	});
});
