/**
 * Held-out review: `explain --redact` shows every task line of a note, commitments or not (a task
 * in a person note, in a plain note, in a code block). A person linked there is hidden like any
 * linked name: the privacy docs tell organizers to link a name (`[[Tom Baker]]`) so that it can be
 * recognised. A link to a note that is not a person (an issue) is kept. Expected by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, leaked, vault } from './held-out-trust-cli';

const FILES: Record<string, string> = {
	'People/Ana Ruiz.md': '---\ntype: person\n---\nMet at the gate.\n- [ ] call [[Bruno Mars]] back about [[Short breaks]]\n',
	'Issues/Short breaks.md': '---\ntype: issue\n---\n',
	'1-on-1s/2026-11-03 Ana Ruiz.md': '---\ntype: one-on-one\nperson: "[[Ana Ruiz]]"\ndate: 2026-11-03\n---\n## Organize\n```\n- [ ] in code [[Ivy Ross]]\n```\n%% - [ ] hidden [[Fay Moss]] %%\n- [ ] 📅 2026-11-05\n',
	'Notes/todo.md': '- [ ] todo with [[Kim Ode|Kimmy]]\n',
};

const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
	['a task in a person note', 'People/Ana Ruiz.md', ['Bruno', 'Mars']],
	['a task in a code block and in a comment', '1-on-1s/2026-11-03 Ana Ruiz.md', ['Ivy', 'Ross', 'Fay', 'Moss']],
	['a task in a plain note, with a display text', 'Notes/todo.md', ['Kim', 'Ode', 'Kimmy']],
];

let dir = '';
beforeAll(async () => {
	dir = vault(FILES);
	await buildCli();
}, 60_000);

describe('held-out: explain --redact and people linked in task lines that are not commitments', () => {
	for (const [what, path, words] of CASES) {
		for (const format of ['text', 'json']) {
			it(`hides them in ${what} (${format})`, async () => {
				const plain = await cli(['explain', dir, path, '--format', format, '--today', '2026-11-20']);
				expect(leaked(plain.stdout, words)).toEqual(words);
				const r = await cli(['explain', dir, path, '--format', format, '--today', '2026-11-20', '--redact']);
				expect(r.status, r.stderr).toBe(0);
				expect(leaked(r.stdout, words)).toEqual([]);
			}, 30_000);
		}
	}

	it('keeps a linked issue, and the plain words of the task', async () => {
		const r = await cli(['explain', dir, 'People/Ana Ruiz.md', '--today', '2026-11-20', '--redact']);
		expect(r.stdout).toContain('call [[BM]] back about [[Short breaks]]');
	}, 30_000);
});
