import { describe, expect, it } from 'vitest';
import { computeLayout, measureGraph, type Box, type GraphNode, type RelationshipGraph } from '../../../src/core/relationships';
import {
	BADGE_FONT_SIZE,
	BADGE_MIN_ZOOM,
	LABEL_MIN_ZOOM,
	LABEL_FONT_SIZE,
	chooseOpeningScope,
	estimateTextWidth,
	fitLabel,
	isNodeShown,
	placeNode,
	type NodeGeometry,
} from '../../../src/core/relationships/map-model';
import { keepPositions, type PlacedBox } from '../../../src/core/relationships/stable-layout';
import { generatePeople, knows, node, seededRandom } from './graph-builders';

function randomGraph(count: number, seed: number): RelationshipGraph {
	const people = generatePeople(count, seed).map((p, i) => (i % 7 === 0 ? { ...p, name: `${p.name} Wolfeschlegelsteinhausenbergerdorff` } : p));
	const random = seededRandom(seed + 1);
	const edges = people.flatMap((p) => Array.from({ length: 3 }, () => knows(p.id, people[Math.floor(random() * count)].id))).filter((e) => e.from !== e.to);
	return { nodes: people, edges };
}

function overlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Pairs of boxes that overlap (sweep over x, so 2,000 people stay quick). */
function overlappingPairs(boxes: readonly Box[]): [number, number][] {
	const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].x - boxes[b].x);
	const found: [number, number][] = [];
	for (let i = 0; i < order.length; i++) {
		const a = boxes[order[i]];
		for (let j = i + 1; j < order.length && boxes[order[j]].x < a.x + a.width; j++) {
			if (overlap(a, boxes[order[j]])) found.push([order[i], order[j]]);
		}
	}
	return found;
}

function shapeBox(g: NodeGeometry): Box {
	return { x: g.cx - g.r, y: g.cy - g.r, width: 2 * g.r, height: 2 * g.r };
}

/** The map's geometry for every node of a graph, from a position per id. */
function drawGeometry(graph: RelationshipGraph, positions: ReadonlyMap<string, Box>): NodeGeometry[] {
	const ties = measureGraph(graph).ties;
	return graph.nodes.map((n) => placeNode(positions.get(n.id)!, ties.get(n.id) ?? 0, n.name));
}

describe('map geometry', () => {
	for (const count of [200, 2000]) {
		it(`puts no two nodes and no two labels on top of each other at ${count} people`, () => {
			const graph = randomGraph(count, count);
			const geometry = drawGeometry(graph, computeLayout(graph.nodes).positions);
			// Map units: zooming scales every box by the same factor, so what holds here holds at any zoom.
			expect(overlappingPairs(geometry.map(shapeBox))).toEqual([]);
			expect(overlappingPairs(geometry.map((g) => g.labelBox))).toEqual([]);
			// Nor does a label cover another person's shape.
			expect(overlappingPairs(geometry.flatMap((g) => [shapeBox(g), g.labelBox])).filter(([a, b]) => Math.floor(a / 2) !== Math.floor(b / 2))).toEqual([]);
		});
	}

	it('keeps that true after people join an open map (kept positions plus new ones)', () => {
		const graph = randomGraph(2000, 5);
		const first = computeLayout(graph.nodes.slice(0, 1800));
		const previous = new Map<string, PlacedBox>([...first.positions].map(([id, box]) => [id, { box, unit: '' }]));
		const fresh = new Map<string, PlacedBox>([...computeLayout(graph.nodes).positions].map(([id, box]) => [id, { box, unit: '' }]));
		const merged = keepPositions(previous, fresh);
		for (const [id, placed] of previous) expect(merged.get(id)).toEqual(placed);
		const geometry = drawGeometry(graph, new Map([...merged].map(([id, p]) => [id, p.box])));
		expect(overlappingPairs(geometry.map(shapeBox))).toEqual([]);
		expect(overlappingPairs(geometry.map((g) => g.labelBox))).toEqual([]);
	});

	it('shortens a long name with an ellipsis to fit its cell', () => {
		const g = placeNode({ x: 0, y: 0, width: 260, height: 80 }, 0, 'Maria Wolfeschlegelsteinhausenbergerdorff-Lopez de la Cruz');
		expect(g.label.endsWith('…')).toBe(true);
		expect(g.labelBox.x).toBeGreaterThanOrEqual(0);
		expect(g.labelBox.x + g.labelBox.width).toBeLessThanOrEqual(260);
		expect(estimateTextWidth(g.label) * LABEL_FONT_SIZE).toBeLessThanOrEqual(248);
		expect(fitLabel('Jo Chen', 20)).toBe('Jo Chen');
	});

	it('grows the shape with ties, up to a cap', () => {
		const box = { x: 0, y: 0, width: 260, height: 80 };
		expect(placeNode(box, 0, 'A').r).toBe(13);
		expect(placeNode(box, 3, 'A').r).toBe(16);
		expect(placeNode(box, 200, 'A').r).toBe(22);
	});

	it('shows the assessment digit wherever names show, inside the smallest shape and clear of its label', () => {
		// The digit is the cue that is not colour: it must not vanish while names are readable.
		expect(BADGE_MIN_ZOOM).toBeLessThanOrEqual(LABEL_MIN_ZOOM);
		expect(BADGE_FONT_SIZE * BADGE_MIN_ZOOM).toBeGreaterThanOrEqual(7);
		const box = { x: 0, y: 0, width: 260, height: 80 };
		// A digit is about 0.6 em wide and 0.75 em tall: it fits in the smallest circle.
		expect(0.75 * BADGE_FONT_SIZE).toBeLessThan(2 * placeNode(box, 0, 'A').r - 4);
		const biggest = placeNode(box, 200, 'Jo Chen');
		expect(biggest.cy - biggest.r).toBeGreaterThanOrEqual(box.y);
		expect(biggest.cy + biggest.r).toBeLessThanOrEqual(biggest.labelBox.y);
	});
});

describe('map scope and filters', () => {
	it('opens on everyone up to 500 people, else on the largest workplace', () => {
		expect(chooseOpeningScope(generatePeople(500, 1))).toEqual({ kind: 'all' });
		const many: GraphNode[] = [
			...Array.from({ length: 300 }, (_, i) => node(`A${i}`, { workplace: 'Depot 9' })),
			...Array.from({ length: 301 }, (_, i) => node(`B${i}`, { workplace: 'Warehouse 4' })),
		];
		expect(chooseOpeningScope(many)).toEqual({ kind: 'workplace', workplace: 'Warehouse 4' });
	});

	it('hides inactive people and filters by assessment', () => {
		const filters = { hiddenEdgeKinds: new Set<string>(), assessment: { kind: 'any' as const }, hideInactive: true };
		expect(isNodeShown(node('A', { status: 'left' }), filters)).toBe(false);
		expect(isNodeShown(node('A', { status: 'active' }), filters)).toBe(true);
		expect(isNodeShown(node('A', { assessment: 2 }), { ...filters, assessment: { kind: 'value', value: 2 } })).toBe(true);
		expect(isNodeShown(node('A', { assessment: 3 }), { ...filters, assessment: { kind: 'value', value: 2 } })).toBe(false);
		expect(isNodeShown(node('A'), { ...filters, assessment: { kind: 'unassessed' } })).toBe(true);
	});
});
