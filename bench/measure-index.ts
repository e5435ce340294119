/**
 * The core in one process, on notes already in memory: the cold index (parse + upsert of every
 * note, CPU time), the heap the index retains, one-note updates, and the dashboard model after one
 * edit (re-parse + upsert + derivation, as the plugin does on a change).
 */
import { deriveDashboard } from '../src/core/derive';
import { parseNote } from '../src/core/note-parser';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import type { GeneratedNote } from './generate-vault';

const gc = (globalThis as { gc?: () => void }).gc;

function heapBytes(): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function cpuMs(since: NodeJS.CpuUsage): number {
	const usage = process.cpuUsage(since);
	return (usage.user + usage.system) / 1000;
}

/** What the in-process measures found for one vault. */
export interface IndexMeasures {
	readonly coldCpuMs: number;
	readonly coldWallMs: number;
	readonly heapMb: number;
	readonly escalated: number;
	readonly updateP95Ms: number;
	readonly updateCpuMeanMs: number;
	readonly editMedianMs: number;
	readonly editCpuMedianMs: number;
	readonly editMaxMs: number;
	readonly index: VaultIndex;
}

/** The first index of `notes`, as the plugin builds it (parse + upsert of each), timed. */
export function indexColdly(notes: readonly GeneratedNote[]): { readonly index: VaultIndex; readonly coldCpuMs: number; readonly coldWallMs: number; readonly escalated: number } {
	const index = new VaultIndex();
	let escalated = 0;
	const cpu = process.cpuUsage();
	const started = performance.now();
	for (const note of notes) {
		const facts = parseNote(note.path, note.text);
		if (facts.parsePath !== 'fast') escalated++;
		index.upsert(facts);
	}
	const coldWallMs = performance.now() - started;
	return { index, coldCpuMs: cpuMs(cpu), coldWallMs, escalated };
}

/** Builds the index of `notes` and measures it; keeps the index for sections that follow. */
export function measureIndex(notes: readonly GeneratedNote[], today: string): IndexMeasures {
	const before = heapBytes();
	const { index, coldCpuMs, coldWallMs, escalated } = indexColdly(notes);
	const heapMb = (heapBytes() - before) / 1024 / 1024;

	// The first derivation is part of opening the dashboard, not of an edit.
	deriveDashboard(index, DEFAULT_SETTINGS, today);
	const oneOnOnes = notes.filter((note) => note.path.startsWith('1-on-1s/'));
	const updates: number[] = [];
	// CPU time beside wall time: on a shared machine, wall time also counts the waits for a core.
	// The process's CPU clock is too coarse for one sub-millisecond update, so CPU is the mean over all.
	const updatesCpu = process.cpuUsage();
	const UPDATES = 200;
	for (let i = 0; i < UPDATES; i++) {
		const note = oneOnOnes[(i * 7919) % oneOnOnes.length];
		const text = `${note.text}\n- [ ] bench edit ${i}\n`;
		const t = performance.now();
		index.upsert(parseNote(note.path, text));
		updates.push(performance.now() - t);
	}
	const updateCpuMeanMs = cpuMs(updatesCpu) / UPDATES;
	// The pane derived after those updates too: an edit is charged for itself, not for 200 before it.
	deriveDashboard(index, DEFAULT_SETTINGS, today);
	const edits: number[] = [];
	const editsCpu: number[] = [];
	for (let i = 0; i < 15; i++) {
		const note = oneOnOnes[(i * 104729) % oneOnOnes.length];
		const text = i % 2 === 0 ? note.text.replace('- [ ] ', '- [x] ') : `${note.text}\n- [ ] another promise ${i} 📅 ${today}\n`;
		const t = performance.now();
		const cpu = process.cpuUsage();
		index.upsert(parseNote(note.path, text));
		deriveDashboard(index, DEFAULT_SETTINGS, today);
		editsCpu.push(cpuMs(cpu));
		edits.push(performance.now() - t);
	}
	return {
		coldCpuMs,
		coldWallMs,
		heapMb,
		escalated,
		updateP95Ms: percentile(updates, 0.95),
		updateCpuMeanMs,
		editMedianMs: percentile(edits, 0.5),
		editCpuMedianMs: percentile(editsCpu, 0.5),
		editMaxMs: Math.max(...edits),
		index,
	};
}
