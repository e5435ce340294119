/**
 * Insert 1-on-1 template fills `{{time}}` with the time now, as the README's placeholder table
 * says (`{{time}}`: the time now, `HH:mm`) and as New 1-on-1… does, not with a fixed 00:00.
 */
import { describe, expect, it } from 'vitest';
import { fake, pinToday, runCommand, startPlugin, waitForIndex } from './harness';

describe('Insert 1-on-1 template with {{time}}', () => {
	// pinToday fixes the clock at noon local time.
	pinToday('2026-12-01');

	it('writes the time now', async () => {
		const template = '---\nstarted: "{{date}} {{time}}"\n---\n## Agitate\nStarted at {{time}}.\n';
		const running = await startPlugin({
			files: { 'Templates/1-on-1.md': template, 'People/Maria Lopez.md': '---\ntype: person\n---\n', 'Notes/Talk.md': '---\nperson: "[[Maria Lopez]]"\n---\n' },
			data: { oneOnOneTemplate: 'Templates/1-on-1.md' },
		});
		await waitForIndex(running);
		await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('Notes/Talk.md')!, { active: true });
		const editor = fake.activeMarkdownView(running.app)!.editor;
		editor.setCursor({ line: 3, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await fake.settle();
		expect(editor.getValue()).toContain('started: "2026-12-01 12:00"');
		expect(editor.getValue()).toContain('Started at 12:00.');
	});
});
