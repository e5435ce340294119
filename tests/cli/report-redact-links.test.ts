import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type Io } from '../../src/cli/main';

function capture(): Io & { stdout: string[]; stderr: string[] } {
	const stdout: string[] = [];
	const stderr: string[] = [];
	return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), isTty: false, now: () => new Date(), packageRoot: process.cwd() };
}

function vault(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'ro-review-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('--redact', () => {
	it('redacts a coworker linked in task text whom the vault knows as a person (a `knows` target)', () => {
		const dir = vault({
			'People/Maria Lopez.md': '---\ntype: person\nknows: ["[[Ana Ruiz]]"]\n---\n',
			'1-on-1s/2026-11-01 Maria Lopez.md':
				'---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-01\norganizer: "[[Sam Rivera]]"\n---\n## Organize\n- [ ] Ask [[Ana Ruiz]] to sign the card 📅 2026-11-10\n',
		});
		const io = capture();
		expect(runCli(['report', dir, '--today', '2026-11-29', '--format', 'json', '--redact'], io)).toBe(0);
		const out = io.stdout.join('\n');
		// DESIGN §5: --redact replaces names with initials everywhere in the output, task text included.
		expect(out).toContain('Ask [[AR]] to sign the card');
		expect(out).not.toMatch(/Ana|Ruiz/);
	});
});
