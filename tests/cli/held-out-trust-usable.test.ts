/**
 * Held-out review: what `--redact` shows instead of a name stays usable (the brief of the review;
 * DESIGN §3 Notes to fix says how to fix each note). Quoted note text is taken out of Notes to fix
 * messages (docs/security-and-privacy.md), but the plugin's own hint of what to write is not note
 * text: a redacted report still tells the organizer to `add person: "[[Name]]"`, and which of the
 * plugin's properties (`"last-contact"`) holds the value to fix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, vault } from './held-out-trust-cli';

let dir = '';
beforeAll(async () => {
	dir = vault({
		'1-on-1s/2026-11-02 Kwame Asante.md': '---\ntype: one-on-one\ndate: 2026-11-02\n---\n## Agitate\nbreaks\n',
		'People/Ola.md': '---\ntype: persn\n---\n',
		'People/Kofi Mensah.md': '---\ntype: person\nlast-contact: Kofi said Monday\nassessment: Kofi\n---\n',
	});
	await buildCli();
}, 60_000);

describe('held-out: --redact keeps the fix a Notes to fix message suggests', () => {
	it('keeps "[[Name]]" and the property\'s name in the hint, and still hides the note\'s own quoted text', async () => {
		const r = await cli(['report', dir, '--today', '2026-11-20', '--format', 'json', '--redact']);
		expect(r.status, r.stderr).toBe(0);
		const messages = (JSON.parse(r.stdout) as { problems: { message: string }[] }).problems.map((p) => p.message);
		expect(messages).toContain('This 1-on-1 names no person: add person: "[[Name]]" to its properties.');
		// Which property to fix is the plugin's own word; the value written there is the note's.
		expect(messages).toContain('"last-contact" is "…", which is not a date, so it is ignored: write it as YYYY-MM-DD (e.g. 2026-11-28).');
		expect(messages.join('\n')).not.toMatch(/persn|Kofi|Mensah|Monday/);
	}, 30_000);
});
