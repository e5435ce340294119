import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// A 1-on-1's file name is where the CLI's paths show its people, and it may name someone its
// `person` property does not: a second person, or a person written differently there.
const talk = (person: string, task: string): string =>
	`---\ntype: one-on-one\nperson: "[[${person}]]"\ndate: 2026-11-02\n---\n## Organize\n- [ ] ${task} 📅 2026-11-20\n`;
const files = {
	'People/Maria Lopez.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-02 Maria Lopez and Nadia Varga.md': talk('Maria Lopez', 'bring chairs and the sign-up sheet'),
	'1-on-1s/2026-11-03 Ådne Østby, Kofi.md': talk('Åsa Ek', 'ask about the night rota'),
	'Talks/2026-11-04 Wendy Ngata.sync-conflict-20261121-101010-ABC.md': talk('Wendy Ngata', 'x'),
};

function report(format: string, redact: boolean): string {
	const io = captureIo();
	expect(runCli(['report', writeVault(files), '--today', '2026-12-01', '--format', format, ...(redact ? ['--redact'] : [])], io)).toBe(0);
	return [...io.stdout, ...io.stderr].join('\n');
}

describe('report --redact and names only in a 1-on-1 file name', () => {
	it('shows them without --redact, so the check below means something', () => {
		expect(report('text', false)).toMatch(/Nadia Varga[\s\S]*Ådne Østby, Kofi/);
	});

	for (const format of ['text', 'json', 'markdown']) {
		it(`hides them in ${format}, and keeps the plain words of the task text`, () => {
			const shown = report(format, true);
			expect(shown).not.toMatch(/Maria|Lopez|Nadia|Varga|Ådne|Østby|Kofi|Åsa/);
			expect(shown).toContain('bring chairs and the sign-up sheet');
			expect(shown).toContain('ask about the night rota');
			// The words of the copy's name are not a name: "a sync tool" stays as written.
			expect(shown).toContain('a sync tool made');
			expect(shown).not.toMatch(/Wendy|Ngata/);
		});
	}
});
