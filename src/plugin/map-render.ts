/**
 * Draws the relationship map as SVG with Obsidian's DOM helpers (`createSvg`; text is always set
 * as text, never parsed). A function of a model and handlers, so happy-dom and Chromium test it
 * alike. Large maps are built in slices, one task each, so the main thread is never held long.
 */
import { BADGE_FONT_SIZE, LABEL_FONT_SIZE, type NodeGeometry } from '../core/relationships/map-model';

/** One person as drawn. */
export interface DrawnNode {
	/** Position in the model's node list (the view's handle; never rendered). */
	readonly index: number;
	readonly name: string;
	readonly geometry: NodeGeometry;
	/** The assessment value, drawn as a digit inside the shape (the cue that is not colour). */
	readonly assessment?: number;
	readonly assessmentLabel?: string;
	readonly unresolved: boolean;
	readonly connector: boolean;
	readonly isolated: boolean;
	readonly ties: number;
}

/** One tie as drawn, between two drawn nodes (indices into the drawn node list). */
export interface DrawnEdge {
	readonly from: number;
	readonly to: number;
	readonly label: string;
	readonly kind: 'relation' | 'talks' | 'mentioned';
	readonly directed: boolean;
}

/** What the map draws. */
export interface MapModel {
	readonly nodes: readonly DrawnNode[];
	readonly edges: readonly DrawnEdge[];
}

/** What the drawing calls back. */
export interface MapHandlers {
	readonly onActivate: (node: DrawnNode) => void;
	readonly onFocus: (node: DrawnNode, position: number) => void;
	/** A click that ends a drag must not open a note. */
	readonly wasDragged: () => boolean;
}

/** The drawn map, for the view to move focus and show edge labels. */
export interface DrawnMap {
	readonly nodeEls: readonly SVGGElement[];
	/** Resolves when every slice is drawn. */
	readonly done: Promise<void>;
	/** Shows the labels of a node's ties (on focus), or none. */
	showEdgeLabelsOf(position: number | undefined): void;
	/** Stops drawing further slices (the map is redrawn or closed). */
	cancel(): void;
}

/** People drawn per task (twice as many ties): a few ms each, so a slice never holds the main thread long (issue 15). */
const SLICE = 50;

/**
 * Beyond this many ties, each kind of tie is drawn as one path: thousands of `<line>`s cost the
 * browser hundreds of milliseconds a frame, one path a few. Single ties then have no hover of their
 * own; a person's ties still light up, labelled and with their direction, on hover and focus.
 */
export const BUNDLE_EDGES = 1500;

function describeNode(node: DrawnNode): string {
	const parts = [node.name];
	parts.push(node.assessment === undefined ? 'not yet assessed' : `assessment ${node.assessment}${node.assessmentLabel ? ` (${node.assessmentLabel})` : ''}`);
	parts.push(node.ties === 1 ? '1 tie' : `${node.ties} ties`);
	if (node.connector) parts.push('connector');
	if (node.unresolved) parts.push('no note yet');
	return parts.join(', ');
}

/** Ends of a line between two circles, stopping at their edges. */
function endsOf(a: NodeGeometry, b: NodeGeometry): { x1: number; y1: number; x2: number; y2: number } {
	const dx = b.cx - a.cx;
	const dy = b.cy - a.cy;
	const length = Math.hypot(dx, dy) || 1;
	const ux = dx / length;
	const uy = dy / length;
	const round = (v: number): number => Math.round(v * 10) / 10;
	return { x1: round(a.cx + ux * a.r), y1: round(a.cy + uy * a.r), x2: round(b.cx - ux * (b.r + 2)), y2: round(b.cy - uy * (b.r + 2)) };
}

let markerCount = 0;

/**
 * Draws `model` into `world` (a `<g>` the pan/zoom transform applies to); empties it first.
 * Slices after the first are drawn in later tasks when the map is large.
 */
