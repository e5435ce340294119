import { describe, expect, it } from 'vitest';
import { addRelationLink } from '../../src/core/relation-property';

const isJo = (reference: string): boolean => ['jo chen', 'people/jo chen', 'jo'].includes(reference.toLowerCase());

describe('addRelationLink', () => {
	it('starts a list when the property is missing or empty', () => {
		expect(addRelationLink(undefined, 'Jo Chen', isJo)).toEqual({ kind: 'added', value: ['[[Jo Chen]]'] });
		expect(addRelationLink(null, 'Jo Chen', isJo)).toEqual({ kind: 'added', value: ['[[Jo Chen]]'] });
	});

	it('turns a single link into a list and appends', () => {
		expect(addRelationLink('[[Ana Ruiz]]', 'Jo Chen', isJo)).toEqual({ kind: 'added', value: ['[[Ana Ruiz]]', '[[Jo Chen]]'] });
	});

	it('adds no duplicate, whatever form the existing link takes', () => {
		expect(addRelationLink(['[[Ana Ruiz]]', '[[Jo Chen|Jo]]'], 'Jo Chen', isJo)).toEqual({ kind: 'present' });
		expect(addRelationLink(['[[People/Jo Chen]]'], 'Jo Chen', isJo)).toEqual({ kind: 'present' });
		expect(addRelationLink('Jo', 'Jo Chen', isJo)).toEqual({ kind: 'present' });
		// `knows: [[Jo Chen]]` unquoted is what YAML reads as a nested list.
		expect(addRelationLink([['Jo Chen']], 'Jo Chen', isJo)).toEqual({ kind: 'present' });
	});

	it('rewrites an unquoted link as a quoted one when it appends', () => {
		expect(addRelationLink([['Ana Ruiz']], 'Jo Chen', isJo)).toEqual({ kind: 'added', value: ['[[Ana Ruiz]]', '[[Jo Chen]]'] });
	});

	it('refuses to overwrite a value that is not links', () => {
		expect(addRelationLink(3, 'Jo Chen', isJo).kind).toBe('refused');
		expect(addRelationLink({ a: 1 }, 'Jo Chen', isJo).kind).toBe('refused');
	});
});
