/** Test builders for relationship graphs: nodes and edges by name, and seeded random graphs. */
import type { GraphEdge, GraphNode, RelationshipGraph } from '../../../src/core/relationships';
import { createRandom } from '../../../bench/generate-vault';

/** A person node with defaults; `id` is the name. */
export function node(name: string, extra: Partial<GraphNode> = {}): GraphNode {
	return { id: name, name, kind: 'note', path: `People/${name}.md`, aliases: [], organizer: false, you: false, heldTalks: 0, ...extra };
}

/** An undirected `knows` edge. */
export function knows(from: string, to: string): GraphEdge {
	return { kind: 'relation', id: `rel:knows:${from}--${to}`, from, to, relation: 'knows', reverse: 'knows', symmetric: true, statedAs: 'forward' };
}

/** A graph of nodes named in `names` and `knows` edges `[a, b]`. */
export function graphOf(names: readonly string[], pairs: readonly (readonly [string, string])[]): RelationshipGraph {
	return { nodes: names.map((name) => node(name)), edges: pairs.map(([a, b]) => knows(a, b)) };
}

/** A small deterministic PRNG (mulberry32): the bench generator's own. */
export const seededRandom = createRandom;

/** `count` people over a few workplaces and departments (some with neither), ids zero-padded. */
export function generatePeople(count: number, seed = 1): GraphNode[] {
	const random = seededRandom(seed);
	const workplaces = ['Warehouse 4', 'Mercy Valley Hospital', 'Maple Court', 'Depot 9'];
	const departments = ['Nights', 'Receiving', 'Loading dock', '4 West', 'Building A'];
	return Array.from({ length: count }, (_, i) => {
		const r = random();
		const workplace = r < 0.1 ? undefined : workplaces[Math.floor(random() * workplaces.length)];
		const department = r < 0.2 ? undefined : departments[Math.floor(random() * departments.length)];
		return node(`Person ${String(i).padStart(5, '0')}`, { workplace, department, assessment: 1 + Math.floor(random() * 5) });
	});
}

/** Shuffles a copy (Fisher–Yates with a seed). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const random = seededRandom(seed);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
