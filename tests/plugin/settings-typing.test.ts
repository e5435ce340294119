/**
 * Typing a folder name in the settings tab changes the settings at every key (`TextComponent`
 * "onChange" fires on each input). The vault is read again once the typing pauses, not once per
 * key: each pass would replace the index with an empty one and start over, and the open views
 * would flash "Indexing 0/N" at every key.
 */
import { describe, expect, it, vi } from 'vitest';
import { PLUGIN_ID, fake, openDashboard, pinToday, startPlugin, waitFor, waitForIndex } from './harness';

const files = {
	// A person note by its folder only (folder implies type): a person once "Crew" is the people folder.
	'Crew/Maria Lopez.md': 'Steward on nights.\n',
	'1-on-1s/2026-11-02 Maria Lopez.md': '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-02\n---\n## Organize\n',
};

function field(tab: HTMLElement, name: string): HTMLInputElement {
	const row = Array.from(tab.querySelectorAll('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === name);
	const input = row?.querySelector('input');
	if (!input) throw new Error(`no text setting "${name}"`);
	return input;
}

describe('typing a folder name in the settings', () => {
	pinToday('2026-12-01');

	it('reads the vault again once, when the typing pauses, and the lists follow the new folder', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const rebuild = vi.spyOn(running.plugin.indexer, 'rebuild');
		const input = field(fake.openSettings(running.app, PLUGIN_ID), 'People folder');
		for (const typed of ['', 'C', 'Cr', 'Cre', 'Crew']) {
			fake.typeInto(input, typed);
			await fake.settle(1);
		}
		// Every key was saved at once: only the reading waits.
		expect(running.plugin.settings.peopleFolder).toBe('Crew');
		expect(rebuild).not.toHaveBeenCalled();
		await waitFor(() => rebuild.mock.calls.length > 0 && running.plugin.indexer.getProgress().ready);
		await waitFor(() => el.querySelector('[data-path="Crew/Maria Lopez.md"]') !== null);
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it('reads nothing again when the name is typed back to what the index was read with', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const rebuild = vi.spyOn(running.plugin.indexer, 'rebuild');
		const input = field(fake.openSettings(running.app, PLUGIN_ID), 'People folder');
		fake.typeInto(input, 'Peopl');
		await fake.settle(1);
		fake.typeInto(input, 'People');
		await new Promise((resolve) => setTimeout(resolve, 700));
		expect(rebuild).not.toHaveBeenCalled();
	});
});
