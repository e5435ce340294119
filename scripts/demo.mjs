/**
 * `npm run demo`: (after the build) re-creates `demo-vault/` with the CLI and prints what the CLI
 * shows for it.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import process from 'node:process';

rmSync('demo-vault', { recursive: true, force: true });
const steps = [
	['dist/cli.js', 'demo', 'demo-vault'],
	['dist/cli.js', 'report', 'demo-vault'],
];
for (const args of steps) {
	console.log(`\n$ relational-organizer ${args.slice(1).join(' ')}`);
	const result = spawnSync('node', args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log('\nOpen demo-vault/ as a vault in Obsidian (turn off restricted mode to enable the plugin).');
