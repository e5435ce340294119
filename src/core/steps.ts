/**
 * Stepped computations (issue 15): a generator whose every `yield` is a point where a caller on
 * the main thread may pause for a macrotask, each step a bounded part of the work. The plugin runs
 * them in slices; the CLI and tests run them to the end with {@link runSteps}, so the stepped and
 * the plain build are one code path. (derive.ts has the same `runSteps`, for its own steps; the
 * chart and the graph use this one, which imports nothing, so no module imports the derivation.)
 */

/** A stepped computation that ends with a `T`. */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs a stepped computation to its end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done === true) return next.value;
	}
}
