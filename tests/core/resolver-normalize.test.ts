/**
 * The lookup key of a reference: the plain-ASCII shortcut gives what the full normalization
 * (DESIGN §2: trimmed, `.md` dropped, `\` → `/`, leading `/` dropped, NFC, case folded) gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeReference } from '../../src/core/resolver';

/** The rule as written, with no shortcut. */
function normalizeByTheRule(reference: string): string {
	let key = reference.trim().normalize('NFC').replace(/\\/g, '/').replace(/^\/+/, '');
	if (key.toLowerCase().endsWith('.md')) key = key.slice(0, -3);
	return key.toLowerCase();
}

describe('normalizeReference', () => {
	it('folds case and drops .md, trims, turns backslashes and composes accents', () => {
		expect(normalizeReference('People/Maria Lopez.MD')).toBe('people/maria lopez');
		expect(normalizeReference('  /People\\Jo Chen.md ')).toBe('people/jo chen');
		expect(normalizeReference('Jose\u0301')).toBe('josé');
		expect(normalizeReference('notes.md.md')).toBe('notes.md');
	});

	it('gives what the rule gives for any text', () => {
		const piece = fc.constantFrom('a', 'Z', ' ', '\t', '/', '\\', '.md', '.MD', 'e\u0301', 'é', 'İ', '\u00a0', '\n', '~', '[', 'x');
		fc.assert(fc.property(fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
			expect(normalizeReference(text)).toBe(normalizeByTheRule(text));
		}), { numRuns: 3000 });
	});
});
