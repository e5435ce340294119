/**
 * The fast path against remark (DESIGN §6): for every input the fast path is sure of, its facts
 * equal remark's. Commitments are compared on every note, as if each were a 1-on-1, so the corpus
 * (which has no organizing notes) still checks task structure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTION_NAMES, splitLines } from '../../src/core/note-parser';
import { findFrontMatter } from '../../src/core/frontmatter';
import { scanBlocksFast } from '../../src/core/parse-fast';
import { scanBlocksRemark } from '../../src/core/parse-remark';
import { readBodyFacts } from '../../src/core/note-body';
import { loadNoteFixtures } from './note-fixtures';
import { markdownNote } from './markdown-arbitrary';
import { parseAllFacts } from './parse-all-facts';

/**
 * The real vault of Obsidian's help notes, read in place: `$RO_CORPUS_DIR`, else `shared/corpora`
 * beside the project (DEVELOPERS: `../shared/corpora`) or beside any folder above it.
 */
function findCorpus(): string {
	if (process.env.RO_CORPUS_DIR) return process.env.RO_CORPUS_DIR;
	const projectRoot = join(__dirname, '..', '..');
	for (let dir = projectRoot; ; dir = dirname(dir)) {
		const candidate = join(dir, '..', 'shared', 'corpora', 'obsidian-help-en');
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) return join(projectRoot, '..', 'shared', 'corpora', 'obsidian-help-en');
	}
}
const corpusRoot = findCorpus();

function listMarkdown(folder: string): string[] {
	return readdirSync(folder).sort().flatMap((entry) => {
		const full = join(folder, entry);
		if (statSync(full).isDirectory()) return listMarkdown(full);
		return entry.endsWith('.md') ? [full] : [];
	});
}

/** Compares both paths on one note; returns false when the fast path would escalate it. */
function compareOne(path: string, text: string): boolean {
	const fast = parseAllFacts(path, text, { escalate: false });
	if (fast.parsePath !== 'fast') return false;
	const reference = parseAllFacts(path, text, { engine: 'remark' });
	expect({ ...fast, parsePath: 'remark' }, path).toEqual(reference);
	// The same bodies read with commitments on, whatever the note's type.
	const lines = splitLines(text);
	const block = findFrontMatter(lines);
	const bodyStart = block.kind === 'none' ? 0 : block.closeLine + 1;
	const bodyLines = lines.map((line, index) => (index < bodyStart ? '' : line));
	const options = { readCommitments: true, sectionNames: DEFAULT_SECTION_NAMES };
	const fastBody = readBodyFacts(bodyLines, scanBlocksFast(bodyLines, bodyStart).structure, options);
	const remarkBody = readBodyFacts(bodyLines, scanBlocksRemark(bodyLines, bodyStart), options);
	expect(fastBody, `${path} (as a 1-on-1)`).toEqual(remarkBody);
	return true;
}

function report(label: string, compared: number, total: number): number {
	const share = total === 0 ? 0 : compared / total;
	console.log(`differential ${label}: compared ${compared}/${total} (${(share * 100).toFixed(1)}%), escalated ${total - compared}`);
	return share;
}

describe('fast path ≡ remark', () => {
	it('agrees on every fixture it is sure of', () => {
		const fixtures = loadNoteFixtures();
		const compared = fixtures.filter((fixture) => compareOne(fixture.file, fixture.text)).length;
		report('fixtures', compared, fixtures.length);
		expect(compared).toBeGreaterThan(0);
	}, 60_000);

	it('agrees on the Obsidian help corpus (≥ 95% compared)', (context) => {
		if (!existsSync(corpusRoot)) {
			if (process.env.CI) throw new Error(`corpus missing at ${corpusRoot}`);
			console.warn(`differential corpus: skipped, ${corpusRoot} is missing`);
			context.skip();
			return;
		}
		const files = listMarkdown(corpusRoot);
		expect(files.length).toBeGreaterThan(100);
		let compared = 0;
		for (const file of files) {
			if (compareOne(relative(corpusRoot, file).split('\\').join('/'), readFileSync(file, 'utf8'))) compared++;
		}
		expect(report('corpus', compared, files.length)).toBeGreaterThanOrEqual(0.95);
	}, 120_000);

	// The Tasks plugin's sample vault: tasks in callouts, quotes, nested lists and code.
	it('agrees on the Tasks sample vault (≥ 80% compared)', (context) => {
		const tasksRoot = join(dirname(corpusRoot), 'tasks-demo');
		if (!existsSync(tasksRoot)) {
			if (process.env.CI && !process.env.RO_CORPUS_DIR) throw new Error(`corpus missing at ${tasksRoot}`);
			context.skip();
			return;
		}
		const files = listMarkdown(tasksRoot);
		let compared = 0;
		for (const file of files) {
			if (compareOne(relative(tasksRoot, file).split('\\').join('/'), readFileSync(file, 'utf8'))) compared++;
		}
		expect(report('tasks-demo', compared, files.length)).toBeGreaterThanOrEqual(0.8);
	}, 120_000);

	it('agrees on generated Markdown (≥ 50% compared)', () => {
		let compared = 0;
		let total = 0;
		fc.assert(fc.property(markdownNote, (text) => {
			total++;
			if (compareOne('1-on-1s/2026-11-28 Generated.md', text)) compared++;
		}), { numRuns: Number(process.env.RO_DIFFERENTIAL_RUNS ?? 1500) });
		expect(report('generated', compared, total)).toBeGreaterThanOrEqual(0.5);
	}, 300_000);
});
