/**
 * The redaction step of the relationship graph (`--redact`, privacy mode): names become initials,
 * note paths are dropped and ids are renumbered, so nothing downstream (JSON, canvas ids, file
 * links) can carry a name. Workplace and department names are kept, except where one is also a
 * person's name: redaction wins.
 */
import type { NameMatcher } from '../redaction/name-matcher';
import type { GraphEdge, GraphNode, RelationshipGraph } from './graph-types';

/** The graph with every name redacted; same shape, nodes `n1…` and edges `e1…` in the same order. */
export function redactGraph(graph: RelationshipGraph, redactor: NameMatcher): RelationshipGraph {
	const ids = new Map<string, string>();
	graph.nodes.forEach((node, i) => ids.set(node.id, `n${i + 1}`));
	const redactText = (text: string | undefined): string | undefined => (text === undefined ? undefined : redactor.redact(text));
	const nodes = graph.nodes.map(
		(node): GraphNode => ({
			...node,
			id: ids.get(node.id) ?? node.id,
			name: redactor.labelOf(node.name),
			kind: node.kind,
			path: undefined,
			aliases: [],
			role: redactText(node.role),
			workplace: redactText(node.workplace),
			department: redactText(node.department),
			status: redactText(node.status),
		}),
	);
	const edges = graph.edges.map(
		(edge, i): GraphEdge => ({ ...edge, id: `e${i + 1}`, from: ids.get(edge.from) ?? edge.from, to: ids.get(edge.to) ?? edge.to }),
	);
	return { nodes, edges };
}
