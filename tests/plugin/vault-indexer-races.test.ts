/**
 * Races between the first index pass and vault events. The first pass reads files in batches; on a
 * real vault a batch of disk reads takes a while, and events keep arriving meanwhile. `holdPass`
 * makes the pass's reads slow (they return the text as it was when read, later), as disk reads do.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TFile } from '../fake-obsidian/index';
import { Vault } from '../fake-obsidian/vault';
import { fake, startPlugin, waitForIndex, type Running } from './harness';
import { person, talk } from '../support/builders';

const maria = person();
const talkWithMaria = (task: string): string => talk('Maria Lopez', '2026-11-10', { organize: task });

/** Reads made while `slow` is on wait for `release()`. */
function holdPass(): { stopSlowing: () => void; release: () => void } {
	let slow = true;
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	const original = Vault.prototype.cachedRead;
	vi.spyOn(Vault.prototype, 'cachedRead').mockImplementation(async function (this: Vault, file: TFile) {
		const wasSlow = slow;
		const text = await original.call(this, file);
		if (wasSlow) await gate;
		return text;
	});
	return { stopSlowing: () => (slow = false), release };
}

function indexOf(running: Running) {
	return running.plugin.indexer.index;
}

describe('vault indexer during the first pass', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('keeps an edit saved while the first pass is still reading that note', async () => {
		const hold = holdPass();
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': maria, '1-on-1s/2026-11-10 Maria Lopez.md': talkWithMaria('- [ ] old task') },
		});
		expect(running.plugin.indexer.getProgress().ready).toBe(false);
		hold.stopSlowing();
		const file = running.app.vault.getFileByPath('1-on-1s/2026-11-10 Maria Lopez.md') as TFile;
		await running.app.vault.modify(file, talkWithMaria('- [ ] new task'));
		await fake.settle();
		hold.release();
		await waitForIndex(running);
		expect(indexOf(running).get(file.path)?.commitments.map((c) => c.text)).toEqual(['new task']);
	});

	it('does not index a note deleted while the first pass was reading it', async () => {
		const hold = holdPass();
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': maria, 'People/Jo Chen.md': maria },
		});
		hold.stopSlowing();
		await running.app.vault.delete(running.app.vault.getFileByPath('People/Jo Chen.md') as TFile);
		hold.release();
		await waitForIndex(running);
		expect(indexOf(running).get('People/Jo Chen.md')).toBeUndefined();
	});

	it('does not index a note moved into an excluded folder while the first pass was reading it', async () => {
		const hold = holdPass();
		const running = await startPlugin({
			data: { excludedFolders: ['Archive'] },
			files: { 'People/Jo Chen.md': maria, 'Archive/old.md': 'old' },
		});
		hold.stopSlowing();
		await running.app.vault.rename(running.app.vault.getFileByPath('People/Jo Chen.md') as TFile, 'Archive/Jo Chen.md');
		hold.release();
		await waitForIndex(running);
		expect(indexOf(running).get('People/Jo Chen.md')).toBeUndefined();
		expect(indexOf(running).get('Archive/Jo Chen.md')).toBeUndefined();
	});
});

describe('vault indexer after the first pass', () => {
	it('does not bring back a note deleted right after it was modified', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': maria, 'People/Jo Chen.md': maria } });
		await waitForIndex(running);
		const file = running.app.vault.getFileByPath('People/Jo Chen.md') as TFile;
		void running.app.vault.modify(file, '---\ntype: person\nrole: leader\n---\n');
		await running.app.vault.delete(file);
		await fake.settle();
		expect(indexOf(running).get('People/Jo Chen.md')).toBeUndefined();
	});
});

describe('the core Templates folder', () => {
	it('stops indexing notes of a Templates folder configured after the plugin started', async () => {
		const template = '---\ntype: one-on-one\nperson: ["[[{{person}}]]"]\ndate: "{{date}}"\n---\n';
		const running = await startPlugin({ files: { 'Templates/1-on-1.md': template } });
		await waitForIndex(running);
		// The user turns on the core Templates plugin and picks its folder: Obsidian writes templates.json.
		await running.app.vault.adapter.write('.obsidian/templates.json', JSON.stringify({ folder: 'Templates' }));
		// Later they edit the template.
		await running.app.vault.modify(running.app.vault.getFileByPath('Templates/1-on-1.md') as TFile, `${template}\n## Agitate\n`);
		await fake.settle();
		// DESIGN §4: the core Templates folder is always excluded.
		expect(indexOf(running).get('Templates/1-on-1.md')).toBeUndefined();
	});
});
