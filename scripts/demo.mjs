/**
 * `npm run demo`: (after the build) writes `demo-vault/` with the CLI and prints what the CLI shows
 * for it. An existing `demo-vault/` is re-created only when its notes are still exactly what the
 * last run wrote (a fingerprint of every note is kept in its `.obsidian/`); a vault you have
 * changed is kept, and the script says how to regenerate it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';

const DIR = 'demo-vault';
const RECORD = join(DIR, '.obsidian', 'relational-organizer-demo.json');

/** path → sha256 of every file outside `.obsidian/` (the app rewrites its own config as it likes). */
function fingerprint(dir) {
	const out = {};
	const walk = (folder) => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			if (relative(dir, path) === '.obsidian') continue;
			if (statSync(path).isDirectory()) walk(path);
			else out[relative(dir, path).split('\\').join('/')] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	walk(dir);
	return out;
}

/** True when `dir` holds exactly the notes the last run wrote. */
function isUnchanged() {
	if (!existsSync(RECORD)) return false;
	try {
		return JSON.stringify(JSON.parse(readFileSync(RECORD, 'utf8'))) === JSON.stringify(fingerprint(DIR));
	} catch {
		return false;
	}
}

function run(args) {
	console.log(`\n$ relational-organizer ${args.slice(1).join(' ')}`);
	const result = spawnSync('node', args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

if (existsSync(DIR) && !isUnchanged()) {
	console.log(`${DIR}/ exists and has changes of yours (or was not written by this script), so it was kept.`);
	console.log(`To regenerate it, move it away or delete it (rm -rf ${DIR}), then run "npm run demo" again.`);
} else {
	rmSync(DIR, { recursive: true, force: true });
	run(['dist/cli.js', 'demo', DIR]);
	writeFileSync(RECORD, `${JSON.stringify(fingerprint(DIR), null, '\t')}\n`);
}
run(['dist/cli.js', 'report', DIR]);
console.log(`\nOpen ${DIR}/ as a vault in Obsidian (turn off restricted mode to enable the plugin).`);
