import { describe, expect, it, vi } from 'vitest';
import { findNameWords } from '../fixtures/redaction/leaky-vault.mjs';

// A folder the CLI cannot read (tests may run as root, where chmod 000 does not stop a read): the
// file system's error names its path, as Node's errors do.
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const readdirSync = ((path: string, options?: unknown) => {
		if (String(path).endsWith('Dmitri Ivanov files')) {
			throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
		}
		return (fs.readdirSync as (p: string, o?: unknown) => unknown)(path, options);
	}) as typeof fs.readdirSync;
	return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const { runCli } = await import('../../src/cli/main');
const { captureIo, writeVault } = await import('../builders/temp-vault');

describe('--redact and a folder that cannot be read', () => {
	const files = {
		'People/Dmitri Ivanov.md': '---\ntype: person\n---\n',
		'People/Dmitri Ivanov files/notes.md': 'Shift notes.\n',
	};

	it('lists it under Notes to fix without the name in its path, on stdout and stderr', () => {
		for (const format of ['text', 'json', 'markdown']) {
			const io = captureIo();
			expect(runCli(['report', writeVault(files), '--redact', '--format', format], io)).toBe(0);
			const all = [...io.stdout, ...io.stderr].join('\n');
			expect(all).toContain('could not be read');
			expect(findNameWords(all)).toEqual([]);
		}
	});

	it('names the folder without --redact, so the check above means something', () => {
		const io = captureIo();
		expect(runCli(['report', writeVault(files), '--format', 'json'], io)).toBe(0);
		expect(io.stdout.join('\n')).toContain('People/Dmitri Ivanov files');
	});
});
