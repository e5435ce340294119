/**
 * One source tree, three outputs: the plugin (`main.js`, CommonJS, for Obsidian desktop and
 * mobile), the CLI (`dist/cli.js`, for Node), and the release `styles.css` from `styles/*.css`.
 *
 * The plugin is built for a `neutral` platform: Node built-ins and `electron` are NOT external, so a
 * leaked import fails the build instead of breaking Obsidian mobile. `neutral` also skips the
 * `browser` export condition, so `decode-named-character-reference` resolves to its non-DOM entry
 * (its DOM entry decodes through `innerHTML`).
 */
import esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import process from 'node:process';
import { bundleDemoNotes } from './scripts/bundle-demo-notes.mjs';

const production = process.argv[2] === 'production';

/**
 * Packages replaced by our own code in both bundles: `format` (through `fault`, from the remark
 * front-matter extension) reaches the global object with an indirect `eval` (see src/shims/format.ts).
 */
const alias = { format: './src/shims/format.ts' };
const watch = !production && process.argv[2] !== 'once';

/** Fails the build on any Node built-in or Electron import in the plugin bundle. */
const forbidNodeInPlugin = {
	name: 'forbid-node-in-plugin',
	setup(build) {
		const names = new Set([...builtinModules, 'electron']);
		build.onResolve({ filter: /.*/ }, (args) => {
			const bare = args.path.replace(/^node:/, '').split('/')[0];
			if (args.path.startsWith('node:') || names.has(bare)) {
				return { errors: [{ text: `"${args.path}" is a Node/Electron module; the plugin must run on mobile too` }] };
			}
			return undefined;
		});
	},
};

/**
 * What the plugin rules forbid anywhere in the bundle, including bundled dependencies: HTML
 * injection, code from strings, network APIs, and regex lookbehind (a syntax error on older iOS,
 * where Obsidian mobile runs).
 */
const FORBIDDEN = [/\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /(?:^|[^\w$.])eval\b(?!\s*:)/, /new Function\(/, /(?:^|[^\w$.])(?<!\bnew\s*)Function\s*\(/, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, /\bfetch\(/, /XMLHttpRequest/, /\bWebSocket\b/, /sendBeacon/, /\(\?<[!=]/];

/** The forbidden patterns found in a bundle's text. */
function findForbidden(text) {
	return FORBIDDEN.filter((re) => re.test(text)).map(String);
}

/**
 * Scans `main.js` as written. A minified bundle is scanned as well in its unminified form (built in
 * memory), so that minification can neither hide a hit (`a["inner"+"HTML"]` stays as written either
 * way, but renamed locals and joined lines must not matter) nor be the only place one shows.
 */
const checkBundle = {
	name: 'check-bundle',
	setup(build) {
		build.onEnd(async (result) => {
			if (result.errors.length > 0) return;
			const hits = findForbidden(readFileSync('main.js', 'utf8'));
			if (build.initialOptions.minify) {
				const plain = await esbuild.build({ ...build.initialOptions, minify: false, write: false, plugins: [forbidNodeInPlugin], logLevel: 'silent' });
				for (const hit of findForbidden(plain.outputFiles[0].text)) if (!hits.includes(hit)) hits.push(`${hit} (unminified)`);
			}
			if (hits.length > 0) {
				result.errors.push({ text: `main.js contains forbidden APIs: ${hits.join(', ')}` });
				if (!watch) { console.error(`main.js contains forbidden APIs: ${hits.join(', ')}`); process.exitCode = 1; }
			}
		});
	},
};

const plugin = {
	entryPoints: ['src/main.ts'],
	bundle: true,
	outfile: 'main.js',
	format: 'cjs',
	platform: 'neutral',
	mainFields: ['module', 'main'],
	conditions: ['import', 'default'],
	target: 'es2021',
	external: ['obsidian', '@codemirror/*', '@lezer/*'],
	alias,
	plugins: [forbidNodeInPlugin, checkBundle],
	logLevel: 'info',
	sourcemap: production ? false : 'inline',
	treeShaking: true,
	// The release is minified (Obsidian loads it on every start, mobile included); dev builds stay
	// readable, with their inline source map.
	minify: production,
};

const cli = {
	entryPoints: ['src/cli/main.ts'],
	bundle: true,
	outfile: 'dist/cli.js',
	format: 'esm',
	platform: 'node',
	target: 'node20',
	banner: { js: '#!/usr/bin/env node' },
	alias,
	logLevel: 'info',
	sourcemap: false,
	conditions: ['import', 'default'],
};

/** Concatenates `styles/*.css` in name order into the release `styles.css`. */
function buildStyles() {
	const files = readdirSync('styles').filter((f) => f.endsWith('.css')).sort();
	const css = files.map((f) => `/* ${f} */\n${readFileSync(`styles/${f}`, 'utf8')}`).join('\n');
	writeFileSync('styles.css', css);
}

mkdirSync('dist', { recursive: true });
buildStyles();
// The CLI bundles the demo notes from demo/notes/ through a generated module (see the script).
bundleDemoNotes();
if (watch) {
	const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await esbuild.build(plugin);
	await esbuild.build(cli);
}
