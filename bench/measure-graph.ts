/**
 * The relationship graph of 2,000 person notes with 3 `knows` links each (6,000 edges) over 40
 * workplace/department units: build, layout, metrics (betweenness) and canvas export.
 */
import { performance } from 'node:perf_hooks';
import { parseNote } from '../src/core/note-parser';
import { buildRelationshipGraph, computeLayout, exportCanvas, measureBetweenness, measureGraph } from '../src/core/relationships';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import type { BenchTable } from './table';
import { atMost } from './table';

function medianOf<T>(run: () => T, times = 5): { ms: number; value: T } {
	const samples: number[] = [];
	let value = run();
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		value = run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return { ms: samples[Math.floor(samples.length / 2)], value };
}

/** Adds the graph rows to the bench table. */
export function measureGraphRows(table: BenchTable, today: string): void {
	const count = 2000;
	let seed = 42;
	const random = (): number => {
		seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
		return seed / 4294967296;
	};
	const name = (i: number): string => `Person ${String(i).padStart(4, '0')}`;
	const index = new VaultIndex();
	for (let i = 0; i < count; i++) {
		const links = Array.from({ length: 3 }, () => `"[[${name(Math.floor(random() * count))}]]"`).join(', ');
		const text = `---\ntype: person\nworkplace: "[[Site ${i % 8}]]"\ndepartment: Dept ${i % 5}\nassessment: ${1 + (i % 5)}\nknows: [${links}]\n---\n`;
		index.upsert(parseNote(`People/${name(i)}.md`, text));
	}
	const options = { relationships: DEFAULT_SETTINGS.relationships, mentionedTogether: true, yourName: '' };
	const graph = medianOf(() => buildRelationshipGraph(index, options, today));
	table.add({ id: 'graph.2k.build-ms', label: 'relationship graph build, 2,000 people / 6,000 links (median of 5)', value: graph.ms, unit: 'ms', note: `${graph.value.nodes.length} nodes, ${graph.value.edges.length} edges` });
	const layout = medianOf(() => computeLayout(graph.value.nodes));
	table.add({ id: 'graph.2k.layout-ms', label: 'graph layout, 2,000 people (median of 5)', value: layout.ms, unit: 'ms', note: `${layout.value.units.length} units` }, atMost(1000, '< 1 s'));
	const start = performance.now();
	const metrics = measureGraph(graph.value);
	table.add({ id: 'graph.2k.metrics-ms', label: 'graph metrics (ties, connectors), 2,000 people (once, on opening the map)', value: performance.now() - start, unit: 'ms', note: `${metrics.connectors.length} connectors, ${metrics.isolated.length} with no ties` }, atMost(50, '< 50 ms'));
	const betweenStart = performance.now();
	measureBetweenness(graph.value);
	table.add({ id: 'graph.2k.betweenness-ms', label: 'betweenness, 2,000 people (CLI JSON only, once)', value: performance.now() - betweenStart, unit: 'ms' });
	const canvas = medianOf(() => exportCanvas(graph.value, layout.value, { assessmentColours: DEFAULT_SETTINGS.assessmentColours, groups: true, numberedIds: false }));
	table.add({ id: 'graph.2k.canvas-ms', label: 'canvas export, 2,000 people (median of 5)', value: canvas.ms, unit: 'ms', note: `${canvas.value.canvas.nodes.length} nodes, ${canvas.value.canvas.edges.length} edges` });
}
