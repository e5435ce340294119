import type { CanvasData } from 'obsidian/canvas';
import { describe, expect, it } from 'vitest';
import {
	computeLayout,
	escapeMarkdownText,
	exportCanvas,
	layoutGraph,
	redactGraph,
	validateJsonCanvas,
	type CanvasExportOptions,
	type GraphEdge,
	type RelationshipGraph,
} from '../../../src/core/relationships';
import { buildNameMatcher } from '../../../src/core/redact';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { generatePeople, knows, node, seededRandom } from './graph-builders';

const OPTIONS: CanvasExportOptions = { assessmentColours: DEFAULT_SETTINGS.assessmentColours, groups: true, numberedIds: false };

const recruitedBy = (from: string, to: string): GraphEdge => ({
	kind: 'relation',
	id: `rel:recruited-by:${from}->${to}`,
	from,
	to,
	relation: 'recruited-by',
	reverse: 'recruited',
	symmetric: false,
	statedAs: 'forward',
});

const small: RelationshipGraph = {
	nodes: [
		node('Ana Ruiz', { assessment: 2, workplace: 'Warehouse 4', department: 'Nights' }),
		node('Jo Chen', { workplace: 'Warehouse 4', department: 'Nights' }),
		node('Hector Vega', { kind: 'unresolved', path: undefined, assessment: 5 }),
	],
	edges: [knows('Ana Ruiz', 'Jo Chen'), recruitedBy('Jo Chen', 'Ana Ruiz'), { kind: 'talks', id: 't', from: 'Ana Ruiz', to: 'Hector Vega', count: 2, lastDate: '2026-11-20' }],
};

