/**
 * The dashboard model after one edit (issue 15: ≤ 16 ms at 50k notes), per kind of edit: a
 * commitment ticked or added, an alias changed on a person note, a person note and a 1-on-1
 * renamed, and a new talk that follows up a person's earlier commitments. Each sample is re-parse +
 * upsert (or rename) + `deriveDashboard`, right after a derivation, as the pane does on a change.
 * Also the from-scratch build and the longest step of the stepped build (`deriveDashboardSteps`).
 *
 * Standalone: `node --expose-gc --import tsx bench/measure-derive.ts [sizes…]` (default 10000 50000).
 */
import { performance } from 'node:perf_hooks';
import { buildDerivation, deriveDashboard, deriveDashboardSteps, readDerivationPath } from '../src/core/derive';
import { parseNote } from '../src/core/note-parser';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import { generateVault, type GeneratedNote } from './generate-vault';
import { atMost, BenchTable } from './table';

function median(samples: readonly number[]): number {
	return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function cpuMs(since: NodeJS.CpuUsage): number {
	const usage = process.cpuUsage(since);
	return (usage.user + usage.system) / 1000;
}

/** One kind of edit: what it does to the index, given a sample number. */
interface EditKind {
	readonly id: string;
	readonly label: string;
	readonly apply: (i: number) => void;
}

/** The size label of a vault: `10k`, `50k`. */
function sizeLabel(count: number): string {
	return count >= 1000 ? `${Math.round(count / 1000)}k` : String(count);
}

/**
 * Measures each edit kind on `index` (built from `notes`, derived or not) and adds a row per kind
 * (median, with max and CPU in the note) plus the full build and the longest build step.
 * Edits change `index`; the texts of edited notes are tracked here so later edits build on them.
 */
export function measureDerivationEdits(table: BenchTable, index: VaultIndex, notes: readonly GeneratedNote[], today: string, samples = 15): void {
	const n = sizeLabel(index.size);
	const texts = new Map(notes.map((note) => [note.path, note.text]));
	const talks = notes.filter((note) => note.path.startsWith('1-on-1s/')).map((note) => note.path);
	const persons = notes.filter((note) => note.path.startsWith('People/')).map((note) => note.path);
	const upsert = (path: string, text: string): void => {
		texts.set(path, text);
		index.upsert(parseNote(path, text));
	};
	const rename = (from: string, to: string): void => {
		const text = texts.get(from) ?? '';
		texts.delete(from);
		texts.set(to, text);
		index.rename(from, parseNote(to, text));
	};
	const personOf = (talk: string): string | undefined => /person: "\[\[(.*)\]\]"/.exec(texts.get(talk) ?? '')?.[1];
	const kinds: EditKind[] = [
		{
			id: 'tick',
			label: 'a commitment ticked',
			apply: (i) => {
				const path = talks[(i * 7919) % talks.length];
				const text = texts.get(path) ?? '';
				upsert(path, text.includes('- [ ] ') ? text.replace('- [ ] ', '- [x] ') : text.replace('- [x] ', '- [ ] '));
			},
		},
		{
			id: 'add',
			label: 'a commitment added',
			apply: (i) => {
				const path = talks[(i * 104729) % talks.length];
				upsert(path, `${texts.get(path) ?? ''}\n- [ ] another promise ${i} 📅 ${today}\n`);
			},
		},
		{
			id: 'alias',
			label: 'an alias changed on a person note',
			apply: (i) => {
				const path = persons[(i * 31) % persons.length];
				upsert(path, (texts.get(path) ?? '').replace(/^aliases: \[/m, `aliases: [Nick${i}, `));
			},
		},
		{
			id: 'rename-person',
			label: 'a person note renamed',
			apply: (i) => {
				const path = persons[(i * 37) % persons.length];
				const to = path.replace(/\.md$/, ` renamed ${i}.md`);
				rename(path, to);
				persons[(i * 37) % persons.length] = to;
			},
		},
		{
			id: 'rename-talk',
			label: 'a 1-on-1 renamed',
			apply: (i) => {
				const at = (i * 41) % talks.length;
				const to = talks[at].replace(/\.md$/, ` (moved ${i}).md`);
				rename(talks[at], to);
				talks[at] = to;
			},
		},
		{
			id: 'new-talk',
			label: 'a new 1-on-1 that follows others up',
			apply: (i) => {
				const earlier = talks[(i * 43) % talks.length];
				const who = personOf(earlier) ?? 'Jo Chen';
				const path = `1-on-1s/${today} ${who} new ${i}.md`;
				upsert(path, ['---', 'type: one-on-one', `person: "[[${who}]]"`, `date: ${today}`, 'organizer: "[[Sam Rivera]]"', '---', '## Uplift', 'We went over what they did since.', '- [ ] bring one more coworker', ''].join('\n'));
				talks.push(path);
			},
		},
	];

	let start = performance.now();
	let cpu = process.cpuUsage();
	buildDerivation(index, DEFAULT_SETTINGS, today);
	const fullMs = performance.now() - start;
	const fullCpu = cpuMs(cpu);
	table.add({ id: `derive.full.${n}`, label: `dashboard model from scratch, ${n}`, value: fullMs, unit: 'ms', note: `CPU ${fullCpu.toFixed(0)} ms` });

	// The stepped build of a derivation the cache cannot reuse (another day): its longest step, in
	// wall time (what a frame sees) and CPU (on a shared machine, wall time also counts waits for a core).
	const steps = deriveDashboardSteps(index, DEFAULT_SETTINGS, '2000-01-01');
	const stepWall: number[] = [];
	const stepCpu: number[] = [];
	for (;;) {
		start = performance.now();
		cpu = process.cpuUsage();
		const next = steps.next();
		stepCpu.push(cpuMs(cpu));
		stepWall.push(performance.now() - start);
		if (next.done === true) break;
	}
	const p95 = [...stepWall].sort((a, b) => a - b)[Math.floor(stepWall.length * 0.95)];
	table.add(
		{
			id: `derive.step.${n}`,
			label: `longest step of the stepped dashboard build, ${n}`,
			value: Math.max(...stepWall),
			unit: 'ms',
			note: `${stepWall.length} steps, p95 ${p95.toFixed(1)} ms, longest CPU ${Math.max(...stepCpu).toFixed(1)} ms`,
		},
		atMost(5, '≲ 5 ms'),
	);

	deriveDashboard(index, DEFAULT_SETTINGS, today);
	for (const kind of kinds) {
		const wall: number[] = [];
		const cpus: number[] = [];
		let incremental = 0;
		for (let i = 0; i < samples; i++) {
			start = performance.now();
			cpu = process.cpuUsage();
			kind.apply(i);
			deriveDashboard(index, DEFAULT_SETTINGS, today);
			cpus.push(cpuMs(cpu));
			wall.push(performance.now() - start);
			if (readDerivationPath(index) === 'updated') incremental++;
		}
		table.add(
			{
				id: `derive.edit.${kind.id}.${n}`,
				label: `dashboard model after ${kind.label}, ${n} (median of ${samples})`,
				value: median(wall),
				unit: 'ms',
				note: `max ${Math.max(...wall).toFixed(1)} ms, CPU median ${median(cpus).toFixed(1)} ms, ${incremental}/${samples} incremental`,
			},
			atMost(16, '≤ 16 ms'),
		);
	}
}

const isMain = process.argv[1]?.endsWith('measure-derive.ts') === true;
if (isMain) {
	const today = '2026-11-29';
	const sizes = process.argv.slice(2).map(Number);
	const table = new BenchTable();
	for (const size of sizes.length > 0 ? sizes : [10_000, 50_000]) {
		const notes = generateVault(size, today);
		const index = new VaultIndex();
		for (const note of notes) index.upsert(parseNote(note.path, note.text));
		measureDerivationEdits(table, index, notes, today);
	}
	console.log(table.format());
}
