/**
 * Re-exporting over an existing canvas (DESIGN §4): our items (ids starting `ro-`) are replaced,
 * our nodes that still exist keep the position and size the user gave them, and every other card,
 * edge, group and colour stays exactly as it was. New nodes are placed where they overlap nothing
 * that is kept.
 */
import { GROUP_PADDING, OUR_ID_PREFIX, type CanvasExport } from './canvas-export';
import { validateJsonCanvas, type CanvasEdge, type CanvasNode, type JsonCanvas } from './json-canvas';

/** The merged canvas, or why the existing file cannot be merged into (it is left alone then). */
export type MergeResult = { readonly ok: true; readonly canvas: JsonCanvas } | { readonly ok: false; readonly error: string };

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

const GAP = 40;
const CELL = 400;

function isOurs(item: { readonly id: string }): boolean {
	return item.id.startsWith(OUR_ID_PREFIX);
}

/** A grid of rectangles for fast overlap checks. */
class RectGrid {
	private readonly cells = new Map<string, Rect[]>();

	add(rect: Rect): void {
		for (const key of this.keysOf(rect)) {
			const list = this.cells.get(key);
			if (list) list.push(rect);
			else this.cells.set(key, [rect]);
		}
	}

	overlaps(rect: Rect): boolean {
		for (const key of this.keysOf(rect)) {
			for (const other of this.cells.get(key) ?? []) {
				if (rect.x < other.x + other.width + GAP && other.x < rect.x + rect.width + GAP && rect.y < other.y + other.height + GAP && other.y < rect.y + rect.height + GAP) return true;
			}
		}
		return false;
	}

	private *keysOf(rect: Rect): Generator<string> {
		for (let cx = Math.floor((rect.x - GAP) / CELL); cx <= Math.floor((rect.x + rect.width + GAP) / CELL); cx++) {
			for (let cy = Math.floor((rect.y - GAP) / CELL); cy <= Math.floor((rect.y + rect.height + GAP) / CELL); cy++) yield `${cx},${cy}`;
		}
	}
}

/**
 * Merges a fresh export into the parsed content of an existing canvas file. The existing file must
 * be a valid JSON Canvas; a user edge whose end was one of our nodes that is gone is dropped, since
 * an edge to nowhere would make the file invalid.
 */
export function mergeCanvas(existing: unknown, fresh: CanvasExport): MergeResult {
	const problems = validateJsonCanvas(existing);
	if (problems.length > 0) return { ok: false, error: `the existing canvas is not a valid JSON Canvas (${problems[0]})` };
	const old = existing as JsonCanvas & Record<string, unknown>;
	const oldNodes = old.nodes ?? [];
	const oldEdges = old.edges ?? [];
	const oldOurs = new Map(oldNodes.filter(isOurs).map((node) => [node.id, node]));
	const userNodes = oldNodes.filter((node) => !isOurs(node));

	const grid = new RectGrid();
	for (const node of userNodes) if (node.type !== 'group') grid.add({ ...node });
	const placed = new Map<string, Rect>();
	const freshPeople = fresh.canvas.nodes.filter((node) => node.type !== 'group');
	const kept = freshPeople.filter((node) => oldOurs.has(node.id));
	for (const node of kept) {
		const before = oldOurs.get(node.id) as CanvasNode;
		const rect = { x: before.x, y: before.y, width: before.width, height: before.height };
		placed.set(node.id, rect);
		grid.add(rect);
	}
	// With none of ours left to anchor to, the fresh layout goes below the user's cards as a whole;
	// otherwise each new node moves down only as far as it must.
	let shiftY = 0;
	if (kept.length === 0 && userNodes.length > 0) {
		const top = Math.min(...freshPeople.map((node) => node.y), 0);
		shiftY = Math.max(...userNodes.map((node) => node.y + node.height)) + 4 * GAP - top;
	}
	for (const node of freshPeople) {
		if (placed.has(node.id)) continue;
		const rect = { x: node.x, y: node.y + shiftY, width: node.width, height: node.height };
		while (grid.overlaps(rect)) rect.y += rect.height + GAP;
		placed.set(node.id, rect);
		grid.add(rect);
	}

	const groups: CanvasNode[] = [];
	for (const node of fresh.canvas.nodes) {
		if (node.type !== 'group') continue;
		const members = (fresh.groupMembers.get(node.id) ?? []).map((id) => placed.get(id)).filter((r): r is Rect => r !== undefined);
		if (members.length === 0) continue;
		const left = Math.min(...members.map((r) => r.x)) - GROUP_PADDING;
		const top = Math.min(...members.map((r) => r.y)) - GROUP_PADDING;
		const right = Math.max(...members.map((r) => r.x + r.width)) + GROUP_PADDING;
		const bottom = Math.max(...members.map((r) => r.y + r.height)) + GROUP_PADDING;
		groups.push({ ...node, x: left, y: top, width: right - left, height: bottom - top });
	}
	const people = freshPeople.map((node) => ({ ...node, ...(placed.get(node.id) as Rect) }) as CanvasNode);
	const nodes = [...groups, ...userNodes, ...people];
	const ids = new Set(nodes.map((node) => node.id));
	const userEdges = oldEdges.filter((edge) => !isOurs(edge) && ids.has(edge.fromNode) && ids.has(edge.toNode));
	const edges: CanvasEdge[] = [...userEdges, ...fresh.canvas.edges];
	return { ok: true, canvas: { ...old, nodes, edges } };
}
