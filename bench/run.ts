/**
 * `npm run bench`: every measure of issue 15 in one run, printed as one Markdown table (stdout) and
 * written as JSON (`bench-vaults/bench-results.json`, or `--json PATH`). Asserts nothing: speed is
 * never a test assertion.
 *
 * Options: `--sizes 10000,50000` (vault sizes), `--runs 3` (process runs per size).
 *
 * To add measures (redaction, graph layout…), add a section to SECTIONS: it gets the table and the
 * context (the generated vaults, their folders on disk and their built indexes) and adds rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import type { VaultIndex } from '../src/core/vault-index';
import { generateVault, GENERATOR_VERSION, writeVault } from './generate-vault';
import type { GeneratedNote } from './generate-vault';
import { measureChartRows } from './measure-chart';
import { measureDerivationEdits } from './measure-derive';
import { measureGraphRows } from './measure-graph';
import { measureHostile } from './measure-hostile';
import { measureColdStarts } from './measure-cold-start';
import { measureIndex } from './measure-index';
import { compareReportWithRead, measureWarmReport } from './measure-process';
import { measureRedactionRows } from './measure-redaction';
import { findCorpora, measureRemarkShare } from './measure-remark-share';
import { atMost, BenchTable } from './table';

const TODAY = '2026-11-29';
const SEED = 1;

/** What every section may read. */
interface BenchContext {
	readonly today: string;
	readonly sizes: readonly number[];
	readonly runs: number;
	/** Filled by the vault section: per size, the notes, their folder on disk and their index. */
	readonly vaults: Map<number, { readonly notes: readonly GeneratedNote[]; readonly dir: string; readonly index: VaultIndex }>;
}

interface BenchSection {
	readonly name: string;
	readonly run: (table: BenchTable, context: BenchContext) => void;
}

