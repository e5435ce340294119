/**
 * The body pass against the reference it replaced (issue 15, "one pass over the body"): the
 * faster reading must produce the very same facts, key order included (the facts are copied and
 * stored as they come), on real vaults, on the generated bench vault and on mutated lines; and the
 * block scanner reads the structure it read before. The references are the earlier implementations
 * (commit 15a3965), kept verbatim in ./body-reference for this test only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTION_NAMES, splitLines } from '../../src/core/note-parser';
import { findFrontMatter } from '../../src/core/frontmatter';
import { scanBlocksFast } from '../../src/core/parse-fast';
import { scanBlocksRemark } from '../../src/core/parse-remark';
import type { BlockStructure } from '../../src/core/block-structure';
import { readBodyFacts, type BodyOptions } from '../../src/core/note-body';
import { parseCommitmentLine, TASK_CHECKBOX } from '../../src/core/commitment-line';
import { readBodyFacts as readBodyFactsBefore } from './body-reference/note-body';
import { parseCommitmentLine as parseCommitmentLineBefore } from './body-reference/commitment-line';
import { scanBlocksFast as scanBlocksFastBefore } from './body-reference/parse-fast';
import { generateVault } from '../../bench/generate-vault';
import { markdownNote } from './markdown-arbitrary';

const sectionNames = DEFAULT_SECTION_NAMES;
/** Every combination parseNote uses (1-on-1, person, all facts) and the defaults. */
const OPTION_SETS: readonly BodyOptions[] = [
	{ readCommitments: true, readOwnContent: true, readHeadings: false, readLinks: true, readInlineFields: false, sectionNames },
	{ readCommitments: false, readOwnContent: false, readHeadings: false, readLinks: false, readInlineFields: true, sectionNames },
	{ readCommitments: true, readOwnContent: true, readHeadings: true, readLinks: true, readInlineFields: true, sectionNames },
	{ readCommitments: false, readOwnContent: false, sectionNames },
	{ readCommitments: false, readHeadings: true, sectionNames },
	{ readCommitments: true, readOwnContent: false, readLinks: false, sectionNames },
];

function readBody(text: string): { bodyLines: string[]; bodyStart: number } {
	const lines = splitLines(text);
	const block = findFrontMatter(lines);
	const bodyStart = block.kind === 'none' ? 0 : block.closeLine + 1;
	return { bodyLines: lines.map((line, index) => (index < bodyStart ? '' : line)), bodyStart };
}

/** Both readings of one note under every option set, over the fast structure (and remark's when asked). */
function compareBodies(label: string, text: string, withRemark: boolean): void {
	const { bodyLines, bodyStart } = readBody(text);
	const scan = scanBlocksFast(bodyLines, bodyStart);
	expect(scan, `${label} (block scan)`).toStrictEqual(scanBlocksFastBefore(bodyLines, bodyStart));
	const structures: BlockStructure[] = [scan.structure];
	if (withRemark) structures.push(scanBlocksRemark(bodyLines, bodyStart));
	for (const structure of structures) {
		for (const options of OPTION_SETS) {
			const now = readBodyFacts(bodyLines, structure, options);
			const before = readBodyFactsBefore(bodyLines, structure, options);
			// The same facts, in the same key order (JSON), with the same undefined-valued keys (toStrictEqual).
			if (JSON.stringify(now) !== JSON.stringify(before)) expect(now, label).toStrictEqual(before);
			expect(JSON.stringify(now), label).toBe(JSON.stringify(before));
		}
	}
}

function listMarkdown(folder: string): string[] {
	return readdirSync(folder).sort().flatMap((entry) => {
		const full = join(folder, entry);
		if (statSync(full).isDirectory()) return listMarkdown(full);
		return entry.endsWith('.md') ? [full] : [];
	});
}

/** The shared corpora beside the project (or `$RO_CORPUS_DIR`'s parent), when present. */
function findCorpora(): string | undefined {
	if (process.env.RO_CORPUS_DIR) return dirname(process.env.RO_CORPUS_DIR);
	for (let dir = join(__dirname, '..', '..'); ; dir = dirname(dir)) {
		const candidate = join(dir, '..', 'shared', 'corpora');
		if (existsSync(join(candidate, 'obsidian-help-en'))) return candidate;
		if (dirname(dir) === dir) return undefined;
	}
}

