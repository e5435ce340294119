import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/note-parser';
import { VaultIndex } from '../../src/core/vault-index';
import { buildFollowUps } from '../../src/core/follow-ups';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { person } from '../support/builders';


describe('resolver with paths that differ only in case', () => {
	// Case-sensitive file systems (Linux, some sync setups) allow "People/" and "people/" side by side.
	it('adding a second note whose path differs only in case does not drop the first from resolution', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('People/Maria Lopez.md', person()));
		index.upsert(parseNote('people/Maria Lopez.md', person()));
		// DESIGN §2: same basename, both person notes, same length → alphabetical: "People/…" < "people/…".
		expect(index.resolve('Maria Lopez')?.path).toBe('People/Maria Lopez.md');
	});

	it('deleting one of them leaves the other resolvable (no duplicate unresolved person)', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('People/Maria Lopez.md', person()));
		index.upsert(parseNote('people/Maria Lopez.md', person()));
		index.remove('people/Maria Lopez.md');
		index.upsert(
			parseNote('1-on-1s/2026-11-20 Maria.md', '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-20\n---\n'),
		);
		expect(index.resolve('Maria Lopez')?.path).toBe('People/Maria Lopez.md');
		const model = buildFollowUps(index, DEFAULT_SETTINGS, '2026-11-21');
		// Maria has a held talk (not in "No 1-on-1 yet"), and is not listed a second time as an unresolved name.
		expect(model.noOneOnOne.map((i) => i.person)).toEqual([]);
	});
});
