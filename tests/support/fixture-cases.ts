/**
 * The hand-written fixture vaults a test runs: one folder per case under a fixtures folder.
 */
import { existsSync, readdirSync } from 'node:fs';

/** The names of the case folders under `root`, sorted; none when `root` does not exist. */
export function listCaseFolders(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}
