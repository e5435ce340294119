/**
 * The campaign chart (issue #17) against the dashboard model it is derived beside, in process from
 * the built index on: a fresh derivation's follow-up model, then its chart. Runs interleaved.
 */
import { performance } from 'node:perf_hooks';
import { toChartJson } from '../src/core/chart-json';
import { buildDerivation } from '../src/core/derive';
import type { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import type { BenchTable } from './table';

function median(samples: number[]): number {
	return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Adds the chart rows for one vault (`n` is its size label) to the bench table. */
export function measureChartRows(table: BenchTable, index: VaultIndex, n: string, today: string): void {
	const derivations: number[] = [];
	const charts: number[] = [];
	let units = 0;
	for (let i = 0; i < 6; i++) {
		let start = performance.now();
		const derived = buildDerivation(index, DEFAULT_SETTINGS, today);
		const derivationMs = performance.now() - start;
		start = performance.now();
		units = toChartJson(derived.chart).units.length;
		const chartMs = performance.now() - start;
		// The first run warms up the JIT.
		if (i > 0) {
			derivations.push(derivationMs);
			charts.push(chartMs);
		}
	}
	const d = median(derivations);
	const c = median(charts);
	table.add({ id: `chart.${n}.ms`, label: `campaign chart on top of the dashboard model, ${n} (in process, median of 5)`, value: c, unit: 'ms', note: `${units} units; the derivation itself ${d.toFixed(0)} ms` });
}
