import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// A link's display text stands for its person (`[[Maria Lopez|the boss's niece Conchita]]`), so it
// is redacted whole, with its capitalized words; its lower-case words (`the`) are not names alone.
const files = {
	'People/Maria Lopez.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-20 Maria Lopez.md': [
		'---',
		'type: one-on-one',
		'person: "[[Maria Lopez]]"',
		'date: 2026-11-20',
		'---',
		"- [ ] talk to [[Maria Lopez|the boss's niece Conchita]] 📅 2026-11-25",
		'- [ ] ask Conchita and the steward about the rota 📅 2026-11-25',
		'- [ ] bring [[Jo Chen|jojo]] and jojo the flyer 📅 2026-11-25',
		'',
	].join('\n'),
};

describe('--redact and the display text of a link', () => {
	for (const format of ['text', 'json', 'markdown']) {
		it(`hides it and its capitalized words, keeps the plain words, in ${format}`, () => {
			const io = captureIo();
			expect(runCli(['report', writeVault(files), '--today', '2026-12-01', '--format', format, '--redact'], io)).toBe(0);
			const shown = io.stdout.join('\n');
			expect(shown).not.toMatch(/Maria|Lopez|niece|Conchita|jojo|Jo Chen/);
			expect(shown).toMatch(/and the steward about the rota/);
		});
	}
});
