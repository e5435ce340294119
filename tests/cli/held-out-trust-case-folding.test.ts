/**
 * Held-out review: `--redact` matches a name "case-insensitively in any Unicode form" (DESIGN §5),
 * so a name written in capitals the way its language writes capitals is hidden too: German `ß` is
 * `SS` in capitals (and `ss` in Swiss spelling), Greek final `ς` is `Σ`, Turkish `ı`/`İ`, Polish
 * `Ł`, Danish `Æ`/`Ø`. Expected texts written by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, vault } from './held-out-trust-cli';

const PEOPLE = ['Johann Strauß', 'Οδυσσέας Παππάς', 'İpek Yıldız', 'Grzegorz Łukasz', 'Ægir Ørn'];
const TASKS: ReadonlyArray<readonly [string, string]> = [
	['ask STRAUSS about the roster', 'ask JS about the roster'],
	['ask strauss about the roster', 'ask JS about the roster'],
	['ask STRAUẞ about the roster', 'ask JS about the roster'],
	['ask ΠΑΠΠΑΣ and παππασ', 'ask ΟΠ and ΟΠ'],
	['ask IPEK and YILDIZ', 'ask İY and İY'],
	['ask ŁUKASZ and grzegorz', 'ask GŁ and GŁ'],
	['ask ÆGIR and ørn', 'ask ÆØ and ÆØ'],
];

const FILES: Record<string, string> = {
	...Object.fromEntries(PEOPLE.map((name) => [`People/${name}.md`, '---\ntype: person\n---\n'])),
	'1-on-1s/2026-11-02 Talk.md': `---\ntype: one-on-one\nperson: "[[Johann Strauß]]"\ndate: 2026-11-02\n---\n## Organize\n${TASKS.map(([task]) => `- [ ] ${task} 📅 2026-11-05`).join('\n')}\n`,
};

let dir = '';
beforeAll(async () => {
	dir = vault(FILES);
	await buildCli();
}, 60_000);

describe('held-out: --redact and names written in capitals', () => {
	it('hides each name however its language writes it in capitals or lower case', async () => {
		const r = await cli(['report', dir, '--today', '2026-11-20', '--format', 'json', '--redact']);
		expect(r.status, r.stderr).toBe(0);
		const texts = (JSON.parse(r.stdout) as { followUp: { text: string }[] }).followUp.map((i) => i.text).sort();
		expect(texts).toEqual(TASKS.map(([, shown]) => shown).sort());
	}, 30_000);
});
