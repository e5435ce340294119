import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// README: "--redact does the same for reports, warnings and errors", for every command that takes it.
const files = { 'People/Maria Lopez.md': '---\ntype: person\n---\n' };

function fail(args: readonly string[]): string {
	const io = captureIo();
	expect(runCli(args, io)).toBe(2);
	expect(io.stderr).toHaveLength(1);
	expect(io.stderr[0]).toMatch(/^relational-organizer: /);
	return io.stderr[0];
}

describe('--redact and error messages', () => {
	for (const command of ['report', 'chart', 'graph']) {
		it(`${command}: a vault folder named after a person is not named`, () => {
			const missing = join(writeVault(files), 'Dmitri Ivanov');
			expect(fail([command, missing])).toContain('Dmitri Ivanov');
			expect(fail([command, missing, '--redact'])).not.toMatch(/Dmitri|Ivanov/);
		});
	}

	it('explain: a vault folder named after a person is not named', () => {
		const missing = join(writeVault(files), 'Dmitri Ivanov');
		expect(fail(['explain', missing, 'x.md', '--redact'])).not.toMatch(/Dmitri|Ivanov/);
	});

	it('explain: a note that is not there is not named', () => {
		const vault = writeVault(files);
		const note = '1-on-1s/2026-11-02 Maria Lopez.md';
		expect(fail(['explain', vault, note])).toContain(note);
		const shown = fail(['explain', vault, note, '--redact']);
		expect(shown).toContain('no such note in the vault');
		expect(shown).not.toMatch(/Maria|Lopez/);
	});

	it('graph: an --out folder named after a person is not named', () => {
		const vault = writeVault(files);
		const out = join(vault, 'Tom Baker');
		mkdirSync(out);
		expect(fail(['graph', vault, '--out', out])).toContain('Tom Baker');
		expect(fail(['graph', vault, '--out', out, '--redact'])).not.toMatch(/Tom|Baker/);
	});
});
