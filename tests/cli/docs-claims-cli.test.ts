/**
 * The command lines the README and the guides print are the ones the CLI accepts and its --help
 * shows, and the graph JSON is in the order docs/graph.md gives. A flag added to one and not the
 * other, or an order changed, fails here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

const doc = (name: string): string => readFileSync(join(__dirname, '..', '..', name), 'utf8');

/** The `relational-organizer <command> …` lines of a document's sh blocks (README writes `node dist/cli.js`). */
function synopsisLines(text: string): string[] {
	const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
	return blocks
		.flatMap((block) => block.split('\n'))
		.map((line) => line.replace(/^node dist\/cli\.js /, 'relational-organizer '))
		.filter((line) => /^relational-organizer (report|graph|chart|explain|demo|--help) /.test(line) && line.includes(' [--'));
}

const usageLines = USAGE.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('relational-organizer '));

describe('the documented command lines', () => {
	it('README lists each command as --help does', () => {
		expect(synopsisLines(doc('README.md'))).toEqual(usageLines.filter((line) => !line.includes('--help')));
	});

	it('the guide, explain.md, graph.md and chart.md write each command as --help does', () => {
		const lines = ['docs/guide.md', 'docs/explain.md', 'docs/graph.md', 'docs/chart.md'].flatMap((name) => synopsisLines(doc(name)));
		expect(lines.length).toBeGreaterThanOrEqual(8);
		for (const line of lines) expect(usageLines).toContain(line);
	});

	it('--help prints that usage and exits 0; the bare command prints it and exits 2', () => {
		const help = captureIo();
		expect(runCli(['--help'], help)).toBe(0);
		expect(help.stdout.join('\n')).toContain(usageLines[0]);
		const bare = captureIo();
		expect(runCli([], bare)).toBe(2);
		expect(bare.stderr.join('\n')).toContain(usageLines[0]);
	});
});

describe('graph JSON order (docs/graph.md)', () => {
	it('puts edges by kind (mentioned, relation, talks), then relation, then their ends', () => {
		const vault = writeVault({
			'People/Sam Rivera.md': '---\ntype: person\n---\n',
			'People/Maria Lopez.md': '---\ntype: person\nrecruited-by: "[[Sam Rivera]]"\nknows: ["[[Jo Chen]]"]\n---\n',
			'People/Jo Chen.md': '---\ntype: person\nknows: ["[[Ana Ruiz]]"]\n---\n',
			'People/Ana Ruiz.md': '---\ntype: person\n---\n',
			'1-on-1s/2026-11-10 Maria Lopez.md': '---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-10\norganizer: "[[Sam Rivera]]"\n---\nShe talked about [[Ana Ruiz]].\n',
		});
		const io = captureIo();
		expect(runCli(['graph', vault, '--today', '2026-12-01'], io)).toBe(0);
		const graph = JSON.parse(io.stdout.join('\n')) as { nodes: Array<{ id: string }>; edges: Array<{ kind: string; label: string; from: string; to: string }> };
		expect(graph.nodes.map((n) => n.id)).toEqual(['People/Ana Ruiz.md', 'People/Jo Chen.md', 'People/Maria Lopez.md', 'People/Sam Rivera.md']);
		expect(graph.edges.map((e) => `${e.kind} ${e.label} ${e.from} ${e.to}`)).toEqual([
			'mentioned mentioned together People/Ana Ruiz.md People/Maria Lopez.md',
			// A symmetric relation runs from the note that states it; its place is by its two ends.
			'relation knows People/Jo Chen.md People/Ana Ruiz.md',
			'relation knows People/Maria Lopez.md People/Jo Chen.md',
			'relation recruited-by People/Maria Lopez.md People/Sam Rivera.md',
			'talks 1-on-1 People/Sam Rivera.md People/Maria Lopez.md',
		]);
	});
});

describe('graph --out onto an existing canvas (README: it merges as the plugin\'s export does)', () => {
	const files = {
		'People/Maria Lopez.md': '---\ntype: person\nknows: ["[[Jo Chen]]"]\n---\n',
		'People/Jo Chen.md': '---\ntype: person\n---\n',
	};
	const card = { id: 'my-card', type: 'text', text: 'Turnout plan', x: 0, y: -400, width: 200, height: 80 };

	it('merges when --format is not given and the file is a .canvas, keeping the card', () => {
		const vault = writeVault(files);
		const out = join(vault, 'Map.canvas');
		writeFileSync(out, JSON.stringify({ nodes: [card], edges: [] }));
		const io = captureIo();
		expect(runCli(['graph', vault, '--out', out], io)).toBe(0);
		const canvas = JSON.parse(readFileSync(out, 'utf8')) as { nodes: Array<{ id: string; type: string; file?: string }> };
		expect(canvas.nodes).toContainEqual(card);
		expect(canvas.nodes.filter((n) => n.type === 'file').map((n) => n.file).sort()).toEqual(['People/Jo Chen.md', 'People/Maria Lopez.md']);
	});

	it('refuses --format json onto a .canvas file, leaving the canvas as it was', () => {
		const vault = writeVault(files);
		const out = join(vault, 'Map.canvas');
		const before = JSON.stringify({ nodes: [card], edges: [] });
		writeFileSync(out, before);
		const io = captureIo();
		expect(runCli(['graph', vault, '--format', 'json', '--out', out], io)).toBe(2);
		expect(io.stderr).toHaveLength(1);
		expect(io.stderr[0]).toContain('--format canvas');
		expect(readFileSync(out, 'utf8')).toBe(before);
	});
});
