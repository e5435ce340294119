/**
 * Notes read together (readRegularFiles, one decoding per few MB) give each file's text exactly as
 * reading it alone does: unfinished UTF-8 at a file's end, a file opening with continuation bytes,
 * a byte-order mark, a NUL inside a file, and files that are missing, too large or not files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile, readRegularFiles } from '../../src/cli/read-file';

const folder = mkdtempSync(join(tmpdir(), 'ro-read-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes the files and reads them both ways. */
function readBothWays(contents: readonly Uint8Array[], maxBytes = 1 << 20): { together: unknown[]; alone: unknown[] } {
	const dir = mkdtempSync(join(folder, 'case-'));
	const paths = contents.map((bytes, index) => {
		const path = join(dir, `${index}.md`);
		writeFileSync(path, bytes);
		return path;
	});
	return {
		together: readRegularFiles(paths.map((path) => ({ path, knownRegular: false })), maxBytes),
		alone: paths.map((path) => readRegularFile(path, maxBytes)),
	};
}

describe('readRegularFiles', () => {
	it('reads each text as reading its file alone does', () => {
		const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
		const { together } = readBothWays([bytes('\ufeff# Jo\n'), Uint8Array.of(0xe2, 0x82), Uint8Array.of(0x82, 0x41), bytes('a\0b'), bytes(''), bytes('Ana 📅 2026-12-01')]);
		expect(together).toStrictEqual([
			{ text: '\ufeff# Jo\n' }, { text: '\ufffd' }, { text: '\ufffdA' }, { text: 'a\0b' }, { text: '' }, { text: 'Ana 📅 2026-12-01' },
		]);
	});

	it('gives the same as one file at a time for any bytes', () => {
		const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0x0a, 0x80, 0xbf, 0xc3, 0xe2, 0xef, 0xf0, 0xf4, 0xff));
		fc.assert(fc.property(fc.array(fc.array(byte, { maxLength: 12 }), { minLength: 1, maxLength: 6 }), (files) => {
			const { together, alone } = readBothWays(files.map((file) => Uint8Array.from(file)));
			expect(together).toStrictEqual(alone);
		}), { numRuns: 200 });
	});

	it('reports a missing file, one over the cap and a folder in its place, and reads those around them', () => {
		const dir = mkdtempSync(join(folder, 'odd-'));
		writeFileSync(join(dir, 'a.md'), 'first');
		writeFileSync(join(dir, 'big.md'), 'x'.repeat(100));
		mkdirSync(join(dir, 'folder.md'));
		writeFileSync(join(dir, 'z.md'), 'last');
		const read = readRegularFiles(['a.md', 'gone.md', 'big.md', 'folder.md', 'z.md'].map((name) => ({ path: join(dir, name), knownRegular: false })), 50);
		expect(read).toStrictEqual([{ text: 'first' }, { reason: 'missing' }, { reason: 'too-large' }, { reason: 'not-a-file' }, { text: 'last' }]);
	});

	it('reads more notes than the shared buffer holds at once (it is used again), the texts unchanged', () => {
		const note = (index: number): Uint8Array => new TextEncoder().encode(`note ${index} ${'é📅'.repeat(20_000)}`);
		const { together, alone } = readBothWays(Array.from({ length: 60 }, (_, index) => note(index)));
		expect(together).toStrictEqual(alone);
	});
});
