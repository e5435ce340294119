/**
 * `npm run bench [-- --sizes 10000,50000 --runs 3 --json PATH]`: runs bench/run.ts with garbage
 * collection exposed, for honest memory numbers.
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const result = spawnSync('node', ['--expose-gc', '--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