export function drawMap(world: SVGGElement, model: MapModel, handlers: MapHandlers, schedule: (fn: () => void) => void): DrawnMap {
	world.empty();
	const markerId = `ro-map-arrow-${++markerCount}`;
	const defs = world.createSvg('defs');
	const marker = defs.createSvg('marker', { attr: { id: markerId, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' } });
	marker.createSvg('path', { cls: 'ro-map__arrow', attr: { d: 'M0,0 L10,5 L0,10 z' } });
	const edgeLayer = world.createSvg('g', { cls: 'ro-map__edges' });
	const nodeLayer = world.createSvg('g', { cls: 'ro-map__nodes' });
	const labelLayer = world.createSvg('g', { cls: 'ro-map__edge-labels' });
	const nodeEls: SVGGElement[] = [];
	const edgesOf = new Map<number, number[]>();
	const addEdgeOf = (position: number, i: number): void => {
		const list = edgesOf.get(position);
		if (list) list.push(i);
		else edgesOf.set(position, [i]);
	};
	// In place: copying each person's list per tie was quadratic in their ties.
	model.edges.forEach((edge, i) => {
		addEdgeOf(edge.from, i);
		addEdgeOf(edge.to, i);
	});
	const edgeEls: SVGLineElement[] = [];
	let hovered: SVGTextElement | undefined;

	const edgeLabel = (i: number, cls: string): SVGTextElement => {
		const edge = model.edges[i];
		const a = model.nodes[edge.from].geometry;
		const b = model.nodes[edge.to].geometry;
		return labelLayer.createSvg('text', {
			cls: `ro-map__edge-label ${cls}`,
			attr: { x: Math.round((a.cx + b.cx) / 2), y: Math.round((a.cy + b.cy) / 2) - 4, 'text-anchor': 'middle', 'font-size': LABEL_FONT_SIZE - 2 },
		}, (el) => el.setText(edge.label));
	};

	const bundled = model.edges.length > BUNDLE_EDGES;
	const lineOf = (i: number, layer: SVGGElement, extra: string): SVGLineElement => {
		const edge = model.edges[i];
		const ends = endsOf(model.nodes[edge.from].geometry, model.nodes[edge.to].geometry);
		return layer.createSvg('line', { cls: `ro-map__edge ro-map__edge--${edge.kind}${extra}`, attr: { ...ends, ...(edge.directed ? { 'marker-end': `url(#${markerId})` } : {}) } });
	};
	const drawBundle = (kind: DrawnEdge['kind']): void => {
		const parts: string[] = [];
		for (const edge of model.edges) {
			if (edge.kind !== kind) continue;
			const e = endsOf(model.nodes[edge.from].geometry, model.nodes[edge.to].geometry);
			parts.push(`M${e.x1} ${e.y1}L${e.x2} ${e.y2}`);
		}
		if (parts.length > 0) edgeLayer.createSvg('path', { cls: `ro-map__edge ro-map__edge--${kind} ro-map__edge--bundle`, attr: { d: parts.join('') } });
	};
	let activeLines: SVGLineElement[] = [];

	const drawEdge = (i: number): void => {
		const line = lineOf(i, edgeLayer, '');
		line.addEventListener('pointerenter', () => {
			hovered?.detach();
			hovered = edgeLabel(i, 'is-hovered');
		});
		line.addEventListener('pointerleave', () => {
			hovered?.detach();
			hovered = undefined;
		});
		edgeEls.push(line);
	};

	const drawNode = (position: number): void => {
		const node = model.nodes[position];
		const g = node.geometry;
		const cls = ['ro-map__node', node.assessment === undefined ? 'ro-map__node--unassessed' : `ro-map__node--a${node.assessment}`];
		if (node.unresolved) cls.push('ro-map__node--unresolved');
		if (node.connector) cls.push('is-connector');
		if (node.isolated) cls.push('is-isolated');
		const el = nodeLayer.createSvg('g', { cls, attr: { tabindex: position === 0 ? 0 : -1, role: 'button', 'aria-label': describeNode(node) } });
		el.createSvg('title').setText(describeNode(node));
		el.createSvg('circle', { cls: 'ro-map__shape', attr: { cx: g.cx, cy: g.cy, r: g.r } });
		el.createSvg('text', { cls: 'ro-map__badge', attr: { x: g.cx, y: g.cy, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': BADGE_FONT_SIZE } }).setText(
			node.assessment === undefined ? '?' : String(node.assessment),
		);
		el.createSvg('text', {
			cls: 'ro-map__label',
			attr: { x: g.labelBox.x + g.labelBox.width / 2, y: g.labelBox.y + g.labelBox.height - 4, 'text-anchor': 'middle', 'font-size': LABEL_FONT_SIZE },
		}).setText(g.label);
		el.addEventListener('click', () => {
			if (!handlers.wasDragged()) handlers.onActivate(node);
		});
		el.addEventListener('keydown', (evt) => {
			if (evt.key === 'Enter' || evt.key === ' ') {
				evt.preventDefault();
				handlers.onActivate(node);
			}
		});
		el.addEventListener('focus', () => handlers.onFocus(node, position));
		if (bundled) {
			el.addEventListener('pointerenter', () => showEdgeLabelsOf(position));
			el.addEventListener('pointerleave', () => showEdgeLabelsOf(el.isActiveElement() ? position : undefined));
		}
		nodeEls.push(el);
	};

	let cancelled = false;
	const steps: (() => void)[] = [];
	for (let i = 0; i < model.nodes.length; i += SLICE) {
		const end = Math.min(model.nodes.length, i + SLICE);
		steps.push(() => {
			for (let p = i; p < end; p++) drawNode(p);
		});
	}
	if (bundled) {
		for (const kind of ['relation', 'talks', 'mentioned'] as const) steps.push(() => drawBundle(kind));
	} else {
		for (let i = 0; i < model.edges.length; i += SLICE * 2) {
			const end = Math.min(model.edges.length, i + SLICE * 2);
			steps.push(() => {
				for (let e = i; e < end; e++) drawEdge(e);
			});
		}
	}
	let focusLabels: SVGTextElement[] = [];
	const showEdgeLabelsOf = (position: number | undefined): void => {
		for (const el of focusLabels) el.detach();
		focusLabels = [];
		for (const line of activeLines) line.detach();
		activeLines = [];
		for (const line of edgeEls) line.removeClass('is-active');
		if (position === undefined) return;
		for (const i of edgesOf.get(position) ?? []) {
			// Bundled ties have no element of their own: the person's are drawn over the bundle.
			if (bundled) activeLines.push(lineOf(i, labelLayer, ' is-active'));
			else edgeEls[i]?.addClass('is-active');
			focusLabels.push(edgeLabel(i, 'is-focused'));
		}
	};
	const done = new Promise<void>((resolve) => {
		const run = (): void => {
			if (cancelled) return resolve();
			steps.shift()?.();
			if (steps.length === 0) resolve();
			else schedule(run);
		};
		// Small maps are drawn at once, so a render is complete when it returns. A large one starts in
		// a task of its own: the caller's task has laid the map out already.
		if (model.nodes.length + model.edges.length <= SLICE * 2) {
			for (const step of steps) step();
			steps.length = 0;
			resolve();
		} else schedule(run);
	});
	return {
		nodeEls,
		done,
		showEdgeLabelsOf,
		cancel() {
			cancelled = true;
		},
	};
}
