/**
 * A hostile or broken note is shown as text or listed under "Notes to fix": it never runs, never
 * injects markup, never stops the rest of the vault from being indexed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOO_LARGE_NOTE_MESSAGE } from '../../src/core/note-size';
import { Vault, type TFile } from '../fake-obsidian/index';
import { openDashboard, pinToday, startPlugin, waitFor, waitForIndex } from './harness';

const TODAY = '2026-11-29';

describe('hostile notes', () => {
	pinToday(TODAY);
	afterEach(() => {
		delete (globalThis as Record<string, unknown>).__pwned;
	});

	it('shows script tags in names and task text as text, runs no ---js front matter, survives 5 MB of [', async () => {
		const running = await startPlugin({
			files: {
				'1-on-1s/2026-11-10 x.md': [
					'---',
					'type: one-on-one',
					'person: ["[[<script>globalThis.__pwned=1</script>]]"]',
					'date: 2026-11-10',
					'---',
					'## Organize',
					'- [ ] <img src=x onerror="globalThis.__pwned=2"> sign the petition 📅 2026-11-20',
				].join('\n'),
				'1-on-1s/2026-11-11 js.md': '---js\n{ type: "one-on-one", person: (globalThis.__pwned = 3) }\n---\nbody',
				'Notes/brackets.md': '['.repeat(5 * 1024 * 1024),
				'People/Jo Chen.md': '---\ntype: person\n---\n',
			},
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
		expect(el.querySelector('script, img')).toBeNull();
		const followUp = el.querySelector('.ro-dashboard__section--follow-up');
		expect(followUp?.textContent).toContain('<img src=x onerror="globalThis.__pwned=2"> sign the petition');
		expect(followUp?.querySelector('.ro-dashboard__meta')?.textContent).toContain('<script>globalThis.__pwned=1</script>');
		const problems = el.querySelector('.ro-dashboard__section--problems');
		expect(problems?.textContent).toContain('1-on-1s/2026-11-11 js.md');
		// The rest of the vault is still indexed.
		expect(el.querySelector('.ro-dashboard__section--no-one-on-one')?.textContent).toContain('Jo Chen');
	});

	it('does not read a note over 16 MB and lists it under Notes to fix with the CLI\'s message', async () => {
		// obsidian.d.ts FileStats.size: "Size on disk in bytes"; the indexer checks it before reading.
		const read = vi.spyOn(Vault.prototype, 'cachedRead');
		try {
			const running = await startPlugin({
				files: {
					'People/Huge.md': `---\ntype: person\n---\n${'x'.repeat(17 * 1024 * 1024)}`,
					'People/Jo Chen.md': '---\ntype: person\n---\n',
				},
			});
			await waitForIndex(running);
			expect(read.mock.calls.map(([file]) => (file as TFile).path)).toEqual(['People/Jo Chen.md']);
			const el = await openDashboard(running);
			const problems = el.querySelector('.ro-dashboard__section--problems')?.textContent ?? '';
			expect(problems).toContain('People/Huge.md');
			expect(problems).toContain('This note is larger than 16 MB and was not read: split it into smaller notes.');
			expect(TOO_LARGE_NOTE_MESSAGE).toBe('This note is larger than 16 MB and was not read: split it into smaller notes.');
			// It is no person: not listed as one.
			expect(el.querySelector('.ro-dashboard__section--no-one-on-one')?.textContent).not.toContain('Huge');
			expect(el.querySelector('.ro-dashboard__section--no-one-on-one')?.textContent).toContain('Jo Chen');
		} finally {
			read.mockRestore();
		}
	});

	it('a note edited past 16 MB is no longer read as a person and goes to Notes to fix', async () => {
		const running = await startPlugin({ files: { 'People/Ana Ruiz.md': '---\ntype: person\n---\n' } });
		await waitForIndex(running);
		const file = running.app.vault.getFileByPath('People/Ana Ruiz.md');
		if (!file) throw new Error('no file');
		await running.app.vault.modify(file, `---\ntype: person\n---\n${'x'.repeat(17 * 1024 * 1024)}`);
		await waitFor(() => running.plugin.indexer.index.get('People/Ana Ruiz.md')?.kind === 'other');
		expect(running.plugin.indexer.index.get('People/Ana Ruiz.md')?.problems.map((p) => p.message)).toEqual([TOO_LARGE_NOTE_MESSAGE]);
	});

	it('finishes indexing past a note that overflowed the stack and an alias bomb (was stuck on "Indexing 0/3 notes…")', async () => {
		const running = await startPlugin({
			files: {
				'People/Nested.md': `---\ntype: person\nx:\n${'- '.repeat(2150)}a\n---\n`,
				'People/Bomb.md': `---\ntype: person\na: &a "${'x'.repeat(100_000)}"\nb: [${Array.from({ length: 9_000 }, () => '*a').join(', ')}]\n---\n`,
				'People/Jo Chen.md': '---\ntype: person\n---\n',
			},
		});
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(el.querySelector('.ro-dashboard__section--no-one-on-one')?.textContent).toContain('Jo Chen');
		const problems = el.querySelector('.ro-dashboard__section--problems')?.textContent ?? '';
		expect(problems).toContain('People/Nested.md');
		expect(problems).toContain('People/Bomb.md');
	});
});
