/**
 * A stable sort in steps (issue 15: no main-thread stall over 50 ms): runs are sorted a slice at a
 * time and merged with a `yield` every few thousand comparisons. Same order as `Array.prototype.sort`
 * with the same comparator (both are stable), so a stepped build equals a one-go one.
 */

/** Items sorted in one run, and comparisons between two yields while merging (a few ms with the dashboard's comparators). */
const RUN = 256;
const MERGES_PER_STEP = 1024;

/** `items` sorted by `compare` (stable), in steps; `items` itself is left as it was or sorted in place when small. */
export function* sortInSteps<T>(items: T[], compare: (a: T, b: T) => number): Generator<undefined, T[], undefined> {
	if (items.length <= RUN) return items.sort(compare);
	let runs: T[][] = [];
	for (let i = 0; i < items.length; i += RUN) {
		runs.push(items.slice(i, i + RUN).sort(compare));
		yield undefined;
	}
	let work = 0;
	while (runs.length > 1) {
		const next: T[][] = [];
		for (let i = 0; i < runs.length; i += 2) {
			const a = runs[i];
			const b = runs[i + 1];
			if (b === undefined) {
				next.push(a);
				continue;
			}
			const out: T[] = [];
			let x = 0;
			let y = 0;
			// Ties go to the earlier run: that keeps the sort stable.
			while (x < a.length && y < b.length) {
				out.push(compare(b[y], a[x]) < 0 ? b[y++] : a[x++]);
				if (++work % MERGES_PER_STEP === 0) yield undefined;
			}
			while (x < a.length) out.push(a[x++]);
			while (y < b.length) out.push(b[y++]);
			next.push(out);
		}
		runs = next;
	}
	return runs[0];
}
