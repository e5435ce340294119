/**
 * A test-only read worker: the real worker loop (src/cli/read-worker.ts), with one worker made to
 * misbehave as FAULT says. Bundled by the test with esbuild, which sets FAULT (`define`).
 */
import { workerData } from 'node:worker_threads';
import { readNoteOutcomes, runReadWorker, type WorkerInput } from '../../src/cli/read-worker';

/** How the worker at `slot` misbehaves, once it has finished `afterNotes` notes. */
export interface Fault {
	readonly slot: number;
	/**
	 * exit: its thread ends (as when out of memory), with no reply; crash: an uncaught error ends it,
	 * with no reply; throw: reading a batch throws (the worker replies an error);
	 * stall: it sleeps sleepMs once, then goes on; slow: it sleeps sleepMs before every note;
	 * unloadable: its script throws before the worker loop starts.
	 */
	readonly how: 'exit' | 'crash' | 'throw' | 'stall' | 'slow' | 'unloadable';
	readonly afterNotes: number;
	readonly sleepMs: number;
}

declare const FAULT: Fault;

const input = workerData as WorkerInput;
const sleep = (ms: number): void => {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

if (input.slot !== FAULT.slot) runReadWorker(input);
else if (FAULT.how === 'unloadable') throw new Error('test: the worker script fails to load');
else {
	let done = 0;
	let slept = false;
	runReadWorker(input, (vault, files, options, noteDone) => {
		const outcomes = [];
		for (const file of files) {
			if (done >= FAULT.afterNotes) {
				if (FAULT.how === 'exit') process.exit(1);
				if (FAULT.how === 'throw') throw new Error('test: the parse throws');
				// No prototype, so no string: the worker's catch throws in turn, and the error is uncaught.
				if (FAULT.how === 'crash') throw Object.create(null);
				if (FAULT.how === 'slow' || (FAULT.how === 'stall' && !slept)) sleep(FAULT.sleepMs);
				slept = true;
			}
			outcomes.push(...readNoteOutcomes(vault, [file], options));
			done++;
			noteDone();
		}
		return outcomes;
	});
}
