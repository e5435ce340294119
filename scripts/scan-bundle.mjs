/**
 * The bundle scan of `npm test` (issue #16): the built plugin (`main.js`) and CLI (`dist/cli.js`),
 * dependencies included, must hold no network API, no code from strings, no dynamic import and no
 * HTML injection; `main.js` must also load no Node built-in (the plugin runs on mobile). Every rule
 * over every file is one check; ends with `scan-bundle: N passed, N failed` for scripts/test.mjs.
 *
 * Usage: node scripts/scan-bundle.mjs [--plugin FILE]... [--cli FILE]...   (default: main.js, dist/cli.js)
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import process from 'node:process';

/** What no bundle may contain, as written in the issue; the regexes avoid matching longer names (`prefetch(`). */
const FORBIDDEN = [
	['fetch(', /(?:^|[^\w$.])fetch\s*\(|\.fetch\s*\(/],
	['XMLHttpRequest', /XMLHttpRequest/],
	['WebSocket', /WebSocket/],
	['EventSource', /EventSource/],
	['sendBeacon', /sendBeacon/],
	['requestUrl', /requestUrl/],
	// Any use of the global eval, called or passed around (`(0, eval)('this')` is code from a string too);
	// an object key `eval:` and a member `.eval` are other names.
	['eval', /(?:^|[^\w$.])eval\b(?!\s*:)/],
	['new Function', /\bnew\s+Function\b/],
	['Function(', /(?:^|[^\w$.])(?<!\bnew\s*)Function\s*\(/],
	['a timer given code', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
	['dynamic import(', /(?:^|[^\w$.])import\s*\(/],
	['innerHTML', /innerHTML/],
	['outerHTML', /outerHTML/],
	['insertAdjacentHTML', /insertAdjacentHTML/],
	['document.write', /document\s*\.\s*write/],
	['DOMParser', /DOMParser/],
];

const NODE_MODULES = new Set([...builtinModules, 'electron']);

/** Every Node built-in (or Electron) the text loads through require, import or export-from. */
function findNodeImports(text) {
	const found = new Set();
	const patterns = [/\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g, /\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g];
	for (const pattern of patterns) {
		for (const match of text.matchAll(pattern)) {
			const name = match[1];
			if (name.startsWith('node:') || NODE_MODULES.has(name.split('/')[0])) found.add(name);
		}
	}
	return [...found];
}

/** The line number of the first match, for the failure message. */
function lineOf(text, pattern) {
	const match = pattern.exec(text);
	return match ? text.slice(0, match.index).split('\n').length : 0;
}

const files = { plugin: [], cli: [] };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
	const kind = args[i].replace(/^--/, '');
	if (!(kind in files) || args[i + 1] === undefined) {
		console.error(`usage: node scripts/scan-bundle.mjs [--plugin FILE]... [--cli FILE]...`);
		process.exit(2);
	}
	files[kind].push(args[i + 1]);
}
if (files.plugin.length === 0 && files.cli.length === 0) {
	files.plugin.push('main.js');
	files.cli.push('dist/cli.js');
}

let passed = 0;
let failed = 0;
const check = (ok, label) => {
	if (ok) passed++;
	else {
		failed++;
		console.log(`FAILED: ${label}`);
	}
};

for (const [kind, paths] of Object.entries(files)) {
	for (const path of paths) {
		if (!existsSync(path)) {
			check(false, `${path} is missing (build first)`);
			continue;
		}
		const text = readFileSync(path, 'utf8');
		for (const [name, pattern] of FORBIDDEN) check(!pattern.test(text), `${path} contains ${name} (line ${lineOf(text, pattern)})`);
		if (kind === 'plugin') {
			const node = findNodeImports(text);
			check(node.length === 0, `${path} loads Node built-ins: ${node.join(', ')}`);
		}
	}
}

console.log(`scan-bundle: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
