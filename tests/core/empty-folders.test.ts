/**
 * An empty people or 1-on-1 folder setting: new notes go to the vault root, and the root implies no
 * type. Expectations written by hand: with "People folder" cleared (people kept at the root), an
 * untyped shopping list is no person, and a `type: meeting` note is no note to fix; only
 * `type: person` makes a person. Was: every untyped note of the vault a person, every typed one a
 * note to fix.
 */
import { describe, expect, it } from 'vitest';
import { deriveOnce } from '../../src/core/derive';
import { explainNote } from '../../src/core/explain';
import { parseNote, toParseOptions } from '../../src/core/note-parser';
import { VaultIndex } from '../../src/core/vault-index';
import { normalizeSettings } from '../../src/settings';
import { person, talk } from '../support/builders';

const TODAY = '2026-11-29';

function build(data: Record<string, unknown>, files: Record<string, string>) {
	const { settings } = normalizeSettings(data);
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(files)) index.upsert(parseNote(path, text, toParseOptions(settings)));
	const derived = deriveOnce(index, settings, TODAY);
	return { settings, index, derived, names: [...derived.people.people.values()].map((p) => p.name).sort(), problems: derived.followUps.problems.map((p) => p.path) };
}

const files = {
	'Shopping list.md': 'milk, bread\n',
	'Ideas/Rota ideas.md': '- a fair rota\n',
	'Meeting notes.md': '---\ntype: meeting\n---\nAgenda.\n',
	'Jo Chen.md': person({}, 'Night shift.\n'),
	'1-on-1s/2026-11-20 Jo Chen.md': talk('Jo Chen', '2026-11-20', { organize: '- [ ] sign the card' }),
};

describe('an empty folder setting implies no type', () => {
	it('with the people folder empty, only type: person makes a person, and no other note is a note to fix', () => {
		const { names, problems } = build({ peopleFolder: '' }, files);
		expect(names).toEqual(['Jo Chen']);
		expect(problems).toEqual([]);
	});

	it('with the 1-on-1 folder empty, an untyped note at the root is no 1-on-1', () => {
		const { index, problems } = build({ oneOnOneFolder: '' }, { ...files, '2026-11-22 Ana Ruiz.md': 'Talked about the rota.\n' });
		expect(index.get('2026-11-22 Ana Ruiz.md')?.kind).toBe('other');
		expect(index.get('Shopping list.md')?.kind).toBe('other');
		expect(problems).toEqual([]);
	});

	it('Explain says the folder is not set rather than quoting an empty name', () => {
		const { settings, index } = build({ peopleFolder: '' }, files);
		const explanation = explainNote({ index, path: 'Shopping list.md', text: 'milk, bread\n', today: TODAY, options: settings });
		expect(explanation.kindReason).toContain('the people folder (not set)');
		expect(explanation.kindReason).not.toContain('""');
	});

	it('a named folder still implies the type', () => {
		const { names } = build({}, { ...files, 'People/Ana Ruiz.md': 'Days.\n' });
		expect(names).toEqual(['Ana Ruiz', 'Jo Chen']);
	});
});
