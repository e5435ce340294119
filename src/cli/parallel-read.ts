/**
 * Reading and parsing a large vault's notes on worker threads. Parsing is most of a report's time
 * and each note is parsed on its own, so the notes are cut into batches that the workers and the
 * main thread read and parse, while the main thread adds the facts to the index in path order, the
 * order the single-threaded reader uses, so the index is the same.
 *
 * Only from PARALLEL_MIN_NOTES on, and with two workers or more: a worker starts cold (its own JIT)
 * and every fact crosses threads by structured clone. On the 2-core machine it was measured on, one
 * worker plus the main thread made the report of a 10k vault slower (2.15 s against 1.84 s) and,
 * with the slower parser of then, that of a 50k vault faster (6.8 s against 8.4 s). Since the parse
 * got faster, one worker no longer pays at 50k either: 5.3–6.8 s against 4.8–6.7 s on one thread,
 * with 30% more CPU and 50 MB more memory (4 runs each, alternated). Two or more workers (three
 * cores or more) were not measured here. `RO_WORKERS=N` asks for N workers whatever the size, 0 for none.
 *
 * The main thread stays synchronous, as the rest of the CLI is: it reads batches itself and sleeps
 * on an `Atomics.wait` only when none is left, then takes a worker's batch with
 * `receiveMessageOnPort`. Structured clone copies every string, so no fact keeps a worker's file text
 * alive. Only the built CLI (`dist/cli.js`, a file a worker can start) uses workers.
 *
 * A worker can stop without a word: out of memory, or its thread killed. Nothing says so to a
 * thread that never returns to its event loop: the Worker's `exit` and `error` events wait for it,
 * and `receiveMessageOnPort` answers `undefined` alike for a dead worker's port and a busy one's
 * (measured on Node 20: exit, uncaught error, out of memory, terminate). So the main thread never
 * decides that a worker is dead. When it has nothing left to read and the next batch to add is a
 * worker's that has finished no note for STALL_MS (START_MS while it has not started yet), or that
 * replied an error, it reads that batch itself, and whichever copy is whole first is used: a slow
 * worker (one note can take seconds) only costs a batch read twice, never a note added twice or
 * out of order. A worker's errors come as events once the read is over, and are ignored.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ParseOptions } from '../core/note-parser';
import { PROGRESS, readNoteOutcomes, REPLIES, type BatchReply, type BatchRequest, type NoteFile, type NoteOutcome, type WorkerInput } from './read-worker';

export type { NoteFile, NoteOutcome } from './read-worker';
export { startReadWorkerIfAsked } from './read-worker';

/** Fewer notes than this are read on the main thread alone (see the module comment for the measures). */
const PARALLEL_MIN_NOTES = 25_000;
/** Notes per batch: small enough to keep every worker busy to the end, large enough that messages are few. */
const BATCH_NOTES = 250;
/** At most this many workers: the main thread's own share (adding to the index) limits the gain beyond. */
const MAX_WORKERS = 3;
/** Fewer workers than this (one, on two cores) are not started unless asked: one measured no faster (see above). */
const MIN_WORKERS = 2;
/**
 * A worker that has finished no note for this long, while the main thread has nothing else to do,
 * has its batch read by the main thread too. Realistic notes take well under a millisecond, so a
 * working worker is never near it; a huge hostile note can take longer, which costs a batch read twice.
 */
const STALL_MS = 1000;
/**
 * A worker not started this long after it was created (its thread could not load its script, or
 * the machine is that busy) has its batch read by the main thread too: starting takes a few hundred
 * milliseconds at most, on a busy machine, and is no sign of a stall.
 */
const START_MS = 10_000;

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
	const workers = Math.min(MAX_WORKERS, availableParallelism() - 1);
	return workers >= MIN_WORKERS ? workers : 0;
}

/**
 * Reads and parses `files` (sorted by path) under `vault`, calling `take` with each outcome in the
 * order of `files`. Uses worker threads for a large vault when running from the built CLI; whatever they did
 * not deliver (a worker failed or stopped) is read on the main thread, so the result is whole.
 */
