/**
 * The architecture the folder list promises (DESIGN §6): `src/core` never reads `src/settings.ts`
 * (it declares the options it reads) and never imports Obsidian at runtime, and no module of `src`
 * imports itself through others. Type-only imports count for cycles: a type cycle is still two
 * concepts that cannot be understood apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const src = join(root, 'src');

function listSources(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return listSources(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

interface Import {
	readonly specifier: string;
	readonly typeOnly: boolean;
}

/** Static imports and re-exports of a module (`import … from`, `export … from`, `import '…'`). */
function readImports(text: string): Import[] {
	const out: Import[] = [];
	const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		out.push({ specifier: match[3], typeOnly: match[2] !== undefined });
	}
	return out;
}

const modules = new Map<string, Import[]>();
for (const file of listSources(src)) modules.set(relative(root, file).split('\\').join('/'), readImports(readFileSync(file, 'utf8')));

/** The module a relative specifier names, or undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = relative(root, resolve(root, dirname(from), specifier)).split('\\').join('/');
	for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (modules.has(candidate)) return candidate;
	return undefined;
}

describe('the import graph of src', () => {
	it('finds the modules it checks', () => {
		expect(modules.has('src/core/note-parser.ts')).toBe(true);
		expect(modules.has('src/settings.ts')).toBe(true);
	});

	it('keeps src/core off src/settings.ts', () => {
		const offenders = [...modules].filter(([file, imports]) =>
			file.startsWith('src/core/') && imports.some((i) => resolveLocal(file, i.specifier) === 'src/settings.ts'));
		expect(offenders.map(([file]) => file)).toEqual([]);
	});

	it('keeps src/core off Obsidian at runtime, and off Node', () => {
		const offenders = [...modules].flatMap(([file, imports]) =>
			file.startsWith('src/core/')
				? imports.filter((i) => (i.specifier === 'obsidian' && !i.typeOnly) || i.specifier.startsWith('node:')).map((i) => `${file} → ${i.specifier}`)
				: []);
		expect(offenders).toEqual([]);
	});

	it('has no cycle', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const stack: string[] = [];
		const visit = (file: string): void => {
			state.set(file, 'open');
			stack.push(file);
			for (const i of modules.get(file) ?? []) {
				const target = resolveLocal(file, i.specifier);
				if (target === undefined) continue;
				if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
				else if (!state.has(target)) visit(target);
			}
			stack.pop();
			state.set(file, 'done');
		};
		for (const file of [...modules.keys()].sort()) if (!state.has(file)) visit(file);
		expect(cycles).toEqual([]);
	});
});
