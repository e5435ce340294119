import { describe, expect, it } from 'vitest';
import { indexNotes } from '../builders/fixture-vault';
import { buildFollowUps } from '../../src/core/follow-ups';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { talk } from '../support/builders';


describe('one person, one entry', () => {
	it('an unresolved person linked by a path-style link and by name is one person', () => {
		// Both links open (and would create) the same note in Obsidian once People/Jo Chen.md exists;
		// with the note present both resolve to it, so without it they should not become two people.
		const index = indexNotes({
			'1-on-1s/2026-11-01 Jo.md': talk('People/Jo Chen', '2026-11-01'),
			'1-on-1s/2026-11-20 Jo.md': talk('Jo Chen', '2026-11-20'),
		});
		const model = buildFollowUps(index, DEFAULT_SETTINGS, '2026-11-29');
		const listed = [...model.checkIn.map((i) => i.person.name), ...model.noOneOnOne.map((i) => i.person.name)];
		expect(listed).toHaveLength(0); // last talk 2026-11-20 + 14 days → next check-in 2026-12-04, not due
	});
});
