import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CanvasEdge, CanvasNode } from '../../../src/core/relationships';
import { escapeMarkdownText, exportCanvas, layoutGraph, mergeCanvas, validateJsonCanvas, type RelationshipGraph } from '../../../src/core/relationships';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { knows, node } from './graph-builders';

const OPTIONS = { assessmentColours: DEFAULT_SETTINGS.assessmentColours, groups: true, numberedIds: false };

describe('canvas export on untrusted input', () => {
	it('an escaped name never opens a link, an embed, a tag, a comment or HTML', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme-ascii' }), (name) => {
				const escaped = escapeMarkdownText(name);
				// Every ASCII punctuation mark is either escaped or an entity, so none is active.
				const unescaped = escaped.replace(/\\[!-/:-@[-`{-~]|&(?:lt|gt|amp);/g, '');
				expect(unescaped).not.toMatch(/[!-/:-@[-`{-~]/);
				expect(escaped).not.toMatch(/[\r\n]/);
			}),
		);
	});

	it('any graph of hostile names exports and merges into a valid canvas, keeping user cards', () => {
		const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 12 });
		fc.assert(
			fc.property(names, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), fc.nat(), (list, pairs, cut) => {
				const nodes = list.map((name, i) => node(name, { workplace: i % 3 === 0 ? name : undefined, kind: i % 2 ? 'unresolved' : 'note', path: i % 2 ? undefined : `People/${name}.md` }));
				const edges = pairs.map(([a, b], i) => ({ ...knows(list[a % list.length], list[b % list.length]), id: `e${i}` }));
				const graph: RelationshipGraph = { nodes, edges };
				const first = exportCanvas(graph, layoutGraph(graph), OPTIONS);
				expect(validateJsonCanvas(first.canvas)).toEqual([]);
				const card = { id: 'user-card', type: 'text' as const, text: 'mine', x: 10, y: 10, width: 100, height: 50 };
				const smaller: RelationshipGraph = { nodes: nodes.slice(0, cut % nodes.length + 1), edges: edges.filter((e) => nodes.slice(0, cut % nodes.length + 1).some((n) => n.id === e.from)) };
				const keptIds = new Set(smaller.nodes.map((n) => n.id));
				const second: RelationshipGraph = { nodes: smaller.nodes, edges: smaller.edges.filter((e) => keptIds.has(e.to)) };
				const merged = mergeCanvas({ nodes: [...first.canvas.nodes, card], edges: first.canvas.edges }, exportCanvas(second, layoutGraph(second), OPTIONS));
				if (!merged.ok) throw new Error(merged.error);
				expect(validateJsonCanvas(merged.canvas)).toEqual([]);
				expect(merged.canvas.nodes).toContainEqual(card);
			}),
			{ numRuns: 60 },
		);
	});

	it('a re-export keeps every item that is not ours equal, and the user\'s positions of our nodes that remain (DESIGN §4)', () => {
		const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 10 });
		const colour = fc.option(fc.constantFrom('1', '4', '#123abc'), { nil: undefined });
		const geometry = { x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 1, max: 800 }), height: fc.integer({ min: 1, max: 800 }) };
		const userNode = fc.oneof(
			fc.record({ type: fc.constant('text' as const), text: fc.string(), ...geometry, color: colour }),
			fc.record({ type: fc.constant('file' as const), file: fc.string({ minLength: 1 }), ...geometry, color: colour }),
			fc.record({ type: fc.constant('link' as const), url: fc.webUrl(), ...geometry }),
			fc.record({ type: fc.constant('group' as const), label: fc.option(fc.string(), { nil: undefined }), ...geometry, color: colour }),
		);
		fc.assert(
			fc.property(names, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), fc.array(userNode, { maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.string(), { nil: undefined })), { maxLength: 8 }), fc.nat(), fc.integer(), (list, pairs, cards, links, cut, move) => {
				const nodes = list.map((name, i) => node(name, { kind: i % 2 ? 'unresolved' : 'note', path: i % 2 ? undefined : `People/${name}.md`, workplace: i % 3 === 0 ? 'Depot 9' : undefined }));
				const graph: RelationshipGraph = { nodes, edges: pairs.map(([a, b], i) => ({ ...knows(list[a % list.length], list[b % list.length]), id: `e${i}` })) };
				const first = exportCanvas(graph, layoutGraph(graph), OPTIONS).canvas;
				// The user's own cards, groups and colours, edges among them and to our nodes, and a node of ours moved by hand.
				const userNodes = cards.map((card, i) => JSON.parse(JSON.stringify({ ...card, id: `user-${i}` })) as CanvasNode);
				const ends = [...userNodes, ...first.nodes].map((n) => n.id);
				const userEdges: CanvasEdge[] = links.map(([a, b, label], i) => JSON.parse(JSON.stringify({ id: `user-edge-${i}`, fromNode: ends[a % ends.length], toNode: ends[b % ends.length], label, color: '2' })) as CanvasEdge);
				const movedId = first.nodes.find((n) => n.type !== 'group')?.id;
				const ours = first.nodes.map((n) => (n.id === movedId ? { ...n, x: move % 10_000, y: 1234 } : n));
				const existing = { nodes: [...ours, ...userNodes], edges: [...first.edges, ...userEdges], extra: { kept: true } };
				const before = JSON.parse(JSON.stringify(existing)) as typeof existing;

				const keep = nodes.slice(0, (cut % nodes.length) + 1);
				const keptIds = new Set(keep.map((n) => n.id));
				const second: RelationshipGraph = { nodes: keep, edges: graph.edges.filter((e) => keptIds.has(e.from) && keptIds.has(e.to)) };
				const merged = mergeCanvas(existing, exportCanvas(second, layoutGraph(second), OPTIONS));
				if (!merged.ok) throw new Error(merged.error);
				expect(existing).toEqual(before);
				expect(validateJsonCanvas(merged.canvas)).toEqual([]);
				const byId = new Map(merged.canvas.nodes.map((n) => [n.id, n]));
				for (const card of userNodes) expect(byId.get(card.id)).toEqual(card);
				// A user edge stays as it was, unless one of its ends was ours and is gone (it would point nowhere).
				const edgeIds = new Map(merged.canvas.edges.map((e) => [e.id, e]));
				for (const edge of userEdges) {
					if (byId.has(edge.fromNode) && byId.has(edge.toNode)) expect(edgeIds.get(edge.id)).toEqual(edge);
					else expect(edgeIds.has(edge.id)).toBe(false);
				}
				expect((merged.canvas as unknown as { extra: unknown }).extra).toEqual({ kept: true });
				const moved = movedId === undefined ? undefined : byId.get(movedId);
				if (moved) expect([moved.x, moved.y]).toEqual([move % 10_000, 1234]);
				for (const n of merged.canvas.nodes) if (!n.id.startsWith('ro-')) expect(n.id.startsWith('user-')).toBe(true);
			}),
			{ numRuns: 80 },
		);
	});
});
