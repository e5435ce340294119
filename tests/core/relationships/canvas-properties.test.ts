import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
});
