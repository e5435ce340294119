/**
 * Which rule of DESIGN §2 resolved a reference ("Explain this note" says it): exact path, file name
 * (alone, or among several: a person note first, then the shortest path, then alphabetical order),
 * a person note's aliases. Expected rules written by hand from DESIGN §2.
 */
import { describe, expect, it } from 'vitest';
import { NameResolver, type ResolvableNote } from '../../src/core/resolver';

function note(path: string, kind: ResolvableNote['kind'] = 'other', aliases: string[] = []): ResolvableNote {
	return { path, basename: (path.split('/').pop() ?? path).replace(/\.md$/, ''), kind, aliases };
}

function resolverOf(...notes: ResolvableNote[]): NameResolver {
	const resolver = new NameResolver();
	for (const entry of notes) resolver.add(entry);
	return resolver;
}

describe('NameResolver.resolveWithRule', () => {
	it('names the exact path when the reference has a folder', () => {
		const resolver = resolverOf(note('People/Jo Chen.md', 'person'), note('Archive/Jo Chen.md'));
		expect(resolver.resolveWithRule('Archive/Jo Chen')).toEqual({ note: expect.objectContaining({ path: 'Archive/Jo Chen.md' }), rule: 'path' });
	});

	it('names the file name when one note has it', () => {
		expect(resolverOf(note('People/Jo Chen.md', 'person')).resolveWithRule('jo chen')?.rule).toBe('basename');
	});

	it('names the tie-break that chose among notes sharing a file name', () => {
		// The empty root note that clicking an unresolved link creates loses to the person note.
		const personFirst = resolverOf(note('Maria Lopez.md'), note('People/Maria Lopez.md', 'person'));
		expect(personFirst.resolveWithRule('Maria Lopez')).toEqual({ note: expect.objectContaining({ path: 'People/Maria Lopez.md' }), rule: 'basename-person-first' });
		const shortest = resolverOf(note('People/Old/Ana.md', 'person'), note('People/Ana.md', 'person'));
		expect(shortest.resolveWithRule('Ana')).toEqual({ note: expect.objectContaining({ path: 'People/Ana.md' }), rule: 'basename-shortest-path' });
		const alphabetical = resolverOf(note('B/Ana.md', 'person'), note('A/Ana.md', 'person'));
		expect(alphabetical.resolveWithRule('Ana')).toEqual({ note: expect.objectContaining({ path: 'A/Ana.md' }), rule: 'basename-alphabetical' });
	});

	it("names a person note's alias, and nothing for an unknown name", () => {
		const resolver = resolverOf(note('People/Maria Lopez.md', 'person', ['Mari']));
		expect(resolver.resolveWithRule('Mari')).toEqual({ note: expect.objectContaining({ path: 'People/Maria Lopez.md' }), rule: 'alias' });
		expect(resolver.resolveWithRule('Nobody')).toBeUndefined();
		// resolve() is resolveWithRule()'s note.
		expect(resolver.resolve('Mari')?.path).toBe('People/Maria Lopez.md');
	});
});
