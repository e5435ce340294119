/**
 * Running a stepped computation in slices (issue 15): it finishes at once when it fits in a slice,
 * pauses between slices otherwise, and a cancelled or stale run never reports a result.
 */
import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../src/plugin/sliced-run';

/** Counts to `n`, one step per number, recording how far it got. */
function* countTo(n: number, reached: number[]): Generator<undefined, number, undefined> {
	for (let i = 1; i <= n; i++) {
		reached.push(i);
		yield undefined;
	}
	return n;
}

describe('runInSlices', () => {
	it('gives the result before it returns when the work fits in the first slice', () => {
		const results: number[] = [];
		const run = runInSlices(countTo(3, []), { onDone: (value) => results.push(value), budgetMs: 60_000 });
		expect(run.finished).toBe(true);
		expect(results).toEqual([3]);
	});

	it('pauses between slices and gives the result once at the end', async () => {
		const results: number[] = [];
		const reached: number[] = [];
		// A budget of 0: a pause after every step.
		const run = runInSlices(countTo(3, reached), { onDone: (value) => results.push(value), budgetMs: 0 });
		expect(run.finished).toBe(false);
		expect(run.active).toBe(true);
		expect(reached).toEqual([1]);
		await run.settled;
		expect(run.finished).toBe(true);
		expect(run.active).toBe(false);
		expect(reached).toEqual([1, 2, 3]);
		expect(results).toEqual([3]);
	});

	it('stops at the next pause when cancelled, and never gives a result', async () => {
		const results: number[] = [];
		const reached: number[] = [];
		const run = runInSlices(countTo(5, reached), { onDone: (value) => results.push(value), budgetMs: 0 });
		run.cancel();
		await run.settled;
		expect(reached).toEqual([1]);
		expect(results).toEqual([]);
		expect(run.finished).toBe(false);
	});

	it('stops when its result went stale (a newer revision, a closed view)', async () => {
		const results: number[] = [];
		const reached: number[] = [];
		const run = runInSlices(countTo(5, reached), { onDone: (value) => results.push(value), isStale: () => reached.length >= 2, budgetMs: 0 });
		await run.settled;
		expect(reached).toEqual([1, 2]);
		expect(results).toEqual([]);
		expect(run.active).toBe(false);
	});

	it('reports a step that throws, and stops', async () => {
		const errors: unknown[] = [];
		function* failing(): Generator<undefined, number, undefined> {
			yield undefined;
			throw new Error('broken note');
		}
		const run = runInSlices(failing(), { onDone: () => undefined, onError: (error) => errors.push(error), budgetMs: 0 });
		await run.settled;
		expect(errors.map((error) => (error as Error).message)).toEqual(['broken note']);
		expect(run.finished).toBe(false);
	});
});
