import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoVault } from '../../src/cli/demo-vault';
import { runCli } from '../../src/cli/main';
import { validateJsonCanvas, type CanvasNode, type JsonCanvas } from '../../src/core/relationships';
import { captureIo, writeVault } from '../builders/temp-vault';

const person = (props: string, body = ''): string => `---\ntype: person\n${props}---\n${body}`;

/** A small union chapter: Maria (2) knows Jo (3) and was recruited by Sam; Jo names an unresolved Hector. */
const FILES = {
	'People/Maria Lopez.md': person('aliases: [Mari]\nassessment: 2\nworkplace: "[[Warehouse 4]]"\ndepartment: Nights\nknows: ["[[Jo Chen]]"]\nrecruited-by: "[[Sam Rivera]]"\n'),
	'People/Jo Chen.md': person('assessment: 3\nworkplace: "[[Warehouse 4]]"\ndepartment: Nights\n', 'knows:: [[Maria Lopez]]\ninfluences:: [[Hector Vega]]\n'),
	'People/Sam Rivera.md': person('role: leader\nrecruited: ["[[Maria Lopez]]"]\n'),
	'1-on-1s/2026-11-20 Maria Lopez.md': '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-20\norganizer: "[[Sam Rivera]]"\n---\n## Agitate\nShe says [[Jo Chen]] is angry about the schedule.\n',
	'Warehouse 4.md': '# Warehouse 4\n',
	'.obsidian/plugins/relational-organizer/data.json': JSON.stringify({ assessmentColours: { '2': '#00aa00' } }),
};

/** Each canvas edge as `from label to (toEnd)`, ends named by file or text. */
function describeEdges(canvas: JsonCanvas): string[] {
	const nameOf = (id: string): string => {
		const found = canvas.nodes.find((n) => n.id === id);
		return found?.type === 'file' ? found.file : found?.type === 'text' ? `text:${found.text}` : '?';
	};
	return canvas.edges.map((e) => `${nameOf(e.fromNode)} ${e.label ?? ''} ${nameOf(e.toNode)} (${e.toEnd ?? 'arrow'})`).sort();
}

function kindsAndColours(canvas: JsonCanvas): string[] {
	return canvas.nodes
		.map((n: CanvasNode) => `${n.type}:${n.type === 'file' ? n.file : n.type === 'text' ? n.text : n.type === 'group' ? n.label ?? '' : ''}:${n.color ?? '-'}`)
		.sort();
}