export function readNotes(vault: string, files: readonly NoteFile[], options: ParseOptions, take: (outcome: NoteOutcome) => void): void {
	const started = performance.now();
	const script = findWorkerScript();
	const workers = script === undefined ? 0 : countWorkers(files.length);
	const counts = script !== undefined && workers >= 1 ? readNotesInWorkers(vault, files, options, take, { script, workers }) : readNotesHere(vault, files, options, take);
	// For tests and for measuring: which way the notes were read.
	if (process.env.RO_READ_TRACE === '1') {
		const takenOver = counts.takenOver > 0 ? ` (${counts.takenOver} batches taken over from workers)` : '';
		process.stderr.write(`read ${files.length} notes: ${counts.byWorkers} by ${workers} workers, ${counts.byMain} on the main thread${takenOver}, in ${Math.round(performance.now() - started)} ms\n`);
	}
}

/** How a read went: the notes delivered from workers and from the main thread, and the batches the main thread took over. */
export interface ReadCounts {
	readonly byWorkers: number;
	readonly byMain: number;
	/** Batches a worker was given but the main thread read (and delivered): the worker stopped, failed or was slow. */
	readonly takenOver: number;
}

/** How to read on workers: the script they run, how many, and (for tests) the batch size and the thresholds. */
export interface WorkerPlan {
	readonly script: URL;
	readonly workers: number;
	readonly batchNotes?: number;
	/** See STALL_MS and START_MS. */
	readonly stallMs?: number;
	readonly startMs?: number;
}

/**
 * A worker's error event: nothing to do, its batch was read on the main thread. A function of the
 * module, not an arrow inside the read: that one shares the read's scope, which the Worker then
 * keeps alive, and made the 50k report's peak memory ~100 MB higher in most runs (9 of 16, against 4 of 16).
 */
function ignoreWorkerError(): void {
	return undefined;
}

/** Reads every file on this thread, a batch at a time. */
function readNotesHere(vault: string, files: readonly NoteFile[], options: ParseOptions, take: (outcome: NoteOutcome) => void): ReadCounts {
	for (let at = 0; at < files.length; at += BATCH_NOTES) {
		for (const outcome of readNoteOutcomes(vault, files.slice(at, at + BATCH_NOTES), options)) take(outcome);
	}
	return { byWorkers: 0, byMain: files.length, takenOver: 0 };
}

/** A started worker, as the main thread sees it. */
interface Slot {
	readonly worker: Worker;
	readonly port: MessagePort;
	/** The batch it was last sent (-1: none left); it stays set after an error reply. */
	batch: number;
	/** It replied an error: it is sent nothing more. */
	failed: boolean;
	/** Its progress counter when last looked at, and when that was seen to change (or it was sent a batch). */
	progressSeen: number;
	progressAt: number;
}

/**
 * Reads `files` by `plan.workers` workers and the main thread, each taking the next unassigned
 * batch when it finishes one (the main thread whenever no worker's batch is waiting to be added),
 * handing each batch's outcomes to `take` in path order as soon as every batch before it is in.
 * Every file is delivered exactly once, whatever the workers do: a batch whose worker stopped or
 * failed is read by the main thread (see the module comment). Reads all on this thread when no
 * worker can be started.
 */
