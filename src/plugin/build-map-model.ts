/**
 * The map's model, built in steps (issue 15: in one go it held the main thread 25–40 ms at 2,000
 * people): the scope laid out with the positions already known kept, then the people and ties the
 * filters let through, as `map-render.ts` draws them.
 */
import type { Steps } from '../core/steps';
import { computeLayout, labelEdge, unitKeyOf, type GraphMetrics } from '../core/relationships';
import { edgeKindOf, isInScope, isNodeShown, placeNode, type MapFilters, type MapScope } from '../core/relationships/map-model';
import { keepPositions, type PlacedBox } from '../core/relationships/stable-layout';
import type { Settings } from '../settings';
import type { DrawnEdge, DrawnNode } from './map-render';
import type { MapData } from './read-map-graph';

/** People or ties handled between two pause points of a drawing's layout. */
const ITEMS_PER_STEP = 500;

/** The scope laid out: the graph indices of the people in it, and positions by graph node id. */
export interface PlacedScope {
	readonly inScope: readonly number[];
	readonly positions: Map<string, PlacedBox>;
}

/** What is drawn: the nodes and edges, each node's graph index, and each drawn node's place by id. */
export interface BuiltMapModel {
	readonly nodes: DrawnNode[];
	readonly edges: DrawnEdge[];
	readonly drawnIndex: number[];
	readonly drawnAt: ReadonlyMap<string, number>;
}

/**
 * Lays out the people in `scope`, keeping the positions in `known` (people already on the map stay
 * where they are); each `yield` is a pause point.
 */
export function* placeScopeSteps(data: MapData, scope: MapScope, known: ReadonlyMap<string, PlacedBox>): Steps<PlacedScope> {
	const { graph, shown } = data;
	const inScope: number[] = [];
	shown.nodes.forEach((node, i) => {
		if (isInScope(node, scope)) inScope.push(i);
	});
	const fresh = new Map<string, PlacedBox>();
	yield undefined;
	const layout = computeLayout(inScope.map((i) => shown.nodes[i]));
	yield undefined;
	for (const i of inScope) {
		const box = layout.positions.get(shown.nodes[i].id);
		if (box) fresh.set(graph.nodes[i].id, { box, unit: unitKeyOf(shown.nodes[i]) });
	}
	return { inScope, positions: keepPositions(known, fresh) };
}

/**
 * The nodes and ties to draw: the placed people the filters show (in privacy mode with their shown
 * names), the ties between two drawn people whose kind is not hidden; each `yield` is a pause point.
 */
export function* buildMapModelSteps(data: MapData, inScope: readonly number[], positions: ReadonlyMap<string, PlacedBox>, metrics: GraphMetrics, filters: MapFilters, settings: Settings): Steps<BuiltMapModel> {
	const { graph, shown } = data;
	const connectors = new Set(metrics.connectors.map((c) => c.id));
	const drawnAt = new Map<string, number>();
	const nodes: DrawnNode[] = [];
	const drawnIndex: number[] = [];
	let work = 0;
	for (const i of inScope) {
		if (++work % ITEMS_PER_STEP === 0) yield undefined;
		const node = shown.nodes[i];
		const id = graph.nodes[i].id;
		const placed = positions.get(id);
		if (!placed || !isNodeShown(node, filters)) continue;
		const ties = metrics.ties.get(id) ?? 0;
		drawnAt.set(id, nodes.length);
		drawnIndex.push(i);
		nodes.push({
			index: i,
			name: node.name,
			geometry: placeNode(placed.box, ties, node.name),
			assessment: node.assessment,
			assessmentLabel: node.assessment === undefined ? undefined : settings.assessmentLabels[String(node.assessment) as keyof Settings['assessmentLabels']],
			unresolved: node.kind === 'unresolved',
			connector: connectors.has(id),
			isolated: ties === 0,
			ties,
		});
	}
	const edges: DrawnEdge[] = [];
	for (const edge of graph.edges) {
		if (++work % ITEMS_PER_STEP === 0) yield undefined;
		const from = drawnAt.get(edge.from);
		const to = drawnAt.get(edge.to);
		if (from === undefined || to === undefined || filters.hiddenEdgeKinds.has(edgeKindOf(edge))) continue;
		const directed = edge.kind === 'talks' || (edge.kind === 'relation' && !edge.symmetric);
		edges.push({ from, to, label: labelEdge(edge), kind: edge.kind, directed });
	}
	return { nodes, edges, drawnIndex, drawnAt };
}
