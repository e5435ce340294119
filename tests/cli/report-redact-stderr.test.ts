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

describe('--redact and stderr', () => {
	const files = {
		'People/Dmitri Ivanov.md': '---\ntype: person\n---\n',
		'People/Dmitri Ivanov files/notes.md': 'Shift notes.\n',
	};

	it('says which error happened without the path that names a person', () => {
		const io = captureIo();
		expect(runCli(['report', writeVault(files), '--redact'], io)).toBe(2);
		const stderr = io.stderr.join('\n');
		expect(stderr).toContain('EACCES');
		expect(findNameWords(stderr)).toEqual([]);
	});

	it('still names the path without --redact, so the check above means something', () => {
		const io = captureIo();
		expect(runCli(['report', writeVault(files)], io)).toBe(2);
		expect(io.stderr.join('\n')).toContain('Dmitri Ivanov files');
	});
});
