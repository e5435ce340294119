/**
 * Held-out relationship graphs (tests/fixtures/held-out-graph/<case>/): small vaults written from
 * DESIGN §2 "Relationships" / "Name resolution" and §4's canvas export alone, by a reviewer who had
 * not read the graph code, each with the graph expected (expected.json), worked out by hand.
 *
 * Every node and edge must be there and nothing else; an expected item lists the keys it checks.
 * Undirected edges (symmetric relations, "mentioned together") are compared as unordered pairs: the
 * direction of a line without an arrow is not something a user sees. The command line
 * (`graph --format json` / `--format canvas`) must print the same graph.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../src/cli/fs-vault';
import { runCli } from '../../src/cli/main';
import { deriveOnce } from '../../src/core/derive';
import { buildLeaderTrees, type LeaderTree } from '../../src/core/leader-trees';
import {
	buildRelationshipGraph,
	measureGraph,
	toGraphJson,
	validateJsonCanvas,
	type CanvasNode,
	type GraphJson,
	type JsonCanvas,
} from '../../src/core/relationships';
import { captureIo } from '../builders/temp-vault';
import { listCaseFolders } from '../support/fixture-cases';

const ROOT = join(__dirname, '..', 'fixtures', 'held-out-graph');
const cases = listCaseFolders(ROOT);

type Json = Record<string, unknown>;
interface Expected {
	readonly today: string;
	readonly nodes: readonly Json[];
	readonly edges: readonly Json[];
	readonly canvas?: { readonly nodes: readonly string[]; readonly edges: readonly string[] };
	readonly leaderTrees?: readonly { leader: string; leads: string[]; noOneOnOne: string[] }[];
	/** Group label (lower-cased) → the person cards inside it, by file. */
	readonly canvasGroups?: Readonly<Record<string, readonly string[]>>;
}
type Node = GraphJson['nodes'][number];
type Edge = GraphJson['edges'][number];

/** C0 (but tab and newline), DEL and C1 controls: what must never reach a terminal raw. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const withoutControls = (text: string): string => text.replace(CONTROLS, '');

/** The node an expectation means: by id, or by its name once control characters are gone. */
function findNode(nodes: readonly Node[], want: Json): Node | undefined {
	if (typeof want.id === 'string') return nodes.find((n) => n.id === want.id);
	return nodes.find((n) => n.kind === want.kind && withoutControls(n.name) === want.nameWithoutControls);
}

/** An expected edge with `toNameWithoutControls` turned into the id of that node. */
function resolveExpectedEdge(nodes: readonly Node[], want: Json): Json {
	if (typeof want.toNameWithoutControls !== 'string') return want;
	const { toNameWithoutControls, ...rest } = want;
	const node = nodes.find((n) => withoutControls(n.name) === toNameWithoutControls);
	return { ...rest, to: node?.id ?? `(no node named ${String(toNameWithoutControls)})` };
}

/** Identity of an edge: kind, relation, and its ends (sorted when it has no direction). */
function edgeKey(edge: Json): string {
	const from = String(edge.from);
	const to = String(edge.to);
	const ends = edge.directed === false && to < from ? [to, from] : [from, to];
	return `${String(edge.kind)} ${String(edge.relation ?? '')} ${ends.join(' — ')}`;
}

/** For each expected edge, the actual edge with the same identity cut down to the expected keys. */
function compareEdges(actual: readonly Edge[], expectedEdges: readonly Json[], nodes: readonly Node[]): { got: Json[]; want: Json[] } {
	const want = expectedEdges.map((e) => resolveExpectedEdge(nodes, e));
	const byKey = new Map(actual.map((e) => [edgeKey(e as unknown as Json), e as unknown as Json]));
	const normal = (e: Json): Json => {
		if (e.directed !== false) return e;
		const [a, b] = [String(e.from), String(e.to)].sort();
		return { ...e, from: a, to: b };
	};
	const got = want.map((w) => {
		const found = byKey.get(edgeKey(w));
		if (!found) return { missing: edgeKey(w) };
		return normal(Object.fromEntries(Object.keys(w).map((k) => [k, found[k]])));
	});
	return { got, want: want.map(normal) };
}

