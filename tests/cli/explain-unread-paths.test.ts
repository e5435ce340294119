import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// Obsidian and the plugin never read hidden folders, the config folder or files that are not
// Markdown; explain must not describe such a file as a note the lists count.
const PERSON = '---\ntype: person\n---\n';
const files = {
	'People/Ana Ruiz.md': PERSON,
	'.hidden/Ghost.md': PERSON,
	'.trash/Old.md': PERSON,
	'cfg/Inside.md': PERSON,
	'People/Notes.txt': PERSON,
};

function explain(note: string, extra: readonly string[] = []): { code: number; stderr: string; stdout: string } {
	const io = captureIo();
	const code = runCli(['explain', writeVault(files), note, '--today', '2026-12-01', ...extra], io);
	return { code, stderr: io.stderr.join('\n'), stdout: io.stdout.join('\n') };
}

describe('explain and files the plugin never reads', () => {
	it.each([['.hidden/Ghost.md'], ['.trash/Old.md']])('%s: exit 2, one line saying why', (note) => {
		const result = explain(note);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(`relational-organizer: ${note} is in a hidden folder or the config folder, which Obsidian and the plugin never read`);
	});

	it('the config folder given with --config-dir', () => {
		const io = captureIo();
		const vault = writeVault(files);
		expect(runCli(['explain', vault, 'cfg/Inside.md', '--config-dir', 'cfg'], io)).toBe(2);
		expect(io.stderr[0]).toContain('is in a hidden folder or the config folder');
	});

	it('a file that is not Markdown is no note', () => {
		const result = explain('People/Notes.txt');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('relational-organizer: no such note in the vault: People/Notes.txt');
	});

	it('a note elsewhere is still explained', () => {
		expect(explain('People/Ana Ruiz').code).toBe(0);
	});
});
