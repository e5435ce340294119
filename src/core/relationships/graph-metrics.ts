/**
 * Metrics of the relationship graph, kept per graph: ties per person, people with no ties, and
 * connectors. A connector is a person whose removal splits their group into two or more parts of
 * at least {@link CONNECTOR_MIN_PART} people each: the one link between circles of coworkers. A hub
 * whose other contacts know nobody else is not one (removing them leaves only lone people), so on
 * a well-knit workplace the list stays short enough to mean something. Found with one depth-first
 * search (articulation points, Hopcroft–Tarjan), O(nodes + edges): cheap enough for the map to
 * compute on open. Betweenness (O(nodes × edges), about a second at 2,000 people) is a separate,
 * lazy measure, {@link measureBetweenness}, used by the CLI's JSON only.
 */
import { runSteps, type Steps } from '../steps';
import type { RelationshipGraph } from './graph-types';

/** A connector and how many people would be cut off from the largest remaining part without them. */
export interface Connector {
	readonly id: string;
	readonly separates: number;
}

/** The metrics of one graph. */
export interface GraphMetrics {
	/** Node id → number of distinct other nodes it shares any edge with. */
	readonly ties: ReadonlyMap<string, number>;
	/** Ids of nodes with no ties, sorted. */
	readonly isolated: readonly string[];
	/** Connectors, most people separated first (ties by id). */
	readonly connectors: readonly Connector[];
}

/** The smallest part, in people, that counts when a connector's removal splits a group. */
export const CONNECTOR_MIN_PART = 2;

/** Undirected adjacency in one flat array (CSR), self-loops and duplicate edges dropped. */
interface Adjacency {
	readonly offsets: Int32Array;
	readonly adjacency: Int32Array;
}

const adjacencies = new WeakMap<RelationshipGraph, Adjacency>();

/** Edges (or nodes) handled between two pause points of the stepped metrics. */
const ITEMS_PER_STEP = 1000;

function* adjacencyOf(graph: RelationshipGraph): Steps<Adjacency> {
	const cached = adjacencies.get(graph);
	if (cached) return cached;
	let done = 0;
	const n = graph.nodes.length;
	const indexOf = new Map<string, number>();
	graph.nodes.forEach((node, i) => indexOf.set(node.id, i));
	const neighbourSets: Set<number>[] = graph.nodes.map(() => new Set<number>());
	for (const edge of graph.edges) {
		if (++done % ITEMS_PER_STEP === 0) yield undefined;
		const a = indexOf.get(edge.from);
		const b = indexOf.get(edge.to);
		if (a === undefined || b === undefined || a === b) continue;
		neighbourSets[a].add(b);
		neighbourSets[b].add(a);
	}
	// Index loops over one flat array are several times faster than per-node arrays.
	const offsets = new Int32Array(n + 1);
	neighbourSets.forEach((set, i) => (offsets[i + 1] = offsets[i] + set.size));
	const adjacency = new Int32Array(offsets[n]);
	neighbourSets.forEach((set, i) => adjacency.set([...set].sort((x, y) => x - y), offsets[i]));
	const built = { offsets, adjacency };
	adjacencies.set(graph, built);
	return built;
}

const cache = new WeakMap<RelationshipGraph, GraphMetrics>();

/** The metrics of a graph, computed on first call (linear time) and kept for as long as the graph lives. */
export function measureGraph(graph: RelationshipGraph): GraphMetrics {
	return runSteps(measureGraphSteps(graph));
}

