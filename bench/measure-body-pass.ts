/**
 * The note parser over a real generated vault held in memory (issue 15, "one pass over the body"):
 * CPU time of parsing every note, cold (the first pass) and warm, with the settings' default
 * folders, and a digest of all facts so two builds can be compared for identical output.
 * `--body`: only the body pass (split, block scan, body facts) of the 1-on-1s and person notes.
 * `--reference`: the body facts read by the test-only reference of 15a3965 (tests/core/body-reference,
 * over today's scanner and syntax helpers), for A/B runs in one load.
 * Run: npx tsx bench/measure-body-pass.ts [vault folder] [passes] [--body] [--reference]
 * For steadier numbers bundle it first (tsx adds its loader and a `__name` call per closure):
 * npx esbuild bench/measure-body-pass.ts --bundle --platform=node --format=esm --outfile=/tmp/b.mjs && node /tmp/b.mjs
 *
 * Issue 15, 10k realistic vault, 2 loaded cores (CPU ms, cold pass / warm pass, interleaved runs):
 * body pass at 15a3965 ~1300–1600 / ~620–850; after the one-pass rewrite ~940–1070 / ~410–540.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SECTION_NAMES, parseNote, splitLines } from '../src/core/note-parser';
import { findFrontMatter } from '../src/core/frontmatter';
import { scanBlocksFast } from '../src/core/parse-fast';
import { readBodyFacts } from '../src/core/note-body';
import type { BodyFacts } from '../src/core/note-body';
import { readBodyFacts as readBodyFactsBefore } from '../tests/core/body-reference/note-body';
import type { NoteFacts } from '../src/core/model';
import { DEFAULT_SETTINGS } from '../src/settings';
import { toParseOptions } from '../src/core/note-parser';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const readFacts = process.argv.includes('--reference') ? readBodyFactsBefore : readBodyFacts;
const bodyOnly = process.argv.includes('--body');
const vault = args[0] ?? '/work/main/bench-vaults/realistic-10000';
const passes = Number(args[1] ?? 3);

function listNotes(folder: string, out: string[]): string[] {
	for (const name of readdirSync(folder).sort()) {
		const full = join(folder, name);
		if (statSync(full).isDirectory()) listNotes(full, out);
		else if (name.endsWith('.md')) out.push(full);
	}
	return out;
}

const notes = listNotes(vault, []).map((full) => ({ path: relative(vault, full), text: readFileSync(full, 'utf8') }));
const options = toParseOptions(DEFAULT_SETTINGS);
const talkOptions = { readCommitments: true, readOwnContent: true, readHeadings: false, readLinks: true, readInlineFields: false, sectionNames: DEFAULT_SECTION_NAMES };
const personOptions = { readCommitments: false, readOwnContent: false, readHeadings: false, readLinks: false, readInlineFields: true, sectionNames: DEFAULT_SECTION_NAMES };

/** The body pass alone, as parseNote runs it for the note's kind (told by its folder here). */
function readBody(path: string, text: string): BodyFacts | undefined {
	const bodyOptions = path.startsWith('1-on-1s/') ? talkOptions : path.startsWith('People/') ? personOptions : undefined;
	if (bodyOptions === undefined) return undefined;
	const lines = splitLines(text);
	const block = findFrontMatter(lines);
	const bodyStart = block.kind === 'none' ? 0 : block.closeLine + 1;
	const bodyLines = lines.slice();
	for (let index = 0; index < bodyStart; index++) bodyLines[index] = '';
	return readFacts(bodyLines, scanBlocksFast(bodyLines, bodyStart).structure, bodyOptions);
}

for (let pass = 0; bodyOnly && pass < passes; pass++) {
	const cpu = process.cpuUsage();
	const facts: Array<BodyFacts | undefined> = [];
	for (const note of notes) facts.push(readBody(note.path, note.text));
	const usage = process.cpuUsage(cpu);
	const ms = (usage.user + usage.system) / 1000;
	const digest = pass === 0 ? `, facts ${createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16)}` : '';
	console.log(`body pass ${pass + 1}: cpu ${ms.toFixed(0)} ms (system ${(usage.system / 1000).toFixed(0)})${digest}`);
}
for (let pass = 0; !bodyOnly && pass < passes; pass++) {
	const cpu = process.cpuUsage();
	const facts: NoteFacts[] = [];
	for (const note of notes) facts.push(parseNote(note.path, note.text, options));
	const usage = process.cpuUsage(cpu);
	const ms = (usage.user + usage.system) / 1000;
	const digest = pass === 0 ? `, facts ${createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16)}` : '';
	console.log(`pass ${pass + 1}: parse cpu ${ms.toFixed(0)} ms${digest}`);
}
