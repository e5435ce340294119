import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REMARK_MAX_CHARS } from '../../src/core/note-parser';
import { markdownNote, markdownSoup } from './markdown-arbitrary';
import { parseAllFacts } from './parse-all-facts';

const oneOnOne = (body: string) => `---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-28\n---\n${body}`;

describe('parseNote', () => {
	it('never throws on any string', () => {
		fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => { parseAllFacts('x.md', text); }), { numRuns: 500 });
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => { parseAllFacts('1-on-1s/x.md', oneOnOne(text)); }), { numRuns: 300 });
		fc.assert(fc.property(markdownSoup, (text) => { parseAllFacts('x.md', text); parseAllFacts('x.md', oneOnOne(text)); }), { numRuns: 500 });
		fc.assert(fc.property(markdownNote, (text) => { parseAllFacts('x.md', text); }), { numRuns: 300 });
	}, 60_000);

	it('never runs ---js front matter', () => {
		const flag = '__relationalOrganizerPwned';
		const facts = parseAllFacts('x.md', `---js\nglobalThis.${flag} = true\n---\nbody`);
		expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
		expect(facts.properties).toEqual({});
		expect(facts.problems[0].message).toMatch(/"js"/);
	});

	it('keeps the rest of the note when the YAML is malformed', () => {
		const facts = parseAllFacts('x.md', '---\na: [\n---\n# Still here\n');
		expect(facts.headings).toEqual([{ line: 4, level: 1, text: 'Still here' }]);
		expect(facts.problems).toHaveLength(1);
	});

	it('reads a plain 1-on-1 in the DESIGN format without escalating', () => {
		const body = '## Agitate\n%% prompt %%\n## Organize\n- [ ] a 📅 2026-12-03\n  - [x] b ✅ 2026-12-01\n1. [ ] c [due:: 2026-12-01]\n```\n- [ ] code\n```\n## Uplift\n';
		expect(parseAllFacts('1-on-1s/2026-11-28 Maria Lopez.md', oneOnOne(body)).parsePath).toBe('fast');
	});

	it('escalates a small note it is unsure of to remark', () => {
		const facts = parseAllFacts('x.md', oneOnOne('<div>\n- [ ] in html\n</div>\n\n- [ ] after\n'));
		expect(facts.parsePath).toBe('remark');
		expect(facts.commitments.map((commitment) => commitment.line)).toEqual([10]);
	});

	it('keeps fast facts for a large unsure note and says so for an organizing note', () => {
		const filler = 'word '.repeat(REMARK_MAX_CHARS / 5 + 10);
		const organizing = parseAllFacts('x.md', oneOnOne(`<div>\n\n${filler}\n`));
		expect(organizing.parsePath).toBe('fast-unsure');
		expect(organizing.problems).toEqual([expect.objectContaining({ line: 6 })]);
		const other = parseAllFacts('x.md', `<div>\n\n${filler}\n`);
		expect(other.parsePath).toBe('fast-unsure');
		expect(other.problems).toEqual([]);
	});

	it('does not send pathological emphasis to remark', () => {
		const facts = parseAllFacts('x.md', `<p>\n${'*a_'.repeat(2000)}`);
		expect(facts.parsePath).toBe('fast-unsure');
	});

	// Linear time on these is measured by the bench (bench/measure-hostile.ts); here only what the
	// parser made of them, with a timeout generous enough for a loaded CI machine.
	it('reads 5 MB of [ and of *a_, and a 5 MB task of unclosed [a:: fields, on the fast path', () => {
		for (const text of ['['.repeat(5_000_000), '*a_'.repeat(1_700_000)]) {
			const facts = parseAllFacts('x.md', text);
			expect(facts.parsePath).toBe('fast');
			expect(facts.commitments).toEqual([]);
			expect(facts.links).toEqual([]);
		}
		const fields = '[a:: '.repeat(1_000_000);
		const task = parseAllFacts('x.md', oneOnOne(`- [ ] ${fields}`));
		expect(task.parsePath).toBe('fast');
		// No field is closed, so the whole line is the task's text.
		expect(task.commitments).toEqual([expect.objectContaining({ line: 6, text: fields.trimEnd(), status: { kind: 'open' } })]);
	}, 60_000);

	it('handles CRLF and a BOM: lines and raw without \\r', () => {
		const facts = parseAllFacts('1-on-1s/x.md', `\uFEFF${oneOnOne('## Organize\r\n- [ ] a\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')}`);
		expect(facts.commitments).toEqual([expect.objectContaining({ line: 7, raw: '- [ ] a', section: 'organize' })]);
		expect(facts.kind).toBe('one-on-one');
	});

	it('matches configured section names case-insensitively at any level', () => {
		const sectionNames = { agitate: 'Grievances', educate: 'Plan', inoculate: 'Fears', organize: 'Tasks', uplift: 'Follow up' };
		const facts = parseAllFacts('x.md', oneOnOne('###### TASKS\n- [ ] a\n# follow UP\n- [ ] b\n'), { sectionNames });
		expect(facts.commitments.map((commitment) => commitment.section)).toEqual(['organize', 'uplift']);
	});

	it('gives no section after the section heading is closed by a sibling heading', () => {
		const facts = parseAllFacts('x.md', oneOnOne('## Organize\n- [ ] a\n## Notes\n- [ ] b\n'));
		expect(facts.commitments[1]).not.toHaveProperty('section');
	});

	it('falls back to the first date in the file name', () => {
		const note = parseAllFacts('1-on-1s/Jo 2026-10-05 and 2026-10-06.md', '---\ntype: 1:1\nperson: Jo\n---\n');
		expect(note.kind === 'one-on-one' ? note.conversation.date : undefined).toBe('2026-10-05');
	});

	it('reads contact-every 0 as never and keeps person facts typed', () => {
		const facts = parseAllFacts('People/Jo.md', '---\ntype: person\ncontact-every: 0\nrole: [committee, leader]\nassessment: "3"\n---\n');
		expect(facts.kind === 'person' ? facts.person : undefined).toEqual({ contactEvery: { kind: 'never' }, role: 'committee, leader', assessment: 3 });
	});

	it('reads an assessment off the 1–5 scale as none, under Notes to fix, in a person note and a 1-on-1', () => {
		// `assessment: 22` for 2, or 2.5 between two values: counted as assessed, it fell in no band and no interval.
		for (const value of ['22', '0', '2.5', '-1', '6']) {
			const person = parseAllFacts('People/Jo.md', `---\ntype: person\nassessment: ${value}\n---\n`);
			expect(person.kind === 'person' ? person.person.assessment : 'not a person').toBeUndefined();
			expect(person.problems.map((p) => p.message)).toEqual([`"assessment" is "${value}", which is not on the scale, so it is ignored: write a whole number from 1 to 5 (e.g. assessment: 2), or leave it empty.`]);
			const talk = parseAllFacts('1-on-1s/2026-11-20 Jo.md', `---\ntype: one-on-one\nperson: "[[Jo]]"\ndate: 2026-11-20\nassessment: ${value}\n---\n`);
			expect(talk.kind === 'one-on-one' ? talk.conversation.assessment : 'not a talk').toBeUndefined();
			expect(talk.problems.map((p) => p.message)).toContain(`"assessment" is "${value}", which is not on the scale, so it is ignored: write a whole number from 1 to 5 (e.g. assessment: 2), or leave it empty.`);
		}
		const edges = ['1', '5', '"4"'].map((value) => parseAllFacts('People/Jo.md', `---\ntype: person\nassessment: ${value}\n---\n`));
		expect(edges.map((f) => (f.kind === 'person' ? f.person.assessment : undefined))).toEqual([1, 5, 4]);
		expect(edges.flatMap((f) => f.problems)).toEqual([]);
	});
});

describe('section headings', () => {
	it('matches a section written in bold or with a trailing colon, at any level', () => {
		const note = parseAllFacts('1-on-1s/2026-11-20 Jo.md', [
			'---', 'type: one-on-one', 'person: "[[Jo]]"', 'date: 2026-11-20', '---',
			'## **Organize**', '- [ ] a',
			'#### uplift:', '- [ ] b',
			'## Organizer notes', '- [ ] c',
		].join('\n'));
		expect(note.commitments.map((c) => [c.text, c.section])).toEqual([['a', 'organize'], ['b', 'uplift'], ['c', undefined]]);
	});
});
