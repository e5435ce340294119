/**
 * Reading and parsing a large vault's notes on worker threads. Parsing is most of a report's time
 * and each note is parsed on its own, so the notes are cut into batches that the workers and the
 * main thread read and parse, while the main thread adds the facts to the index in path order, the
 * order the single-threaded reader uses, so the index is the same.
 *
 * Only from PARALLEL_MIN_NOTES on: a worker starts cold (its own JIT) and every fact crosses threads
 * by structured clone, so on the 2-core machine it was measured on, one worker plus the main thread
 * made the report of a 10k vault slower (2.15 s against 1.84 s) and that of a 50k vault faster
 * (6.8 s against 8.4 s). `RO_WORKERS=N` asks for N workers whatever the size, 0 for none.
 *
 * The main thread stays synchronous, as the rest of the CLI is: it reads batches itself and sleeps
 * on an `Atomics.wait` only when none is left, then takes a worker's batch with
 * `receiveMessageOnPort`. Structured clone copies every string, so no fact keeps a worker's file text
 * alive. Only the built CLI (`dist/cli.js`, a file a worker can start) uses workers; a worker that
 * fails or goes silent makes the rest be read on the main thread, never a partial index.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { NoteFacts } from '../core/model';
import { parseNote, type ParseOptions } from '../core/note-parser';
import { buildTooLargeNote, NOTE_MAX_BYTES } from '../core/note-size';
import { readRegularFiles, type ReadFailure } from './read-file';

/** A Markdown file to read: its vault path, and whether the folder listing saw a regular file (not a symlink). */
export interface NoteFile {
	readonly path: string;
	readonly regular: boolean;
}

/** One note's outcome: its facts, or why it was not read. */
export type NoteOutcome = { readonly path: string; readonly facts: NoteFacts } | { readonly path: string; readonly failure: ReadFailure };

/** Fewer notes than this are read on the main thread alone (see the module comment for the measures). */
const PARALLEL_MIN_NOTES = 25_000;
/** Notes per batch: small enough to keep every worker busy to the end, large enough that messages are few. */
const BATCH_NOTES = 250;
/** At most this many workers: the main thread's own share (adding to the index) limits the gain beyond. */
const MAX_WORKERS = 3;

/** What a worker is started with. */
interface WorkerInput {
	readonly role: 'relational-organizer-read';
	readonly vault: string;
	readonly options: ParseOptions;
	readonly port: MessagePort;
	readonly signal: SharedArrayBuffer;
	readonly slot: number;
}

/** Reads and parses a batch of notes (every path reads them so: the main thread, alone or not, and the workers). */
function readNoteOutcomes(vault: string, files: readonly NoteFile[], options: ParseOptions): NoteOutcome[] {
	const reads = readRegularFiles(files.map((file) => ({ path: join(vault, file.path), knownRegular: file.regular })), NOTE_MAX_BYTES);
	return files.map(({ path }, at) => {
		const result = reads[at];
		if ('text' in result) return { path, facts: parseNote(path, result.text, options) };
		// Known by name and listed under Notes to fix through the index, exactly as the plugin does.
		if (result.reason === 'too-large') return { path, facts: buildTooLargeNote(path) };
		return { path, failure: result };
	});
}

/** The script a worker runs: this module's bundle, when it is a built `.js` file (tests run the `.ts` source). */
function findWorkerScript(): URL | undefined {
	const url = new URL(import.meta.url);
	return url.protocol === 'file:' && /\.m?js$/.test(url.pathname) ? url : undefined;
}

/**
 * How many workers to start for `count` notes: `RO_WORKERS` when it is a number (at most one per
 * batch); else one per core besides the main thread's, from PARALLEL_MIN_NOTES notes on.
 */
function countWorkers(count: number): number {
	const asked = process.env.RO_WORKERS;
	if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), Math.ceil(count / BATCH_NOTES));
	if (count < PARALLEL_MIN_NOTES) return 0;
	return Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/**
 * Reads and parses `files` (sorted by path) under `vault`, calling `take` with each outcome in the
 * order of `files`. Uses worker threads for a large vault when running from the built CLI; whatever they did
 * not deliver (a worker failed or went silent) is read on the main thread, so the result is whole.
 */
export function readNotes(vault: string, files: readonly NoteFile[], options: ParseOptions, take: (outcome: NoteOutcome) => void): void {
	const started = performance.now();
	const script = findWorkerScript();
	const workers = script === undefined ? 0 : countWorkers(files.length);
	let delivered = 0;
	const readByMain = { count: 0 };
	if (workers >= 1 && script !== undefined) {
		delivered = readInWorkers(script, vault, files, options, workers, (outcomes) => {
			for (const outcome of outcomes) take(outcome);
		}, readByMain);
	}
	for (let at = delivered; at < files.length; at += BATCH_NOTES) {
		for (const outcome of readNoteOutcomes(vault, files.slice(at, at + BATCH_NOTES), options)) take(outcome);
	}
	// For tests and for measuring: which way the notes were read.
	if (process.env.RO_READ_TRACE === '1') {
		process.stderr.write(`read ${files.length} notes: ${delivered - readByMain.count} by ${workers} workers, ${files.length - delivered + readByMain.count} on the main thread, in ${Math.round(performance.now() - started)} ms\n`);
	}
}

