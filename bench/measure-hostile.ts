/**
 * Hostile notes (issue 15; the tests in tests/core read them untimed): each is parsed as a 1-on-1 and
 * timed; the bench reports the worst milliseconds per megabyte, which stays flat only when every
 * step is linear.
 */
import { parseNote } from '../src/core/note-parser';

const HEAD = '---\ntype: one-on-one\nperson: "[[Ana Ruiz]]"\ndate: 2026-11-28\n---\n';

/** The hostile inputs: label → note text. */
export function hostileNotes(): ReadonlyArray<readonly [string, string]> {
	const tableRows = Array.from({ length: 20_000 }, (_, i) => `| [[Person ${i % 50}]] | - [ ] cell ${i} | \`code\` | %% c %% |`);
	return [
		['5 MB line of [', `${HEAD}${'['.repeat(5_000_000)}\n`],
		['20,000-row table', `${HEAD}| a | b | c | d |\n|---|---|---|---|\n${tableRows.join('\n')}\n`],
		['10,000 nested list levels', `${HEAD}${'- '.repeat(10_000)}[ ] a\n`],
		['0.2 MB roster of [[a]]', `${HEAD}${'[[a]] '.repeat(35_000)}\n`],
		['quoted task + 20,000 lazy lines', `${HEAD}> - [ ] a\n${'b\n'.repeat(20_000)}`],
		['40,000 > on one line', `${HEAD}${'>'.repeat(40_000)} - [ ] a\n`],
		['%%<!-- x40,000 on one line', `${HEAD}x ${'%%<!--'.repeat(40_000)}\n`],
		['task + <!-- x40,000 on one line', `${HEAD}- [ ] note ${'<!--'.repeat(40_000)}\n`],
		['5 MB of *a_', `${HEAD}${'*a_'.repeat(1_700_000)}\n`],
		['5 MB task of [a:: ', `${HEAD}- [ ] ${'[a:: '.repeat(1_000_000)}\n`],
		['20,000 nested - then * on a line each', `${HEAD}${'- '.repeat(20_000)}x\n${'* '.repeat(20_000)}\n`],
		['1 MB task line', `${HEAD}- [ ] ${'word '.repeat(200_000)}📅 2026-12-03 ^id\n`],
	];
}

/** Parses each hostile note (best of three) and returns its ms per MB and the path that read it. */
export function measureHostile(): Array<{ readonly label: string; readonly mb: number; readonly ms: number; readonly msPerMb: number; readonly path: string }> {
	return hostileNotes().map(([label, text]) => {
		let best = Number.POSITIVE_INFINITY;
		let path = '';
		for (let i = 0; i < 3; i++) {
			const t = performance.now();
			path = parseNote('1-on-1s/2026-11-28 Hostile.md', text).parsePath;
			best = Math.min(best, performance.now() - t);
		}
		const mb = text.length / 1024 / 1024;
		return { label, mb, ms: best, msPerMb: best / mb, path };
	});
}