export function readNotesInWorkers(vault: string, files: readonly NoteFile[], options: ParseOptions, take: (outcome: NoteOutcome) => void, plan: WorkerPlan): ReadCounts {
	const size = plan.batchNotes ?? BATCH_NOTES;
	const stallMs = plan.stallMs ?? STALL_MS;
	const startMs = plan.startMs ?? START_MS;
	const batches: Array<readonly NoteFile[]> = [];
	for (let start = 0; start < files.length; start += size) batches.push(files.slice(start, start + size));
	const signal = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (PROGRESS + plan.workers));
	const counters = new Int32Array(signal);
	/** Batches read and not yet delivered (a later one waits for those before it), and who read them. */
	const waiting = new Map<number, { readonly outcomes: readonly NoteOutcome[]; readonly byMain: boolean }>();
	const slots: Slot[] = [];
	let assigned = 0;
	let delivered = 0;
	const counts = { byWorkers: 0, byMain: 0, takenOver: 0 };
	const assign = (slot: Slot, at: number): void => {
		slot.batch = assigned < batches.length ? assigned++ : -1;
		slot.progressSeen = Atomics.load(counters, PROGRESS + at);
		slot.progressAt = performance.now();
		const request: BatchRequest = { batch: slot.batch, files: slot.batch < 0 ? [] : batches[slot.batch] };
		slot.port.postMessage(request);
	};
	/** Takes in every reply that came; true if any did. */
	const collectReplies = (): boolean => {
		let any = false;
		slots.forEach((slot, at) => {
			for (let message = receiveMessageOnPort(slot.port); message !== undefined; message = receiveMessageOnPort(slot.port)) {
				any = true;
				const reply = message.message as BatchReply;
				if ('outcomes' in reply) {
					// A batch the main thread has read already (its worker was slow) is dropped.
					if (reply.batch >= delivered && !waiting.has(reply.batch)) waiting.set(reply.batch, { outcomes: reply.outcomes, byMain: false });
					assign(slot, at);
				} else {
					slot.failed = true;
					void slot.worker.terminate();
				}
			}
		});
		return any;
	};
	const deliverWaiting = (): void => {
		for (let ready = waiting.get(delivered); ready !== undefined; ready = waiting.get(delivered)) {
			waiting.delete(delivered);
			for (const outcome of ready.outcomes) take(outcome);
			if (ready.byMain) counts.byMain += ready.outcomes.length;
			else counts.byWorkers += ready.outcomes.length;
			delivered++;
		}
	};
	/** How long `slot` may go without progress, from when it was last seen to progress (or was sent a batch). */
	const allowance = (at: number): number => (Atomics.load(counters, PROGRESS + at) === 0 ? startMs : stallMs);
	/** True when `slot` has failed, or not progressed for its allowance. */
	const isStalled = (slot: Slot, at: number, now: number): boolean => {
		const seen = Atomics.load(counters, PROGRESS + at);
		if (seen !== slot.progressSeen) {
			slot.progressSeen = seen;
			slot.progressAt = now;
		}
		return slot.failed || now - slot.progressAt >= allowance(at);
	};
	/**
	 * Reads batch `index` here, although a worker has it: a note at a time, taking in replies
	 * between notes, and giving up as soon as the worker's copy comes.
	 */
	const takeOver = (index: number): void => {
		const outcomes: NoteOutcome[] = [];
		for (const file of batches[index]) {
			collectReplies();
			if (waiting.has(index)) return;
			outcomes.push(...readNoteOutcomes(vault, [file], options));
		}
		waiting.set(index, { outcomes, byMain: true });
		counts.takenOver++;
	};
	try {
		for (let at = 0; at < plan.workers; at++) {
			const channel = new MessageChannel();
			const input: WorkerInput = { role: 'relational-organizer-read', vault, options, port: channel.port2, signal, slot: at };
			let worker: Worker;
			try {
				worker = new Worker(plan.script, { workerData: input, transferList: [channel.port2] });
			} catch {
				// No thread could be started (a resource limit): read on the main thread instead.
				return readNotesHere(vault, files, options, take);
			}
			const slot: Slot = { worker, port: channel.port1, batch: -1, failed: false, progressSeen: 0, progressAt: 0 };
			slots.push(slot);
			assign(slot, at);
		}
		while (delivered < batches.length) {
			const seen = Atomics.load(counters, REPLIES);
			const replied = collectReplies();
			deliverWaiting();
			if (replied || delivered === batches.length) continue;
			if (assigned < batches.length) {
				// Nothing came in: rather than wait, the main thread reads the next batch itself.
				const mine = assigned++;
				waiting.set(mine, { outcomes: readNoteOutcomes(vault, batches[mine], options), byMain: true });
				continue;
			}
			// Every batch is given out, and the next one to add is a worker's (the main thread's own are in).
			const at = slots.findIndex((slot) => slot.batch === delivered);
			const now = performance.now();
			if (at < 0 || isStalled(slots[at], at, now)) takeOver(delivered);
			// Until a reply comes or the allowance is over, looking again every stallMs: a worker that has
			// just started has the shorter allowance from then on.
			else Atomics.wait(counters, REPLIES, seen, Math.max(1, Math.min(stallMs, slots[at].progressAt + allowance(at) - now)));
		}
		return counts;
	} finally {
		for (const { worker, port } of slots) {
			// A worker that died (out of memory, an uncaught error) says so in an event once this thread's
			// event loop runs again, as it cannot while reading: its batch was read here, and the event
			// must not end the process as an unhandled error.
			worker.on('error', ignoreWorkerError);
			port.close();
			void worker.terminate();
		}
	}
}
