import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// A 1-on-1 that names nobody is redacted by its file name, the only clue to whom it is about. Its
// lower-case words (`on`, `the`, `dock`) are not names on their own: redacted everywhere, they
// turned the department "Loading dock" into "Loading LOTD" and the folder "1-on-1s" into "1-LOTD-1s".
const files = {
	'People/Dev Patel.md': '---\ntype: person\nworkplace: "[[Warehouse 4]]"\ndepartment: Loading dock\n---\n',
	'1-on-1s/2026-11-20 Dev Patel.md': '---\ntype: one-on-one\nperson: "[[Dev Patel]]"\ndate: 2026-11-20\n---\n- [ ] ask on the dock about the fans 📅 2026-11-25\n',
	'1-on-1s/2026-11-29 Lunch on the dock.md': '---\ntype: one-on-one\ndate: 2026-11-29\n---\nWe talked.\n',
	'1-on-1s/2026-11-28 katarzyna nowak.md': '---\ntype: one-on-one\nperson: *kn\n---\nBroken.\n',
};

function run(args: readonly string[]): string {
	const io = captureIo();
	expect(runCli([...args, '--today', '2026-12-01', '--redact'], io)).toBe(0);
	return [...io.stdout, ...io.stderr].join('\n');
}

describe('--redact and the file name of a 1-on-1 that names nobody', () => {
	it('still hides the title, and a name written in lower case, in every path', () => {
		const report = run(['report', writeVault(files), '--format', 'json']);
		expect(report).not.toMatch(/Lunch|katarzyna|nowak/i);
		expect(report).toContain('1-on-1s/2026-11-29 LOTD.md');
	});

	it('keeps its lower-case words elsewhere: folders, departments, task text', () => {
		const vault = writeVault(files);
		const report = run(['report', vault]);
		expect(report).toContain('ask on the dock about the fans');
		expect(report).toContain('1-on-1s/2026-11-20 DP.md');
		expect(run(['chart', vault])).toContain('Loading dock');
		const explained = run(['explain', vault, '1-on-1s/2026-11-20 Dev Patel.md']);
		expect(explained).toContain('is a 1-on-1: its type is "one-on-one"');
	});
});
