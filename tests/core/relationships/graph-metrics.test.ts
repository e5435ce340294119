import { describe, expect, it } from 'vitest';
import { measureGraph } from '../../../src/core/relationships';
import { graphOf } from './graph-builders';

describe('graph metrics', () => {
	it('counts ties as distinct neighbours and lists people with none', () => {
		const graph = graphOf(['Ana', 'Ben', 'Cy', 'Dee'], [['Ana', 'Ben'], ['Ben', 'Ana'], ['Ana', 'Cy']]);
		const metrics = measureGraph(graph);
		expect(Object.fromEntries(metrics.ties)).toEqual({ Ana: 2, Ben: 1, Cy: 1, Dee: 0 });
		expect(metrics.isolated).toEqual(['Dee']);
	});

	it('gives the middle of a path one shortest path between the ends', () => {
		// Ana–Ben–Cy: the only pair not adjacent is (Ana, Cy), and its one shortest path runs through Ben.
		const metrics = measureGraph(graphOf(['Ana', 'Ben', 'Cy'], [['Ana', 'Ben'], ['Ben', 'Cy']]));
		expect(Object.fromEntries(metrics.betweenness)).toEqual({ Ana: 0, Ben: 1, Cy: 0 });
		expect(metrics.connectors).toEqual([{ id: 'Ben', betweenness: 1 }]);
	});

	it('finds the bridge between two groups', () => {
		// Two triangles (A1 A2 A3) and (B1 B2 B3) joined by A1–B1. A1 is inside the one shortest path
		// from each of A2, A3 to each of B1, B2, B3: 2 × 3 = 6. B1 likewise: 6. Nobody else is inside any.
		const names = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'];
		const metrics = measureGraph(
			graphOf(names, [['A1', 'A2'], ['A2', 'A3'], ['A1', 'A3'], ['B1', 'B2'], ['B2', 'B3'], ['B1', 'B3'], ['A1', 'B1']]),
		);
		expect(Object.fromEntries(metrics.betweenness)).toEqual({ A1: 6, A2: 0, A3: 0, B1: 6, B2: 0, B3: 0 });
		expect(metrics.connectors.map((c) => c.id)).toEqual(['A1', 'B1']);
	});

	it('splits a pair between two equally short paths', () => {
		// A square Ana–Ben–Cy–Dee–Ana: (Ana, Cy) has two shortest paths, via Ben and via Dee: ½ each;
		// likewise (Ben, Dee) gives ½ to Ana and to Cy.
		const metrics = measureGraph(graphOf(['Ana', 'Ben', 'Cy', 'Dee'], [['Ana', 'Ben'], ['Ben', 'Cy'], ['Cy', 'Dee'], ['Dee', 'Ana']]));
		expect(Object.fromEntries(metrics.betweenness)).toEqual({ Ana: 0.5, Ben: 0.5, Cy: 0.5, Dee: 0.5 });
	});

	it('is computed once per graph', () => {
		const graph = graphOf(['Ana', 'Ben'], [['Ana', 'Ben']]);
		expect(measureGraph(graph)).toBe(measureGraph(graph));
	});
});
