/**
 * Running a stepped computation (a generator whose every `yield` is a safe pause point, as the
 * core's `deriveDashboardSteps`) on the main thread without holding it for long (issue 15: no
 * stall over 50 ms). Steps run back to back until the slice's time budget is spent, then the run
 * waits one macrotask turn (`macrotask.ts`) so input, paint and timers get their turn.
 *
 * The first slice runs at once, in the caller's task: a computation that fits in it (a small vault,
 * a cached derivation) finishes before `runInSlices` returns, so the view renders synchronously as
 * it always did, and never flashes a "Preparing…" state.
 */
import { openMacrotaskYielder, type MacrotaskYielder } from './macrotask';

/**
 * Work per slice: under the 50 ms goal with room for the render that follows the last step, and
 * for the frame the browser lays out after a slice (at 20 ms the gaps measured 46–91 ms).
 */
export const SLICE_BUDGET_MS = 12;

/**
 * Work in the first slice, in the caller's task, by default: what a small vault's derivation and
 * render need to finish before `runInSlices` returns (so its pane never flashes "Preparing…").
 */
const FIRST_SLICE_BUDGET_MS = 10;

/** A run in progress (or finished). */
export interface SlicedRun {
	/** True once the computation reached its end and `onDone` was called. */
	readonly finished: boolean;
	/** True while the run may still call `onDone`: neither finished, cancelled, stale nor failed. */
	readonly active: boolean;
	/** Stops the run: no more steps, `onDone` is never called. Idempotent. */
	cancel(): void;
	/** Resolves when the run finished or was cancelled (never rejects: a throw is reported to `onError`). */
	readonly settled: Promise<void>;
}

/** What the run tells its caller. */
export interface SlicedRunHandlers<T> {
	/** Called once, with the result, in the task that ran the last step (unless cancelled or stale). */
	readonly onDone: (value: T) => void;
	/**
	 * Checked before every step after a pause: true when the result would be stale (a newer index
	 * revision, a closed view). The run then stops as if cancelled, and the caller's next render
	 * starts a fresh one.
	 */
	readonly isStale?: () => boolean;
	/** A step threw: the run stops. Defaults to rethrowing in a task of its own (the console shows it). */
	readonly onError?: (error: unknown) => void;
	/** Work per slice in ms (default {@link SLICE_BUDGET_MS}); the first slice, in the caller's task, gets half (10 ms by default). */
	readonly budgetMs?: number;
}

/** Starts `steps` in slices; see the module comment. */
export function runInSlices<T>(steps: Generator<undefined, T, undefined>, handlers: SlicedRunHandlers<T>): SlicedRun {
	const budget = handlers.budgetMs ?? SLICE_BUDGET_MS;
	const firstBudget = handlers.budgetMs === undefined ? FIRST_SLICE_BUDGET_MS : budget / 2;
	let cancelled = false;
	let finished = false;
	let yielder: MacrotaskYielder | undefined;
	const stop = (): void => {
		if (finished || cancelled) return;
		cancelled = true;
		// Lets the generator run its `finally` blocks, if any.
		try {
			steps.return(undefined as never);
		} catch {
			// A generator that throws while closing has nothing more to say.
		}
	};
	const fail = (error: unknown): void => {
		cancelled = true;
		if (handlers.onError) handlers.onError(error);
		else window.setTimeout(() => {
			throw error;
		}, 0);
	};
	/** The result, when the computation ended late in a slice: it is handed over in the next one. */
	let result: { value: T } | undefined;
	const finish = (value: T): true => {
		finished = true;
		handlers.onDone(value);
		return true;
	};
	/** Runs steps until the budget is spent; true when the computation ended. */
	const runSlice = (first: boolean): boolean => {
		if (result) return finish(result.value);
		const start = performance.now();
		// The first slice runs in the caller's task, after whatever it did (opening a view): less.
		const limit = first ? firstBudget : budget;
		for (;;) {
			const next = steps.next();
			if (next.done === true) {
				// What follows (moving the render in) gets a slice of its own when this one is half
				// spent, unless this is the first slice: work that fits in one renders before
				// `runInSlices` returns (a small vault, a cached derivation), as it always did.
				if (first || performance.now() - start < budget / 2) return finish(next.value);
				result = { value: next.value };
				return false;
			}
			if (performance.now() - start >= limit) return false;
		}
	};
	let ended: boolean;
	try {
		ended = runSlice(true);
	} catch (error) {
		fail(error);
		ended = true;
	}
	const run: { finished: boolean; active: boolean; cancel: () => void; settled: Promise<void> } = {
		get finished() {
			return finished;
		},
		get active() {
			return !finished && !cancelled;
		},
		cancel: stop,
		settled: Promise.resolve(),
	};
	if (ended) return run;
	run.settled = (async () => {
		yielder = openMacrotaskYielder();
		try {
			while (!cancelled) {
				await yielder.next();
				if (cancelled) return;
				if (handlers.isStale?.() === true) return stop();
				if (runSlice(false)) return;
			}
		} catch (error) {
			fail(error);
		} finally {
			yielder.close();
		}
	})();
	return run;
}
