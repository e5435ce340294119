/**
 * Held-out review: `explain --redact` on a person note the index does not count (in an excluded
 * folder, in the Templates folder) still hides that person's name: the note is a person note,
 * and `--redact` hides "every person's … name from every note" (DESIGN §5). Without --redact the
 * name shows, so the check means something.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, leaked, vault } from './held-out-trust-cli';

const FILES: Record<string, string> = {
	'.obsidian/plugins/relational-organizer/data.json': JSON.stringify({ excludedFolders: ['Archive'] }),
	'.obsidian/templates.json': '{"folder":"Templates"}',
	'Archive/Lena Vogt.md': '---\ntype: person\nworkplace: Harbor Foods\n---\n',
	'Archive/1-on-1s/2026-10-01 Omar Said.md': '---\ntype: one-on-one\nperson: "[[Omar Said]]"\ndate: 2026-10-01\n---\n## Organize\n- [ ] ask Said about nights\n',
	'Templates/Greta Lind.md': '---\ntype: person\n---\n',
	'People/Jo Chen.md': '---\ntype: person\n---\n',
};

const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
	['an excluded person note', 'Archive/Lena Vogt.md', ['Lena', 'Vogt']],
	['an excluded 1-on-1', 'Archive/1-on-1s/2026-10-01 Omar Said.md', ['Omar', 'Said']],
	['a person note in the Templates folder', 'Templates/Greta Lind.md', ['Greta', 'Lind']],
];

let dir = '';
beforeAll(async () => {
	dir = vault(FILES);
	await buildCli();
}, 60_000);

describe('held-out: explain --redact on notes that are not counted', () => {
	for (const [what, path, words] of CASES) {
		for (const format of ['text', 'json']) {
			it(`hides the name of ${what} (${format})`, async () => {
				const plain = await cli(['explain', dir, path, '--format', format, '--today', '2026-11-20']);
				expect(plain.status).toBe(0);
				expect(leaked(plain.stdout, words)).toEqual(words);
				const r = await cli(['explain', dir, path, '--format', format, '--today', '2026-11-20', '--redact']);
				expect(r.status).toBe(0);
				expect(r.stdout).toContain(format === 'text' ? 'Not counted' : '"status"');
				expect(leaked(r.stdout, words)).toEqual([]);
				expect(leaked(r.stderr, words)).toEqual([]);
			}, 30_000);
		}
	}
});
