/**
 * Setup file of the `unit` project: every fast-check property runs from one fixed seed, so a run
 * of the suite is the same on every machine and a CI run cannot fail on a rare draw that the
 * author's runs never met. Exploring is a local, deliberate act: `FC_SEED=<n>` picks another
 * seed, `FC_SEED=random` a fresh one per property (fast-check prints the seed of a failure, and
 * its counterexample belongs in the test as a fixed case).
 */
import fc from 'fast-check';

/** The seed of every property when FC_SEED is unset. */
const DEFAULT_SEED = 20_261_201;

const chosen = process.env.FC_SEED;
if (chosen !== 'random') {
	const seed = chosen === undefined || chosen === '' ? DEFAULT_SEED : Number(chosen);
	if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${chosen}`);
	fc.configureGlobal({ seed });
}