describe('canvas export', () => {
	it('writes file nodes for person notes, text nodes for the others, labelled edges and assessment colours', () => {
		const { canvas } = exportCanvas(small, layoutGraph(small), OPTIONS);
		expect(validateJsonCanvas(canvas)).toEqual([]);
		const byId = new Map(canvas.nodes.map((n) => [n.id, n]));
		const people = canvas.nodes.filter((n) => n.type !== 'group');
		expect(people.map((n) => (n.type === 'file' ? ['file', n.file, n.color] : n.type === 'text' ? ['text', n.text, n.color] : [n.type]))).toEqual([
			['file', 'People/Ana Ruiz.md', '#4fa35a'],
			['file', 'People/Jo Chen.md', undefined],
			['text', 'Hector Vega', '#cf222e'],
		]);
		const describeEnd = (id: string): string => {
			const n = byId.get(id);
			return n?.type === 'file' ? n.file : n?.type === 'text' ? n.text : '?';
		};
		expect(canvas.edges.map((e) => [describeEnd(e.fromNode), e.label, describeEnd(e.toNode), e.toEnd])).toEqual([
			['People/Ana Ruiz.md', 'knows', 'People/Jo Chen.md', 'none'],
			['People/Jo Chen.md', 'recruited-by', 'People/Ana Ruiz.md', undefined],
			['People/Ana Ruiz.md', '1-on-1s ×2', 'Hector Vega', undefined],
		]);
		const groups = canvas.nodes.filter((n) => n.type === 'group');
		expect(groups.map((g) => g.type === 'group' && g.label)).toEqual(['Warehouse 4 · Nights']);
		expect(canvas.nodes[0].type).toBe('group'); // drawn below its people
		for (const item of [...canvas.nodes, ...canvas.edges]) expect(item.id.startsWith('ro-')).toBe(true);
	});

	it('leaves groups out when asked to', () => {
		const { canvas } = exportCanvas(small, layoutGraph(small), { ...OPTIONS, groups: false });
		expect(canvas.nodes.some((n) => n.type === 'group')).toBe(false);
	});

	it('is a valid JSON Canvas for 2,000 people and 6,000 ties, and type-checks as Obsidian\'s CanvasData', () => {
		const people = generatePeople(2000);
		const random = seededRandom(3);
		const edges: GraphEdge[] = Array.from({ length: 6000 }, (_, i) => {
			const a = people[Math.floor(random() * people.length)].id;
			const b = people[Math.floor(random() * people.length)].id;
			return { ...knows(a, b), id: `e${i}` };
		});
		const graph: RelationshipGraph = { nodes: people, edges };
		const { canvas } = exportCanvas(graph, computeLayout(people), OPTIONS);
		const data: CanvasData = { nodes: [...canvas.nodes], edges: [...canvas.edges] };
		expect(validateJsonCanvas(data)).toEqual([]);
		expect(new Set(canvas.edges.map((e) => e.id)).size).toBe(6000);
	});

	it('escapes embeds, links and HTML in names so a text card shows them as written', () => {
		const name = '![[Secret plan]] <img src=x onerror=alert(1)> **Jo** %%x%% #tag & co';
		const escaped = escapeMarkdownText(name);
		expect(escaped).toBe('\\!\\[\\[Secret plan\\]\\] &lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\*\\*Jo\\*\\* \\%\\%x\\%\\% \\#tag &amp; co');
		expect(escapeMarkdownText('Ana\nRuiz')).toBe('Ana Ruiz');
		// A right-to-left override would show "Ana Ruiz" reversed; a NUL or escape hides nothing then.
		expect(escapeMarkdownText('Ana\u202eziuR\u202c')).toBe('AnaziuR');
		expect(escapeMarkdownText('Jo\u0000\u001b\u009b Chen\u2066\u2069\u200f\u061c')).toBe('Jo Chen');
		expect(escapeMarkdownText('Ana\r\n\tRuiz\u2028Vega')).toBe('Ana Ruiz Vega');
		const graph: RelationshipGraph = { nodes: [node(name, { kind: 'unresolved', path: undefined })], edges: [] };
		const { canvas } = exportCanvas(graph, layoutGraph(graph), OPTIONS);
		expect(canvas.nodes[0]).toMatchObject({ type: 'text', text: escaped });
	});

	it('redacted: initials in text nodes, no file links, ids that carry no names', () => {
		const redactor = buildNameMatcher([{ name: 'Ana Ruiz', aliases: [] }, { name: 'Jo Chen', aliases: [] }, { name: 'Hector Vega', aliases: [] }]);
		const redacted = redactGraph(small, redactor);
		const { canvas } = exportCanvas(redacted, layoutGraph(redacted), { ...OPTIONS, numberedIds: true });
		expect(validateJsonCanvas(canvas)).toEqual([]);
		expect(canvas.nodes.filter((n) => n.type !== 'group').map((n) => (n.type === 'text' ? n.text : n.type)).sort()).toEqual(['AR', 'HV', 'JC']);
		const text = JSON.stringify(canvas);
		for (const word of ['Ana', 'Ruiz', 'Jo Chen', 'Hector', 'People/']) expect(text).not.toContain(word);
		expect(text).toContain('Warehouse 4 · Nights'); // workplaces are kept
	});
});

describe('the JSON Canvas validator', () => {
	it('reports what the spec forbids', () => {
		expect(
			validateJsonCanvas({
				nodes: [
					{ id: 'a', type: 'text', text: 'x', x: 0.5, y: 0, width: 10, height: 10 },
					{ id: 'a', type: 'file', x: 0, y: 0, width: 10, height: 10, color: 'red' },
					{ id: 'c', type: 'shape', x: 0, y: 0, width: 10, height: 10 },
				],
				edges: [{ id: 'e', fromNode: 'a', toNode: 'zz', toEnd: 'dot' }],
			}),
		).toEqual([
			'node 0: "x" is not an integer',
			'node 1: id "a" is not unique',
			'node 1: "color" is neither a preset 1-6 nor #RRGGBB',
			'node 1: file node without "file"',
			'node 2: unknown type "shape"',
			'edge 0: "toNode" is not the id of a node',
			'edge 0: unknown "toEnd"',
		]);
		expect(validateJsonCanvas({})).toEqual([]);
		expect(validateJsonCanvas([])).toEqual(['a canvas is a JSON object']);
	});
});
