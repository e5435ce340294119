/**
 * The floor for `report`: a whole Node process that finds and reads every Markdown file of a vault
 * the way the CLI does (readdir, skipping hidden folders; readFileSync as UTF-8), and does nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const root = process.argv[2];
let chars = 0;
const walk = (dir) => {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) chars += readFileSync(path, 'utf8').length;
	}
};
walk(root);
process.stdout.write(`${chars}\n`);