/** No batch finished for this long: a worker is taken to have died (out of memory), and the rest is read here. */
const SILENCE_MS = 60_000;

/**
 * Reads `files` by `count` workers and the main thread, each taking the next unassigned batch when
 * it finishes one (the main thread whenever no worker's batch is waiting to be added),
 * handing each batch's outcomes to `take` in path order as soon as every batch before it is in.
 * Returns how many files were delivered (all of them, unless a worker failed).
 */
function readInWorkers(script: URL, vault: string, files: readonly NoteFile[], options: ParseOptions, count: number, take: (outcomes: readonly NoteOutcome[]) => void, readByMain: { count: number }): number {
	const batches: Array<readonly NoteFile[]> = [];
	for (let start = 0; start < files.length; start += BATCH_NOTES) batches.push(files.slice(start, start + BATCH_NOTES));
	// signal[0]: bumped by a worker after each reply, so the main thread can sleep until one arrives.
	const signal = new SharedArrayBuffer(4);
	const flag = new Int32Array(signal);
	const waiting = new Map<number, readonly NoteOutcome[]>();
	const started: Array<{ readonly worker: Worker; readonly port: MessagePort }> = [];
	let assigned = 0;
	let delivered = 0;
	let deliveredPaths = 0;
	const assign = (slot: number): void => {
		const batch = assigned < batches.length ? assigned++ : -1;
		started[slot].port.postMessage({ batch, files: batch < 0 ? [] : batches[batch] });
	};
	try {
		for (let slot = 0; slot < count; slot++) {
			const channel = new MessageChannel();
			const input: WorkerInput = { role: 'relational-organizer-read', vault, options, port: channel.port2, signal, slot };
			try {
				started.push({ worker: new Worker(script, { workerData: input, transferList: [channel.port2] }), port: channel.port1 });
			} catch {
				// No thread could be started (a resource limit): read on the main thread instead.
				return 0;
			}
			assign(slot);
		}
		let quietSince = performance.now();
		while (delivered < batches.length) {
			const seen = Atomics.load(flag, 0);
			let progressed = false;
			for (let slot = 0; slot < started.length; slot++) {
				for (let message = receiveMessageOnPort(started[slot].port); message !== undefined; message = receiveMessageOnPort(started[slot].port)) {
					const reply = message.message as { batch: number; outcomes?: NoteOutcome[] };
					if (reply.outcomes === undefined) return deliveredPaths;
					progressed = true;
					waiting.set(reply.batch, reply.outcomes);
					assign(slot);
				}
			}
			for (let ready = waiting.get(delivered); ready !== undefined; ready = waiting.get(delivered)) {
				waiting.delete(delivered);
				take(ready);
				deliveredPaths += ready.length;
				delivered++;
			}
			if (!progressed && assigned < batches.length) {
				// Nothing came in: rather than wait, the main thread reads the next batch itself.
				const mine = assigned++;
				waiting.set(mine, readNoteOutcomes(vault, batches[mine], options));
				readByMain.count += batches[mine].length;
				progressed = true;
			}
			if (progressed) quietSince = performance.now();
			else if (performance.now() - quietSince > SILENCE_MS) return deliveredPaths;
			else Atomics.wait(flag, 0, seen, 1000);
		}
		return deliveredPaths;
	} finally {
		for (const { worker, port } of started) {
			port.close();
			void worker.terminate();
		}
	}
}

/** A worker's loop: read and parse each batch it is sent, reply, and wake the main thread. */
function runReadWorker(input: WorkerInput): void {
	const flag = new Int32Array(input.signal);
	const reply = (message: unknown): void => {
		input.port.postMessage(message);
		Atomics.add(flag, 0, 1);
		Atomics.notify(flag, 0);
	};
	input.port.on('message', (request: { batch: number; files: readonly NoteFile[] }) => {
		if (request.batch < 0) {
			input.port.close();
			return;
		}
		try {
			// Structured clone copies every string: the facts need no copy of their own here.
			const options: ParseOptions = { ...input.options, copy: false };
			reply({ batch: request.batch, outcomes: readNoteOutcomes(input.vault, request.files, options) });
		} catch (error) {
			reply({ batch: request.batch, error: String(error) });
		}
	});
}

/** True (and the worker started) when this thread is one of our read workers. */
export function startReadWorkerIfAsked(): boolean {
	const input = workerData as Partial<WorkerInput> | null;
	if (isMainThread || input?.role !== 'relational-organizer-read') return false;
	runReadWorker(input as WorkerInput);
	return true;
}