describe('relational-organizer graph', () => {
	it('prints a canvas whose edges, node kinds and colours are the ones the notes state', () => {
		const vault = writeVault(FILES);
		const io = captureIo();
		expect(runCli(['graph', vault, '--today', '2026-11-29', '--format', 'canvas'], io)).toBe(0);
		const canvas = JSON.parse(io.stdout.join('\n')) as JsonCanvas;
		expect(validateJsonCanvas(canvas)).toEqual([]);
		expect(describeEdges(canvas)).toEqual([
			// Both notes state `knows`, so the undirected edge runs from the smaller path.
			'People/Jo Chen.md influences text:Hector Vega (arrow)',
			'People/Jo Chen.md knows People/Maria Lopez.md (none)',
			'People/Jo Chen.md mentioned together People/Maria Lopez.md (none)',
			'People/Maria Lopez.md recruited-by People/Sam Rivera.md (arrow)',
			'People/Sam Rivera.md 1-on-1 People/Maria Lopez.md (arrow)',
		]);
		expect(kindsAndColours(canvas)).toEqual([
			'file:People/Jo Chen.md:#b08800',
			'file:People/Maria Lopez.md:#00aa00',
			'file:People/Sam Rivera.md:-',
			'group:Warehouse 4 · Nights:-',
			'text:Hector Vega:-',
		]);
		expect(io.stderr).toEqual([]);
	});

	it('prints JSON with nodes, edges and metrics by default', () => {
		const vault = writeVault(FILES);
		const io = captureIo();
		expect(runCli(['graph', vault, '--today', '2026-11-29'], io)).toBe(0);
		const json = JSON.parse(io.stdout.join('\n')) as {
			today: string;
			nodes: { id: string; name: string; kind: string; ties: number; heldTalks: number; you: boolean; betweenness: number }[];
			edges: { kind: string; from: string; to: string; label: string; directed: boolean; statedAs: string | null }[];
			metrics: { isolated: string[]; connectors: { id: string; separates: number; betweenness: number }[] };
		};
		expect(json.today).toBe('2026-11-29');
		expect(json.nodes.find((n) => n.name === 'Maria Lopez')).toMatchObject({ aliases: ['Mari'] });
		expect(json.nodes.map((n) => [n.name, n.kind, n.ties, n.heldTalks])).toEqual([
			['Hector Vega', 'unresolved', 1, 0],
			['Jo Chen', 'note', 2, 0],
			['Maria Lopez', 'note', 2, 1],
			['Sam Rivera', 'note', 1, 0],
		]);
		expect(json.edges.find((e) => e.label === 'recruited-by')).toMatchObject({ from: 'People/Maria Lopez.md', to: 'People/Sam Rivera.md', directed: true, statedAs: 'both' });
		// Hector–Jo–Maria–Sam is a chain: Jo lies between Hector and the others (2 pairs), Maria between
		// Sam and Jo, Sam and Hector (2). Neither is a connector: removing either cuts off one lone person.
		expect(json.nodes.find((n) => n.name === 'Jo Chen')).toMatchObject({ betweenness: 2 });
		expect(json.nodes.find((n) => n.name === 'Maria Lopez')).toMatchObject({ betweenness: 2 });
		expect(json.metrics).toEqual({ isolated: [], connectors: [] });
	});

	it('merges into an existing canvas given as --out, keeping the user\'s card and positions', () => {
		const vault = writeVault(FILES);
		const out = join(vault, 'Relationship map.canvas');
		expect(runCli(['graph', vault, '--today', '2026-11-29', '--format', 'canvas', '--out', out], captureIo())).toBe(0);
		const first = JSON.parse(readFileSync(out, 'utf8')) as JsonCanvas;
		const maria = first.nodes.find((n) => n.type === 'file' && n.file === 'People/Maria Lopez.md') as CanvasNode;
		const card = { id: 'mine', type: 'text', text: 'Meeting Friday', x: 5000, y: 5000, width: 200, height: 60 };
		writeFileSync(out, JSON.stringify({ nodes: [...first.nodes.map((n) => (n.id === maria.id ? { ...n, x: 7000, y: 7000 } : n)), card], edges: first.edges }));
		const io = captureIo();
		expect(runCli(['graph', vault, '--today', '2026-11-29', '--format', 'canvas', '--out', out], io)).toBe(0);
		const merged = JSON.parse(readFileSync(out, 'utf8')) as JsonCanvas;
		expect(merged.nodes).toContainEqual(card);
		expect(merged.nodes.find((n) => n.id === maria.id)).toMatchObject({ x: 7000, y: 7000 });
		expect(validateJsonCanvas(merged)).toEqual([]);
		expect(io.stdout).toEqual([`Wrote the relationship map (4 people, 5 ties) to ${out}.`]);
	});

	it('leaves a file that is not a canvas alone and exits 2', () => {
		const vault = writeVault(FILES);
		const out = join(vault, 'notes.canvas');
		writeFileSync(out, 'not json');
		const io = captureIo();
		expect(runCli(['graph', vault, '--format', 'canvas', '--out', out], io)).toBe(2);
		expect(readFileSync(out, 'utf8')).toBe('not json');
		expect(io.stderr).toEqual([`relational-organizer: ${out} is not a JSON Canvas file; left it unchanged`]);
	});

	it('writes a redacted canvas fresh to "… (redacted).canvas", with initials, no file links and no names in ids', () => {
		const vault = writeVault(FILES);
		const out = join(vault, 'Relationship map.canvas');
		writeFileSync(out, '{"nodes":[],"edges":[]}');
		const io = captureIo();
		expect(runCli(['graph', vault, '--format', 'canvas', '--out', out, '--redact'], io)).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe('{"nodes":[],"edges":[]}');
		const redactedPath = join(vault, 'Relationship map (redacted).canvas');
		const text = readFileSync(redactedPath, 'utf8');
		const canvas = JSON.parse(text) as JsonCanvas;
		expect(validateJsonCanvas(canvas)).toEqual([]);
		expect(canvas.nodes.some((n) => n.type === 'file')).toBe(false);
		expect(canvas.nodes.filter((n) => n.type === 'text').map((n) => (n.type === 'text' ? n.text : '')).sort()).toEqual(['HV', 'JC', 'ML', 'SR']);
		for (const name of ['Maria', 'Lopez', 'Jo Chen', 'Sam', 'Rivera', 'Hector', 'People/']) expect(text).not.toContain(name);
		// A second redacted export never overwrites the first.
		expect(runCli(['graph', vault, '--format', 'canvas', '--out', out, '--redact'], captureIo())).toBe(0);
		expect(existsSync(join(vault, 'Relationship map (redacted) 2.canvas'))).toBe(true);
	});

	it('redacts the JSON too', () => {
		const io = captureIo();
		expect(runCli(['graph', writeVault(FILES), '--redact'], io)).toBe(0);
		const text = io.stdout.join('\n');
		for (const name of ['Mari', 'Lopez', 'Jo Chen', 'Rivera', 'Hector', 'People/']) expect(text).not.toContain(name);
	});

	it('writes the demo vault\'s map as a valid JSON Canvas with labelled edges between person notes', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ro-demo-')), 'vault');
		writeDemoVault(dir, '2026-11-29', { mainJs: '', manifest: '{}', styles: '' });
		const io = captureIo();
		expect(runCli(['graph', dir, '--today', '2026-11-29', '--format', 'canvas'], io)).toBe(0);
		const canvas = JSON.parse(io.stdout.join('\n')) as JsonCanvas;
		expect(validateJsonCanvas(canvas)).toEqual([]);
		const files = new Set(canvas.nodes.filter((n) => n.type === 'file').map((n) => n.id));
		const between = canvas.edges.filter((e) => files.has(e.fromNode) && files.has(e.toNode) && e.label);
		expect(between.length).toBeGreaterThan(10);
		expect(new Set(between.map((e) => e.label))).toEqual(new Set(['knows', 'recruited-by', 'leads', '1-on-1', '1-on-1s ×2', 'mentioned together']));
	});

	it('rejects an unknown format with exit 2', () => {
		const io = captureIo();
		expect(runCli(['graph', 'x', '--format', 'svg'], io)).toBe(2);
		expect(io.stderr).toEqual(['relational-organizer: --format must be json or canvas, got "svg"']);
	});
});
