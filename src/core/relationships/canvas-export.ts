/**
 * The relationship graph as a JSON Canvas 1.0 file (DESIGN §4, Export relationship map to canvas):
 * `file` nodes for person notes, Markdown-escaped `text` nodes for everyone else, labelled edges
 * (`toEnd: "none"` when undirected), assessment colours as hex, optional `group` nodes per unit.
 * Every id starts with `ro-`, so a re-export can tell our items from the user's.
 */
import { stripControlCharacters } from '../control-characters';
import type { GraphLayout } from './graph-layout';
import { labelEdge, type RelationshipGraph } from './graph-types';
import type { CanvasEdge, CanvasNode, JsonCanvas } from './json-canvas';

/** Prefix of every id the export writes. */
export const OUR_ID_PREFIX = 'ro-';

/** What the export needs besides the graph. */
export interface CanvasExportOptions {
	/** Hex colour per assessment value (settings `assessmentColours`). */
	readonly assessmentColours: Readonly<Record<string, string>>;
	/** Draw a group box around each workplace/department. */
	readonly groups: boolean;
	/**
	 * Number the ids instead of deriving them from note paths, so they carry no names (a redacted
	 * export; pass a graph that went through the redaction step).
	 */
	readonly numberedIds: boolean;
}

/** A canvas with what merging needs to know about it. */
export interface CanvasExport {
	readonly canvas: JsonCanvas;
	/** Our group id → the ids of the nodes inside it. */
	readonly groupMembers: ReadonlyMap<string, readonly string[]>;
}

/** Padding of a group box around its members (the layout's unit padding). */
export const GROUP_PADDING = 40;

/**
 * Escapes text for a canvas text card, which Obsidian renders as Markdown: every ASCII punctuation
 * mark is backslash-escaped (no link, embed, emphasis, tag or comment can form) and `<`, `>`, `&`
 * become entities (no HTML); line breaks become spaces so a name stays one line, and other control
 * and bidi characters are dropped, so a name cannot reorder or hide what the card shows.
 */
export function escapeMarkdownText(text: string): string {
	return stripControlCharacters(text)
		.replace(/[!-/:-@[-`{-~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** A short, stable hash of a string (two FNV-1a rounds, 16 hex digits). */
function hashText(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193) >>> 0;
		b = Math.imul(b ^ c, 0x01000197) >>> 0;
	}
	return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Builds the canvas of a graph laid out by `layout`. */
export function exportCanvas(graph: RelationshipGraph, layout: GraphLayout, options: CanvasExportOptions): CanvasExport {
	const nodeIds = new Map<string, string>();
	graph.nodes.forEach((node, i) => nodeIds.set(node.id, options.numberedIds ? `${OUR_ID_PREFIX}node-${i + 1}` : `${OUR_ID_PREFIX}node-${hashText(node.id)}`));

	const nodes: CanvasNode[] = [];
	const groupMembers = new Map<string, string[]>();
	if (options.groups) {
		layout.units.forEach((unit, i) => {
			if (unit.key === '') return;
			const id = options.numberedIds ? `${OUR_ID_PREFIX}group-${i + 1}` : `${OUR_ID_PREFIX}group-${hashText(unit.key)}`;
			// Groups first: canvas nodes are in z-order and a group must be drawn below its people.
			nodes.push({ id, type: 'group', label: unit.label, ...unit.box });
			groupMembers.set(
				id,
				unit.members.map((member) => nodeIds.get(member) ?? member),
			);
		});
	}
	for (const node of graph.nodes) {
		const box = layout.positions.get(node.id);
		if (!box) continue;
		const colour = node.assessment === undefined ? undefined : options.assessmentColours[String(node.assessment)];
		const id = nodeIds.get(node.id) ?? node.id;
		const geometry = { x: box.x, y: box.y, width: box.width, height: box.height, ...(colour ? { color: colour } : {}) };
		nodes.push(node.path ? { id, type: 'file', file: node.path, ...geometry } : { id, type: 'text', text: escapeMarkdownText(node.name), ...geometry });
	}
	const edges: CanvasEdge[] = [];
	graph.edges.forEach((edge, i) => {
		const fromNode = nodeIds.get(edge.from);
		const toNode = nodeIds.get(edge.to);
		if (!fromNode || !toNode || !layout.positions.has(edge.from) || !layout.positions.has(edge.to)) return;
		const undirected = edge.kind === 'mentioned' || (edge.kind === 'relation' && edge.symmetric);
		edges.push({
			id: options.numberedIds ? `${OUR_ID_PREFIX}edge-${i + 1}` : `${OUR_ID_PREFIX}edge-${hashText(edge.id)}`,
			fromNode,
			toNode,
			...(undirected ? { toEnd: 'none' as const } : {}),
			label: labelEdge(edge),
		});
	});
	return { canvas: { nodes, edges }, groupMembers };
}

