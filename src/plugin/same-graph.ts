/**
 * Whether a freshly built relationship graph is the one already drawn (issue 15): most edits (a
 * commitment added or ticked, a talk's notes) change no person and no tie, and redrawing a
 * thousand-node map for them held the main thread for tens of milliseconds. Compared in steps, so
 * a large graph never holds it either.
 */
import type { Steps } from '../core/steps';
import type { RelationshipGraph } from '../core/relationships';

/** Nodes or edges compared per step. */
const PER_STEP = 400;

/** True when `a` and `b` hold equal plain data (the graph's values: primitives, arrays, objects). */
function isSameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	if (keysA.length !== Object.keys(b).length) return false;
	const recordA = a as Record<string, unknown>;
	const recordB = b as Record<string, unknown>;
	for (const key of keysA) {
		if (!Object.prototype.hasOwnProperty.call(recordB, key) || !isSameValue(recordA[key], recordB[key])) return false;
	}
	return true;
}

/** True when every item of `a` equals the one at its place in `b`, in steps. */
function* isSameList(a: readonly unknown[], b: readonly unknown[]): Steps<boolean> {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		if (i > 0 && i % PER_STEP === 0) yield undefined;
		if (!isSameValue(a[i], b[i])) return false;
	}
	return true;
}

/** Checks, in steps, whether graphs `a` and `b` have the same nodes and edges, in the same order. */
export function* isSameGraphSteps(a: RelationshipGraph, b: RelationshipGraph): Steps<boolean> {
	if (a === b) return true;
	if (!(yield* isSameList(a.nodes, b.nodes))) return false;
	return yield* isSameList(a.edges, b.edges);
}
