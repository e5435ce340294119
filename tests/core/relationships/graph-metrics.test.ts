import { describe, expect, it } from 'vitest';
import { measureBetweenness, measureGraph } from '../../../src/core/relationships';
import { generatePeople, graphOf, knows, seededRandom } from './graph-builders';

describe('graph metrics', () => {
	it('counts ties as distinct neighbours and lists people with none', () => {
		const graph = graphOf(['Ana', 'Ben', 'Cy', 'Dee'], [['Ana', 'Ben'], ['Ben', 'Ana'], ['Ana', 'Cy']]);
		const metrics = measureGraph(graph);
		expect(Object.fromEntries(metrics.ties)).toEqual({ Ana: 2, Ben: 1, Cy: 1, Dee: 0 });
		expect(metrics.isolated).toEqual(['Dee']);
	});

	it('calls the bridge between two circles a connector, and nobody inside a circle', () => {
		// Two triangles (A1 A2 A3) and (B1 B2 B3) joined by A1–B1. Without A1: {A2, A3} and
		// {B1, B2, B3}, two parts of two or more, so A1 is a connector separating 2 people from the
		// larger part; B1 likewise separates 2 ({B2, B3}) from {A1, A2, A3}. Removing anyone else
		// leaves one piece.
		const names = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'];
		const metrics = measureGraph(graphOf(names, [['A1', 'A2'], ['A2', 'A3'], ['A1', 'A3'], ['B1', 'B2'], ['B2', 'B3'], ['B1', 'B3'], ['A1', 'B1']]));
		expect(metrics.connectors).toEqual([
			{ id: 'A1', separates: 2 },
			{ id: 'B1', separates: 2 },
		]);
	});

	it('does not call a hub a connector when the people it cuts off are alone', () => {
		// A star: Hub knows Ana, Ben, Cy, who know nobody else. Removing Hub leaves three lone people.
		// Ana–Ben–Cy chain: removing Ben leaves Ana and Cy alone, too.
		expect(measureGraph(graphOf(['Hub', 'Ana', 'Ben', 'Cy'], [['Hub', 'Ana'], ['Hub', 'Ben'], ['Hub', 'Cy']])).connectors).toEqual([]);
		expect(measureGraph(graphOf(['Ana', 'Ben', 'Cy'], [['Ana', 'Ben'], ['Ben', 'Cy']])).connectors).toEqual([]);
	});

	it('finds the centre of a bow tie and counts who is cut off from the larger side', () => {
		// Mid closes a ring Mid–N1–N3–N4–N2–Mid, holds a pair S1–S2 through S1, and knows Lee, who knows
		// nobody else. Without Mid: {N1..N4} (4), {S1, S2} (2), {Lee} (1):
		// two parts of two or more; cut off from the largest: 2 + 1 = 3. S1 cuts off S2 alone: no connector.
		const names = ['Mid', 'N1', 'N2', 'N3', 'N4', 'S1', 'S2', 'Lee'];
		const edges: [string, string][] = [['Mid', 'N1'], ['Mid', 'N2'], ['N1', 'N3'], ['N2', 'N4'], ['N3', 'N4'], ['Mid', 'S1'], ['S1', 'S2'], ['Mid', 'Lee']];
		expect(measureGraph(graphOf(names, edges)).connectors).toEqual([{ id: 'Mid', separates: 3 }]);
	});

	it('finds a connector whatever node the search starts from', () => {
		// The same two triangles with the bridge person listed first and last.
		const edges: [string, string][] = [['X', 'A1'], ['X', 'B1'], ['A1', 'A2'], ['A2', 'A1b'], ['A1b', 'A1'], ['B1', 'B2'], ['B2', 'B1b'], ['B1b', 'B1']];
		const names = ['X', 'A1', 'A2', 'A1b', 'B1', 'B2', 'B1b'];
		const expected = ['A1', 'B1', 'X'];
		expect(measureGraph(graphOf(names, edges)).connectors.map((c) => c.id).sort()).toEqual(expected);
		expect(measureGraph(graphOf([...names].reverse(), edges)).connectors.map((c) => c.id).sort()).toEqual(expected);
	});

	it('keeps the connector list short on a random, well-knit 2,000-person graph', () => {
		// Three random `knows` links each: a random graph this dense has almost no cut points, so the
		// highlight picks out a handful of people, not everyone with a shortest path through them.
		const people = generatePeople(2000, 7);
		const random = seededRandom(3);
		const edges = people.flatMap((p) => Array.from({ length: 3 }, () => knows(p.id, people[Math.floor(random() * people.length)].id))).filter((e) => e.from !== e.to);
		const metrics = measureGraph({ nodes: people, edges });
		expect(metrics.connectors.length).toBeLessThan(20);
	});

	it('is computed once per graph', () => {
		const graph = graphOf(['Ana', 'Ben'], [['Ana', 'Ben']]);
		expect(measureGraph(graph)).toBe(measureGraph(graph));
	});
});

describe('betweenness', () => {
	it('gives the middle of a path one shortest path between the ends', () => {
		// Ana–Ben–Cy: the only pair not adjacent is (Ana, Cy), and its one shortest path runs through Ben.
		expect(Object.fromEntries(measureBetweenness(graphOf(['Ana', 'Ben', 'Cy'], [['Ana', 'Ben'], ['Ben', 'Cy']])))).toEqual({ Ana: 0, Ben: 1, Cy: 0 });
	});

	it('finds the bridge between two groups', () => {
		// A1 is inside the one shortest path from each of A2, A3 to each of B1, B2, B3: 2 × 3 = 6. B1 likewise.
		const names = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'];
		const b = measureBetweenness(graphOf(names, [['A1', 'A2'], ['A2', 'A3'], ['A1', 'A3'], ['B1', 'B2'], ['B2', 'B3'], ['B1', 'B3'], ['A1', 'B1']]));
		expect(Object.fromEntries(b)).toEqual({ A1: 6, A2: 0, A3: 0, B1: 6, B2: 0, B3: 0 });
	});

	it('splits a pair between two equally short paths', () => {
		const b = measureBetweenness(graphOf(['Ana', 'Ben', 'Cy', 'Dee'], [['Ana', 'Ben'], ['Ben', 'Cy'], ['Cy', 'Dee'], ['Dee', 'Ana']]));
		expect(Object.fromEntries(b)).toEqual({ Ana: 0.5, Ben: 0.5, Cy: 0.5, Dee: 0.5 });
	});
});