// Task lines as people mistype them: odd spacing, every field format, comments and code around the marks.
const pad = fc.constantFrom('', '', ' ', '  ', '\t', '    ', '> ', '>', '> [!todo] ', '> > ', '>\t', '  - ');
const bullet = fc.constantFrom('-', '*', '+', '1.', '2)');
const gap = fc.constantFrom(' ', ' ', '  ', '\t', ' \t');
const box = fc.constantFrom(' ', 'x', 'X', '-', '/', '>', '?', '\t');
const token = fc.constantFrom(
	'talk', 'to', 'Jo', 'about', 'nights', 'Ünïcödé', '**bold**', '_it_', 'a*b', '', ' ', '\t', '\u00a0', '\u3000', '  ',
	'📅 2026-12-03', '📅2026-12-03', '📅  2026-1-5', '📅\t2026-12-03', '📅️ 2026-12-03', '📆 2026-12-04', '🗓️ 2026-12-05', '🗓 2026-02-30',
	'✅ 2026-11-30', '✅2026-11-30', '❌ 2026-11-29', '➕ 2026-11-20', '⏳ 2026-12-01', '⌛ 2026-12-02', '🛫 2026-12-06', '📅 20261203',
	'⏫', '⏫️', '🔺', '🔼', '🔽', '⏬', '🔁 every week', '🔁 every day when done', '🔁', '🆔 abc', '🆔 a_b-1', '⛔ abc, def', '⛔ x,y', '🏁 delete',
	'^block-1', '^x', ' ^id', '#tag', '#a/b', '#', '# x', '[due:: 2026-12-08]', '[due:: ]', '[ due :: 2026-12-08]', '(due:: 2026-12-08)',
	'(completion:: 2026-11-30)', '[cancelled:: 2026-11-29]', '[created:: 2026-02-30]', '[scheduled:: 2026-12-09]', '[start:: 2026-12-10]',
	'[owner:: [[Jo Chen]]]', '(owner:: Sam)', '[owner:: ]', '[priority:: high]', '[repeat:: every week]', '[repeat:: ]', '[id:: a1]',
	'[dependsOn:: a1]', '[onCompletion:: delete]', '[**Due**:: 2026-12-08]', '[key:: value]', 'key:: value', '::', '[[', ']]', '[', ']', '(', ')',
	'[[Maria Lopez]]', '[[Jo Chen|Jo]]', '[[Sam Rivera]]:', '[[Note#Heading]]', '![[image.png]]', '[[]]', '[[#x]]', '[[a\\|b]]',
	'%%', '%% note %%', '%% 📅 2026-12-03 %%', '%%[[Hidden]]%%', '%% [due:: 2026-12-08] %%', '<!-- c -->', '<!--', '-->', '<!-- [[Hidden]] -->',
	'`code`', '`📅 2026-12-03`', '`[[Coded]]`', '``a`b``', '`', '`%%`', '`[due:: 2026-12-08]`', '\uD83D', '\uFE0F', '\r', 'ro:carried-forward',
);
const taskText = fc.array(token, { maxLength: 10 }).map((parts) => parts.join(' '));
const taskLine = fc.tuple(pad, bullet, gap, box, fc.constantFrom(' ', '  ', '\t'), taskText)
	.map(([prefix, mark, space, status, after, text]) => `${prefix}${mark}${space}[${status}]${after}${text}`);
const otherLine = fc.oneof(
	taskText,
	taskText.map((text) => `## ${text}`),
	fc.constantFrom('## Organize', '## Agitate', '### **Uplift:**', '# Notes', '## organize #', '%% ro:carried-forward %%', '  %% /ro:carried-forward %%',
		'', '', '- ', '- [ ]', '> ', '---', '***', '```', '~~~', '%%', '<!--', '-->', 'Educate', '====', '| a | b |', '    indented [[Code]]', '1. [x]',
		'1234567890. [ ] a', '123456789) [ ] a', '0. [ ] a', '007) [x] b', '-\t[ ] a', '- [[]] a', '- [] a', '- [ab] a', '+ [ ]\t', '* [x]x', '- [x]  ', '1.x', '-x'),
);
const mutatedNote = fc.tuple(
	fc.constantFrom('', '---\ntype: one-on-one\n---\n', '---\ntype: person\n---\n'),
	fc.array(fc.oneof({ weight: 3, arbitrary: taskLine }, { weight: 2, arbitrary: otherLine }), { maxLength: 30 }),
	fc.constantFrom('\n', '\r\n', '\r'),
).map(([head, lines, newline]) => (head + lines.join('\n')).replace(/\n/g, newline));

describe('the body pass reads what it read before', () => {
	it('on the generated bench vault', () => {
		for (const note of generateVault(800, '2026-11-28', 7)) compareBodies(note.path, note.text, false);
	}, 120_000);

	it('on the Obsidian help vault and the Tasks sample vault', (context) => {
		const corpora = findCorpora();
		if (corpora === undefined) { context.skip(); return; }
		let count = 0;
		for (const name of ['obsidian-help-en', 'tasks-demo']) {
			const root = join(corpora, name);
			if (!existsSync(root)) continue;
			for (const file of listMarkdown(root)) { compareBodies(file, readFileSync(file, 'utf8'), false); count++; }
		}
		expect(count).toBeGreaterThan(100);
	}, 120_000);

	it('on generated Markdown, with the fast and remark structures', () => {
		fc.assert(fc.property(markdownNote, (text) => { compareBodies('generated', text, true); }), { numRuns: 400 });
	}, 120_000);

	it('on mutated task lines and the notes made of them', () => {
		fc.assert(fc.property(mutatedNote, (text) => { compareBodies('mutated', text, true); }), { numRuns: 600 });
	}, 120_000);

	it('parses each mutated task line as before, also past the 2,000-character tail', () => {
		const longText = fc.tuple(taskLine, fc.integer({ min: 1990, max: 2010 }), taskText).map(([line, size, tail]) => `${line}${'a '.repeat(size / 2)}x${tail}`);
		fc.assert(fc.property(fc.oneof(taskLine, longText), (raw) => {
			const match = TASK_CHECKBOX.exec(raw);
			if (match === null) return;
			const column = match[1].length;
			expect(parseCommitmentLine(raw, raw, raw, column, 3)).toStrictEqual(parseCommitmentLineBefore(raw, raw, raw, column, 3));
			expect(JSON.stringify(parseCommitmentLine(raw, raw, raw, column, 3))).toBe(JSON.stringify(parseCommitmentLineBefore(raw, raw, raw, column, 3)));
		}), { numRuns: 3000 });
	}, 120_000);
});
