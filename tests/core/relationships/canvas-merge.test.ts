import { describe, expect, it } from 'vitest';
import { exportCanvas, layoutGraph, mergeCanvas, validateJsonCanvas, type CanvasNode, type JsonCanvas, type RelationshipGraph } from '../../../src/core/relationships';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { knows, node } from './graph-builders';

const OPTIONS = { assessmentColours: DEFAULT_SETTINGS.assessmentColours, groups: true, numberedIds: false };

function exportOf(graph: RelationshipGraph) {
	return exportCanvas(graph, layoutGraph(graph), OPTIONS);
}

function fileNode(canvas: JsonCanvas, file: string): CanvasNode {
	const found = canvas.nodes.find((n) => n.type === 'file' && n.file === file);
	if (!found) throw new Error(`no node for ${file}`);
	return found;
}

function overlaps(a: CanvasNode, b: CanvasNode): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const before: RelationshipGraph = {
	nodes: [node('Ana Ruiz', { assessment: 1, workplace: 'Warehouse 4' }), node('Jo Chen', { workplace: 'Warehouse 4' }), node('Dev Patel')],
	edges: [knows('Ana Ruiz', 'Jo Chen'), knows('Dev Patel', 'Jo Chen')],
};

describe('re-exporting over an existing canvas', () => {
	const first = exportOf(before).canvas;
	const ana = fileNode(first, 'People/Ana Ruiz.md');
	const dev = fileNode(first, 'People/Dev Patel.md');
	// The user moved Ana, added a card with a colour, linked it to Ana and to Dev, and grouped it.
	const userCard = { id: 'card1', type: 'text', text: 'Ask about the schedule', x: 2000, y: 2000, width: 200, height: 100, color: '4' } as const;
	const userGroup = { id: 'g1', type: 'group', label: 'My notes', x: 1900, y: 1900, width: 500, height: 400, color: '#123456' } as const;
	const edited: JsonCanvas & { extra: string } = {
		extra: 'kept',
		nodes: [userGroup, ...first.nodes.map((n) => (n.id === ana.id ? { ...n, x: -1000, y: -500 } : n)), userCard],
		edges: [...first.edges, { id: 'u1', fromNode: 'card1', toNode: ana.id, label: 'mine' }, { id: 'u2', fromNode: 'card1', toNode: dev.id }],
	};
	// Then Dev's note went away and Keisha's arrived; Ana's assessment changed.
	const after: RelationshipGraph = {
		nodes: [node('Ana Ruiz', { assessment: 2, workplace: 'Warehouse 4' }), node('Jo Chen', { workplace: 'Warehouse 4' }), node('Keisha Brown')],
		edges: [knows('Ana Ruiz', 'Jo Chen'), knows('Jo Chen', 'Keisha Brown')],
	};
	const result = mergeCanvas(JSON.parse(JSON.stringify(edited)) as unknown, exportOf(after));
	if (!result.ok) throw new Error(result.error);
	const merged = result.canvas;

	it('keeps the position the user gave a node that still exists, with its fresh colour', () => {
		expect(fileNode(merged, 'People/Ana Ruiz.md')).toMatchObject({ id: ana.id, x: -1000, y: -500, color: DEFAULT_SETTINGS.assessmentColours['2'] });
	});

	it('leaves the user\'s cards, groups, colours, edges and other keys exactly as they were', () => {
		expect(merged.nodes).toContainEqual(userCard);
		expect(merged.nodes).toContainEqual(userGroup);
		expect(merged.edges).toContainEqual({ id: 'u1', fromNode: 'card1', toNode: ana.id, label: 'mine' });
		expect((merged as unknown as { extra: string }).extra).toBe('kept');
	});

	it('replaces our items: the node of a gone note and its edges leave, a user edge to it too (it would dangle)', () => {
		expect(merged.nodes.some((n) => n.type === 'file' && n.file === 'People/Dev Patel.md')).toBe(false);
		expect(merged.edges.some((e) => e.id === 'u2')).toBe(false);
		expect(merged.edges.filter((e) => e.id.startsWith('ro-')).map((e) => e.label)).toEqual(['knows', 'knows']);
		expect(validateJsonCanvas(merged)).toEqual([]);
	});

	it('places a new node where it overlaps no kept node or card', () => {
		const keisha = fileNode(merged, 'People/Keisha Brown.md');
		for (const other of merged.nodes) {
			if (other.id !== keisha.id && other.type !== 'group') expect(overlaps(keisha, other)).toBe(false);
		}
	});

	it('refits our group around where its people now are', () => {
		const group = merged.nodes.find((n) => n.type === 'group' && n.id.startsWith('ro-'));
		const anaNow = fileNode(merged, 'People/Ana Ruiz.md');
		expect(group && group.x <= anaNow.x && group.y <= anaNow.y).toBe(true);
	});

	it('refuses to merge into a file that is not a JSON Canvas, so it is left alone', () => {
		expect(mergeCanvas({ nodes: 'x' }, exportOf(after))).toEqual({ ok: false, error: 'the existing canvas is not a valid JSON Canvas ("nodes" is not an array)' });
	});

	it('puts a fresh layout below the user\'s cards when none of our nodes are there yet', () => {
		const fresh = mergeCanvas({ nodes: [userCard], edges: [] }, exportOf(after));
		if (!fresh.ok) throw new Error(fresh.error);
		for (const n of fresh.canvas.nodes) if (n.id.startsWith('ro-')) expect(n.y).toBeGreaterThan(userCard.y + userCard.height);
	});
});
