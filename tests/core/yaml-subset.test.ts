/**
 * The YAML subset reader against js-yaml (issue 15, "held equal to js-yaml by a property test over
 * real and mutated blocks"): whenever it reads a block, it reads exactly what js-yaml's core schema
 * reads; it never reads a block js-yaml refuses; and it does read the front matter organizers write.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findFrontMatter, readFrontMatterText } from '../../src/core/frontmatter';
import { splitLines } from '../../src/core/note-parser';
import { readYamlSubset } from '../../src/core/yaml-subset';
import { generateVault } from '../../bench/generate-vault';

const ORGANIZER_BLOCKS = [
	'type: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-28\norganizer: "[[Sam Rivera]]"\nkind: follow-up\nassessment: 3\nnext-contact: 2026-12-05',
	'type: person\naliases: [Maria, "M. Lopez"]\nworkplace: "[[Warehouse 4]]"\nrole: committee\ncontact-every: 14\nstatus: active',
	"type: person\naliases:\n  - Jo\n  - 'Jo C.'\nknows:\n- \"[[Ana Ruiz]]\"\n- \"[[Ben Okafor]]\"\nshift: nights",
	'type: 1:1\nperson: Ana Ruiz, Ben Okafor\ndate: 2026-11-28T10:30\nissues: []\nnotes:\ntags: [organizing, 2026]',
	'title: Talked to [[Jo]] about the rota\ndone: true\nscore: -12\nratio: 0.75\nempty: ~\nnothing: null',
];

/** Front matter blocks found in the corpora beside the project, if they are there. */
function corpusBlocks(): string[] {
	const projectRoot = join(__dirname, '..', '..');
	let corpora: string | undefined;
	for (let dir = projectRoot; dirname(dir) !== dir; dir = dirname(dir)) {
		const candidate = join(dir, '..', 'shared', 'corpora');
		if (existsSync(candidate)) { corpora = candidate; break; }
	}
	if (corpora === undefined) return [];
	const list = (folder: string): string[] => readdirSync(folder).sort().flatMap((entry) => {
		const full = join(folder, entry);
		if (statSync(full).isDirectory()) return list(full);
		return entry.endsWith('.md') ? [full] : [];
	});
	return list(corpora).flatMap((file) => {
		const lines = splitLines(readFileSync(file, 'utf8'));
		const block = findFrontMatter(lines);
		return block.kind === 'yaml' ? [readFrontMatterText(lines, block)] : [];
	});
}

function generatedBlocks(): string[] {
	return generateVault(300, '2026-11-29', 7).flatMap((note) => {
		const lines = splitLines(note.text);
		const block = findFrontMatter(lines);
		return block.kind === 'yaml' ? [readFrontMatterText(lines, block)] : [];
	});
}

const REAL_BLOCKS = [...ORGANIZER_BLOCKS, ...generatedBlocks().slice(0, 60), ...corpusBlocks()];

function loadWithJsYaml(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
	try {
		return { ok: true, value: yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false }) };
	} catch {
		return { ok: false };
	}
}

/** The property: the subset reader reads a block only as js-yaml does. */
function expectAgrees(text: string): void {
	const subset = readYamlSubset(text);
	if (subset === undefined) return;
	const reference = loadWithJsYaml(text);
	expect(reference.ok, JSON.stringify(text)).toBe(true);
	if (reference.ok) expect(subset, JSON.stringify(text)).toStrictEqual(reference.value);
}

const YAML_CHARS = fc.constantFrom(' ', ' ', '\n', ':', ': ', '-', '- ', '"', "'", '[', ']', '{', '}', ',', '#', ' #', '&a', '*a', '!', '|', '>', '?', '~', '.', '0', '1', '-0', '0x', '1e', '_', 'T', 'true', 'null', 'Yes', '\\', '\t', '\r', '\u0085', '\uD83D', '\uDC00', '\u0000', '\u000B', '\u007F', '\u0084', '\u009F', '\u00A0', '\uFFFE', '📅', 'é', 'a', 'key: ', '  - ', '[[', ']]', '__proto__: ', 'x');

type Mutation = { readonly at: number; readonly kind: 'insert' | 'delete' | 'replace'; readonly text: string };
const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), text: YAML_CHARS }) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: readonly Mutation[]): string {
	let out = text;
	for (const { at, kind, text: piece } of mutations) {
		const index = out.length === 0 ? 0 : at % (out.length + 1);
		if (kind === 'insert') out = out.slice(0, index) + piece + out.slice(index);
		else if (kind === 'delete') out = out.slice(0, index) + out.slice(index + 1 + (at % 3));
		else out = out.slice(0, index) + piece + out.slice(index + piece.length);
	}
	return out;
}

describe('readYamlSubset ≡ js-yaml (core schema)', () => {
	it('reads the real blocks exactly as js-yaml does', () => {
		expect(REAL_BLOCKS.length).toBeGreaterThan(60);
		for (const text of REAL_BLOCKS) expectAgrees(text);
	}, 60_000);

	it('reads the front matter organizers write itself, without js-yaml', () => {
		for (const text of ORGANIZER_BLOCKS) expect(readYamlSubset(text), text).toBeDefined();
		const generated = generatedBlocks();
		const read = generated.filter((text) => readYamlSubset(text) !== undefined).length;
		expect(read).toBe(generated.length);
	});

	it('agrees with js-yaml on mutated real blocks', () => {
		fc.assert(fc.property(fc.constantFrom(...REAL_BLOCKS), fc.array(mutation, { minLength: 1, maxLength: 4 }), (block, mutations) => {
			expectAgrees(mutate(block, mutations));
		}), { numRuns: Number(process.env.RO_YAML_RUNS ?? 5000) });
	}, 60_000);

	it('agrees with js-yaml on lines glued from YAML pieces', () => {
		const line = fc.array(YAML_CHARS, { maxLength: 8 }).map((parts) => parts.join(''));
		fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
			expectAgrees(lines.join('\n'));
		}), { numRuns: Number(process.env.RO_YAML_RUNS ?? 5000) });
	}, 60_000);

	it('reads the core schema\'s booleans and nulls in each of their spellings, and no others', () => {
		const words = ['true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'fALSE', 'null', 'Null', 'NULL', 'nULL', 'nul', 'falsey', 'yes', '~'];
		for (const word of words) expectAgrees(`a: ${word}\nb: [${word}]\nc:\n  - ${word}`);
		expect(readYamlSubset('a: True\nb: NULL\nc: tRUE')).toStrictEqual({ a: true, b: null, c: 'tRUE' });
	});

	it('leaves to js-yaml what it does not model', () => {
		for (const text of ['a: [[Jo Chen]]', 'a: {b: 1}', 'a: |\n  text', 'a: &x 1\nb: *x', 'a: 1\na: 2', 'a: "x\\ny"', 'a: 0x1F', 'a: 1e3', 'a: b # c', 'a:\n  b: 1', '__proto__: 1', '']) {
			expect(readYamlSubset(text), text).toBeUndefined();
		}
	});
});
