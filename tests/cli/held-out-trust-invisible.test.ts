/**
 * Held-out review: a name with an invisible character inside it reads as the name on screen, so
 * `--redact` hides it (docs/security-and-privacy.md: "a soft hyphen or joiner inside a word
 * included"). Text pasted from a web page or a chat brings more than those: a zero-width space,
 * left-to-right and right-to-left marks, bidi embeddings and isolates, invisible operators, the
 * Arabic letter mark, Hangul fillers, tag characters — every default-ignorable character Unicode
 * says to draw as nothing. Expected texts written by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, vault } from './held-out-trust-cli';

const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202c', '\u202d', '\u2061', '\u2062', '\u2063', '\u2064', '\u2066', '\u2069', '\u180e', '\u061c', '\u115f', '\u3164', '\uffa0', '\u{e0041}', '\u1160'];
const code = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const FILES: Record<string, string> = {
	'People/Kwame Asante.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-02 Kwame Asante.md': `---\ntype: one-on-one\nperson: "[[Kwame Asante]]"\ndate: 2026-11-02\n---\n## Organize\n${INVISIBLES.map((c) => `- [ ] ${code(c)} ask Kwa${c}me and Asan${c}te 📅 2026-11-05`).join('\n')}\n`,
};

let dir = '';
beforeAll(async () => {
	dir = vault(FILES);
	await buildCli();
}, 60_000);

describe('held-out: --redact and invisible characters inside a name', () => {
	it('hides the name whichever invisible character splits it', async () => {
		const r = await cli(['report', dir, '--today', '2026-11-20', '--format', 'json', '--redact']);
		expect(r.status, r.stderr).toBe(0);
		const texts = (JSON.parse(r.stdout) as { followUp: { text: string }[] }).followUp.map((i) => i.text);
		// U+FEFF is white space to the task parser: `Kwa me` is no longer the name on screen either.
		const expected = INVISIBLES.map((c) => (c === '\ufeff' ? `${code(c)} ask Kwa me and Asan te` : `${code(c)} ask KA and KA`));
		expect(texts.sort()).toEqual(expected.sort());
	}, 30_000);
});
