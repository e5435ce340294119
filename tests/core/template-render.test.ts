import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { buildOneOnOneTemplate, buildPersonTemplate } from '../../src/core/template-builtin';
import { formatCalendarDate } from '../../src/core/template-date-format';
import { quoteYamlScalar, renderTemplate, type TemplateValues } from '../../src/core/template-render';
import { parseNote } from '../../src/core/note-parser';

const values: TemplateValues = {
	persons: ['Maria Lopez'],
	date: '2026-12-01',
	time: '09:05',
	title: '2026-12-01 Maria Lopez',
	organizer: 'Sam Rivera',
	followups: '%% ro:carried-forward %%\n- Offer support: x — [[a]]\n%% /ro:carried-forward %%',
	kind: 'follow-up',
};

describe('renderTemplate: placeholders', () => {
	it('fills every placeholder in the body', () => {
		expect(renderTemplate('{{person}}|{{date}}|{{time}}|{{title}}|{{organizer}}|{{kind}}\n{{followups}}', values)).toBe(
			'[[Maria Lopez]]|2026-12-01|09:05|2026-12-01 Maria Lopez|[[Sam Rivera]]|follow-up\n%% ro:carried-forward %%\n- Offer support: x — [[a]]\n%% /ro:carried-forward %%',
		);
	});

	it('accepts any case and spaces inside the braces, and keeps unknown placeholders as written', () => {
		expect(renderTemplate('{{ Person }} {{DATE}} {{weather}} {{date:}} {{ nope:x }}', values)).toBe('[[Maria Lopez]] 2026-12-01 {{weather}}  {{ nope:x }}');
	});

	it('gives only the target inside [[…]] and joins a group talk', () => {
		expect(renderTemplate('[[{{person}}]] and [[{{person}}|them]]', values)).toBe('[[Maria Lopez]] and [[Maria Lopez|them]]');
		expect(renderTemplate('With {{person}}', { ...values, persons: ['A', 'B'] })).toBe('With [[A]], [[B]]');
	});

	it('writes YAML values that read back as exactly the name, whatever the name holds', () => {
		const hostile = ['Jo "JJ" Chen', "O'Brien: the boss", '[[x]] | y', '../../etc', '#hash', 'true', '- dash', 'a: b', '{braces}', '@at', 'multi\\back'];
		for (const name of hostile) {
			const text = renderTemplate('---\norganizer: {{organizer}}\nperson: {{person}}\nquoted: "{{title}}"\nsingle: \'{{title}}\'\nbare: {{title}}\nlist:\n  - {{person}}\n---\n', { ...values, organizer: name, persons: [name], title: name });
			const data = yaml.load(text.split('---\n')[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
			expect(data).toEqual({ organizer: `[[${name}]]`, person: [`[[${name}]]`], quoted: name, single: name, bare: name, list: [`[[${name}]]`] });
		}
	});

	it('writes a group talk as a YAML list, in flow or block form', () => {
		const text = renderTemplate('---\nperson: {{person}}\nwith:\n  - {{person}}\n---\n', { ...values, persons: ['A', 'B'] });
		expect(text).toBe('---\nperson: ["[[A]]", "[[B]]"]\nwith:\n  - "[[A]]"\n  - "[[B]]"\n---\n');
	});

	it('leaves the organizer empty when there is none, and {{followups}} out of the YAML', () => {
		expect(renderTemplate('---\norganizer: {{organizer}}\nf: {{followups}}\n---\n{{organizer}}.', { ...values, organizer: undefined })).toBe('---\norganizer: \nf: \n---\n.');
	});

	it('never produces YAML that fails to parse or reads back differently (generated names)', () => {
		fc.assert(fc.property(fc.string({ maxLength: 40 }), (name) => {
			const clean = name.replace(/[\r\n]/g, ' ');
			const text = renderTemplate('---\nt: {{title}}\nq: "{{title}}"\ns: \'{{title}}\'\n---\n', { ...values, title: clean });
			const data = yaml.load(text.split('---\n')[1], { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
			expect(data.q).toBe(clean);
			expect(data.s).toBe(clean);
			expect(data.t ?? '').toBe(clean);
		}));
	});
});

describe('quoteYamlScalar', () => {
	it('keeps plain words plain and quotes what YAML would read otherwise', () => {
		expect(quoteYamlScalar('Maria Lopez')).toBe('Maria Lopez');
		expect(quoteYamlScalar('2026-12-01')).toBe('2026-12-01');
		expect(quoteYamlScalar('null')).toBe('"null"');
		expect(quoteYamlScalar('12')).toBe('"12"');
		expect(quoteYamlScalar('a: b')).toBe('"a: b"');
	});
});

describe('{{date:FORMAT}}', () => {
	it('supports the documented moment tokens', () => {
		expect(formatCalendarDate('2026-12-01', 'YYYY YY MMMM MMM MM M DD D Do dddd ddd')).toBe('2026 26 December Dec 12 12 01 1 1st Tuesday Tue');
		expect(formatCalendarDate('2026-03-05', 'HH:mm H h hh A a', '14:07')).toBe('14:07 14 2 02 PM pm');
		expect(formatCalendarDate('2026-03-05', 'HH:mm A', '00:30')).toBe('00:30 AM');
		expect(formatCalendarDate('2026-11-12', 'Do')).toBe('12th');
		expect(formatCalendarDate('2026-11-22', 'Do')).toBe('22nd');
		expect(formatCalendarDate('2026-11-23', '[Week of] D/M, [YYYY]')).toBe('Week of 23/11, YYYY');
		expect(renderTemplate('{{date:dddd, D MMMM}}', values)).toBe('Tuesday, 1 December');
	});

	it('gives the weekday of the calendar date in every time zone (no Date involved)', () => {
		expect(formatCalendarDate('1970-01-01', 'dddd')).toBe('Thursday');
		expect(formatCalendarDate('2000-02-29', 'ddd D MMM')).toBe('Tue 29 Feb');
	});
});

describe('built-in templates', () => {
	it('name the sections from the settings and put every prompt inside %% %%', () => {
		const text = renderTemplate(buildOneOnOneTemplate({ agitate: 'Grievances', educate: 'Plan', inoculate: 'Boss', organize: 'Tasks', uplift: 'Follow-up' }), { ...values, followups: '' });
		const headings = text.split('\n').filter((line) => line.startsWith('#'));
		expect(headings).toEqual(['## Grievances', '## Plan', '## Boss', '## Tasks', '## Follow-up']);
		const body = text.slice(text.indexOf('## Grievances'));
		for (const line of body.split('\n')) expect(line === '' || line.startsWith('## ') || /^%% .+ %%$/.test(line)).toBe(true);
	});

	it('make notes the parser reads as a 1-on-1 and a person, without problems', () => {
		const talk = parseNote('1-on-1s/2026-12-01 Maria Lopez.md', renderTemplate(buildOneOnOneTemplate({ agitate: 'Agitate', educate: 'Educate', inoculate: 'Inoculate', organize: 'Organize', uplift: 'Uplift' }), values), { allFacts: true });
		if (talk.kind !== 'one-on-one') throw new Error(`read as ${talk.kind}`);
		expect(talk.conversation?.persons.map((p) => p.target)).toEqual(['Maria Lopez']);
		expect(talk.conversation?.date).toBe('2026-12-01');
		expect(talk.conversation?.organizer?.target).toBe('Sam Rivera');
		expect(talk.conversation?.kind).toBe('follow-up');
		expect(Object.keys(talk.properties)).toEqual(['type', 'person', 'date', 'organizer', 'kind', 'assessment', 'next-contact', 'issues']);
		expect(talk.commitments).toEqual([]);
		expect(talk.problems).toEqual([]);
		const person = parseNote('People/Maria Lopez.md', renderTemplate(buildPersonTemplate(), values));
		expect(person.kind).toBe('person');
		expect(person.problems).toEqual([]);
	});
});
