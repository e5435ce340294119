/**
 * The index keeps only the facts its readers use (issue 15): the same facts as a full reading for
 * every field a reader of that kind of note looks at, and nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteFacts } from '../../src/core/model';
import { parseNote, type ParseOptions } from '../../src/core/note-parser';
import { markdownNote } from './markdown-arbitrary';
import { parseAllFacts } from './parse-all-facts';

const OTHER_FRONT_MATTER = [
	'',
	'---\ntags: [meeting]\nperson: "[[Jo Chen]]"\nattendees: ["[[Ana Ruiz]]"]\n---\n',
	'---\ntype: persn\nknows: "[[Ana Ruiz]]"\n---\n',
	'---\ndate: 2026-11-28\norganizer: Sam\n---\n',
];

/** What a full reading holds that the index's readers look at, for the note's kind. */
function projectRead(full: NoteFacts, options: ParseOptions): NoteFacts {
	const properties = Object.fromEntries(Object.entries(full.properties).filter(([key]) => ['person', 'persons', 'people', 'organizer', 'owner'].includes(key)));
	if (full.kind === 'one-on-one') return { ...full, properties, headings: [], inlineFields: [] };
	const inPeople = options.peopleFolder !== undefined && full.path.startsWith(`${options.peopleFolder}/`);
	if (full.kind === 'person' || full.typeValue !== undefined || inPeople) return { ...full, headings: [], links: [] };
	return { ...full, properties, headings: [], links: [], inlineFields: [], parsePath: 'fast' };
}

describe('the facts the index keeps', () => {
	it('are the full reading of every field its readers use, for every kind and folder', () => {
		const paths = ['People/Jo Chen.md', '1-on-1s/2026-11-28 Jo Chen.md', 'Notes/Minutes.md', 'x.md'];
		const optionSets: ParseOptions[] = [{}, { peopleFolder: 'People', oneOnOneFolder: '1-on-1s' }];
		fc.assert(fc.property(markdownNote, fc.constantFrom(...OTHER_FRONT_MATTER), fc.constantFrom(...paths), fc.constantFrom(...optionSets), (note, head, path, options) => {
			const text = note.startsWith('---') || note.startsWith('\uFEFF') ? note : `${head}${note}`;
			expect(parseNote(path, text, options)).toEqual(projectRead(parseAllFacts(path, text, options), options));
		}), { numRuns: 400 });
	});

	it('are plain data, as a JSON round trip gives them back', () => {
		const paths = ['People/Jo Chen.md', '1-on-1s/2026-11-28 Jo Chen.md', 'Notes/Minutes.md'];
		fc.assert(fc.property(markdownNote, fc.constantFrom(...paths), fc.boolean(), (text, path, allFacts) => {
			const facts = parseNote(path, text, { allFacts });
			expect(facts).toStrictEqual(JSON.parse(JSON.stringify(facts)));
		}), { numRuns: 300 });
	});

	it('keep a meeting note by its name, aliases and the people it names, not its body', () => {
		const text = '---\naliases: [Nights meeting]\nattendees: ["[[Ana Ruiz]]"]\nperson: "[[Jo Chen]]"\n---\n# Minutes\nSee [[Ana Ruiz]].\nmentor:: [[Jo Chen]]\n';
		const facts = parseNote('Meetings/2026-11-28 Nights.md', text);
		expect(facts).toEqual({
			path: 'Meetings/2026-11-28 Nights.md', basename: '2026-11-28 Nights', kind: 'other',
			properties: { person: { kind: 'link', link: { target: 'Jo Chen', isLink: true } } },
			aliases: ['Nights meeting'], headings: [], commitments: [], links: [], inlineFields: [], problems: [], parsePath: 'fast',
		});
	});
});
