/**
 * `report --format json --redact` against the plain report, in process from the built index on
 * (parsing, the same for both, would hide the cost): a fresh derivation, then (names, the one
 * matcher, the redacted model,) the JSON. Runs are interleaved so both see the same load.
 */
import { performance } from 'node:perf_hooks';
import { buildDerivation } from '../src/core/derive';
import { buildNameMatcher, redactModel, showModel } from '../src/core/redact';
import { toReportJson } from '../src/core/report-json';
import type { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import type { BenchTable } from './table';
import { atMost } from './table';

function median(samples: number[]): number {
	return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Adds the redaction rows for one vault (`n` is its size label) to the bench table. */
export function measureRedactionRows(table: BenchTable, index: VaultIndex, n: string, today: string): void {
	const report = (redact: boolean): string => {
		const derived = buildDerivation(index, DEFAULT_SETTINGS, today);
		const shown = redact ? redactModel(derived.followUps, derived.redactor) : showModel(derived.followUps);
		return JSON.stringify(toReportJson(shown.model), null, 2);
	};
	report(false);
	report(true);
	const plain: number[] = [];
	const redacted: number[] = [];
	for (let i = 0; i < 5; i++) {
		let start = performance.now();
		report(false);
		plain.push(performance.now() - start);
		start = performance.now();
		report(true);
		redacted.push(performance.now() - start);
	}
	const derived = buildDerivation(index, DEFAULT_SETTINGS, today);
	const names = derived.redactionNames;
	const matcherStart = performance.now();
	buildNameMatcher(names);
	const matcherMs = performance.now() - matcherStart;
	const p = median(plain);
	const r = median(redacted);
	const people = derived.people.people.size.toLocaleString('en');
	table.add(
		{ id: `redact.${n}.ratio`, label: `\`report --redact\` / plain report, ${n} (${people} people, in process, median of 5)`, value: r / p, unit: '×', note: `${r.toFixed(0)} ms vs ${p.toFixed(0)} ms; ${names.length.toLocaleString('en')} names, matcher built in ${matcherMs.toFixed(0)} ms` },
		atMost(2, '≤ 2×'),
	);
}
