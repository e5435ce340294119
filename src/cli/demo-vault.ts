/**
 * Writes the demo vault (DESIGN §5, `demo <dir>`): the demo notes, the built plugin installed and
 * enabled. Refuses a folder that exists and is not empty, an empty folder name, and any folder in
 * or under a vault (a `.obsidian` folder on the way up), so it can never write into a real vault.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildDemoNotes } from '../demo/build-demo-notes';
import { DEMO_ORGANIZER } from '../demo/render-demo-note';

export const PLUGIN_ID = 'relational-organizer';

/** The release files of the plugin, read from the package root. */
export interface PluginFiles {
	readonly mainJs: string;
	readonly manifest: string;
	readonly styles: string;
}

/** Reads `main.js`, `manifest.json` and `styles.css` from a built package root. */
export function readPluginFiles(root: string): PluginFiles {
	const read = (name: string): string => {
		const path = join(root, name);
		if (!existsSync(path)) throw new Error(`${name} is missing in ${root}: run "npm run build" first`);
		return readFileSync(path, 'utf8');
	};
	return { mainJs: read('main.js'), manifest: read('manifest.json'), styles: read('styles.css') };
}

/** The vault folder `dir` is in or under (a folder holding `.obsidian`, or `.obsidian` itself on the path), if any. */
export function findEnclosingVault(dir: string): string | undefined {
	let current = resolve(dir);
	for (;;) {
		if (basename(current) === '.obsidian') return dirname(current);
		try {
			if (statSync(join(current, '.obsidian')).isDirectory()) return current;
		} catch {
			// No .obsidian here: look further up.
		}
		const parent = dirname(current);
		if (parent === current) return undefined;
		current = parent;
	}
}

/**
 * Makes `folder` and the folders above it that are missing, one at a time: Node's recursive mkdir
 * loops forever where a pseudo file system answers ENOENT to every mkdir (under /proc). Throws an
 * Error with a one-line message naming the folder that could not be made.
 */
function makeFolders(folder: string): void {
	const missing: string[] = [];
	for (let current = resolve(folder); !existsSync(current); current = dirname(current)) {
		missing.push(current);
		if (dirname(current) === current) break;
	}
	for (const path of missing.reverse()) {
		try {
			mkdirSync(path);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
			if (code !== 'EEXIST') throw new Error(`could not make the folder ${path} (${code})`);
		}
	}
}

/**
 * Writes the demo vault into `dir` (created when missing). Throws an Error with a one-line message
 * when `dir` exists and is not an empty folder, is empty text, or is in or under a vault. Returns the vault-relative paths written.
 */
export function writeDemoVault(dir: string, today: string, plugin: PluginFiles): string[] {
	// An unset shell variable (`demo "$DIR"`) must not mean the current folder.
	if (dir.trim() === '') throw new Error('the <dir> folder name is empty');
	const vault = findEnclosingVault(dir);
	if (vault !== undefined) throw new Error(`refusing to write a demo vault inside a vault (${vault}): choose a folder outside it`);
	if (existsSync(dir)) {
		let entries: string[];
		try {
			entries = readdirSync(dir);
		} catch {
			throw new Error(`not a folder: ${dir}`);
		}
		if (entries.length > 0) throw new Error(`refusing to write into a folder that is not empty: ${dir}`);
	}
	const files: { path: string; text: string }[] = [
		...buildDemoNotes(today),
		{ path: '.obsidian/community-plugins.json', text: `${JSON.stringify([PLUGIN_ID], null, 2)}\n` },
		{ path: `.obsidian/plugins/${PLUGIN_ID}/main.js`, text: plugin.mainJs },
		{ path: `.obsidian/plugins/${PLUGIN_ID}/manifest.json`, text: plugin.manifest },
		{ path: `.obsidian/plugins/${PLUGIN_ID}/styles.css`, text: plugin.styles },
		{
			path: `.obsidian/plugins/${PLUGIN_ID}/data.json`,
			text: `${JSON.stringify({ yourName: DEMO_ORGANIZER }, null, 2)}\n`,
		},
	];
	for (const file of files) {
		const target = join(dir, ...file.path.split('/'));
		makeFolders(dirname(target));
		writeFileSync(target, file.text, { flag: 'wx' });
	}
	return files.map((file) => file.path);
}
