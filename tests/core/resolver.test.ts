import { describe, expect, it } from 'vitest';
import { NameResolver, type ResolvableNote } from '../../src/core/resolver';

function note(path: string, kind: ResolvableNote['kind'] = 'person', aliases: string[] = []): ResolvableNote {
	const basename = path.split('/').pop()!.replace(/\.md$/, '');
	return { path, basename, kind, aliases };
}

describe('NameResolver', () => {
	it('resolves by exact path, with or without .md, in any case', () => {
		const r = new NameResolver();
		r.add(note('People/Maria Lopez.md'));
		expect(r.resolve('People/Maria Lopez')?.path).toBe('People/Maria Lopez.md');
		expect(r.resolve('people/maria lopez.md')?.path).toBe('People/Maria Lopez.md');
	});

	it('resolves by basename, case-insensitively', () => {
		const r = new NameResolver();
		r.add(note('People/Maria Lopez.md'));
		expect(r.resolve('maria LOPEZ')?.path).toBe('People/Maria Lopez.md');
	});

	it('prefers a person note, then the shortest path, then alphabetical, among notes sharing a basename', () => {
		const r = new NameResolver();
		r.add(note('Archive/Old/Jo Chen.md', 'other'));
		r.add(note('Work/Jo Chen.md', 'other'));
		expect(r.resolve('Jo Chen')?.path).toBe('Work/Jo Chen.md');
		r.add(note('Zzz/Deep/Jo Chen.md', 'person'));
		expect(r.resolve('Jo Chen')?.path).toBe('Zzz/Deep/Jo Chen.md');
		r.add(note('B/Jo Chen.md', 'person'));
		r.add(note('A/Jo Chen.md', 'person'));
		expect(r.resolve('Jo Chen')?.path).toBe('A/Jo Chen.md');
	});

	it('falls back to aliases of person notes only', () => {
		const r = new NameResolver();
		r.add(note('People/Maria Lopez.md', 'person', ['Mari']));
		r.add(note('Notes/Topic.md', 'other', ['Ana']));
		expect(r.resolve('mari')?.path).toBe('People/Maria Lopez.md');
		expect(r.resolve('Ana')).toBeUndefined();
	});

	it('prefers a basename over an alias', () => {
		const r = new NameResolver();
		r.add(note('People/Maria Lopez.md', 'person', ['Jo']));
		r.add(note('People/Jo.md', 'person'));
		expect(r.resolve('Jo')?.path).toBe('People/Jo.md');
	});

	it('forgets removed notes and re-points to the next candidate', () => {
		const r = new NameResolver();
		r.add(note('A/Sam.md'));
		r.add(note('B/Sam.md'));
		r.remove('A/Sam.md');
		expect(r.resolve('Sam')?.path).toBe('B/Sam.md');
		r.remove('B/Sam.md');
		expect(r.resolve('Sam')).toBeUndefined();
	});

	it('resolves unicode names case-insensitively', () => {
		const r = new NameResolver();
		r.add(note('People/Zoë Ångström.md'));
		expect(r.resolve('ZOË ÅNGSTRÖM')?.path).toBe('People/Zoë Ångström.md');
	});
});
