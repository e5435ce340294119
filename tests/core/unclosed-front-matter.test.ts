/**
 * Front matter that opens with `---` and never closes is read as no properties (as Obsidian reads
 * it). In the people and 1-on-1 folders that is a note to fix; elsewhere a note may open with a
 * `---` rule, so it is one only when the unread block says the note is a person or a 1-on-1: an
 * organizer who forgot the closing `---` would otherwise lose the talk without a word.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/note-parser';

const NEVER_CLOSES = /open with --- but never close/;

function problemsOf(path: string, text: string): string[] {
	return parseNote(path, text, { peopleFolder: 'People', oneOnOneFolder: '1-on-1s' }).problems.map((problem) => problem.message);
}

describe('front matter that never closes', () => {
	it('is a note to fix outside the organizing folders when it names a 1-on-1 or a person', () => {
		expect(problemsOf('Notes/2026-11-18 Cy Diaz.md', '---\ntype: one-on-one\nperson: ["[[Cy Diaz]]"]\ndate: 2026-11-18\n## Organize\n- [ ] Bring the petition\n')).toEqual([expect.stringMatching(NEVER_CLOSES)]);
		expect(problemsOf('Notes/Cy Diaz.md', '---\nType: "Person"\nrole: contact\n')).toEqual([expect.stringMatching(NEVER_CLOSES)]);
		expect(problemsOf('Notes/Cy.md', '---\ntype: [1-on-1]\n')).toEqual([expect.stringMatching(NEVER_CLOSES)]);
	});

	it('is nothing outside them when the block names no organizing type (a note may open with a rule)', () => {
		expect(problemsOf('Notes/Draft.md', '---\ntitle: draft\n')).toEqual([]);
		expect(problemsOf('Notes/Campaign.md', '---\ntype: campaign\n')).toEqual([]);
		expect(problemsOf('Notes/Minutes.md', '---\n\nWe met on Tuesday.\ntype: one-on-one was not discussed\n')).toEqual([]);
	});

	it('stays a note to fix in the organizing folders, whatever it holds', () => {
		expect(problemsOf('People/Ana Ruiz.md', '---\nrole: contact\n')).toEqual([expect.stringMatching(NEVER_CLOSES)]);
	});
});
