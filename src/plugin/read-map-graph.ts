/**
 * The relationship map's data: the graph of an index for today, redacted in privacy mode, read in
 * steps and cached per index revision. The view draws `shown`; paths stay in `graph`.
 */
import { deriveDashboardSteps } from '../core/derive';
import { runSteps, type Steps } from '../core/steps';
import { RelationshipGraphCache, measureGraphSteps, redactGraph, type RelationshipGraph } from '../core/relationships';
import type { VaultIndex } from '../core/vault-index';
import type { Settings } from '../settings';
import { isSameGraphSteps } from './same-graph';

/** The graph as drawn: `shown` is `graph` redacted in privacy mode, node for node in the same order. */
export interface MapData {
	readonly index: VaultIndex;
	readonly graph: RelationshipGraph;
	readonly shown: RelationshipGraph;
	readonly privacy: boolean;
	/** In privacy mode, the matcher that redacted `shown`, for any other text the map shows (a Notice). */
	readonly redactText?: (text: string) => string;
}

const redactions = new WeakMap<RelationshipGraph, RelationshipGraph>();
const caches = new WeakMap<VaultIndex, RelationshipGraphCache>();

/** The graph of an index for today, redacted when asked (both cached per index revision). */
export function readMapGraph(index: VaultIndex, settings: Settings, today: string, privacy: boolean): MapData {
	return runSteps(readMapGraphSteps(index, settings, today, privacy));
}

/**
 * {@link readMapGraph} in steps (issue 15), and the graph's metrics measured: each `yield` is a
 * point where the view pauses for a macrotask when its slice's time is spent.
 */
function* readMapGraphSteps(index: VaultIndex, settings: Settings, today: string, privacy: boolean): Steps<MapData> {
	let cache = caches.get(index);
	if (!cache) {
		cache = new RelationshipGraphCache(index);
		caches.set(index, cache);
	}
	// The derivation (cached on the revision) already holds the people table and the one name
	// matcher: the graph reuses both, so the map's initials are the pane's.
	const derived = yield* deriveDashboardSteps(index, settings, today);
	const graph = yield* cache.getSteps(settings, today, derived.people);
	let shown = graph;
	if (privacy) {
		yield undefined;
		shown = redactions.get(graph) ?? redactGraph(graph, derived.redactor);
		redactions.set(graph, shown);
	}
	// Only in privacy mode: `redactor` is built when first read (every name of the vault, ~100 ms at 10k notes).
	return privacy ? { index, graph, shown, privacy, redactText: (text) => derived.redactor.redact(text) } : { index, graph, shown, privacy };
}

/**
 * The map's data and the graph's metrics, in steps. When the graph (and, in privacy mode, its
 * redacted copy) equals the one `drawn`, the drawn objects are kept: the view sees that nothing
 * changed and does not redraw (most edits touch no person and no tie).
 */
export function* prepareMapSteps(index: VaultIndex, settings: Settings, today: string, drawn: MapData | undefined): Steps<MapData> {
	const data = yield* readMapGraphSteps(index, settings, today, settings.privacyMode);
	yield undefined;
	if (drawn && drawn.privacy === data.privacy && (yield* isSameGraphSteps(drawn.graph, data.graph)) && (!data.privacy || (yield* isSameGraphSteps(drawn.shown, data.shown)))) {
		return { ...data, graph: drawn.graph, shown: drawn.shown };
	}
	yield* measureGraphSteps(data.graph);
	return data;
}
