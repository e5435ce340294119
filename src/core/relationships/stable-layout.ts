/**
 * Positions that stay put while a map is open (DESIGN §4: "within an open view, nodes that did not
 * change stay put"): after the vault changes, people already on the map keep their cell, and
 * people new to it take their place in the fresh layout unless that cell is now taken, in which
 * case they go to a row below everything. Pure and deterministic for the same inputs.
 */
import type { Box } from './graph-layout';

/** A position and the layout unit it was placed in (a person who changes workplace moves). */
export interface PlacedBox {
	readonly box: Box;
	readonly unit: string;
}

const GAP = 40;

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
}

/**
 * Merges `fresh` (the deterministic layout of the current people, in node order) with `previous`
 * (what the map showed). Keeps a previous box when the person is still in the same unit; places
 * the others at their fresh box when it overlaps no kept box, else in an overflow row below all.
 */
export function keepPositions(previous: ReadonlyMap<string, PlacedBox>, fresh: ReadonlyMap<string, PlacedBox>): Map<string, PlacedBox> {
	const out = new Map<string, PlacedBox>();
	const kept: Box[] = [];
	for (const [id, placed] of fresh) {
		const before = previous.get(id);
		if (before && before.unit === placed.unit) {
			out.set(id, before);
			kept.push(before.box);
		}
	}
	if (out.size === 0) return new Map(fresh);
	// A coarse grid over the kept boxes makes each overlap check constant time.
	const CELL = 600;
	const grid = new Map<string, Box[]>();
	const keysOf = (b: Box): string[] => {
		const keys: string[] = [];
		for (let cx = Math.floor((b.x - GAP) / CELL); cx <= Math.floor((b.x + b.width + GAP) / CELL); cx++) {
			for (let cy = Math.floor((b.y - GAP) / CELL); cy <= Math.floor((b.y + b.height + GAP) / CELL); cy++) keys.push(`${cx},${cy}`);
		}
		return keys;
	};
	for (const b of kept) for (const key of keysOf(b)) grid.set(key, [...(grid.get(key) ?? []), b]);
	let left = Infinity;
	let right = -Infinity;
	let bottom = -Infinity;
	for (const { box } of [...fresh.values(), ...out.values()]) {
		left = Math.min(left, box.x);
		right = Math.max(right, box.x + box.width);
		bottom = Math.max(bottom, box.y + box.height);
	}
	let x = left;
	let y = bottom + 3 * GAP;
	let rowHeight = 0;
	for (const [id, placed] of fresh) {
		if (out.has(id)) continue;
		const clash = keysOf(placed.box).some((key) => (grid.get(key) ?? []).some((b) => overlaps(b, placed.box)));
		if (!clash) {
			out.set(id, placed);
			continue;
		}
		if (x > left && x + placed.box.width > right) {
			x = left;
			y += rowHeight + GAP;
			rowHeight = 0;
		}
		out.set(id, { box: { ...placed.box, x, y }, unit: placed.unit });
		x += placed.box.width + GAP;
		rowHeight = Math.max(rowHeight, placed.box.height);
	}
	return out;
}
