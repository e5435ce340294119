/**
 * The report with its JIT warmed up: the built CLI's `runCli` run `runs` times in one process on the
 * same vault (output discarded), printing the last run's wall time in ms. Added to the start of a
 * process that does nothing (`--version`), it is what a whole `report` would take if V8 had no
 * code to compile and tier up: the part of the ratio that is our code's own work, not the warm-up.
 *
 * Run with `--expose-gc`: the heap is collected before each run (untimed), so a run does not pay
 * for the garbage of the ones before it (at 50k notes, that made the fourth run slower than a cold one).
 *
 * `node --expose-gc bench/warm-report.mjs <vault> <today> [runs]`
 */
import process from 'node:process';
import { runCli } from '../dist/cli.js';

const [vault, today, runsText = '4'] = process.argv.slice(2);
const io = { out: () => undefined, err: () => undefined, isTty: false, now: () => new Date(), packageRoot: '.' };
let last = 0;
for (let run = 0; run < Number(runsText); run++) {
	globalThis.gc?.();
	const started = performance.now();
	const code = runCli(['report', vault, '--format', 'json', '--today', today], io);
	last = performance.now() - started;
	if (code !== 0) throw new Error(`report exited ${code}`);
}
process.stdout.write(`${JSON.stringify({ lastRunMs: last })}\n`);
