/** Vault paths (core/vault-paths.ts): expectations written by hand from how Obsidian and each OS name files. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	basenameOf,
	findFreeNotePath,
	folderOf,
	isInFolder,
	joinVaultPath,
	normalizeVaultPath,
	readCollisionSuffix,
	sanitizeFileName,
} from '../../src/core/vault-paths';

describe('normalizeVaultPath', () => {
	it('writes a path the way Obsidian does', () => {
		expect(normalizeVaultPath('People')).toBe('People');
		expect(normalizeVaultPath('/People/')).toBe('People');
		expect(normalizeVaultPath('Org\\People')).toBe('Org/People');
		expect(normalizeVaultPath('Org//People')).toBe('Org/People');
		expect(normalizeVaultPath('  People  ')).toBe('People');
		expect(normalizeVaultPath('')).toBe('');
		expect(normalizeVaultPath('/')).toBe('');
	});
});

describe('isInFolder', () => {
	it('is true for notes inside the folder, at any depth and any case', () => {
		expect(isInFolder('People/Jo Chen.md', 'People')).toBe(true);
		expect(isInFolder('people/Team/Jo Chen.md', 'People')).toBe(true);
	});

	it('is false for a folder that only starts with the same letters, and for the folder itself', () => {
		expect(isInFolder('People archive/Jo Chen.md', 'People')).toBe(false);
		expect(isInFolder('People', 'People')).toBe(false);
	});

	it('treats the empty folder as the vault root', () => {
		expect(isInFolder('Jo Chen.md', '')).toBe(true);
	});

	it('matches case-insensitively beyond ASCII too, as lower-casing both paths does', () => {
		expect(isInFolder('Équipe/Jo.md', 'équipe')).toBe(true);
		expect(isInFolder('ÉQUIPE/Jo.md', 'Équipe')).toBe(true);
		expect(isInFolder('Équipes/Jo.md', 'Équipe')).toBe(false);
		expect(isInFolder('P', 'People')).toBe(false);
	});
});

describe('basenameOf and folderOf', () => {
	it('split a path into its folder and its file name without .md', () => {
		expect(basenameOf('1-on-1s/2026-11-28 Maria Lopez.md')).toBe('2026-11-28 Maria Lopez');
		expect(basenameOf('Jo.MD')).toBe('Jo');
		expect(basenameOf('Map.canvas')).toBe('Map.canvas');
		expect(folderOf('Org/People/Jo.md')).toBe('Org/People');
		expect(folderOf('Jo.md')).toBe('');
	});

	it('give the file name as splitting at the last / and dropping a .md in any case does', () => {
		const piece = fc.constantFrom('/', '.', '.md', '.MD', '.mD', 'md', 'm', 'd', 'Jo', ' ', 'é', '\u212a');
		fc.assert(fc.property(fc.array(piece, { maxLength: 7 }).map((parts) => parts.join('')), (path) => {
			expect(basenameOf(path)).toBe((path.split('/').pop() ?? path).replace(/\.md$/i, ''));
		}), { numRuns: 3000 });
	});
});

describe('joinVaultPath', () => {
	it('joins a folder and a name, and leaves a root note at the root', () => {
		expect(joinVaultPath('People', 'Jo Chen.md')).toBe('People/Jo Chen.md');
		expect(joinVaultPath('/People/', 'Jo Chen.md')).toBe('People/Jo Chen.md');
		expect(joinVaultPath('', 'Jo Chen.md')).toBe('Jo Chen.md');
	});
});

describe('sanitizeFileName', () => {
	it('keeps an ordinary name as it is', () => {
		expect(sanitizeFileName('María José Ñúñez')).toBe('María José Ñúñez');
		expect(sanitizeFileName('李小龍')).toBe('李小龍');
	});

	it('turns characters some platform or Obsidian refuses into spaces', () => {
		expect(sanitizeFileName('Jo: follow-up?')).toBe('Jo follow-up');
		expect(sanitizeFileName('A/B\\C')).toBe('A B C');
		expect(sanitizeFileName('[[Jo]] #1 ^x | y')).toBe('Jo 1 x y');
		expect(sanitizeFileName('<"Jo*">')).toBe('Jo');
	});

	it('drops control, bidi and line-separator characters, so a name cannot fake a line or reorder a path', () => {
		expect(sanitizeFileName('Jo\nChen')).toBe('Jo Chen');
		expect(sanitizeFileName('Jo\u202eChen')).toBe('Jo Chen');
		expect(sanitizeFileName('Jo\u2028Chen')).toBe('Jo Chen');
	});

	it('never leaves a name that escapes or hides in its folder', () => {
		expect(sanitizeFileName('..')).toBe('Untitled');
		expect(sanitizeFileName('.')).toBe('Untitled');
		expect(sanitizeFileName('../People')).toBe('People');
		expect(sanitizeFileName('.hidden')).toBe('hidden');
		expect(sanitizeFileName('Jo. ')).toBe('Jo');
		expect(sanitizeFileName('   ')).toBe('Untitled');
	});

	it('gives Windows device names an underscore after the device name (Windows ignores what follows the first dot)', () => {
		expect(sanitizeFileName('CON')).toBe('CON_');
		expect(sanitizeFileName('com1')).toBe('com1_');
		// Windows reads the part before the first dot as the device name.
		expect(sanitizeFileName('nul.txt')).toBe('nul_.txt');
		expect(sanitizeFileName('Connie')).toBe('Connie');
	});

	it('writes NFD input (as macOS gives it) in NFC', () => {
		expect(sanitizeFileName('Jose\u0301')).toBe('Jos\u00e9');
	});

	it('cuts very long names at a whole code point, within 180 characters and 200 UTF-8 bytes', () => {
		const cut = sanitizeFileName('😀'.repeat(200));
		expect(cut.length).toBeLessThanOrEqual(180);
		// Each emoji is 4 bytes in UTF-8: 50 of them fill the 200-byte bound.
		expect(cut).toBe('😀'.repeat(50));
		expect(sanitizeFileName('漢'.repeat(200))).toBe('漢'.repeat(66));
	});

	it('gives, for any input, a non-empty name without separators that is not . or ..', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
				const out = sanitizeFileName(name);
				expect(out.length).toBeGreaterThan(0);
				expect(out.length).toBeLessThanOrEqual(181);
				expect(out).not.toMatch(/[/\\:\n\r]/);
				expect(['.', '..']).not.toContain(out);
			}),
		);
	}, 60_000);
});

describe('findFreeNotePath', () => {
	it('takes the plain name when it is free', () => {
		expect(findFreeNotePath('1-on-1s', '2026-11-28 Jo Chen', () => false)).toBe('1-on-1s/2026-11-28 Jo Chen.md');
	});

	it('adds (2), (3)… until the name is free, comparing as the check says', () => {
		const taken = new Set(['1-on-1s/2026-11-28 jo chen.md', '1-on-1s/2026-11-28 jo chen (2).md']);
		const exists = (path: string): boolean => taken.has(path.toLowerCase());
		expect(findFreeNotePath('1-on-1s', '2026-11-28 Jo Chen', exists)).toBe('1-on-1s/2026-11-28 Jo Chen (3).md');
	});
});

describe('readCollisionSuffix', () => {
	it('reads the (n) New 1-on-1 adds, and 1 for a name without one', () => {
		expect(readCollisionSuffix('2026-11-28 Jo Chen')).toBe(1);
		expect(readCollisionSuffix('2026-11-28 Jo Chen (2)')).toBe(2);
		expect(readCollisionSuffix('2026-11-28 Jo Chen (12)')).toBe(12);
		expect(readCollisionSuffix('2026-11-28 Jo Chen(2)')).toBe(1);
	});
});

describe('sanitizeFileName on a long reserved name', () => {
	it('keeps the device-name mark inside the length bound, so a second pass changes nothing', () => {
		const name = `nul..${'x'.repeat(300)}`;
		const once = sanitizeFileName(name);
		expect(once.startsWith('nul_..')).toBe(true);
		expect(once.length).toBeLessThanOrEqual(180);
		expect(sanitizeFileName(once)).toBe(once);
	});
});
