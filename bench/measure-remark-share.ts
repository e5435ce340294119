/**
 * The share of a corpus the fast path sends to remark (DESIGN §6): by notes, and by parse time.
 * The corpora are read in place: `$RO_CORPUS_DIR`'s parent, else `shared/corpora` beside the project.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseNote } from '../src/core/note-parser';

/** The folder holding the corpora, or undefined when there is none. */
export function findCorpora(): string | undefined {
	if (process.env.RO_CORPUS_DIR) return dirname(process.env.RO_CORPUS_DIR);
	for (let dir = process.cwd(); ; dir = dirname(dir)) {
		const candidate = join(dir, '..', 'shared', 'corpora');
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) return undefined;
	}
}

function listMarkdown(folder: string): string[] {
	return readdirSync(folder).flatMap((entry) => {
		const full = join(folder, entry);
		if (statSync(full).isDirectory()) return listMarkdown(full);
		return entry.endsWith('.md') ? [full] : [];
	});
}

/** Notes of the corpus at `folder` sent to remark, of all notes, and the share of parse time they take. */
export function measureRemarkShare(folder: string): { readonly sent: number; readonly total: number; readonly timeShare: number } {
	const texts = listMarkdown(folder).map((file) => readFileSync(file, 'utf8'));
	// Every fact, as for a note whose body is read: an untyped note's body is otherwise not read at all.
	for (const text of texts) parseNote('n.md', text, { allFacts: true }); // warm up
	let sent = 0;
	let sentMs = 0;
	let allMs = 0;
	for (const text of texts) {
		const t = performance.now();
		const facts = parseNote('n.md', text, { allFacts: true });
		const ms = performance.now() - t;
		allMs += ms;
		if (facts.parsePath === 'remark') { sent++; sentMs += ms; }
	}
	return { sent, total: texts.length, timeShare: allMs === 0 ? 0 : sentMs / allMs };
}
