import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

/** Obsidian's documented variables (one per line in the list; `#` comments). */
function documentedVariables(): Set<string> {
	const text = readFileSync(join(here, 'obsidian-css-variables.txt'), 'utf8');
	return new Set(text.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean));
}

/** `var(--name` uses in a stylesheet, with the line they are on. */
function variableUses(css: string): Array<{ name: string; line: number }> {
	const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
	const uses: Array<{ name: string; line: number }> = [];
	withoutComments.split('\n').forEach((text, i) => {
		for (const match of text.matchAll(/var\(\s*(--[\w-]+)/g)) uses.push({ name: match[1], line: i + 1 });
	});
	return uses;
}

const stylesheets = readdirSync(join(root, 'styles')).filter((f) => f.endsWith('.css')).sort();

describe('CSS variables in styles/', () => {
	const documented = documentedVariables();

	it('has stylesheets to check', () => {
		expect(stylesheets.length).toBeGreaterThan(0);
	});

	it.each(stylesheets)('%s uses only Obsidian variables or our own --ro- ones', (file) => {
		const unknown = variableUses(readFileSync(join(root, 'styles', file), 'utf8'))
			.filter(({ name }) => !name.startsWith('--ro-') && !documented.has(name))
			.map(({ name, line }) => `styles/${file}:${line} ${name}`);
		expect(unknown).toEqual([]);
	});

	it('every Obsidian variable the styles use has a value in the e2e stylesheet (so Chromium shows real values, light and dark)', () => {
		const vars = readFileSync(join(root, 'tests/e2e/obsidian-vars.css'), 'utf8');
		const defined = new Set([...vars.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
		const used = stylesheets.flatMap((file) => variableUses(readFileSync(join(root, 'styles', file), 'utf8')).map((u) => u.name));
		const missing = [...new Set(used)].filter((name) => !name.startsWith('--ro-') && !defined.has(name));
		expect(missing).toEqual([]);
	});

	it('the e2e stylesheet defines only documented variables', () => {
		const vars = readFileSync(join(root, 'tests/e2e/obsidian-vars.css'), 'utf8');
		const defined = [...new Set([...vars.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))];
		expect(defined.filter((name) => !documented.has(name))).toEqual([]);
	});
});
