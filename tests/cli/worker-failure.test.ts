import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateVault, writeVault } from '../../bench/generate-vault';
import { readNotes, readNotesInWorkers, type NoteFile, type NoteOutcome, type ReadCounts, type WorkerPlan } from '../../src/cli/parallel-read';
import type { ParseOptions } from '../../src/core/note-parser';
import type { Fault } from '../support/faulty-read-worker';

const TODAY = '2026-11-29';
const OPTIONS: ParseOptions = { peopleFolder: 'People', oneOnOneFolder: '1-on-1s' };
let dir = '';
let vault = '';
let files: NoteFile[] = [];
let alone: NoteOutcome[] = [];

/** Bundles the test-only worker with this fault (the real worker loop, one worker misbehaving). */
async function buildWorker(name: string, fault: Fault): Promise<URL> {
	const outfile = join(dir, `${name}.mjs`);
	await esbuild.build({
		entryPoints: ['tests/support/faulty-read-worker.ts'], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent',
		define: { FAULT: JSON.stringify(fault) },
	});
	return pathToFileURL(outfile);
}

/** Reads the vault on workers running `script`, ten notes a batch, and returns what was delivered, in order. */
function readWith(plan: Omit<WorkerPlan, 'batchNotes'>): { outcomes: NoteOutcome[]; counts: ReadCounts } {
	const outcomes: NoteOutcome[] = [];
	const counts = readNotesInWorkers(vault, files, OPTIONS, (outcome) => outcomes.push(outcome), { batchNotes: 10, ...plan });
	return { outcomes, counts };
}

/** What every run must deliver: each note once, in path order, exactly as one thread reads them. */
function expectWhole(outcomes: readonly NoteOutcome[], counts: ReadCounts): void {
	expect(outcomes.map((outcome) => outcome.path)).toEqual(files.map((file) => file.path));
	expect(outcomes).toEqual(alone);
	expect(counts.byWorkers + counts.byMain).toBe(files.length);
}

describe('reading on workers when a worker stops or fails', () => {
	const scripts = new Map<string, URL>();

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'ro-worker-failure-'));
		vault = join(dir, 'vault');
		const notes = generateVault(300, TODAY, 11);
		writeVault(vault, notes, 'test');
		// A folder named like a note, and a note listed but gone: outcomes that are failures, between the facts.
		mkdirSync(join(vault, 'People', 'Broken.md'));
		const paths = [...notes.map((note) => note.path), 'People/Broken.md', 'People/Gone.md'].sort();
		files = paths.map((path) => ({ path, regular: path !== 'People/Broken.md' }));
		alone = [];
		readNotes(vault, files, OPTIONS, (outcome) => alone.push(outcome));
		const faults: Record<string, Fault> = {
			healthy: { slot: -1, how: 'exit', afterNotes: 0, sleepMs: 0 },
			exits: { slot: 0, how: 'exit', afterNotes: 3, sleepMs: 0 },
			crashes: { slot: 0, how: 'crash', afterNotes: 3, sleepMs: 0 },
			throws: { slot: 0, how: 'throw', afterNotes: 3, sleepMs: 0 },
			secondExits: { slot: 1, how: 'exit', afterNotes: 0, sleepMs: 0 },
			stalls: { slot: 0, how: 'stall', afterNotes: 2, sleepMs: 3000 },
			slow: { slot: 0, how: 'slow', afterNotes: 0, sleepMs: 250 },
			unloadable: { slot: 0, how: 'unloadable', afterNotes: 0, sleepMs: 0 },
		};
		for (const [name, fault] of Object.entries(faults)) scripts.set(name, await buildWorker(name, fault));
	}, 120_000);

	it('reads the same notes as one thread when the workers are well', () => {
		expect(alone.length).toBe(files.length);
		expect(alone.filter((outcome) => 'failure' in outcome).map((outcome) => outcome.path)).toEqual(['People/Broken.md', 'People/Gone.md']);
		const { outcomes, counts } = readWith({ script: scripts.get('healthy')!, workers: 2 });
		expectWhole(outcomes, counts);
	}, 30_000);

	it('reads the batch of a worker whose thread ended mid-batch itself, without waiting on it', () => {
		// The worker never replies; a stall threshold of 200 ms, not a minute, is what hands its batch over.
		const { outcomes, counts } = readWith({ script: scripts.get('exits')!, workers: 1, stallMs: 200 });
		expectWhole(outcomes, counts);
		expect(counts.takenOver).toBeGreaterThanOrEqual(1);
	}, 30_000);

	it('reads the batch of a worker ended by an uncaught error, and its error event ends nothing', async () => {
		const { outcomes, counts } = readWith({ script: scripts.get('crashes')!, workers: 1, stallMs: 200 });
		expectWhole(outcomes, counts);
		expect(counts.takenOver).toBeGreaterThanOrEqual(1);
		// The worker's error event comes once the event loop runs again: it must not be an unhandled error.
		await new Promise((resolve) => setTimeout(resolve, 200));
	}, 30_000);

	it('reads the batch whose parse threw in a worker itself, from the error reply', () => {
		// The stall threshold is far away: the error reply alone hands the batch over.
		const { outcomes, counts } = readWith({ script: scripts.get('throws')!, workers: 1, stallMs: 600_000 });
		expectWhole(outcomes, counts);
		expect(counts.takenOver).toBeGreaterThanOrEqual(1);
	}, 30_000);

	it('goes on with the other workers when one of them ends', () => {
		const { outcomes, counts } = readWith({ script: scripts.get('secondExits')!, workers: 2, stallMs: 200 });
		expectWhole(outcomes, counts);
		expect(counts.takenOver).toBeGreaterThanOrEqual(1);
	}, 30_000);

	it('reads the batch of a worker that never started', () => {
		const { outcomes, counts } = readWith({ script: scripts.get('unloadable')!, workers: 1, startMs: 300 });
		expectWhole(outcomes, counts);
		expect(counts.takenOver).toBeGreaterThanOrEqual(1);
	}, 30_000);

	it('reads the batch of a worker stuck on one note too, and adds each note once', () => {
		const { outcomes, counts } = readWith({ script: scripts.get('stalls')!, workers: 1, stallMs: 200 });
		expectWhole(outcomes, counts);
		expect(counts.takenOver).toBeGreaterThanOrEqual(1);
	}, 30_000);

	it('leaves a slow worker its batch while it finishes note after note, though the batch takes longer than the threshold', () => {
		// 10 notes of 250 ms each: the batch takes 2.5 s, each note well under the 1 s threshold.
		const { outcomes, counts } = readWith({ script: scripts.get('slow')!, workers: 1, stallMs: 1000 });
		expectWhole(outcomes, counts);
		expect(counts.takenOver).toBe(0);
		expect(counts.byWorkers).toBeGreaterThanOrEqual(10);
	}, 30_000);
});
