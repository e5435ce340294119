/**
 * `report --format json` as a user runs it, a whole Node process, against a whole Node process
 * that only reads the same files (bench/bare-read.mjs): wall time and peak RSS, median of runs
 * taken alternately so both see the same machine load and the same warm file cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

/** Wall time and usage of one process run. */
export interface ProcessRun {
	readonly wallMs: number;
	readonly maxRssKb: number;
	readonly cpuMs: number;
}

const usageDir = mkdtempSync(join(tmpdir(), 'ro-bench-'));

/** Runs `node --import bench/max-rss.mjs …args` with stdout discarded. */
export function runNode(args: readonly string[], env: Readonly<Record<string, string>> = {}): ProcessRun {
	const usageFile = join(usageDir, 'usage.json');
	const started = process.hrtime.bigint();
	const result = spawnSync(process.execPath, ['--import', './bench/max-rss.mjs', ...args], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ...env, RO_BENCH_USAGE_FILE: usageFile },
		maxBuffer: 1 << 30,
	});
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
	const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
	return { wallMs, ...usage };
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The medians of `runs` alternating runs of the report (as a user runs it, and with one worker
 * thread, RO_WORKERS=1, whatever the vault's size and the cores) and of the bare read.
 */
export function compareReportWithRead(vault: string, today: string, runs: number): { readonly report: ProcessRun; readonly read: ProcessRun; readonly oneWorker: ProcessRun } {
	const reports: ProcessRun[] = [];
	const reads: ProcessRun[] = [];
	const oneWorker: ProcessRun[] = [];
	const reportArgs = ['dist/cli.js', 'report', vault, '--format', 'json', '--today', today];
	runNode(['bench/bare-read.mjs', vault]); // warms the file cache for both
	for (let i = 0; i < runs; i++) {
		reads.push(runNode(['bench/bare-read.mjs', vault]));
		reports.push(runNode(reportArgs));
		oneWorker.push(runNode(reportArgs, { RO_WORKERS: '1' }));
	}
	const pick = (list: readonly ProcessRun[]): ProcessRun => ({
		wallMs: median(list.map((run) => run.wallMs)),
		maxRssKb: median(list.map((run) => run.maxRssKb)),
		cpuMs: median(list.map((run) => run.cpuMs)),
	});
	return { report: pick(reports), read: pick(reads), oneWorker: pick(oneWorker) };
}

/**
 * The report as it would run without JIT warm-up (see bench/warm-report.mjs): the median over `runs`
 * processes of the last of four report runs in one process, plus the median wall time of a CLI
 * process that only starts (`--version`).
 */
export function measureWarmReport(vault: string, today: string, runs: number): { readonly warmMs: number; readonly startMs: number } {
	const warm: number[] = [];
	const starts: number[] = [];
	for (let i = 0; i < runs; i++) {
		const child = spawnSync(process.execPath, ['--expose-gc', 'bench/warm-report.mjs', vault, today, '4'], { encoding: 'utf8', maxBuffer: 1 << 20 });
		if (child.status !== 0) throw new Error(`bench/warm-report.mjs exited ${child.status}: ${child.stderr.slice(-2000)}`);
		warm.push((JSON.parse(child.stdout.trim()) as { lastRunMs: number }).lastRunMs);
		starts.push(runNode(['dist/cli.js', '--version']).wallMs);
	}
	return { warmMs: median(warm), startMs: median(starts) };
}
