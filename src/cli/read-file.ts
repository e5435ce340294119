/**
 * Reading one file from disk safely: nothing on disk can hang or stop a run. Only regular files are
 * read (a FIFO, a device or a symlink to `/dev/zero` is not), each under a size cap.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Why a file was not read. */
export type ReadFailure = { readonly reason: 'missing' | 'not-a-file' | 'too-large' } | { readonly reason: 'error'; readonly code: string };

/** Bytes of files read one after the other into one buffer. */
class ByteRun {
	buffer: Buffer;
	length = 0;

	constructor(capacity: number) {
		// Unzeroed: only the bytes read are ever decoded.
		this.buffer = Buffer.allocUnsafe(capacity);
	}

	/** Room for `extra` more bytes. */
	reserve(extra: number): void {
		if (this.length + extra <= this.buffer.length) return;
		const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + extra));
		this.buffer.copy(grown, 0, 0, this.length);
		this.buffer = grown;
	}
}

/**
 * Appends a regular file of at most `maxBytes` to `run` (see readRegularFile for the checks);
 * returns where its bytes start and end, or why it was not read (then nothing is appended).
 */
function appendRegularFile(path: string, maxBytes: number, knownRegular: boolean, run: ByteRun): { readonly start: number; readonly end: number } | ReadFailure {
	let fd: number | undefined;
	const start = run.length;
	try {
		if (!knownRegular) {
			const before = statSync(path);
			if (!before.isFile()) return { reason: 'not-a-file' };
			if (before.size > maxBytes) return { reason: 'too-large' };
		}
		fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { reason: 'not-a-file' };
		if (stat.size > maxBytes) return { reason: 'too-large' };
		// One byte more than the file, to see it end (or grow past the cap).
		const room = Math.min(maxBytes + 1, stat.size + 1);
		run.reserve(room);
		let length = 0;
		for (;;) {
			const read = readSync(fd, run.buffer, start + length, room - length, null);
			if (read === 0) break;
			length += read;
			if (length === room) return { reason: 'too-large' };
		}
		run.length = start + length;
		return { start, end: start + length };
	} catch (error) {
		run.length = start;
		const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
		return code === 'ENOENT' ? { reason: 'missing' } : { reason: 'error', code };
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8. Checks the kind before opening (opening a FIFO
 * or a device may block or act) unless `knownRegular` says the folder listing already saw a regular
 * file there, opens without blocking, then checks again on the open descriptor (the file may have
 * been replaced since), and reads no more than the cap even if the file grows meanwhile.
 */
export function readRegularFile(path: string, maxBytes: number, knownRegular = false): { readonly text: string } | ReadFailure {
	const run = new ByteRun(0);
	const read = appendRegularFile(path, maxBytes, knownRegular, run);
	return 'start' in read ? { text: run.buffer.toString('utf8', read.start, read.end) } : read;
}

/** Bytes read before the texts are decoded and the buffer is used again. */
const RUN_MAX_BYTES = 4 << 20;

/**
 * Reads regular files as {@link readRegularFile} reads each, into one buffer that every batch uses
 * again, then decodes each file on its own: a file of ASCII only is then a one-byte string, and
 * the texts of one batch die together once it is parsed.
 */
export function readRegularFiles(files: ReadonlyArray<{ readonly path: string; readonly knownRegular: boolean }>, maxBytes: number): Array<{ readonly text: string } | ReadFailure> {
	const results = new Array<{ readonly text: string } | ReadFailure>(files.length);
	const run = new ByteRun(64 << 10);
	/** Files read into `run` and not yet decoded: their indexes in `files`, their byte ranges. */
	let pending: Array<{ readonly at: number; readonly start: number; readonly end: number }> = [];
	const decodePending = (): void => {
		const { buffer } = run;
		for (const { at, start, end } of pending) results[at] = { text: buffer.toString('utf8', start, end) };
		// The texts are strings of their own now: the bytes' room is used again.
		pending = [];
		run.length = 0;
	};
	for (let at = 0; at < files.length; at++) {
		const read = appendRegularFile(files[at].path, maxBytes, files[at].knownRegular, run);
		if ('start' in read) pending.push({ at, start: read.start, end: read.end });
		else results[at] = read;
		if (run.length >= RUN_MAX_BYTES) decodePending();
	}
	decodePending();
	return results;
}
