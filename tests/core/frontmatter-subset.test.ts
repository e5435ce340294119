/**
 * The subset reader's own typed conversion (issue 15, "a faster YAML path") against the bounded
 * walk every other reading goes through: for any block the subset reads, the properties are the
 * same, key order and case folding included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER_NODE_CAP, findFrontMatter, parseFrontMatterYaml, readFrontMatterText, readLoadedYaml } from '../../src/core/frontmatter';
import { splitLines } from '../../src/core/note-parser';
import { readYamlSubset } from '../../src/core/yaml-subset';
import { generateVault } from '../../bench/generate-vault';

function expectSameAsWalk(text: string): void {
	const subset = readYamlSubset(text);
	if (subset === undefined) return;
	expect(parseFrontMatterYaml(text, 2), JSON.stringify(text)).toStrictEqual(readLoadedYaml(subset, text, 2));
}

const blocks = generateVault(200, '2026-11-29', 11).flatMap((note) => {
	const lines = splitLines(note.text);
	const block = findFrontMatter(lines);
	return block.kind === 'yaml' ? [readFrontMatterText(lines, block)] : [];
});

describe('front matter read by the subset reader', () => {
	it('gives the generated vault exactly the walk\'s properties', () => {
		expect(blocks.length).toBeGreaterThan(150);
		for (const text of blocks) expectSameAsWalk(text);
	});

	it('types links, dates with and without a time, numbers, booleans, nulls and lists as the walk does', () => {
		const text = 'Type: person\nperson: "[[Maria Lopez|Maria]]"\ndate: 2026-11-28T10:30\nnext: 2026-2-3\nscore: -12\nratio: 0.75\ndone: true\nnone: ~\nempty:\nknows: ["[[Ana Ruiz]]", Ben, 3, null]\naliases:\n  - Jo\n  - \'Jo C.\'\n2024: year';
		const { properties } = parseFrontMatterYaml(text);
		expect(Object.keys(properties)).toStrictEqual(['2024', 'type', 'person', 'date', 'next', 'score', 'ratio', 'done', 'none', 'empty', 'knows', 'aliases']);
		expect(properties.person).toStrictEqual({ kind: 'link', link: { target: 'Maria Lopez', display: 'Maria', isLink: true } });
		expect(properties.date).toStrictEqual({ kind: 'date', date: '2026-11-28', time: '10:30' });
		expect(properties.knows).toStrictEqual({ kind: 'list', items: [{ kind: 'link', link: { target: 'Ana Ruiz', isLink: true } }, { kind: 'text', text: 'Ben' }, { kind: 'number', value: 3 }, { kind: 'null' }] });
		expectSameAsWalk(text);
	});

	it('leaves keys that differ only in case, `__PROTO__` and lists past the node cap to the walk', () => {
		const cases = ['Type: person\ntype: other', '__PROTO__: 1\nname: x', `big:\n${Array.from({ length: FRONT_MATTER_NODE_CAP + 1 }, (_, i) => `  - ${i}`).join('\n')}`];
		for (const text of cases) expectSameAsWalk(text);
		expect(parseFrontMatterYaml(cases[0]).properties.type).toStrictEqual({ kind: 'text', text: 'person' });
		expect(Object.prototype.hasOwnProperty.call(parseFrontMatterYaml(cases[1]).properties, '__proto__')).toBe(true);
		expect(parseFrontMatterYaml(cases[2]).problems).toHaveLength(1);
	});

	it('agrees with the walk on glued key lines', () => {
		const key = fc.constantFrom('type', 'Type', 'person', 'date', 'aliases', '__PROTO__', 'a b', '2024', 'knows');
		const value = fc.constantFrom('', ' person', ' "[[Jo]]"', ' [[Jo]]', ' 2026-11-28', ' 2026-11-28T10:30', ' 12', ' -0.5', ' true', ' ~', ' [a, "b", 3]', ' []', "\n  - x\n  - 'y'", ' a: b', ' Jo # c');
		fc.assert(fc.property(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }), (pairs) => {
			expectSameAsWalk(pairs.map(([k, v]) => `${k}:${v}`).join('\n'));
		}), { numRuns: 2000 });
	});
});
