/**
 * The cold index in a fresh process, as at Obsidian's start: parse + upsert of every generated
 * note, CPU and wall time, with nothing parsed before it. In the bench's own process the parser
 * has already run over the corpora and the hostile notes by then, and the heap holds the other
 * vault sizes, so its "cold" index is neither cold nor alone. The child regenerates the vault
 * from the seed (untimed), so it indexes the very notes, in the same order, as the bench process.
 *
 * Run as a script: `node --import tsx bench/measure-cold-start.ts <size> <today> <seed>` prints
 * one JSON line `{ coldCpuMs, coldWallMs }`.
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { generateVault } from './generate-vault';
import { indexColdly } from './measure-index';

/** One fresh-process cold index. */
export interface ColdStart {
	readonly coldCpuMs: number;
	readonly coldWallMs: number;
}

/** The cold index of the generated vault in `runs` fresh processes, one after another. */
export function measureColdStarts(size: number, today: string, seed: number, runs: number): ColdStart[] {
	const out: ColdStart[] = [];
	for (let run = 0; run < runs; run++) {
		const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), String(size), today, String(seed)], { encoding: 'utf8', maxBuffer: 1 << 20 });
		if (child.status !== 0) throw new Error(`the cold-start child exited ${child.status}: ${child.stderr.slice(-2000)}`);
		out.push(JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as ColdStart);
	}
	return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [size, today, seed] = process.argv.slice(2);
	const notes = generateVault(Number(size), today, Number(seed));
	const { coldCpuMs, coldWallMs } = indexColdly(notes);
	process.stdout.write(`${JSON.stringify({ coldCpuMs, coldWallMs })}\n`);
}
