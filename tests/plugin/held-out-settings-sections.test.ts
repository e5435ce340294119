/**
 * Held out (docs/guide.md, Settings: "A change to … the section names … reads the vault again,
 * once you stop typing"): a renamed AEIOU section is what the next template inserts, without a
 * restart, and the vault is read again once.
 */
import { describe, expect, it, vi } from 'vitest';
import { openInEditor, pinToday, runCommand, startPlugin, waitFor, waitForIndex } from './harness';
import { FILES, TODAY, typeSetting } from './held-out-settings-support';

describe('section names', { timeout: 30_000 }, () => {
	pinToday(TODAY);

	it('a renamed section is the heading the template inserts; the vault is read again once', async () => {
		const running = await startPlugin({ files: { ...FILES, 'Notes/Break room.md': 'Talked by the lockers.\n' } });
		await waitForIndex(running);
		const rebuild = vi.spyOn(running.plugin.indexer, 'rebuild');
		await typeSetting(running, 'Agitate section', 'Grievances');
		await waitFor(() => rebuild.mock.calls.length > 0 && running.plugin.indexer.getProgress().ready);
		await new Promise((resolve) => setTimeout(resolve, 900));
		expect(rebuild).toHaveBeenCalledTimes(1);
		const editor = await openInEditor(running, 'Notes/Break room.md', { line: 1, ch: 0 });
		runCommand(running, 'insert-one-on-one-template');
		await waitFor(() => editor.getValue().includes('## '));
		const headings = editor.getValue().split('\n').filter((line) => line.startsWith('## '));
		expect(headings).toEqual(['## Grievances', '## Educate', '## Inoculate', '## Organize', '## Uplift']);
	});
});
