/**
 * Property tests for the file names the plugin creates (issue #16): for any name, however hostile,
 * the note lands inside the intended folder, under a name every platform Obsidian runs on accepts,
 * and a collision never overwrites.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFreeNotePath, joinVaultPath, sanitizeFileName } from '../../src/core/vault-paths';

/** Names built from the characters that break file names somewhere, mixed with ordinary text. */
const hostileName = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.array(
		fc.constantFrom('..', '.', '/', '\\', ':', '*', '?', '"', '<', '>', '|', '#', '^', '[', ']', ' ', '\u0000', '\n', '\u202e', '\u200e', '\u2028', '\ufeff', 'CON', 'nul', 'Com1', 'LPT²', 'Ana', 'é', 'e\u0301', '漢', '😀', '\ud800', 'x'.repeat(120)),
		{ maxLength: 20 },
	).map((parts) => parts.join('')),
);
const folder = fc.constantFrom('', 'People', '1-on-1s/2026', 'A folder/With space');

// Windows refuses these with any extension, and ignores trailing spaces and dots before comparing.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Forbidden somewhere (Windows, macOS, Android, iOS) or refused by Obsidian, plus controls and bidi.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f*"\\/<>:|?#^[\]\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

describe('sanitizeFileName', () => {
	it('always gives a name every platform accepts', () => {
		fc.assert(
			fc.property(hostileName, (name) => {
				const safe = sanitizeFileName(name);
				expect(safe.length).toBeGreaterThan(0);
				expect(safe).not.toMatch(FORBIDDEN);
				expect(safe).not.toBe('.');
				expect(safe).not.toBe('..');
				expect(safe).not.toMatch(/^[.\s]|[.\s]$/);
				expect(WINDOWS_RESERVED.test(safe.split('.')[0].trim())).toBe(false);
				// 255 bytes per name on Linux, macOS and Android, with room for " (999).md".
				expect(new TextEncoder().encode(`${safe} (999).md`).length).toBeLessThanOrEqual(255);
				// No lone surrogate: the name must survive being written as UTF-8.
				expect(safe).toBe(new TextDecoder().decode(new TextEncoder().encode(safe)));
			}),
			{ numRuns: 2000 },
		);
	}, 60_000);

	it('is idempotent: a sanitized name stays as it is', () => {
		fc.assert(
			fc.property(hostileName, (name) => {
				expect(sanitizeFileName(sanitizeFileName(name))).toBe(sanitizeFileName(name));
			}),
			{ numRuns: 1000 },
		);
	}, 60_000);
});

describe('findFreeNotePath', () => {
	it('always lands directly inside the folder and never returns a path that exists (case-insensitively)', () => {
		fc.assert(
			fc.property(folder, hostileName, fc.array(fc.nat({ max: 6 }), { maxLength: 8 }), (dir, name, taken) => {
				const safe = sanitizeFileName(name);
				const base = joinVaultPath(dir, safe);
				// Existing notes: the plain name in some case, and some numbered copies.
				const existing = new Set([`${base}.md`.toUpperCase(), ...taken.map((n) => `${base} (${n}).md`.toUpperCase())]);
				const path = findFreeNotePath(dir, safe, (p) => existing.has(p.toUpperCase()));
				expect(existing.has(path.toUpperCase())).toBe(false);
				const prefix = dir ? `${dir}/` : '';
				expect(path.startsWith(prefix)).toBe(true);
				const file = path.slice(prefix.length);
				expect(file).not.toContain('/');
				expect(file.endsWith('.md')).toBe(true);
				expect(file.split('.')[0]).not.toBe('');
			}),
			{ numRuns: 1000 },
		);
	}, 60_000);
});
