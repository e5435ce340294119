/**
 * The lookup key of a reference: the plain-ASCII shortcut gives what the full normalization
 * (DESIGN §2: trimmed, `.md` dropped, `\` → `/`, leading `/` dropped, NFC, case folded) gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeReference, resolveRelativeReference } from '../../src/core/resolver';

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

	it('turns relative links into vault paths from the linking note, and leaves others as written', () => {
		expect(resolveRelativeReference('../People/Maria Lopez', '1-on-1s/2026/talk.md')).toBe('1-on-1s/People/Maria Lopez');
		expect(resolveRelativeReference(' ./Jo', 'People/Ana.md')).toBe('People/Jo');
		expect(resolveRelativeReference('.\\Jo', 'People/Ana.md')).toBe('People/Jo');
		expect(resolveRelativeReference('Maria Lopez', 'People/Ana.md')).toBe('Maria Lopez');
		expect(resolveRelativeReference('.hidden', 'People/Ana.md')).toBe('.hidden');
	});

	it('resolves relative links by the rule for any text', () => {
		const byTheRule = (reference: string, fromPath: string): string => {
			const trimmed = reference.trim().replace(/\\/g, '/');
			if (!trimmed.startsWith('./') && !trimmed.startsWith('../')) return reference;
			const parts = fromPath.split('/').slice(0, -1);
			for (const segment of trimmed.split('/')) {
				if (segment === '..') parts.pop();
				else if (segment !== '.' && segment !== '') parts.push(segment);
			}
			return parts.join('/');
		};
		const piece = fc.constantFrom('.', '..', '/', '\\', ' ', '\u00a0', '\ufeff', '\t', 'a', 'Jo', '.md');
		fc.assert(fc.property(fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')), fc.constantFrom('a.md', 'People/Ana.md', 'x/y/z.md'), (reference, from) => {
			expect(resolveRelativeReference(reference, from)).toBe(byTheRule(reference, from));
		}), { numRuns: 3000 });
	});
});
