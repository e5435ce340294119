/**
 * The worker's side of reading notes on worker threads (parallel-read.ts is the main thread's):
 * what a worker is started with, the messages it is sent and replies, and its loop. A worker reads
 * and parses each batch it is sent, and says in shared memory how far it has got, note by note, so
 * that the main thread can tell a worker that is working from one that has stopped.
 */
import { join } from 'node:path';
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
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

/**
 * The shared counters, as 32-bit integers: at {@link REPLIES} the replies sent by all workers (the
 * main thread sleeps until it changes), at `PROGRESS + slot` a worker's progress: one once its loop
 * has started, then one more per note it has finished.
 */
export const REPLIES = 0;
export const PROGRESS = 1;

/** What a worker is started with. */
export interface WorkerInput {
	readonly role: 'relational-organizer-read';
	readonly vault: string;
	readonly options: ParseOptions;
	readonly port: MessagePort;
	readonly signal: SharedArrayBuffer;
	readonly slot: number;
}

/** A batch to read (its index among the batches and its files), or `batch: -1`: there is no more. */
export interface BatchRequest {
	readonly batch: number;
	readonly files: readonly NoteFile[];
}

/** A batch's outcomes, in the order of its files, or why reading it failed. */
export type BatchReply = { readonly batch: number; readonly outcomes: NoteOutcome[] } | { readonly batch: number; readonly error: string };

/** Reads and parses a batch, calling `noteDone` after each note (what a worker runs; tests may run another). */
export type BatchReader = (vault: string, files: readonly NoteFile[], options: ParseOptions, noteDone: () => void) => NoteOutcome[];

/**
 * Reads and parses a batch of notes, every path reads them so: the main thread, alone or not, and
 * the workers. Calls `noteDone` after each note, once its facts exist.
 */
export function readNoteOutcomes(vault: string, files: readonly NoteFile[], options: ParseOptions, noteDone?: () => void): NoteOutcome[] {
	const reads = readRegularFiles(files.map((file) => ({ path: join(vault, file.path), knownRegular: file.regular })), NOTE_MAX_BYTES);
	return files.map(({ path }, at) => {
		const result = reads[at];
		let outcome: NoteOutcome;
		if ('text' in result) outcome = { path, facts: parseNote(path, result.text, options) };
		// Known by name and listed under Notes to fix through the index, exactly as the plugin does.
		else if (result.reason === 'too-large') outcome = { path, facts: buildTooLargeNote(path) };
		else outcome = { path, failure: result };
		noteDone?.();
		return outcome;
	});
}

/**
 * A worker's loop: read and parse each batch it is sent with `readBatch`, reply, and wake the main
 * thread; an error reading a batch is replied too, so the main thread reads that batch itself.
 */
export function runReadWorker(input: WorkerInput, readBatch: BatchReader = readNoteOutcomes): void {
	const counters = new Int32Array(input.signal);
	const noteDone = (): void => {
		// No wake-up per note: the main thread looks at this only when it has been waiting a while.
		Atomics.add(counters, PROGRESS + input.slot, 1);
	};
	// Started: from now on the main thread expects a note finished every so often.
	noteDone();
	const reply = (message: BatchReply): void => {
		input.port.postMessage(message);
		Atomics.add(counters, REPLIES, 1);
		Atomics.notify(counters, REPLIES);
	};
	// Structured clone copies every string: the facts need no copy of their own here.
	const options: ParseOptions = { ...input.options, copy: false };
	input.port.on('message', (request: BatchRequest) => {
		if (request.batch < 0) {
			input.port.close();
			return;
		}
		try {
			reply({ batch: request.batch, outcomes: readBatch(input.vault, request.files, options, noteDone) });
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
