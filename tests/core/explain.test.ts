/**
 * explainNote on small vaults: how owners and references were decided, in the cases the CLI
 * fixture does not cover. Expected values written by hand from DESIGN §2 (today 2026-12-01).
 */
import { describe, expect, it } from 'vitest';
import { buildExclusionReasons } from '../../src/core/exclusion';
import { explainNote } from '../../src/core/explain';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { indexNotes } from '../builders/fixture-vault';

const TODAY = '2026-12-01';

function explain(notes: Record<string, string>, path: string, yourName = '') {
	const options = { ...DEFAULT_SETTINGS, yourName };
	return explainNote({ index: indexNotes(notes, options), path, text: notes[path], today: TODAY, options });
}

describe('explainNote', () => {
	it('says a leading [[Name]]: that is no person was passed over for the first person', () => {
		const path = '1-on-1s/2026-11-20 Jo Chen.md';
		const explanation = explain({
			'People/Jo Chen.md': '---\ntype: person\n---\n',
			'Notes/Contract.md': 'The contract.\n',
			[path]: '---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-20\n---\n- [ ] [[Contract]]: read page 4 📅 2026-11-25\n',
		}, path);
		expect(explanation.tasks[0].owner).toEqual({ name: 'Jo Chen', rule: 'first-person', how: "the talk's first person: the leading [[Contract]]: names no person or you", yours: false });
	});

	it('says the organizer is you when "Your name" is empty', () => {
		const path = '1-on-1s/2026-11-20 Jo Chen.md';
		const explanation = explain({
			'People/Jo Chen.md': '---\ntype: person\n---\n',
			[path]: '---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-20\norganizer: "[[Sam Rivera]]"\n---\n- [ ] [owner:: [[Sam Rivera]]] book the room 📅 2026-12-10\n',
		}, path);
		expect(explanation.tasks[0]).toEqual(expect.objectContaining({
			lists: ['yourPromises'],
			why: 'owner is you (Sam Rivera organized this talk and "Your name" is empty), due 2026-12-10',
		}));
	});

	it('resolves a relative link from the note\'s folder and says so', () => {
		const path = '1-on-1s/2026-11-20 Jo Chen.md';
		const explanation = explain({
			'People/Jo Chen.md': '---\ntype: person\n---\n',
			[path]: '---\ntype: one-on-one\nperson: "[[../People/Jo Chen|Jo]]"\ndate: 2026-11-20\n---\n',
		}, path);
		expect(explanation.references).toEqual([{
			property: 'person', written: '../People/Jo Chen', path: 'People/Jo Chen.md', rule: 'path',
			how: "its exact vault path (a relative link, resolved from this note's folder)",
		}]);
	});

	it('says a 1-on-1 that names nobody leaves its tasks without an owner', () => {
		const path = '1-on-1s/2026-11-20 notes.md';
		const explanation = explain({ [path]: '---\ntype: one-on-one\ndate: 2026-11-20\n---\n- [ ] call back 📅 2026-11-22\n' }, path);
		expect(explanation.tasks[0]).toEqual(expect.objectContaining({ lists: [], owner: null, why: 'the talk names no person and the line no owner, so nobody owns it' }));
		expect(explanation.problems.map((problem) => problem.message)).toContain('This 1-on-1 names no person: add person: "[[Name]]" to its properties.');
	});

	it("says a note in Templater's template folder is a template, and counts none of its tasks", () => {
		const reasons = buildExclusionReasons({ ...DEFAULT_SETTINGS, excludedFolders: ['Archive'], templatesFolder: 'Templates', templaterFolder: 'Meta/Templater' });
		expect(reasons('Meta/Templater/1-on-1.md')).toEqual({ kind: 'templater-folder', folder: 'Meta/Templater' });
		expect(reasons('Templates/x.md')).toEqual({ kind: 'templates-folder', folder: 'Templates' });
		expect(reasons('Archive/x.md')).toEqual({ kind: 'excluded-folder', folder: 'Archive' });
		expect(reasons('1-on-1s/x.md')).toBeUndefined();
		const path = 'Meta/Templater/1-on-1.md';
		const text = '---\ntype: one-on-one\nperson: "[[<% tp.file.title %>]]"\n---\n- [ ] <% tp.file.cursor() %>\n';
		const explanation = explainNote({ index: indexNotes({}), path, text, today: TODAY, options: DEFAULT_SETTINGS, exclusion: { kind: 'templater-folder', folder: 'Meta/Templater' } });
		expect(explanation.status).toBe('template');
		expect(explanation.statusReason).toBe('it is in Templater\'s template folder "Meta/Templater": never read as a note, so nothing in it is counted');
		expect(explanation.tasks.map((task) => [task.line, task.commitment, task.lists])).toEqual([[5, false, []]]);
	});
});
