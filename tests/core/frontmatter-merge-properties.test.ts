/**
 * DESIGN §4 for Insert 1-on-1 template, over random notes and templates: the merge changes nothing
 * but the front matter block, and in it the note's own values win (a list only gains items).
 */
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { mergeFrontMatter } from '../../src/core/frontmatter-merge';

const key = fc.constantFrom('person', 'date', 'organizer', 'tags', 'aliases', 'kind', 'Status', 'x-y', 'notes');
const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 4 }));
const mapping = fc.dictionary(key, value, { maxKeys: 5 });
/** Any body text, CRLF and fences included, that does not itself open a front matter block. */
const body = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '-', '#', ':', '[', ']', '<', '`', 'é'), maxLength: 60 }).filter((text) => !text.startsWith('---'));

const dumpBlock = (map: Record<string, unknown>): string => `---\n${yaml.dump(map, { schema: yaml.CORE_SCHEMA, lineWidth: -1 })}---`;
const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const lowerKeys = (map: Record<string, unknown>): Map<string, unknown> => new Map(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));

describe('template insert properties', () => {
	it('changes nothing outside the front matter, and keeps the note\'s own values', () => {
		fc.assert(
			fc.property(fc.option(mapping, { nil: undefined }), mapping, body, body, (noteMap, templateMap, noteBody, templateBody) => {
				const note = noteMap === undefined ? noteBody : `${dumpBlock(noteMap)}\n${noteBody}`;
				const template = `${dumpBlock(templateMap)}\n${templateBody}`;
				const result = mergeFrontMatter(note, template);
				if (result.kind !== 'merged') throw new Error(result.reason);
				// Outside the block: the note's bytes, exactly.
				expect(result.text.startsWith(`${result.block}\n`)).toBe(true);
				expect(result.text.slice(result.block.length + 1)).toBe(noteBody);
				// In it: each note value the note set stays (a list keeps its items first); the template fills the rest.
				const merged = lowerKeys(yaml.load(result.block.slice(4, -4), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> ?? {});
				const mine = lowerKeys(noteMap ?? {});
				for (const [k, v] of mine) {
					if (isEmpty(v)) continue;
					if (Array.isArray(v)) expect((merged.get(k) as unknown[]).slice(0, v.length)).toEqual(v);
					else expect(merged.get(k)).toEqual(v);
				}
				for (const [k, v] of lowerKeys(templateMap)) if (!mine.has(k) && !isEmpty(v)) expect(merged.get(k)).toEqual(v);
				for (const k of merged.keys()) expect(mine.has(k) || lowerKeys(templateMap).has(k)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('adds keys to a note whose properties are an empty {} (found by the property above)', () => {
		const result = mergeFrontMatter('---\n{}\n---\nbody\n', '---\nperson: []\n---\n');
		expect(result).toMatchObject({ kind: 'merged', text: '---\nperson: []\n---\nbody\n' });
	});
});
