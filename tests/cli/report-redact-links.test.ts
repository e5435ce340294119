import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

describe('--redact', () => {
	it('redacts a coworker linked in task text whom the vault knows as a person (a `knows` target)', () => {
		const dir = writeVault({
			'People/Maria Lopez.md': '---\ntype: person\nknows: ["[[Ana Ruiz]]"]\n---\n',
			'1-on-1s/2026-11-01 Maria Lopez.md':
				'---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-01\norganizer: "[[Sam Rivera]]"\n---\n## Organize\n- [ ] Ask [[Ana Ruiz]] to sign the card 📅 2026-11-10\n',
		});
		const io = captureIo();
		expect(runCli(['report', dir, '--today', '2026-11-29', '--format', 'json', '--redact'], io)).toBe(0);
		const out = io.stdout.join('\n');
		// DESIGN §5: --redact replaces names with initials everywhere in the output, task text included.
		expect(out).toContain('Ask [[AR]] to sign the card');
		expect(out).not.toMatch(/Ana|Ruiz/);
	});
});

describe('--redact and escaping', () => {
	it('leaves no name that JSON or Markdown escaping would split (quotes, underscores, brackets)', () => {
		const dir = writeVault({
			'People/Jo_Ann Smith.md': '---\ntype: person\n---\n',
			'People/Dana "DJ" O\'Neil.md': '---\ntype: person\n---\n',
			'1-on-1s/2026-11-01 Jo_Ann Smith.md':
				'---\ntype: one-on-one\nperson: ["[[Jo_Ann Smith]]"]\ndate: 2026-11-01\norganizer: "[[Sam Rivera]]"\n---\n## Organize\n- [ ] Ask [[Dana "DJ" O\'Neil]] about (nights) 📅 2026-11-10\n',
		});
		for (const format of ['json', 'markdown', 'text']) {
			const io = captureIo();
			expect(runCli(['report', dir, '--today', '2026-11-29', '--format', format, '--redact'], io)).toBe(0);
			const out = io.stdout.join('\n');
			expect(out, format).not.toMatch(/Jo_?\\?_?Ann|Smith|Dana|O'Neil|Rivera/);
		}
	});
});