function readOption(name: string, fallback: string): string {
	const at = process.argv.indexOf(name);
	return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const label = (size: number): string => `${size / 1000}k`;

const SECTIONS: readonly BenchSection[] = [
	{ name: 'relationship graph', run: (table, context) => measureGraphRows(table, context.today) },
	{
		name: 'bundle',
		run: (table) => {
			const build = spawnSync(process.execPath, ['esbuild.config.mjs', 'production'], { encoding: 'utf8' });
			if (build.status !== 0) throw new Error(`production build failed:\n${build.stderr}`);
			table.add({ id: 'bundle.main-js.kb', label: '`main.js` (production, minified)', value: statSync('main.js').size / 1024, unit: 'KB' }, atMost(400, '≤ 400 KB'));
		},
	},
	{
		name: 'remark share',
		run: (table) => {
			const corpora = findCorpora();
			if (corpora === undefined) { console.error('  (no corpora found: remark share skipped)'); return; }
			for (const [name, title] of [['obsidian-help-en', 'Obsidian help'], ['tasks-demo', 'Tasks sample vault']] as const) {
				const share = measureRemarkShare(join(corpora, name));
				table.add({
					id: `remark-share.${name}`,
					label: `${title} notes sent to remark`,
					value: (share.sent / share.total) * 100,
					unit: '%',
					note: `${share.sent} of ${share.total}, ${(share.timeShare * 100).toFixed(0)}% of parse time`,
				});
			}
		},
	},
	{
		name: 'hostile notes',
		run: (table) => {
			const results = measureHostile();
			for (const result of results) {
				table.add({ id: `hostile.${result.label}`, label: `hostile: ${result.label}`, value: result.msPerMb, unit: 'ms/MB', note: `${result.mb.toFixed(2)} MB in ${result.ms.toFixed(0)} ms, ${result.path}` });
			}
			const worst = results.reduce((a, b) => (b.msPerMb > a.msPerMb ? b : a));
			table.add({ id: 'hostile.worst', label: 'hostile notes: worst', value: worst.msPerMb, unit: 'ms/MB', note: worst.label });
		},
	},
	{
		name: 'vaults',
		run: (table, context) => {
			for (const size of context.sizes) {
				const notes = generateVault(size, context.today, SEED);
				const dir = join('bench-vaults', `realistic-${size}`);
				const bytes = writeVault(dir, notes, `${size} ${SEED} ${context.today} v${GENERATOR_VERSION}`);
				const n = label(size);
				table.add({ id: `vault.${n}.mb`, label: `vault ${n}: Markdown`, value: bytes / 1e6, unit: 'MB', note: `${(bytes / size / 1000).toFixed(2)} KB per note` });
				const measured = measureIndex(notes, context.today);
				const starts = measureColdStarts(size, context.today, SEED, context.runs);
				const startCpu = starts.map((start) => start.coldCpuMs).sort((a, b) => a - b);
				const startWall = starts.map((start) => start.coldWallMs).sort((a, b) => a - b);
				table.add({ id: `index.${n}.cold-cpu-ms`, label: `cold index CPU, ${n} (parse + upsert, texts in memory, fresh process, median of ${starts.length})`, value: startCpu[Math.floor(startCpu.length / 2)], unit: 'ms', note: `${startCpu[0].toFixed(0)}–${startCpu[startCpu.length - 1].toFixed(0)} ms; wall median ${startWall[Math.floor(startWall.length / 2)].toFixed(0)} ms` }, atMost(size >= 50_000 ? 5_000 : 1_000 * (size / 10_000), size >= 50_000 ? '≤ 5 s' : '≤ 1 s at 10k'));
				table.add({ id: `index.${n}.cold-cpu-in-bench-ms`, label: `cold index CPU, ${n}, in the bench's own process (after the corpora and hostile notes were parsed)`, value: measured.coldCpuMs, unit: 'ms', note: `wall ${measured.coldWallMs.toFixed(0)} ms` });
				table.add({ id: `index.${n}.heap-per-10k-mb`, label: `retained index heap per 10k notes, ${n}`, value: (measured.heapMb * 10_000) / size, unit: 'MB', note: `${measured.heapMb.toFixed(1)} MB in all` }, atMost(25, '≤ 25 MB'));
				table.add({ id: `index.${n}.escalated`, label: `generated notes sent to remark, ${n}`, value: measured.escalated, unit: 'notes' });
				table.add({ id: `index.${n}.update-p95-ms`, label: `one-note update p95, ${n} (re-parse + upsert, wall, 200 updates)`, value: measured.updateP95Ms, unit: 'ms', note: `CPU mean ${measured.updateCpuMeanMs.toFixed(2)} ms` }, atMost(1, '≤ 1 ms'));
				table.add({ id: `index.${n}.edit-dashboard-ms`, label: `dashboard model after one edit, ${n} (re-parse + upsert + derivation, CPU, median of 15)`, value: measured.editCpuMedianMs, unit: 'ms', note: `wall median ${measured.editMedianMs.toFixed(1)} ms, max ${measured.editMaxMs.toFixed(0)} ms` }, size >= 50_000 ? atMost(16, '≤ 16 ms at 50k') : undefined);
				context.vaults.set(size, { notes, dir, index: measured.index });
			}
		},
	},
	{ name: 'plugin stalls', run: (table) => addStallRows(table) },
	{
		name: 'derivation edits',
		run: (table, context) => {
			for (const vault of context.vaults.values()) measureDerivationEdits(table, vault.index, vault.notes, context.today);
		},
	},
	{
		name: 'redaction',
		run: (table, context) => {
			for (const [size, vault] of context.vaults) measureRedactionRows(table, vault.index, label(size), context.today);
		},
	},
	{
		name: 'campaign chart',
		run: (table, context) => {
			for (const [size, vault] of context.vaults) measureChartRows(table, vault.index, label(size), context.today);
		},
	},
	{
		name: 'report process',
		run: (table, context) => {
			for (const [size, vault] of context.vaults) {
				const n = label(size);
				const { report, read, oneWorker } = compareReportWithRead(vault.dir, context.today, context.runs);
				table.add({ id: `report.${n}.ratio`, label: `\`report --format json\` / bare read, ${n} (whole process, wall)`, value: report.wallMs / read.wallMs, unit: '×', note: `${report.wallMs.toFixed(0)} ms vs ${read.wallMs.toFixed(0)} ms` }, atMost(3, '≤ 3×'));
				table.add({ id: `report.${n}.cpu-ratio`, label: `\`report --format json\` / bare read, ${n} (whole process, CPU)`, value: report.cpuMs / read.cpuMs, unit: '×', note: `${report.cpuMs.toFixed(0)} ms vs ${read.cpuMs.toFixed(0)} ms; wall is at the mercy of other load on the machine` });
				table.add({ id: `report.${n}.wall-ms`, label: `\`report --format json\` wall time, ${n}`, value: report.wallMs, unit: 'ms', note: `CPU ${report.cpuMs.toFixed(0)} ms` });
				table.add({ id: `report.${n}.one-worker-ratio`, label: `\`report --format json\` with one worker thread (RO_WORKERS=1) / bare read, ${n} (whole process, wall)`, value: oneWorker.wallMs / read.wallMs, unit: '×', note: `${oneWorker.wallMs.toFixed(0)} ms, CPU ${oneWorker.cpuMs.toFixed(0)} ms, peak RSS ${(oneWorker.maxRssKb / 1024).toFixed(0)} MB; by default workers from 25,000 notes on with 3+ cores, here ${availableParallelism()}` });
				table.add({ id: `report.${n}.rss-mb`, label: `\`report\` peak RSS, ${n}`, value: report.maxRssKb / 1024, unit: 'MB', note: `bare read ${(read.maxRssKb / 1024).toFixed(0)} MB` });
				const warm = measureWarmReport(vault.dir, context.today, context.runs);
				table.add({ id: `report.${n}.warm-ratio`, label: `\`report\` with the JIT warmed up (4th run in one process) + a CLI start, / bare read, ${n}`, value: (warm.warmMs + warm.startMs) / read.wallMs, unit: '×', note: `${warm.warmMs.toFixed(0)} + ${warm.startMs.toFixed(0)} ms: what is left of the ratio without V8's warm-up` });
			}
		},
	},
];

/**
 * The plugin's longest main-thread gaps, measured by the e2e heartbeat scenario (the built main.js
 * in Chromium over the generated 10k vault), which writes them to tests/e2e/stalls.json.
 */
function addStallRows(table: BenchTable): void {
	const run = spawnSync(process.execPath, ['tests/e2e/run.mjs', '--stalls-only'], { encoding: 'utf8', maxBuffer: 1 << 26 });
	if (run.status !== 0) {
		console.error(`  (the e2e stall scenario failed: stalls skipped)\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
		return;
	}
	const stalls = JSON.parse(readFileSync(join('tests', 'e2e', 'stalls.json'), 'utf8')) as { notes: number; rows: Array<{ measure: string; ms: number; note?: string }> };
	const n = label(stalls.notes);
	for (const row of stalls.rows) {
		table.add({ id: `stall.${n}.${row.measure.replace(/\W+/g, '-')}`, label: `longest main-thread stall, ${row.measure}, ${n} (built plugin in Chromium, 10 ms heartbeat)`, value: row.ms, unit: 'ms', ...(row.note !== undefined ? { note: row.note } : {}) }, atMost(50, '≤ 50 ms'));
	}
}

function main(): void {
	const context: BenchContext = {
		today: TODAY,
		sizes: readOption('--sizes', '10000,50000').split(',').map(Number).filter((size) => size > 0),
		runs: Number(readOption('--runs', '3')),
		vaults: new Map(),
	};
	const jsonPath = readOption('--json', join('bench-vaults', 'bench-results.json'));
	const table = new BenchTable();
	console.error(`Relational Organizer bench: node ${process.version}, ${availableParallelism()} CPUs, today ${TODAY}, seed ${SEED}`);
	for (const section of SECTIONS) {
		console.error(`\n# ${section.name}`);
		section.run(table, context);
	}
	console.log(`\nnode ${process.version}, ${availableParallelism()} CPUs, ${(globalThis as { gc?: unknown }).gc ? 'gc exposed' : 'no --expose-gc (heap rough)'}\n`);
	console.log(table.format());
	mkdirSync('bench-vaults', { recursive: true });
	writeFileSync(jsonPath, `${JSON.stringify({ node: process.version, today: TODAY, seed: SEED, rows: table.toJson() }, null, 2)}\n`);
	console.log(`\nJSON: ${jsonPath}`);
}

main();
