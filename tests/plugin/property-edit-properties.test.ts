/**
 * DESIGN §4 for property edits, over random person notes: the callback Log contact and Snooze pass
 * to `processFrontMatter` changes its one key, keeps every other key semantically equal and the
 * body byte for byte, and Undo's callback gives back the mapping the note had.
 */
import '../support/fast-check-seed';
import fc from 'fast-check';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { restoreFrontMatterValue, setFrontMatterValue, type Previous } from '../../src/plugin/actions/person-properties';
import { createFakeApp, TFile } from '../fake-obsidian/index';

const key = fc.constantFrom('type', 'last-contact', 'next-contact', 'assessment', 'aliases', 'Workplace', 'knows', 'notes');
const value = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.integer(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
	fc.dictionary(fc.constantFrom('a', 'b'), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);
/** Any body: CRLF, fences, `---` lines and front-matter-looking text included. */
const body = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '---', '- [ ] ', 'key: v', '#', 'é', '\t'), maxLength: 40 });

/** The mapping and body of a note, read as the fake's processFrontMatter reads it. */
function split(text: string): { map: Record<string, unknown>; body: string } {
	const match = /^---\r?\n([\s\S]*?)(?:\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return { map: {}, body: text };
	return { map: (load(match[1], { schema: CORE_SCHEMA }) ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

describe('property edit properties', () => {
	it('Log contact / Snooze change only their key and keep the body; Undo restores the mapping', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(key, value, { maxKeys: 6 }),
				body,
				fc.constantFrom('last-contact', 'next-contact'),
				fc.constantFrom('2026-11-29', '2027-01-05'),
				async (map, noteBody, edited, date) => {
					const note = `---\n${dump(map, { schema: CORE_SCHEMA, lineWidth: -1 })}---\n${noteBody}`;
					const original = split(note);
					const app = createFakeApp({ files: { 'People/Ana Ruiz.md': note } });
					const file = app.vault.getFileByPath('People/Ana Ruiz.md');
					if (!(file instanceof TFile)) throw new Error('no file');

					let previous: Previous = { present: false };
					await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
						previous = setFrontMatterValue(frontmatter, edited, date);
					});
					const after = split(await app.vault.read(file));
					expect(after.body).toBe(original.body);
					const { [edited]: written, ...others } = after.map;
					const { [edited]: had, ...originalOthers } = original.map;
					expect(written).toBe(date);
					expect(others).toEqual(originalOthers);
					expect(previous).toEqual(edited in original.map ? { present: true, value: had } : { present: false });

					let restored = false;
					await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
						restored = restoreFrontMatterValue(frontmatter, edited, date, previous);
					});
					const undone = split(await app.vault.read(file));
					expect(restored).toBe(true);
					expect(undone.body).toBe(original.body);
					expect(undone.map).toEqual(original.map);
				},
			),
			{ numRuns: 150 },
		);
	});

	it('Undo touches nothing when the key no longer holds what was written', () => {
		const frontmatter: Record<string, unknown> = { 'last-contact': '2026-12-01', type: 'person' };
		expect(restoreFrontMatterValue(frontmatter, 'last-contact', '2026-11-29', { present: false })).toBe(false);
		expect(frontmatter).toEqual({ 'last-contact': '2026-12-01', type: 'person' });
	});
});
