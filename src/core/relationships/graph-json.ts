/**
 * The stable JSON shape of the graph for scripts (`relational-organizer graph --format json`),
 * documented in docs/graph.md. Absent values are `null`, so every key is always there.
 */
import type { CalendarDate } from '../model';
import { measureBetweenness, type GraphMetrics } from './graph-metrics';
import { labelEdge, type RelationshipGraph } from './graph-types';

export interface GraphNodeJson {
	readonly id: string;
	readonly name: string;
	readonly kind: 'note' | 'unresolved';
	readonly path: string | null;
	readonly aliases: readonly string[];
	readonly organizer: boolean;
	readonly you: boolean;
	readonly assessment: number | null;
	readonly role: string | null;
	readonly workplace: string | null;
	readonly department: string | null;
	readonly status: string | null;
	readonly heldTalks: number;
	readonly lastContact: CalendarDate | null;
	readonly ties: number;
	readonly betweenness: number;
}

export interface GraphEdgeJson {
	readonly kind: 'relation' | 'talks' | 'mentioned';
	readonly from: string;
	readonly to: string;
	readonly label: string;
	readonly directed: boolean;
	readonly relation: string | null;
	readonly reverse: string | null;
	readonly statedAs: 'forward' | 'reverse' | 'both' | null;
	readonly count: number | null;
	readonly lastDate: CalendarDate | null;
}

export interface GraphJson {
	readonly today: CalendarDate;
	readonly nodes: readonly GraphNodeJson[];
	readonly edges: readonly GraphEdgeJson[];
	readonly metrics: {
		readonly isolated: readonly string[];
		readonly connectors: readonly { readonly id: string; readonly separates: number; readonly betweenness: number }[];
	};
}

/** The graph and its metrics as the documented JSON (betweenness included: about a second at 2,000 people). */
export function toGraphJson(graph: RelationshipGraph, metrics: GraphMetrics, today: CalendarDate): GraphJson {
	const betweenness = measureBetweenness(graph);
	return {
		today,
		nodes: graph.nodes.map((node) => ({
			id: node.id,
			name: node.name,
			kind: node.kind,
			path: node.path ?? null,
			aliases: node.aliases,
			organizer: node.organizer,
			you: node.you,
			assessment: node.assessment ?? null,
			role: node.role ?? null,
			workplace: node.workplace ?? null,
			department: node.department ?? null,
			status: node.status ?? null,
			heldTalks: node.heldTalks,
			lastContact: node.lastContact ?? null,
			ties: metrics.ties.get(node.id) ?? 0,
			betweenness: betweenness.get(node.id) ?? 0,
		})),
		edges: graph.edges.map((edge) => ({
			kind: edge.kind,
			from: edge.from,
			to: edge.to,
			label: labelEdge(edge),
			directed: edge.kind === 'talks' || (edge.kind === 'relation' && !edge.symmetric),
			relation: edge.kind === 'relation' ? edge.relation : null,
			reverse: edge.kind === 'relation' ? edge.reverse : null,
			statedAs: edge.kind === 'relation' ? edge.statedAs : null,
			count: edge.kind === 'relation' ? null : edge.count,
			lastDate: edge.kind === 'talks' ? edge.lastDate : null,
		})),
		metrics: {
			isolated: metrics.isolated,
			connectors: metrics.connectors.map((c) => ({ id: c.id, separates: c.separates, betweenness: betweenness.get(c.id) ?? 0 })),
		},
	};
}