function checkGraph(json: GraphJson, expected: Expected): void {
	const wantIds = expected.nodes.map((w) => findNode(json.nodes, w)?.id ?? `(missing ${JSON.stringify(w)})`).sort();
	expect(json.nodes.map((n) => n.id).sort()).toEqual(wantIds);
	for (const w of expected.nodes) {
		const node = findNode(json.nodes, w) as unknown as Json;
		const keys = Object.keys(w).filter((k) => k !== 'nameWithoutControls');
		expect(Object.fromEntries(keys.map((k) => [k, node[k]]))).toEqual(Object.fromEntries(keys.map((k) => [k, w[k]])));
	}
	const wantKeys = expected.edges.map((e) => edgeKey(resolveExpectedEdge(json.nodes, e))).sort();
	expect(json.edges.map((e) => edgeKey(e as unknown as Json)).sort()).toEqual(wantKeys);
	const { got, want } = compareEdges(json.edges, expected.edges, json.nodes);
	expect(got).toEqual(want);
}

/** Each canvas edge as `from label to (toEnd)`, ends named by file or text; ends of an arrowless edge sorted. */
function describeCanvasEdges(canvas: JsonCanvas): string[] {
	const nameOf = (id: string): string => {
		const found = canvas.nodes.find((n) => n.id === id);
		return found?.type === 'file' ? found.file : found?.type === 'text' ? `text:${found.text}` : `?${id}`;
	};
	return canvas.edges
		.map((e) => {
			const ends = [nameOf(e.fromNode), nameOf(e.toNode)];
			if (e.toEnd === 'none') ends.sort();
			return `${ends[0]} ${e.label ?? ''} ${ends[1]} (${e.toEnd ?? 'arrow'})`;
		})
		.sort();
}

const sortedEnds = (line: string): string => {
	const match = /^(.*?) (knows|family|works-with|friends|neighbours|mentioned together) (.*) \(none\)$/.exec(line);
	if (!match) return line;
	const [a, b] = [match[1], match[3]].sort();
	return `${a} ${match[2]} ${b} (none)`;
};

function describeCanvasNodes(canvas: JsonCanvas): string[] {
	const what = (n: CanvasNode): string => (n.type === 'file' ? n.file : n.type === 'text' ? n.text : n.type === 'group' ? n.label ?? '' : n.url);
	return canvas.nodes.map((n) => `${n.type}:${what(n)}:${n.color ?? '-'}`).sort();
}

/** Each group's label (lower-cased) → the file cards lying inside it, sorted. */
function describeGroups(canvas: JsonCanvas): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const group of canvas.nodes) {
		if (group.type !== 'group') continue;
		const inside = canvas.nodes.filter(
			(n) => n.type === 'file' && n.x >= group.x && n.y >= group.y && n.x + n.width <= group.x + group.width && n.y + n.height <= group.y + group.height,
		);
		out[(group.label ?? '').toLowerCase()] = inside.map((n) => (n.type === 'file' ? n.file : '')).sort();
	}
	return out;
}

