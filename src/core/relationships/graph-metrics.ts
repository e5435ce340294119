/**
 * Metrics of the relationship graph, computed only when asked (the map's side panel, the CLI) and
 * kept per graph: ties per person, people with no ties, and connectors — people on the shortest
 * paths between others (betweenness centrality, Brandes' algorithm; O(nodes × edges), fine for a
 * few thousand people).
 */
import type { RelationshipGraph } from './graph-types';

/** The metrics of one graph. */
export interface GraphMetrics {
	/** Node id → number of distinct other nodes it shares any edge with. */
	readonly ties: ReadonlyMap<string, number>;
	/** Ids of nodes with no ties, sorted. */
	readonly isolated: readonly string[];
	/** Node id → betweenness (each unordered pair of other nodes counted once; undirected). */
	readonly betweenness: ReadonlyMap<string, number>;
	/** Nodes with betweenness > 0, highest first (ties by id). */
	readonly connectors: readonly { readonly id: string; readonly betweenness: number }[];
}

const cache = new WeakMap<RelationshipGraph, GraphMetrics>();

/** The metrics of a graph, computed on first call and kept for as long as the graph lives. */
export function measureGraph(graph: RelationshipGraph): GraphMetrics {
	let metrics = cache.get(graph);
	if (!metrics) {
		metrics = computeMetrics(graph);
		cache.set(graph, metrics);
	}
	return metrics;
}

function computeMetrics(graph: RelationshipGraph): GraphMetrics {
	const n = graph.nodes.length;
	const indexOf = new Map<string, number>();
	graph.nodes.forEach((node, i) => indexOf.set(node.id, i));
	const neighbourSets: Set<number>[] = graph.nodes.map(() => new Set<number>());
	for (const edge of graph.edges) {
		const a = indexOf.get(edge.from);
		const b = indexOf.get(edge.to);
		if (a === undefined || b === undefined || a === b) continue;
		neighbourSets[a].add(b);
		neighbourSets[b].add(a);
	}
	// Adjacency in one flat array (CSR): index loops over it are several times faster than
	// iterating per-node arrays, which matters for Brandes' n breadth-first searches.
	const offsets = new Int32Array(n + 1);
	neighbourSets.forEach((set, i) => (offsets[i + 1] = offsets[i] + set.size));
	const adjacency = new Int32Array(offsets[n]);
	neighbourSets.forEach((set, i) => adjacency.set([...set].sort((x, y) => x - y), offsets[i]));
	const ties = new Map<string, number>();
	const isolated: string[] = [];
	graph.nodes.forEach((node, i) => {
		const degree = offsets[i + 1] - offsets[i];
		ties.set(node.id, degree);
		if (degree === 0) isolated.push(node.id);
	});

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
	const connectors: { id: string; betweenness: number }[] = [];
	graph.nodes.forEach((node, i) => {
		// Each pair was counted from both ends; round away float noise so hand-computed values match.
		const value = Math.round((centrality[i] / 2) * 1e9) / 1e9;
		betweenness.set(node.id, value);
		if (value > 0) connectors.push({ id: node.id, betweenness: value });
	});
	connectors.sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { ties, isolated, betweenness, connectors };
}
