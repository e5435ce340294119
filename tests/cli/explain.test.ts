/**
 * `relational-organizer explain`: the fixture vault in tests/fixtures/explain has a commitment in
 * each list, plus task-looking lines in a code block and a `%%` comment and a task in a callout.
 * Every expected value below is written by hand from DESIGN §2–§3 for today = 2026-12-01,
 * "Your name" = Sam Rivera, excluded folder Archive, core Templates folder Templates.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo } from '../builders/temp-vault';

const VAULT = join(__dirname, '..', 'fixtures', 'explain', 'vault');
const TODAY = '2026-12-01';

interface Json {
	path: string;
	status: string;
	statusReason: string | null;
	kind: string;
	kindReason: string;
	references: { property: string; written: string; path: string | null; rule: string }[];
	date: { value: string; from: string; counts: string } | null;
	sections: { stage: string; hasContent: boolean }[];
	tasks: { line: number; status: string; text: string; due: string | null; lists: string[]; why: string; commitment: boolean; owner: { name: string; rule: string; yours: boolean } | null }[];
	notTasks: { line: number; text: string; why: string }[];
	person: { lastContact: string | null; interval: string; nextCheckIn: string | null; lists: string[]; why: string } | null;
	problems: { line: number | null; message: string }[];
	parser: string;
}

function explainJson(note: string, ...flags: string[]): Json {
	const io = captureIo();
	expect(runCli(['explain', VAULT, note, '--today', TODAY, '--format', 'json', ...flags], io)).toBe(0);
	return JSON.parse(io.stdout.join('\n')) as Json;
}

const brief = (json: Json) => json.tasks.map(({ line, status, text, due, lists, why }) => ({ line, status, text, due, lists, why }));

describe('relational-organizer explain: a 1-on-1 with a commitment in several lists', () => {
	const json = explainJson('1-on-1s/2026-11-10 Maria Lopez.md');

	it('says what the note is and why, and how each name resolved', () => {
		expect(json.kind).toBe('one-on-one');
		expect(json.kindReason).toBe('its type is "one-on-one"');
		expect(json.status).toBe('indexed');
		expect(json.date).toEqual({ value: '2026-11-10', from: 'date', counts: 'held: dated today or earlier, so it counts as a talk' });
		// `[[Mari]]` is no file name: the person note's aliases resolve it (DESIGN §2; Obsidian itself would not).
		expect(json.references).toEqual([
			expect.objectContaining({ property: 'person', written: 'Mari', path: 'People/Maria Lopez.md', rule: 'alias' }),
			expect.objectContaining({ property: 'organizer', written: 'Sam Rivera', path: null, rule: 'unresolved' }),
		]);
		expect(json.sections.filter((s) => s.hasContent).map((s) => s.stage)).toEqual(['agitate', 'organize']);
		expect(json.parser).toBe('fast');
	});

	it('lists every task with its lists today and why', () => {
		expect(brief(json)).toEqual([
			{
				line: 10, status: ' ', text: 'Ask the night crew about the schedule', due: '2026-11-20', lists: ['stalled'],
				why: 'due 2026-11-20; followed up by the talk of 2026-11-24 (1-on-1s/2026-11-24 Maria Lopez.md), and still open: stalled 11 days',
			},
			{ line: 11, status: 'x', text: 'Sign the petition', due: null, lists: [], why: 'done 42 days ago, past the 30-day debrief window' },
			{ line: 12, status: '-', text: 'Bring a flyer', due: '2026-11-15', lists: [], why: 'cancelled ([-]): cancelled commitments are in no list' },
			{
				line: 13, status: ' ', text: '[[Sam Rivera]]: bring a copy of the contract', due: '2026-11-28', lists: ['yourPromises'],
				why: 'owner is you ("Your name" is Sam Rivera), and it was due 2026-11-28',
			},
			{ line: 14, status: ' ', text: '', due: '2026-11-05', lists: [], why: 'it has no text besides its fields, so it is an empty checkbox' },
			// Obsidian's metadataCache lists tasks inside callouts (obsidian-tasks test data callout.json,
			// callouts_nested_issue_2890_labelled.json): a commitment like any other.
			{
				line: 25, status: ' ', text: 'Call the steward', due: '2026-12-04', lists: ['comingUp'],
				why: 'due 2026-12-04: not yet, its follow-up date 2026-12-04 is after today; due within the next 7 days',
			},
		]);
		expect(json.tasks.map((t) => t.commitment)).toEqual([true, true, true, true, false, true]);
		expect(json.tasks[3].owner).toEqual(expect.objectContaining({ name: 'Sam Rivera', rule: 'prefix', yours: true }));
		expect(json.tasks[0].owner).toEqual(expect.objectContaining({ name: 'Maria Lopez', rule: 'first-person', yours: false }));
	});

	it('says which task-looking lines are no tasks: in code and in a %% comment', () => {
		// Obsidian: no list item inside a fenced code block, nor inside a `%%` block comment
		// (obsidian-tasks test data non_tasks.json, comments_markdown_style.json).
		expect(json.notTasks).toEqual([
			{ line: 17, text: '- [ ] Not a task in code 📅 2026-11-20', why: 'inside a code block or an HTML block (an HTML comment too): Obsidian and Tasks see no task there' },
			{ line: 21, text: '- [ ] Not a task in a comment', why: 'inside a %% or HTML comment: Obsidian hides it, so neither it nor Tasks sees a task there' },
		]);
	});
});

describe('relational-organizer explain: the other lists', () => {
	it('explains a Debrief, a commitment not due yet, and one in two lists', () => {
		expect(brief(explainJson('1-on-1s/2026-11-24 Maria Lopez.md'))).toEqual([
			{ line: 8, status: 'x', text: 'Post the meeting notice', due: null, lists: ['followUp'], why: 'done on 2026-11-26; no held talk with Maria Lopez on or after 2026-11-26 other than this one' },
			{
				line: 9, status: ' ', text: 'Find out who decides overtime', due: null, lists: [],
				why: 'no due date, so created 2026-11-24 + 14 stall days: not yet, its follow-up date 2026-12-08 is after today; undated commitments are not in Coming up',
			},
			{ line: 10, status: ' ', text: '[[Sam Rivera]]: book the room', due: '2026-12-03', lists: ['yourPromises', 'comingUp'], why: 'owner is you ("Your name" is Sam Rivera), due 2026-12-03; due within the next 7 days' },
		]);
	});

	it('explains Offer support, and an owner who left', () => {
		const json = explainJson('1-on-1s/2026-11-12 Jo Chen.md');
		expect(brief(json)).toEqual([
			// The talk of 2026-12-01 with Jo has no content yet: it is being prepared, so it follows nothing up.
			{ line: 8, status: ' ', text: 'Ask HR for the policy', due: '2026-11-18', lists: ['followUp'], why: 'due 2026-11-18; no held talk with Jo Chen on or after 2026-11-18 other than this one' },
			{ line: 9, status: ' ', text: '[owner:: [[Ana Ruiz]]] Call the union office', due: '2026-11-18', lists: [], why: 'the owner Ana Ruiz is left: what inactive people own is in no list' },
		]);
		expect(json.tasks[1].owner).toEqual(expect.objectContaining({ name: 'Ana Ruiz', rule: 'owner-field' }));
	});

	it('explains a talk dated today without content as planned', () => {
		const json = explainJson('1-on-1s/2026-12-01 Jo Chen.md');
		expect(json.date?.counts).toMatch(/^planned for today: it has no content of its own yet/);
		expect(json.sections.every((s) => !s.hasContent)).toBe(true);
	});
});

describe('relational-organizer explain: notes that count for nothing, and why', () => {
	it('says a template, an excluded note and a sync-conflict copy are so, and exits 0', () => {
		const template = explainJson('Templates/1-on-1.md');
		expect(template.status).toBe('template');
		expect(template.tasks.map((t) => t.commitment)).toEqual([false]);
		const archived = explainJson('Archive/2026-01-10 Maria Lopez.md');
		expect(archived.status).toBe('excluded');
		expect(archived.statusReason).toMatch(/^it is in the excluded folder "Archive"/);
		const conflict = explainJson('1-on-1s/2026-11-12 Jo Chen.sync-conflict-20261113-101010-ABCDEFG.md');
		expect(conflict.status).toBe('conflict');
		expect(conflict.tasks.map((t) => t.lists)).toEqual([[]]);
		expect(conflict.problems.map((p) => p.message)).toEqual([
			'This looks like a copy a sync tool made when two edits clashed; it is not counted anywhere. Copy what is new in it into the original note, then delete it.',
		]);
	});

	it('explains a type from the folder, an unknown type, and no type outside the folders', () => {
		expect(explainJson('People/Ben Okafor.md').kindReason).toBe('it has no type and sits in the people folder "People" (folder implies type)');
		const unknown = explainJson('People/Lee Wong.md');
		expect(unknown.kind).toBe('other');
		expect(unknown.kindReason).toBe('its type "persn" is not one the plugin reads (person, one-on-one, 1-on-1, 1:1), so it is listed under Notes to fix');
		const ideas = explainJson('Notes/Ideas.md');
		expect(ideas.kind).toBe('other');
		// Every task the parser sees is listed, whatever the note's kind.
		expect(brief(ideas)).toEqual([{ line: 1, status: ' ', text: 'Read the contract', due: '2026-11-20', lists: [], why: 'only tasks in 1-on-1 notes are, and this note is not a 1-on-1' }]);
	});

	it('explains a person value that is no person, and a bad date that falls back to the file name', () => {
		const json = explainJson('1-on-1s/2026-11-15 Warehouse 4.md');
		expect(json.references[0]).toEqual(expect.objectContaining({ written: 'Warehouse 4', path: 'Notes/Warehouse 4.md', rule: 'basename' }));
		expect(json.date).toEqual(expect.objectContaining({ value: '2026-11-15', from: 'file name' }));
		expect(json.problems.map((p) => p.line)).toEqual([null, 4]);
	});
});

describe('relational-organizer explain: a person note', () => {
	it('gives last contact and its source, the interval rule, the next check-in and the list', () => {
		expect(explainJson('People/Maria Lopez.md').person).toEqual(expect.objectContaining({
			lastContact: '2026-11-24',
			interval: 'every 7 days, because its role "committee" names a leader or committee member',
			nextCheckIn: '2026-12-01',
			lists: ['checkIn'],
			why: 'the next check-in 2026-12-01 has come',
		}));
		expect(explainJson('People/Jo Chen.md').person).toEqual(expect.objectContaining({
			lastContact: '2026-11-12',
			interval: 'every 14 days, the setting for assessment 3',
			nextCheckIn: '2026-11-26',
			lists: [],
			why: 'a 1-on-1 is planned for 2026-12-01, so no check-in is needed before it',
		}));
	});
});

describe('relational-organizer explain: output and errors', () => {
	it('prints the explanation as text by default', () => {
		const io = captureIo();
		expect(runCli(['explain', VAULT, '1-on-1s/2026-11-12 Jo Chen.md', '--today', TODAY], io)).toBe(0);
		const text = io.stdout.join('\n');
		expect(text).toContain('Line 8 [ ] Ask HR for the policy — due 2026-11-18 · section Organize · owner Jo Chen, from the talk\'s first person (no owner field or prefix). Today: in Follow up (Offer support), because due 2026-11-18; no held talk with Jo Chen on or after 2026-11-18 other than this one.');
	});

	it('accepts the path without .md', () => {
		expect(explainJson('People/Jo Chen').path).toBe('People/Jo Chen.md');
	});

	it('redacts names everywhere with --redact, paths included', () => {
		const io = captureIo();
		expect(runCli(['explain', VAULT, '1-on-1s/2026-11-12 Jo Chen.md', '--today', TODAY, '--redact'], io)).toBe(0);
		const text = io.stdout.join('\n');
		expect(text).not.toMatch(/Jo Chen|Ana Ruiz|Sam Rivera/);
		expect(text).toContain('Ask HR for the policy');
	});

	it('exits 2 with one line only when there is no such file in the vault', () => {
		for (const note of ['1-on-1s/Nobody.md', '../outside.md', 'People']) {
			const io = captureIo();
			expect(runCli(['explain', VAULT, note, '--today', TODAY], io)).toBe(2);
			expect(io.stderr).toHaveLength(1);
			expect(io.stderr[0]).toMatch(/^relational-organizer: no such note in the vault: /);
		}
	});

	it('is a usage error without a note path', () => {
		const io = captureIo();
		expect(runCli(['explain', VAULT], io)).toBe(2);
		expect(io.stderr[0]).toContain('missing <note path>');
	});
});
