import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { addDays } from '../../src/core/dates';
import { buildLeakyVault, findNameWords, KEPT } from '../fixtures/redaction/leaky-vault.mjs';
import { captureIo, writeVault } from '../builders/temp-vault';

const TODAY = '2026-11-29';
const files = buildLeakyVault((days) => addDays(TODAY, days));

function report(format: string, redact: boolean): { stdout: string; stderr: string } {
	const dir = writeVault(files);
	const io = captureIo();
	const args = ['report', dir, '--today', TODAY, '--format', format, ...(redact ? ['--redact'] : [])];
	expect(runCli(args, io)).toBe(0);
	return { stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

describe('--redact on a vault holding every kind of name (DESIGN §5)', () => {
	it('shows the names without --redact, so the check below means something', () => {
		const { stdout } = report('json', false);
		expect(findNameWords(stdout)).toEqual(expect.arrayContaining(['Lopez', 'İpek', 'Núñez', 'Nowak', 'Bogdan', 'Hana', 'Olamide', '王小明', 'Dmitri']));
	});

	for (const format of ['text', 'json', 'markdown']) {
		it(`leaves no word of any name in ${format}, in any case or Unicode form`, () => {
			const { stdout, stderr } = report(format, true);
			expect(findNameWords(stdout)).toEqual([]);
			expect(findNameWords(stdout.normalize('NFD'))).toEqual([]);
			expect(findNameWords(stderr)).toEqual([]);
			for (const kept of KEPT) expect(stdout).toContain(kept);
		});
	}

	it('keeps what the lists say apart from names: dates, counts, the kept workplace', () => {
		const plain = JSON.parse(report('json', false).stdout) as Record<string, unknown[]>;
		const redacted = JSON.parse(report('json', true).stdout) as Record<string, unknown[]>;
		for (const list of ['followUp', 'stalled', 'yourPromises', 'checkIn', 'noOneOnOne', 'comingUp', 'problems']) {
			expect(redacted[list].length, list).toBe(plain[list].length);
		}
		const texts = (redacted.followUp as { text: string }[]).map((i) => i.text);
		expect(texts).toContain('ask ML about the grievance');
		expect(texts).toContain('ML and ML-ML bring the flyer to Warehouse 4');
	});

	it('hides the vault path of an error (a folder named after a person)', () => {
		const dir = writeVault({ 'People/Dmitri Ivanov files': 'not a folder' });
		const io = captureIo();
		expect(runCli(['report', `${dir}/People/Dmitri Ivanov files`, '--redact'], io)).toBe(2);
		expect(io.stderr.join('\n')).toMatch(/^relational-organizer: /);
		expect(findNameWords(io.stderr.join('\n'))).toEqual([]);
	});
});
