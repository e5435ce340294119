/**
 * Where the map goes on a search, an arrow key or "fit": the best match for a name, the nearest
 * person in a direction, the box that holds everyone drawn. Geometry and matching only; the view
 * moves focus and the viewport.
 */
import { prepareFuzzySearch } from 'obsidian';
import type { Box } from '../core/relationships';
import type { NodeGeometry } from '../core/relationships/map-model';
import type { DrawnNode } from './map-render';
import type { MapData } from './read-map-graph';

/** The graph index of the person whose name (or, outside privacy mode, alias) best matches `query`. */
export function findSearchMatch(data: MapData, query: string): number | undefined {
	const match = prepareFuzzySearch(query.trim());
	let best: { index: number; score: number } | undefined;
	data.shown.nodes.forEach((node, i) => {
		// In privacy mode only what is shown is searched: typing a name must not confirm it.
		const texts = data.privacy ? [node.name] : [node.name, ...data.graph.nodes[i].aliases];
		for (const text of texts) {
			const result = match(text);
			if (result && (!best || result.score > best.score)) best = { index: i, score: result.score };
		}
	});
	return best?.index;
}

/** The direction each arrow key moves focus in, as a unit step on screen. */
export const ARROW_DIRECTIONS: Readonly<Record<string, [number, number]>> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/**
 * The drawn person nearest to the one at `from` in `direction` (distance across the direction
 * counts twice), among those whose element is drawn (`els`); undefined when nobody lies that way.
 */
export function findNearestInDirection(nodes: readonly DrawnNode[], els: readonly Element[], from: number, direction: readonly [number, number]): number | undefined {
	const a = nodes[from].geometry;
	let best: { position: number; cost: number } | undefined;
	nodes.forEach((node, position) => {
		if (position === from || !els[position]) return;
		const dx = node.geometry.cx - a.cx;
		const dy = node.geometry.cy - a.cy;
		const along = dx * direction[0] + dy * direction[1];
		if (along <= 0) return;
		const across = Math.abs(dx * direction[1] - dy * direction[0]);
		const cost = along + 2 * across;
		if (!best || cost < best.cost) best = { position, cost };
	});
	return best?.position;
}

/** The box that holds every person drawn, with room for their labels. */
export function measureFitBox(boxes: readonly NodeGeometry[]): Box {
	let left = Infinity;
	let top = Infinity;
	let right = -Infinity;
	let bottom = -Infinity;
	for (const g of boxes) {
		left = Math.min(left, g.cx - 130);
		right = Math.max(right, g.cx + 130);
		top = Math.min(top, g.cy - g.r - 10);
		bottom = Math.max(bottom, g.labelBox.y + g.labelBox.height + 10);
	}
	return { x: left, y: top, width: right - left, height: bottom - top };
}
