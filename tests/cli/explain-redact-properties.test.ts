import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// Properties the plugin never reads (a witness, a mentor) can hold names that appear nowhere else:
// redaction cannot know them, so explain --redact must not show their values at all.
const files = {
	'People/Maria Lopez.md': '---\ntype: person\nworkplace: "[[Acme Foods]]"\nmentor: Tom Baker\nknows: ["[[Zelda Quinn]]"]\n---\n',
	'1-on-1s/2026-11-20 Maria Lopez.md': [
		'---',
		'type: one-on-one',
		'person: "[[Maria Lopez]]"',
		'date: 2026-11-20',
		'witness: "[[Wendy Ngata]]"',
		'also-present: Vera Kowalczyk',
		'assessment: 2',
		'---',
		'## Organize',
		'- [ ] call the union hall 📅 2026-11-25',
		'',
	].join('\n'),
};
const LEAKS = /Maria|Lopez|Tom|Baker|Zelda|Quinn|Wendy|Ngata|Vera|Kowalczyk/;

function explain(note: string, redact: boolean, format = 'text'): string {
	const io = captureIo();
	expect(runCli(['explain', writeVault(files), note, '--today', '2026-12-01', '--format', format, ...(redact ? ['--redact'] : [])], io)).toBe(0);
	return [...io.stdout, ...io.stderr].join('\n');
}

describe('explain --redact and properties the plugin does not read', () => {
	it('shows them without --redact, so the checks below mean something', () => {
		expect(explain('1-on-1s/2026-11-20 Maria Lopez.md', false)).toMatch(/witness: \[\[Wendy Ngata\]\][\s\S]*also-present: Vera Kowalczyk/);
		expect(explain('People/Maria Lopez.md', false)).toContain('mentor: Tom Baker');
	});

	for (const format of ['text', 'json']) {
		it(`hides their values in ${format}, and keeps the ones it reads`, () => {
			const talk = explain('1-on-1s/2026-11-20 Maria Lopez.md', true, format);
			const person = explain('People/Maria Lopez.md', true, format);
			expect(talk).not.toMatch(LEAKS);
			expect(person).not.toMatch(LEAKS);
			if (format === 'text') {
				expect(talk).toContain('witness: …');
				expect(talk).toContain('also-present: …');
				expect(talk).toContain('assessment: 2');
				expect(talk).toContain('date: 2026-11-20');
				expect(person).toContain('mentor: …');
				expect(person).toContain('knows: [[ZQ]]');
				expect(person).toContain('workplace: [[Acme Foods]]');
			}
		});
	}
});
