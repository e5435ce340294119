import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// Obsidian follows a folder linked into the vault from outside it, and ignores links that point
// into the vault or above it ("Symbolic links and junctions" in Obsidian's help): so must the CLI,
// or a People folder kept elsewhere is a dashboard with nobody in it.
const PERSON = '---\ntype: person\n---\n';

function noOneOnOne(vault: string): string[] {
	const io = captureIo();
	expect(runCli(['report', vault, '--today', '2026-12-01', '--format', 'json'], io)).toBe(0);
	return (JSON.parse(io.stdout.join('\n')) as { noOneOnOne: { person: string }[] }).noOneOnOne.map((item) => item.person);
}

describe('folders that are symbolic links', () => {
	it('reads a folder linked in from outside the vault', () => {
		const outside = writeVault({ 'Ana Ruiz.md': PERSON, 'Nested/Jo Chen.md': PERSON });
		const vault = writeVault({ 'Home.md': 'hi\n' });
		symlinkSync(outside, join(vault, 'People'));
		expect(noOneOnOne(vault)).toEqual(['Ana Ruiz', 'Jo Chen']);
	});

	it('ignores links to the vault itself, to a folder inside it and to a folder above it, so nothing is read twice or forever', () => {
		const vault = writeVault({ 'People/Ana Ruiz.md': PERSON });
		symlinkSync(vault, join(vault, 'Loop'));
		symlinkSync(join(vault, 'People'), join(vault, 'Again'));
		mkdirSync(join(vault, 'Deep'));
		symlinkSync(join(vault, '..'), join(vault, 'Deep', 'Up'));
		expect(noOneOnOne(vault)).toEqual(['Ana Ruiz']);
	});

	it('reads a linked folder once, whichever other links point into it', () => {
		const outside = writeVault({ 'Ana Ruiz.md': PERSON, 'Sub/Jo Chen.md': PERSON });
		const vault = writeVault({});
		symlinkSync(outside, join(vault, 'People'));
		symlinkSync(join(outside, 'Sub'), join(vault, 'Sub link'));
		symlinkSync(outside, join(outside, 'Sub', 'Back'));
		expect(noOneOnOne(vault)).toEqual(['Ana Ruiz', 'Jo Chen']);
	});
});
