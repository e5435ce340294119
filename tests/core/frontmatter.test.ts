import { describe, expect, it } from 'vitest';
import { FRONT_MATTER_NODE_CAP, findFrontMatter, parseFrontMatterYaml, readFrontMatterText } from '../../src/core/frontmatter';

describe('findFrontMatter', () => {
	it('needs a --- first line and a closing --- or ...', () => {
		const lines = ['---', 'a: 1', 'b: 2', '---', 'body'];
		const block = findFrontMatter(lines);
		expect(block).toEqual({ kind: 'yaml', openLine: 0, closeLine: 3 });
		expect(block.kind === 'yaml' ? readFrontMatterText(lines, block) : undefined).toBe('a: 1\nb: 2');
		expect(findFrontMatter(['---', 'a: 1', '...'])).toMatchObject({ kind: 'yaml', closeLine: 2 });
		expect(findFrontMatter(['---', 'a: 1'])).toEqual({ kind: 'none' });
		expect(findFrontMatter(['', '---', 'a: 1', '---'])).toEqual({ kind: 'none' });
		expect(findFrontMatter([])).toEqual({ kind: 'none' });
	});

	it('recognises ---js and ---json blocks without reading them', () => {
		expect(findFrontMatter(['---js', 'x()', '---'])).toEqual({ kind: 'other', language: 'js', openLine: 0, closeLine: 2 });
		expect(findFrontMatter(['---json', '{}', '---'])).toMatchObject({ kind: 'other', language: 'json' });
	});
});

describe('parseFrontMatterYaml', () => {
	it('types links, plain names, dates, date-times, numbers and lists', () => {
		const { properties, problems } = parseFrontMatterYaml([
			'Person: [[Maria Lopez]]',
			'organizer: "[[Sam Rivera#Notes|Sam]]"',
			'plain: Jo Chen',
			'date: 2026-11-28',
			'start: 2026-11-28T10:00',
			'spaced: 2026-11-28 10:00',
			'bad: 2026-02-30',
			'n: 2',
			'yes: true',
			'empty:',
			'list: ["[[A]]", B, 3]',
			'block:',
			'  - [[C]]',
		].join('\n'));
		expect(problems).toEqual([]);
		expect(properties).toEqual({
			person: { kind: 'link', link: { target: 'Maria Lopez', isLink: true } },
			organizer: { kind: 'link', link: { target: 'Sam Rivera', subpath: 'Notes', display: 'Sam', isLink: true } },
			plain: { kind: 'text', text: 'Jo Chen' },
			date: { kind: 'date', date: '2026-11-28' },
			start: { kind: 'date', date: '2026-11-28', time: '10:00' },
			spaced: { kind: 'date', date: '2026-11-28', time: '10:00' },
			bad: { kind: 'text', text: '2026-02-30' },
			n: { kind: 'number', value: 2 },
			yes: { kind: 'boolean', value: true },
			empty: { kind: 'null' },
			list: { kind: 'list', items: [{ kind: 'link', link: { target: 'A', isLink: true } }, { kind: 'text', text: 'B' }, { kind: 'number', value: 3 }] },
			block: { kind: 'list', items: [{ kind: 'link', link: { target: 'C', isLink: true } }] },
		});
	});

	it('keeps 1:1 as text (no YAML 1.1 sexagesimal numbers) and dates as strings', () => {
		expect(parseFrontMatterYaml('type: 1:1').properties.type).toEqual({ kind: 'text', text: '1:1' });
	});

	it('reports malformed YAML with its line instead of throwing', () => {
		const result = parseFrontMatterYaml('a: 1\nb: [unclosed\nc: 2', 2);
		expect(result.properties).toEqual({});
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0].message).toMatch(/could not be read/);
	});

	it('reports duplicate keys and a top level that is not a mapping', () => {
		expect(parseFrontMatterYaml('a: 1\na: 2').problems).toHaveLength(1);
		expect(parseFrontMatterYaml('- a\n- b').problems).toHaveLength(1);
	});

	it('stops an alias bomb at the node cap', () => {
		const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (const [previous, current] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']]) {
			lines.push(`${current}: &${current} [${Array(10).fill(`*${previous}`).join(', ')}]`);
		}
		// 10^6 leaves once expanded: only a walk that counts nodes stops it.
		const result = parseFrontMatterYaml(lines.join('\n'));
		expect(result.properties).toEqual({});
		expect(result.problems[0].message).toBe('The properties at the top of this note are too large or refer to themselves (YAML anchors and aliases), so none of them are read: write each value out plainly.');
		expect(FRONT_MATTER_NODE_CAP).toBe(10_000);
	});

	it('reads a document just under the cap', () => {
		const items = Array.from({ length: FRONT_MATTER_NODE_CAP - 10 }, (_, index) => index).join(', ');
		const result = parseFrontMatterYaml(`big: [${items}]`);
		expect(result.problems).toEqual([]);
	});

	it('stops a self-referencing anchor', () => {
		const result = parseFrontMatterYaml('a: &a [*a]');
		expect(result.problems[0].message).toMatch(/refer to themselves/);
	});

	it('keeps a __proto__ key as an ordinary property', () => {
		const { properties } = parseFrontMatterYaml('__proto__: x\ntype: person');
		expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
		expect(properties.type).toEqual({ kind: 'text', text: 'person' });
	});
});