/** {@link measureGraph} in steps (issue 15): returns at once, without yielding, when measured before. */
export function* measureGraphSteps(graph: RelationshipGraph): Steps<GraphMetrics> {
	let metrics = cache.get(graph);
	if (!metrics) {
		metrics = yield* computeMetrics(graph);
		cache.set(graph, metrics);
	}
	return metrics;
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function* computeMetrics(graph: RelationshipGraph): Steps<GraphMetrics> {
	const n = graph.nodes.length;
	const { offsets, adjacency } = yield* adjacencyOf(graph);
	let done = 0;
	const ties = new Map<string, number>();
	const isolated: string[] = [];
	graph.nodes.forEach((node, i) => {
		const degree = offsets[i + 1] - offsets[i];
		ties.set(node.id, degree);
		if (degree === 0) isolated.push(node.id);
	});
	isolated.sort(compareIds);

	// Iterative depth-first search (a long chain of people must not overflow the stack).
	const discovered = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const size = new Int32Array(n);
	const parent = new Int32Array(n).fill(-1);
	const cursor = new Int32Array(n);
	const stack = new Int32Array(n);
	/** Per node: sizes of the child subtrees that only it connects to the rest. */
	const cutOff = new Map<number, number[]>();
	const connectors: Connector[] = [];
	let time = 0;
	for (let root = 0; root < n; root++) {
		if (discovered[root] >= 0 || offsets[root + 1] === offsets[root]) continue;
		let top = 0;
		stack[top++] = root;
		discovered[root] = low[root] = time++;
		size[root] = 1;
		cursor[root] = offsets[root];
		const component: number[] = [root];
		while (top > 0) {
			if (++done % ITEMS_PER_STEP === 0) yield undefined;
			const v = stack[top - 1];
			if (cursor[v] < offsets[v + 1]) {
				const w = adjacency[cursor[v]++];
				if (discovered[w] < 0) {
					parent[w] = v;
					discovered[w] = low[w] = time++;
					size[w] = 1;
					cursor[w] = offsets[w];
					stack[top++] = w;
					component.push(w);
				} else if (w !== parent[v] && discovered[w] < low[v]) low[v] = discovered[w];
				continue;
			}
			top--;
			const p = parent[v];
			if (p < 0) continue;
			size[p] += size[v];
			if (low[v] < low[p]) low[p] = low[v];
			// Without p, v's subtree has no way back above p: it is cut off.
			if (low[v] >= discovered[p]) {
				const parts = cutOff.get(p);
				if (parts) parts.push(size[v]);
				else cutOff.set(p, [size[v]]);
			}
		}
		const total = size[root];
		for (const v of component) {
			const parts = cutOff.get(v);
			if (!parts) continue;
			const cut = parts.reduce((sum, part) => sum + part, 0);
			// The root has no part above it; anyone else keeps the rest of the group on that side.
			const all = v === root ? parts : [...parts, total - 1 - cut];
			if (all.filter((part) => part >= CONNECTOR_MIN_PART).length < 2) continue;
			const largest = Math.max(...all);
			connectors.push({ id: graph.nodes[v].id, separates: total - 1 - largest });
		}
	}
	connectors.sort((a, b) => b.separates - a.separates || compareIds(a.id, b.id));
	return { ties, isolated, connectors };
}

const betweennessCache = new WeakMap<RelationshipGraph, ReadonlyMap<string, number>>();

/**
 * Betweenness centrality (Brandes): node id → shortest paths between other pairs that pass through
 * it, each unordered pair once, undirected, every edge kind. O(nodes × edges): about a second at
 * 2,000 people, so only the CLI's JSON asks for it; kept per graph.
 */
export function measureBetweenness(graph: RelationshipGraph): ReadonlyMap<string, number> {
	const cached = betweennessCache.get(graph);
	if (cached) return cached;
	const n = graph.nodes.length;
	const { offsets, adjacency } = runSteps(adjacencyOf(graph));
	const centrality = new Float64Array(n);
	const sigma = new Float64Array(n);
	const distance = new Int32Array(n).fill(-1);
	const delta = new Float64Array(n);
	const order = new Int32Array(n);
	for (let s = 0; s < n; s++) {
		if (offsets[s + 1] === offsets[s]) continue;
		sigma[s] = 1;
		distance[s] = 0;
		let head = 0;
		let visited = 0;
		// `order` doubles as the BFS queue: nodes leave it in the order they were reached.
		order[visited++] = s;
		while (head < visited) {
			const v = order[head++];
			const next = distance[v] + 1;
			for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
				const w = adjacency[k];
				if (distance[w] < 0) {
					distance[w] = next;
					order[visited++] = w;
				}
				if (distance[w] === next) sigma[w] += sigma[v];
			}
		}
		// Predecessors are the neighbours one step closer, so no lists need keeping.
		for (let i = visited - 1; i > 0; i--) {
			const w = order[i];
			const closer = distance[w] - 1;
			const share = (1 + delta[w]) / sigma[w];
			for (let k = offsets[w], end = offsets[w + 1]; k < end; k++) {
				const v = adjacency[k];
				if (distance[v] === closer) delta[v] += sigma[v] * share;
			}
			centrality[w] += delta[w];
		}
		// Reset only what this search touched.
		for (let i = 0; i < visited; i++) {
			const v = order[i];
			sigma[v] = 0;
			distance[v] = -1;
			delta[v] = 0;
		}
	}
	const betweenness = new Map<string, number>();
	graph.nodes.forEach((node, i) => {
		// Each pair was counted from both ends; round away float noise so hand-computed values match.
		betweenness.set(node.id, Math.round((centrality[i] / 2) * 1e9) / 1e9);
	});
	betweennessCache.set(graph, betweenness);
	return betweenness;
}
