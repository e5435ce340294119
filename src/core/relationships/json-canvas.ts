/**
 * JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/) as types, and a runtime check written from the
 * spec: every node has a unique id, a known type and integer geometry; every edge's ends exist;
 * colours are a preset `"1"`–`"6"` or `#RRGGBB`. Used to test the export and to read a canvas the
 * export merges into.
 */

/** A preset colour `"1"`–`"6"` or a hex colour `#RRGGBB`. */
export type CanvasColour = string;

interface CanvasNodeBase {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly color?: CanvasColour;
}

/** A node of a canvas, by type. */
export type CanvasNode =
	| (CanvasNodeBase & { readonly type: 'text'; readonly text: string })
	| (CanvasNodeBase & { readonly type: 'file'; readonly file: string; readonly subpath?: string })
	| (CanvasNodeBase & { readonly type: 'link'; readonly url: string })
	| (CanvasNodeBase & {
			readonly type: 'group';
			readonly label?: string;
			readonly background?: string;
			readonly backgroundStyle?: 'cover' | 'ratio' | 'repeat';
	  });

export type CanvasSide = 'top' | 'right' | 'bottom' | 'left';
export type CanvasEnd = 'none' | 'arrow';

/** An edge of a canvas. */
export interface CanvasEdge {
	readonly id: string;
	readonly fromNode: string;
	readonly fromSide?: CanvasSide;
	readonly fromEnd?: CanvasEnd;
	readonly toNode: string;
	readonly toSide?: CanvasSide;
	readonly toEnd?: CanvasEnd;
	readonly color?: CanvasColour;
	readonly label?: string;
}

/** A whole canvas file. Nodes are in z-order: the first is drawn at the bottom. */
export interface JsonCanvas {
	readonly nodes: readonly CanvasNode[];
	readonly edges: readonly CanvasEdge[];
}

const SIDES = new Set(['top', 'right', 'bottom', 'left']);
const ENDS = new Set(['none', 'arrow']);
const BACKGROUND_STYLES = new Set(['cover', 'ratio', 'repeat']);
const COLOUR = /^(?:[1-6]|#[0-9a-fA-F]{6})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed `.canvas` file against JSON Canvas 1.0. Returns one sentence per violation; an
 * empty list means the file is valid. Unknown extra keys are allowed, as the spec allows them.
 */
export function validateJsonCanvas(data: unknown): string[] {
	const problems: string[] = [];
	if (!isRecord(data)) return ['a canvas is a JSON object'];
	const nodes = data.nodes ?? [];
	const edges = data.edges ?? [];
	if (!Array.isArray(nodes)) problems.push('"nodes" is not an array');
	if (!Array.isArray(edges)) problems.push('"edges" is not an array');
	if (problems.length > 0) return problems;
	const ids = new Set<string>();
	const nodeIds = new Set<string>();
	const optionalString = (where: string, item: Record<string, unknown>, key: string): void => {
		if (key in item && typeof item[key] !== 'string') problems.push(`${where}: "${key}" is not a string`);
	};
	const checkColour = (where: string, item: Record<string, unknown>): void => {
		if ('color' in item && (typeof item.color !== 'string' || !COLOUR.test(item.color))) problems.push(`${where}: "color" is neither a preset 1-6 nor #RRGGBB`);
	};
	(nodes as unknown[]).forEach((node, i) => {
		const where = `node ${i}`;
		if (!isRecord(node)) return void problems.push(`${where} is not an object`);
		if (typeof node.id !== 'string' || node.id === '') problems.push(`${where}: "id" is not a non-empty string`);
		else if (ids.has(node.id)) problems.push(`${where}: id "${node.id}" is not unique`);
		else {
			ids.add(node.id);
			nodeIds.add(node.id);
		}
		for (const key of ['x', 'y', 'width', 'height']) {
			if (!Number.isInteger(node[key])) problems.push(`${where}: "${key}" is not an integer`);
		}
		checkColour(where, node);
		switch (node.type) {
			case 'text':
				if (typeof node.text !== 'string') problems.push(`${where}: text node without "text"`);
				break;
			case 'file':
				if (typeof node.file !== 'string') problems.push(`${where}: file node without "file"`);
				if ('subpath' in node && (typeof node.subpath !== 'string' || !node.subpath.startsWith('#'))) problems.push(`${where}: "subpath" does not start with #`);
				break;
			case 'link':
				if (typeof node.url !== 'string') problems.push(`${where}: link node without "url"`);
				break;
			case 'group':
				optionalString(where, node, 'label');
				optionalString(where, node, 'background');
				if ('backgroundStyle' in node && !BACKGROUND_STYLES.has(node.backgroundStyle as string)) problems.push(`${where}: unknown "backgroundStyle"`);
				break;
			default:
				problems.push(`${where}: unknown type ${JSON.stringify(node.type)}`);
		}
	});
	(edges as unknown[]).forEach((edge, i) => {
		const where = `edge ${i}`;
		if (!isRecord(edge)) return void problems.push(`${where} is not an object`);
		if (typeof edge.id !== 'string' || edge.id === '') problems.push(`${where}: "id" is not a non-empty string`);
		else if (ids.has(edge.id)) problems.push(`${where}: id "${edge.id}" is not unique`);
		else ids.add(edge.id);
		for (const end of ['fromNode', 'toNode']) {
			if (typeof edge[end] !== 'string' || !nodeIds.has(edge[end])) problems.push(`${where}: "${end}" is not the id of a node`);
		}
		for (const side of ['fromSide', 'toSide']) {
			if (side in edge && !SIDES.has(edge[side] as string)) problems.push(`${where}: unknown "${side}"`);
		}
		for (const end of ['fromEnd', 'toEnd']) {
			if (end in edge && !ENDS.has(edge[end] as string)) problems.push(`${where}: unknown "${end}"`);
		}
		checkColour(where, edge);
		optionalString(where, edge, 'label');
	});
	return problems;
}