/** Every word (three letters or more) of the names the expected nodes carry, or their notes' basenames. */
function nameWordsOf(nodes: readonly Json[]): string[] {
	const names = nodes.map((n) => String(n.name ?? n.nameWithoutControls ?? String(n.id).replace(/^.*\//, '').replace(/\.md$/, '')));
	return [...new Set(names.flatMap((name) => name.match(/\p{L}{3,}/gu) ?? []))].sort();
}

function runGraphCli(args: readonly string[]): { code: number; stdout: string; stderr: string[] } {
	const io = captureIo();
	const code = runCli(['graph', ...args], io);
	return { code, stdout: io.stdout.join('\n'), stderr: io.stderr };
}

function readExpected(name: string): Expected {
	return JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
}

/** A copy of a fixture vault in a temporary folder (the canvas tests write into it). */
function copyCase(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `ro-held-out-graph-${name}-`));
	cpSync(join(ROOT, name), dir, { recursive: true });
	rmSync(join(dir, 'expected.json'));
	return dir;
}

/** Every note of a vault folder: path → text. */
function readNotes(vault: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const entry of readdirSync(join(vault, folder), { withFileTypes: true })) {
			const path = folder ? `${folder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.md')) out[path] = readFileSync(join(vault, path), 'utf8');
		}
	};
	walk('');
	return out;
}

describe('held-out relationship graphs (DESIGN §2, §4), expectations written by hand', () => {
	it('has cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(6);
	});

	for (const name of cases) {
		const dir = join(ROOT, name);
		const expected = readExpected(name);
		describe(name, () => {
			const { index, settings, warnings } = loadVault(dir, '.obsidian');
			const derived = deriveOnce(index, settings, expected.today);
			const graph = buildRelationshipGraph(index, settings, expected.today, derived.people);
			const json = toGraphJson(graph, measureGraph(graph), expected.today);

			it('reads its settings without warnings', () => {
				expect(warnings).toEqual([]);
			});

			it('builds the expected nodes and edges', () => {
				checkGraph(json, expected);
			});

			it('prints the same graph from the command line (graph --format json)', () => {
				const run = runGraphCli([dir, '--today', expected.today, '--format', 'json']);
				expect(run.code).toBe(0);
				expect(run.stderr).toEqual([]);
				expect(run.stdout.match(CONTROLS) ?? []).toEqual([]);
				checkGraph(JSON.parse(run.stdout) as GraphJson, expected);
			});

			it('prints no word of any name with --redact (graph --format json --redact)', () => {
				const run = runGraphCli([dir, '--today', expected.today, '--format', 'json', '--redact']);
				expect(run.code).toBe(0);
				const printed = JSON.parse(run.stdout) as GraphJson;
				expect(printed.nodes).toHaveLength(expected.nodes.length);
				expect(printed.edges).toHaveLength(expected.edges.length);
				const words = nameWordsOf(expected.nodes);
				expect(words.length).toBeGreaterThan(0);
				expect(words.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(run.stdout + run.stderr.join('\n')))).toEqual([]);
			});

			if (expected.canvas) {
				const want = expected.canvas;
				it('prints the expected canvas (graph --format canvas)', () => {
					const run = runGraphCli([dir, '--today', expected.today, '--format', 'canvas']);
					expect(run.code).toBe(0);
					const canvas = JSON.parse(run.stdout) as JsonCanvas;
					expect(validateJsonCanvas(canvas)).toEqual([]);
					expect(describeCanvasNodes(canvas)).toEqual([...want.nodes].sort());
					expect(describeCanvasEdges(canvas)).toEqual(want.edges.map(sortedEnds).sort());
					for (const node of canvas.nodes) expect(node.id.startsWith('ro-')).toBe(true);
					for (const edge of canvas.edges) expect(edge.id.startsWith('ro-')).toBe(true);
				});
			}

			if (expected.canvasGroups) {
				const wantGroups = expected.canvasGroups;
				it('draws one group around each workplace · department, holding its people', () => {
					const run = runGraphCli([dir, '--today', expected.today, '--format', 'canvas']);
					expect(run.code).toBe(0);
					expect(describeGroups(JSON.parse(run.stdout) as JsonCanvas)).toEqual(wantGroups);
				});
			}

			if (expected.leaderTrees) {
				const wantTrees = expected.leaderTrees;
				it('builds the expected leader trees (leads ∪ led-by)', () => {
					const keyOf = (ref: { name: string; path?: string }): string => ref.path ?? `?${ref.name.toLowerCase()}`;
					const trees = buildLeaderTrees(index, derived.people, derived.followUps).map((t: LeaderTree) => ({
						leader: keyOf(t.leader),
						leads: t.leads.map(keyOf).sort(),
						noOneOnOne: t.noOneOnOne.map(keyOf).sort(),
					}));
					expect(trees).toEqual(wantTrees);
				});
			}
		});
	}

	describe('hostile-names', () => {
		it('writes names with markup and control characters as escaped text on the canvas', () => {
			const run = runGraphCli([join(ROOT, 'hostile-names'), '--today', '2026-11-29', '--format', 'canvas']);
			expect(run.code).toBe(0);
			expect(run.stdout.match(CONTROLS) ?? []).toEqual([]);
			const canvas = JSON.parse(run.stdout) as JsonCanvas;
			expect(validateJsonCanvas(canvas)).toEqual([]);
			const texts = canvas.nodes.flatMap((n) => (n.type === 'text' ? [n.text] : []));
			expect(texts).toHaveLength(4);
			for (const text of texts) {
				expect(text.match(CONTROLS) ?? []).toEqual([]);
				// Every Markdown or HTML metacharacter is escaped, so the card shows the name, not markup.
				expect(text).not.toMatch(/(^|[^\\])[<>*_`[\]]/);
			}
			const unescape = (t: string): string => t.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
			const plain = texts.map(unescape).sort();
			expect(plain[0]).toBe('Eve <img src=x onerror=alert(1)> **Boss**');
			expect(plain[1]).toBe('Ivan `rm -rf` _x_');
			expect(withoutControls(plain[2] ?? '')).toBe('Mallory Reyes');
			expect(plain[3]).toBe('Zed <br> & "quotes" ==mark== $x$');
		});
	});

	describe('groups-and-paths', () => {
		it('redacts a workplace that shares a word with a person’s name, and keeps the others', () => {
			const vault = copyCase('groups-and-paths');
			const out = join(vault, 'Map.canvas');
			expect(runGraphCli([vault, '--today', '2026-11-29', '--format', 'canvas', '--out', out, '--redact']).code).toBe(0);
			const text = readFileSync(join(vault, 'Map (redacted).canvas'), 'utf8');
			expect(text).not.toMatch(/okafor|lopez|ruiz|chen|wong|\bjo\b|\bana\b|\bben\b|\blee\b|mari/i);
			const canvas = JSON.parse(text) as JsonCanvas;
			const labels = canvas.nodes.flatMap((n) => (n.type === 'group' ? [n.label ?? ''] : [])).sort();
			expect(labels).toHaveLength(3);
			expect(labels.filter((l) => /^warehouse 4 · (nights|days)$/i.test(l))).toHaveLength(2);
		});
	});

	describe('canvas re-export over an existing canvas', () => {
		it('replaces only ro- items, keeps the user’s cards, edges, groups and the positions they gave', () => {
			const vault = copyCase('symmetric-and-reverse');
			const out = join(vault, 'Map.canvas');
			expect(runGraphCli([vault, '--today', '2026-11-29', '--format', 'canvas', '--out', out]).code).toBe(0);
			const first = JSON.parse(readFileSync(out, 'utf8')) as JsonCanvas;
			const ana = first.nodes.find((n) => n.type === 'file' && n.file === 'People/Ana Ruiz.md');
			const ben = first.nodes.find((n) => n.type === 'file' && n.file === 'People/Ben Okafor.md');
			const dan = first.nodes.find((n) => n.type === 'file' && n.file === 'People/Dan Kim.md');
			if (!ana || !ben || !dan) throw new Error('first export lacks Ana, Ben or Dan');

			const card = { id: 'card-plan', type: 'text', text: 'Plan the **petition**', x: -3000, y: -3000, width: 260, height: 120, color: '4' };
			const group = { id: 'my-group', type: 'group', label: 'Stewards', x: -3100, y: -3100, width: 600, height: 400, color: '#123456' };
			const link = { id: 'my-edge', type: 'link', url: 'https://example.invalid/contract', x: -3000, y: -2800, width: 200, height: 80 };
			const userEdges = [
				{ id: 'plan-to-ana', fromNode: 'card-plan', toNode: ana.id, label: 'ask her', color: '2' },
				{ id: 'plan-to-dan', fromNode: 'card-plan', toNode: dan.id },
				{ id: 'plan-to-link', fromNode: 'card-plan', toNode: 'my-edge', toEnd: 'none' },
				{ id: 'my-tie', fromNode: ana.id, toNode: ben.id, label: 'carpool' },
			];
			const edited = {
				nodes: [
					...first.nodes.map((n) => (n.id === ana.id ? { ...n, x: ana.x + 1000, y: 777, width: ana.width + 40, height: ana.height + 20 } : n)),
					{ id: 'ro-stale-person', type: 'text', text: 'Someone gone', x: 5000, y: 5000, width: 200, height: 60 },
					card,
					group,
					link,
				],
				edges: [...first.edges, ...userEdges],
			};
			writeFileSync(out, JSON.stringify(edited, null, '\t'));
			// Dan's note goes: he is now only named by Ben's led-by and works-with, a person without a note.
			rmSync(join(vault, 'People', 'Dan Kim.md'));

			const notesBefore = readNotes(vault);
			const rerun = runGraphCli([vault, '--today', '2026-11-29', '--format', 'canvas', '--out', out]);
			expect(rerun.code).toBe(0);
			// Implied reverse edges are derived, never written back (DESIGN §2): no note changes.
			expect(readNotes(vault)).toEqual(notesBefore);
			const merged = JSON.parse(readFileSync(out, 'utf8')) as JsonCanvas;
			expect(validateJsonCanvas(merged)).toEqual([]);
			const byId = new Map(merged.nodes.map((n) => [n.id, n as unknown]));
			expect(byId.get('card-plan')).toEqual(card);
			expect(byId.get('my-group')).toEqual(group);
			expect(byId.get('my-edge')).toEqual(link);
			expect(byId.has('ro-stale-person')).toBe(false);
			const anaAfter = merged.nodes.find((n) => n.type === 'file' && n.file === 'People/Ana Ruiz.md');
			expect(anaAfter && { x: anaAfter.x, y: anaAfter.y, width: anaAfter.width, height: anaAfter.height }).toEqual({
				x: ana.x + 1000,
				y: 777,
				width: ana.width + 40,
				height: ana.height + 20,
			});
			// Kept nodes stay where they were; a newcomer (Dan's text card) overlaps none of them.
			const keptIds = new Set(first.nodes.map((n) => n.id));
			const kept = merged.nodes.filter((n) => n.type !== 'group' && (keptIds.has(n.id) || !n.id.startsWith('ro-')));
			const fresh = merged.nodes.filter((n) => n.type !== 'group' && !kept.includes(n));
			expect(fresh.length).toBeGreaterThan(0);
			const overlaps = (a: CanvasNode, b: CanvasNode): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
			for (const n of fresh) expect(kept.filter((k) => k.type !== 'group' && overlaps(n, k)).map((k) => k.id)).toEqual([]);
			expect(merged.nodes.some((n) => n.type === 'file' && n.file === 'People/Dan Kim.md')).toBe(false);
			expect(merged.nodes.filter((n) => n.type === 'text' && n.text === 'Dan Kim')).toHaveLength(1);
			// The user's edges stay, but not one to a node of ours that no longer exists.
			const userAfter = merged.edges.filter((e) => !e.id.startsWith('ro-'));
			expect(userAfter).toEqual([userEdges[0], userEdges[2], userEdges[3]]);
			const ids = [...merged.nodes, ...merged.edges].map((x) => x.id);
			expect(new Set(ids).size).toBe(ids.length);
			// Our edges are those of a fresh export of the vault as it is now.
			const now = JSON.parse(runGraphCli([vault, '--today', '2026-11-29', '--format', 'canvas']).stdout) as JsonCanvas;
			const ours = { nodes: merged.nodes, edges: merged.edges.filter((e) => e.id.startsWith('ro-')) };
			expect(describeCanvasEdges(ours)).toEqual(describeCanvasEdges(now));
			expect(describeCanvasEdges(ours)).toContain('People/Ben Okafor.md works-with text:Dan Kim (none)');
			expect(describeCanvasEdges(ours)).toContain('text:Dan Kim leads People/Ben Okafor.md (arrow)');
		});

		it('writes a redacted export fresh, beside the canvas and never over it, with no names', () => {
			const vault = copyCase('talks-and-mentions');
			const out = join(vault, 'Map.canvas');
			const existing = JSON.stringify({ nodes: [{ id: 'card-1', type: 'text', text: 'Maria Lopez: petition', x: 0, y: 0, width: 200, height: 60 }], edges: [] });
			writeFileSync(out, existing);
			const run = runGraphCli([vault, '--today', '2026-11-29', '--format', 'canvas', '--out', out, '--redact']);
			expect(run.code).toBe(0);
			expect(readFileSync(out, 'utf8')).toBe(existing);
			const redactedPath = join(vault, 'Map (redacted).canvas');
			const text = readFileSync(redactedPath, 'utf8');
			const canvas = JSON.parse(text) as JsonCanvas;
			expect(validateJsonCanvas(canvas)).toEqual([]);
			expect(canvas.nodes.some((n) => n.id === 'card-1')).toBe(false);
			expect(canvas.nodes.filter((n) => n.type === 'file')).toEqual([]);
			for (const word of ['Maria', 'Lopez', 'Jo', 'Chen', 'Ana', 'Ruiz', 'Ben', 'Okafor', 'Dev', 'Patel', 'Cara', 'Diaz', 'Sam', 'Rivera', 'Lee', 'Wong', 'Pat', 'Quinn']) {
				expect(text).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
			}
			// Workplaces are kept, and every person is still a card.
			expect(canvas.nodes.filter((n) => n.type === 'group').map((n) => (n.type === 'group' ? n.label : '')).sort()).toEqual(['Warehouse 4', 'Warehouse 4 · Nights']);
			expect(canvas.nodes.filter((n) => n.type === 'text')).toHaveLength(9);
			expect(canvas.edges).toHaveLength(13);
			for (const item of [...canvas.nodes, ...canvas.edges]) expect(item.id).toMatch(/^ro-/);

			// A second redacted export never overwrites the first.
			copyFileSync(redactedPath, join(vault, 'first.json'));
			expect(runGraphCli([vault, '--today', '2026-11-29', '--format', 'canvas', '--out', out, '--redact']).code).toBe(0);
			expect(readFileSync(redactedPath, 'utf8')).toBe(readFileSync(join(vault, 'first.json'), 'utf8'));
			expect(existsSync(join(vault, 'Map (redacted) 2.canvas'))).toBe(true);
		});
	});
});
