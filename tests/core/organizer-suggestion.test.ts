import { describe, expect, it } from 'vitest';
import { indexNotes } from '../builders/fixture-vault';
import { suggestOrganizerName } from '../../src/core/organizer-suggestion';
import { person, talk } from '../support/builders';

describe('the first run suggests the most frequent organizer for "Your name"', () => {
	it('suggests nothing in a vault without 1-on-1 organizers', () => {
		expect(suggestOrganizerName(indexNotes({}))).toBeUndefined();
		expect(suggestOrganizerName(indexNotes({ '1-on-1s/a.md': talk('Jo', '2026-11-01', { organizer: null }), 'People/Jo.md': person() }))).toBeUndefined();
	});

	it('picks the organizer of most talks', () => {
		const index = indexNotes({
			'1-on-1s/a.md': talk('Jo', '2026-11-01', { organizer: 'Dana Cole' }),
			'1-on-1s/b.md': talk('Jo', '2026-11-02', { organizer: 'Sam Rivera' }),
			'1-on-1s/c.md': talk('Ana', '2026-11-03', { organizer: 'Sam Rivera' }),
		});
		expect(suggestOrganizerName(index)).toBe('Sam Rivera');
	});

	it('counts spellings that resolve to one person note as that note, named by its basename', () => {
		const index = indexNotes({
			'People/Sam Rivera.md': person({ aliases: ['Sam'] }),
			'1-on-1s/a.md': talk('Jo', '2026-11-01', { organizer: 'Sam' }),
			'1-on-1s/b.md': talk('Jo', '2026-11-02', { organizer: 'People/Sam Rivera' }),
			'1-on-1s/c.md': talk('Ana', '2026-11-03', { organizer: 'Dana Cole' }),
			'1-on-1s/d.md': talk('Ana', '2026-11-04', { organizer: 'Dana Cole' }),
			'1-on-1s/e.md': talk('Ana', '2026-11-05', { organizer: 'Sam Rivera' }),
		});
		expect(suggestOrganizerName(index)).toBe('Sam Rivera');
	});

	it('counts unresolved spellings that differ only in case as one, named as in the first note by path', () => {
		const index = indexNotes({
			'1-on-1s/b.md': talk('Jo', '2026-11-02', { organizer: 'dana cole' }),
			'1-on-1s/a.md': talk('Jo', '2026-11-01', { organizer: 'Dana Cole' }),
			'1-on-1s/c.md': talk('Ana', '2026-11-03', { organizer: 'Sam Rivera' }),
		});
		expect(suggestOrganizerName(index)).toBe('Dana Cole');
	});

	it('breaks a tie by name, whatever order the notes were indexed in', () => {
		const notes = {
			'1-on-1s/a.md': talk('Jo', '2026-11-01', { organizer: 'Sam Rivera' }),
			'1-on-1s/b.md': talk('Jo', '2026-11-02', { organizer: 'Dana Cole' }),
		};
		expect(suggestOrganizerName(indexNotes(notes))).toBe('Dana Cole');
		const reversed = Object.fromEntries(Object.entries(notes).reverse());
		expect(suggestOrganizerName(indexNotes(reversed))).toBe('Dana Cole');
	});

	it('does not count a sync-conflict copy of a talk', () => {
		const index = indexNotes({
			'1-on-1s/a.md': talk('Jo', '2026-11-01', { organizer: 'Sam Rivera' }),
			'1-on-1s/a (conflicted copy 2026-11-02).md': talk('Jo', '2026-11-01', { organizer: 'Sam Rivera' }),
			'1-on-1s/b.md': talk('Jo', '2026-11-03', { organizer: 'Dana Cole' }),
		});
		// One talk each: the tie goes to Dana Cole; counting the copy would have made it Sam Rivera.
		expect(suggestOrganizerName(index)).toBe('Dana Cole');
	});
});
