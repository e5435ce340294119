import { describe, expect, it } from 'vitest';
import { computeLayout, unitKeyOf, type Box, type GraphNode } from '../../../src/core/relationships';
import { generatePeople, shuffled } from './graph-builders';

function overlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Pairs of overlapping boxes, found by sweeping along x (fast enough for 2,000). */
function findOverlaps(boxes: readonly (readonly [string, Box])[]): string[] {
	const sorted = [...boxes].sort((a, b) => a[1].x - b[1].x);
	const found: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i + 1; j < sorted.length && sorted[j][1].x < sorted[i][1].x + sorted[i][1].width; j++) {
			if (overlap(sorted[i][1], sorted[j][1])) found.push(`${sorted[i][0]} / ${sorted[j][0]}`);
		}
	}
	return found;
}

describe.each([200, 2000])('the layout of %i people', (count) => {
	const people = generatePeople(count);
	const layout = computeLayout(people);

	it('gives the same integer positions whatever order the people come in', () => {
		const again = computeLayout(shuffled(people, 7));
		for (const person of people) expect(again.positions.get(person.id)).toEqual(layout.positions.get(person.id));
		expect(again.units).toEqual(layout.units);
		for (const box of layout.positions.values()) {
			for (const value of [box.x, box.y, box.width, box.height]) expect(Number.isInteger(value)).toBe(true);
		}
	});

	it('places everyone, and no two people overlap', () => {
		expect(layout.positions.size).toBe(count);
		expect(findOverlaps([...layout.positions])).toEqual([]);
	});

	it('keeps each workplace/department together in a box that holds no one else', () => {
		const unitOf = new Map<string, string>(people.map((p: GraphNode) => [p.id, unitKeyOf(p)]));
		for (const unit of layout.units) {
			for (const member of unit.members) {
				const box = layout.positions.get(member) as Box;
				expect(unitOf.get(member)).toBe(unit.key);
				expect(box.x >= unit.box.x && box.y >= unit.box.y && box.x + box.width <= unit.box.x + unit.box.width && box.y + box.height <= unit.box.y + unit.box.height).toBe(true);
			}
		}
		expect(findOverlaps(layout.units.map((u) => [u.key, u.box]))).toEqual([]);
	});
});
