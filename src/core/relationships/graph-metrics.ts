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
	const neighbours = neighbourSets.map((set) => Int32Array.from([...set].sort((x, y) => x - y)));
	const ties = new Map<string, number>();
	const isolated: string[] = [];
	graph.nodes.forEach((node, i) => {
		ties.set(node.id, neighbours[i].length);
		if (neighbours[i].length === 0) isolated.push(node.id);
	});

	const centrality = new Float64Array(n);
	const sigma = new Float64Array(n);
	const distance = new Int32Array(n);
	const delta = new Float64Array(n);
	const order = new Int32Array(n);
	const queue = new Int32Array(n);
	for (let s = 0; s < n; s++) {
		if (neighbours[s].length === 0) continue;
		sigma.fill(0);
		distance.fill(-1);
		delta.fill(0);
		sigma[s] = 1;
		distance[s] = 0;
		let head = 0;
		let tail = 0;
		let visited = 0;
		queue[tail++] = s;
		while (head < tail) {
			const v = queue[head++];
			order[visited++] = v;
			for (const w of neighbours[v]) {
				if (distance[w] < 0) {
					distance[w] = distance[v] + 1;
					queue[tail++] = w;
				}
				if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
			}
		}
		// Predecessors are the neighbours one step closer, so no lists need keeping.
		for (let i = visited - 1; i > 0; i--) {
			const w = order[i];
			for (const v of neighbours[w]) {
				if (distance[v] === distance[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
			}
			centrality[w] += delta[w];
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
