import { describe, expect, it } from 'vitest';
import { mergeFrontMatter } from '../../src/core/frontmatter-merge';

const template = '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-12-01\nkind: initial\nissues: []\n---\n## Agitate\n';

function merged(note: string, from = template): string {
	const result = mergeFrontMatter(note, from);
	if (result.kind !== 'merged') throw new Error(result.reason);
	return result.text;
}

describe('mergeFrontMatter', () => {
	it('adds the keys the note lacks, in the template\'s own words, after the note\'s keys', () => {
		expect(merged('---\ntags: [a]\n---\nBody\n')).toBe('---\ntags: [a]\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-12-01\nkind: initial\nissues: []\n---\nBody\n');
	});

	it('keeps the note\'s scalars, and its comments and quoting, byte for byte', () => {
		const note = "---\ndate: '2026-11-30' # met at lunch\nkind: debrief\ntype: one-on-one\nperson: [\"[[Maria Lopez]]\"]\nissues: []\n---\nBody";
		expect(merged(note)).toBe(note);
	});

	it('unions lists without duplicates, the note\'s items first (links compared case-insensitively)', () => {
		const note = '---\nperson:\n  - "[[Jo Chen]]"\n  - "[[maria lopez]]"\nissues: [Overtime]\n---\n';
		expect(merged(note, '---\nperson: ["[[Maria Lopez]]", "[[Ana Ruiz]]"]\nissues: ["[[Pay]]"]\n---\n')).toBe('---\nperson: ["[[Jo Chen]]", "[[maria lopez]]", "[[Ana Ruiz]]"]\nissues: [Overtime, "[[Pay]]"]\n---\n');
	});

	it('fills a key the note left empty, and keeps a scalar the note set over a template list', () => {
		expect(merged('---\nkind:\nperson: "[[Jo Chen]]"\n---\n', '---\nkind: initial\nperson: ["[[Maria Lopez]]"]\n---\n')).toBe('---\nkind: initial\nperson: "[[Jo Chen]]"\n---\n');
	});

	it('creates the block for a note without front matter', () => {
		const result = mergeFrontMatter('Just text', '---\ntype: person\n---\n');
		expect(result).toEqual({ kind: 'merged', block: '---\ntype: person\n---', text: '---\ntype: person\n---\nJust text' });
	});

	it('tells the caller which lines the new block replaces', () => {
		const result = mergeFrontMatter('---\na: 1\n---\nx', '---\nb: 2\n---\n');
		expect(result).toEqual({ kind: 'merged', block: '---\na: 1\nb: 2\n---', replaces: { fromLine: 0, toLine: 2 }, text: '---\na: 1\nb: 2\n---\nx' });
	});

	it('refuses malformed YAML, a list instead of properties, an unclosed block and JSON front matter, with a reason', () => {
		for (const note of ['---\nperson: [[[x\n---\n', '---\n- a\n- b\n---\n', '---\ntype: person\nno end', '---json\n{"a": 1}\n---\n']) {
			const result = mergeFrontMatter(note, template);
			expect(result.kind).toBe('refused');
			if (result.kind === 'refused') expect(result.reason).toMatch(/nothing was changed\.$/);
		}
	});

	it('re-writes the whole mapping when a key cannot be found by line (a flow mapping)', () => {
		expect(merged('---\n{kind: , tags: [a]}\n---\n', '---\nkind: initial\ntags: [b]\n---\n')).toBe('---\nkind: initial\ntags:\n  - a\n  - b\n---\n');
	});
});
