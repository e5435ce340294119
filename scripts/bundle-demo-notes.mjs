/**
 * Bundles the demo vault's Markdown sources (`demo/notes/**.md`) into `src/demo/demo-sources.ts`,
 * so `dist/cli.js` carries them and needs no file next to it. The build runs this first; a test
 * fails when the module and the folder disagree. Run it by hand after editing a note:
 * `node scripts/bundle-demo-notes.mjs`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const SOURCE = 'demo/notes';
const TARGET = 'src/demo/demo-sources.ts';

/** Every `.md` under `dir`, as vault-relative `/` paths in code-point order, with its text. */
export function readDemoSources(dir = SOURCE) {
	const out = [];
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.md')) out.push({ path: relative(dir, path).split('\\').join('/'), text: readFileSync(path, 'utf8').replace(/\r\n/g, '\n') });
		}
	};
	walk(dir);
	return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The TypeScript module for `sources`. */
export function renderDemoSourcesModule(sources) {
	const entries = sources.map((s) => `\t{ path: ${JSON.stringify(s.path)}, text: ${JSON.stringify(s.text)} },`);
	return [
		`// Generated from ${SOURCE}/ by scripts/bundle-demo-notes.mjs: edit the Markdown there, not this file.`,
		"import type { DemoSource } from './demo-source';",
		'',
		`/** The demo vault's notes as written in ${SOURCE}/, before their date tokens are filled. */`,
		'export const DEMO_SOURCES: readonly DemoSource[] = [',
		...entries,
		'];',
		'',
	].join('\n');
}

/** Writes the module when it changed; returns whether it did. */
export function bundleDemoNotes() {
	const text = renderDemoSourcesModule(readDemoSources());
	let current = '';
	try {
		current = readFileSync(TARGET, 'utf8');
	} catch {
		// Not written yet.
	}
	if (current === text) return false;
	writeFileSync(TARGET, text);
	return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(bundleDemoNotes() ? `wrote ${TARGET}` : `${TARGET} is up to date`);
}
