/**
 * What the relationship map shows (DESIGN §4, Relationship map), as pure data the view draws:
 * which people are in scope (one workplace at a time beyond {@link LARGE_MAP}), which of them and
 * which ties the filters show, and the geometry of each node and its label in map coordinates.
 *
 * Every node and its label stay inside the node's layout cell, and the layout never lets two cells
 * overlap, so no two nodes and no two labels overlap at any zoom: zooming scales them together.
 * Labels are shown only from {@link LABEL_MIN_ZOOM} up, where their text is big enough to read.
 */
import type { Box } from './graph-layout';
import { NODE_WIDTH } from './graph-layout';
import type { GraphEdge, GraphNode } from './graph-types';

/** Beyond this many people the map opens on one workplace at a time. */
export const LARGE_MAP = 500;

/** Label text size in map units; shown when it is at least 8 px on screen. */
export const LABEL_FONT_SIZE = 22;
export const LABEL_MIN_ZOOM = 8 / LABEL_FONT_SIZE;
/**
 * The assessment digit's size in map units: near the names' size, so that wherever the names are
 * readable the digit (the assessment's cue that is not colour) is too. Shown from 7 px on screen,
 * a zoom below LABEL_MIN_ZOOM; below that the node is a dot of colour.
 */
export const BADGE_FONT_SIZE = 20;
export const BADGE_MIN_ZOOM = 7 / BADGE_FONT_SIZE;

/** Which workplace (and department) the map covers: everyone, or one workplace, optionally one department. */
export type MapScope = { readonly kind: 'all' } | { readonly kind: 'workplace'; readonly workplace: string; readonly department?: string };

/** Assessment filter: any, one value, or not yet assessed. */
export type AssessmentFilter = { readonly kind: 'any' } | { readonly kind: 'value'; readonly value: number } | { readonly kind: 'unassessed' };

/** The map's filters (the scope decides the layout; these only hide). */
export interface MapFilters {
	/** Edge kinds switched off: relation keys, `talks` and `mentioned`. */
	readonly hiddenEdgeKinds: ReadonlySet<string>;
	readonly assessment: AssessmentFilter;
	/** Hide people with `status` inactive, left or archived. */
	readonly hideInactive: boolean;
}

/** The filters a map opens with: everything shown. */
export const NO_FILTERS: MapFilters = { hiddenEdgeKinds: new Set(), assessment: { kind: 'any' }, hideInactive: false };

const INACTIVE = new Set(['inactive', 'left', 'archived']);

/** Whether a person is in a scope. */
export function isInScope(node: GraphNode, scope: MapScope): boolean {
	if (scope.kind === 'all') return true;
	return node.workplace === scope.workplace && (scope.department === undefined || node.department === scope.department);
}

/** Whether the filters show a person. */
export function isNodeShown(node: GraphNode, filters: MapFilters): boolean {
	if (filters.hideInactive && node.status !== undefined && INACTIVE.has(node.status)) return false;
	const a = filters.assessment;
	if (a.kind === 'value') return node.assessment === a.value;
	if (a.kind === 'unassessed') return node.assessment === undefined;
	return true;
}

/** The filter key of an edge: its relation, `talks` or `mentioned`. */
export function edgeKindOf(edge: GraphEdge): string {
	return edge.kind === 'relation' ? edge.relation : edge.kind;
}

/** Workplaces and their departments, for the scope menu: sorted, with the number of people. */
export function listWorkplaces(nodes: readonly GraphNode[]): { readonly workplace: string; readonly count: number; readonly departments: readonly string[] }[] {
	const byWorkplace = new Map<string, { count: number; departments: Set<string> }>();
	for (const node of nodes) {
		if (node.workplace === undefined) continue;
		const entry = byWorkplace.get(node.workplace) ?? { count: 0, departments: new Set<string>() };
		entry.count++;
		if (node.department !== undefined) entry.departments.add(node.department);
		byWorkplace.set(node.workplace, entry);
	}
	return [...byWorkplace]
		.map(([workplace, entry]) => ({ workplace, count: entry.count, departments: [...entry.departments].sort() }))
		.sort((a, b) => (a.workplace < b.workplace ? -1 : a.workplace > b.workplace ? 1 : 0));
}

/**
 * The scope a map opens with: everyone up to {@link LARGE_MAP} people, else the workplace with the
 * most people (the first by name on a tie), so opening never draws thousands of people at once.
 */
export function chooseOpeningScope(nodes: readonly GraphNode[]): MapScope {
	if (nodes.length <= LARGE_MAP) return { kind: 'all' };
	let best: { workplace: string; count: number } | undefined;
	for (const entry of listWorkplaces(nodes)) if (!best || entry.count > best.count) best = entry;
	return best ? { kind: 'workplace', workplace: best.workplace } : { kind: 'all' };
}

/** Where a node is drawn: its shape's centre and radius, and its label's box (map units). */
export interface NodeGeometry {
	readonly cx: number;
	readonly cy: number;
	readonly r: number;
	/** The label's text after shortening to fit its cell. */
	readonly label: string;
	readonly labelBox: Box;
}

const LABEL_PADDING = 6;
/** The smallest node holds its digit (BADGE_FONT_SIZE) with room for its halo. */
const MIN_RADIUS = 13;
const MAX_EXTRA_RADIUS = 9;

/**
 * Estimated width of a text in em: a generous average for Latin letters, a full em for wide
 * (CJK, emoji) characters, so the estimate errs on the long side and shortened labels fit.
 */
export function estimateTextWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		width += code >= 0x1100 ? 1 : /[mwMW@%]/.test(char) ? 0.95 : /[il.,:;'|!]/.test(char) ? 0.35 : 0.64;
	}
	return width;
}

/** `text` shortened with an ellipsis to at most `maxEm` estimated em. */
export function fitLabel(text: string, maxEm: number): string {
	if (estimateTextWidth(text) <= maxEm) return text;
	const chars = Array.from(text);
	while (chars.length > 0 && estimateTextWidth(`${chars.join('')}…`) > maxEm) chars.pop();
	return `${chars.join('').trimEnd()}…`;
}

/** The geometry of a node in its layout cell; size grows with its number of ties. */
export function placeNode(box: Box, ties: number, name: string): NodeGeometry {
	const r = MIN_RADIUS + Math.min(ties, MAX_EXTRA_RADIUS);
	const maxWidth = box.width - 2 * LABEL_PADDING;
	const label = fitLabel(name, maxWidth / LABEL_FONT_SIZE);
	const width = Math.min(maxWidth, Math.ceil(estimateTextWidth(label) * LABEL_FONT_SIZE));
	const height = Math.ceil(LABEL_FONT_SIZE * 1.3);
	return {
		cx: box.x + box.width / 2,
		cy: box.y + MIN_RADIUS + MAX_EXTRA_RADIUS + 2,
		r,
		label,
		labelBox: { x: Math.round(box.x + (box.width - width) / 2), y: box.y + box.height - height - 1, width, height },
	};
}

/** The cell width labels are fitted to (the layout's node width). */
export const CELL_WIDTH = NODE_WIDTH;
