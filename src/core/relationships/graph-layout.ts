/**
 * A deterministic layout for the relationship graph: people are grouped into units (workplace and
 * department), each unit is a grid of people inside a box, and the boxes are shelf-packed. Positions
 * are integers, depend only on the nodes (never on the order files were read in), no two nodes
 * overlap, and no unit's box overlaps a person of another unit. O(n log n): 2,000 people take a few
 * milliseconds, where a force layout with overlap removal would take seconds.
 */
import type { GraphNode, RelationshipGraph } from './graph-types';

/** An axis-aligned box in canvas coordinates (integers). */
export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

/** A unit of people that share a workplace and department. */
export interface LayoutUnit {
	/** `workplace\u0000department`; '' for people with neither. */
	readonly key: string;
	/** "Warehouse 4 · Night shift"; '' for people with neither. */
	readonly label: string;
	readonly box: Box;
	/** Node ids in the unit, in placement order. */
	readonly members: readonly string[];
}

/** Where every node and unit goes. */
export interface GraphLayout {
	readonly positions: ReadonlyMap<string, Box>;
	readonly units: readonly LayoutUnit[];
}

/** Size of a node card and the spacing of the grid. */
export const NODE_WIDTH = 260;
export const NODE_HEIGHT = 80;
const NODE_GAP = 40;
const UNIT_PADDING = 40;
const UNIT_GAP = 120;

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The unit a node belongs to. */
export function unitKeyOf(node: GraphNode): string {
	if (!node.workplace && !node.department) return '';
	return `${node.workplace ?? ''}\u0000${node.department ?? ''}`;
}

function unitLabel(key: string): string {
	return key
		.split('\u0000')
		.filter((part) => part !== '')
		.join(' · ');
}

const cache = new WeakMap<RelationshipGraph, GraphLayout>();

/** The layout of a graph, computed once per graph. */
export function layoutGraph(graph: RelationshipGraph): GraphLayout {
	let layout = cache.get(graph);
	if (!layout) {
		layout = computeLayout(graph.nodes);
		cache.set(graph, layout);
	}
	return layout;
}

interface UnitDraft {
	key: string;
	members: GraphNode[];
	columns: number;
	width: number;
	height: number;
}

/** Lays out nodes; exported for callers that lay out a subset (a filtered map). */
export function computeLayout(nodes: readonly GraphNode[]): GraphLayout {
	const byUnit = new Map<string, GraphNode[]>();
	for (const node of nodes) {
		const key = unitKeyOf(node);
		const list = byUnit.get(key);
		if (list) list.push(node);
		else byUnit.set(key, [node]);
	}
	const cellWidth = NODE_WIDTH + NODE_GAP;
	const cellHeight = NODE_HEIGHT + NODE_GAP;
	const drafts: UnitDraft[] = [];
	for (const [key, members] of byUnit) {
		members.sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.id, b.id));
		// Roughly square boxes pack well.
		const columns = Math.max(1, Math.ceil(Math.sqrt((members.length * cellHeight) / cellWidth)));
		const rows = Math.ceil(members.length / columns);
		drafts.push({
			key,
			members,
			columns,
			width: columns * cellWidth - NODE_GAP + 2 * UNIT_PADDING,
			height: rows * cellHeight - NODE_GAP + 2 * UNIT_PADDING,
		});
	}
	// Tallest first makes tidy shelves; people with no unit go last, below the workplaces.
	drafts.sort((a, b) => Number(a.key === '') - Number(b.key === '') || b.height - a.height || b.width - a.width || compareText(a.key, b.key));
	const area = drafts.reduce((sum, d) => sum + (d.width + UNIT_GAP) * (d.height + UNIT_GAP), 0);
	const widest = drafts.reduce((max, d) => Math.max(max, d.width), 0);
	const shelfWidth = Math.max(widest, Math.ceil(Math.sqrt(area) * 1.4));

	const positions = new Map<string, Box>();
	const units: LayoutUnit[] = [];
	let x = 0;
	let y = 0;
	let shelfHeight = 0;
	for (const draft of drafts) {
		if (x > 0 && (x + draft.width > shelfWidth || (draft.key === '' && drafts.length > 1))) {
			x = 0;
			y += shelfHeight + UNIT_GAP;
			shelfHeight = 0;
		}
		draft.members.forEach((node, i) => {
			positions.set(node.id, {
				x: x + UNIT_PADDING + (i % draft.columns) * cellWidth,
				y: y + UNIT_PADDING + Math.floor(i / draft.columns) * cellHeight,
				width: NODE_WIDTH,
				height: NODE_HEIGHT,
			});
		});
		units.push({
			key: draft.key,
			label: unitLabel(draft.key),
			box: { x, y, width: draft.width, height: draft.height },
			members: draft.members.map((node) => node.id),
		});
		x += draft.width + UNIT_GAP;
		shelfHeight = Math.max(shelfHeight, draft.height);
	}
	return { positions, units };
}
