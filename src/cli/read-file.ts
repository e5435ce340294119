/**
 * Reading one file from disk safely: nothing on disk can hang or stop a run. Only regular files are
 * read (a FIFO, a device or a symlink to `/dev/zero` is not), each under a size cap.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Why a file was not read. */
export type ReadFailure = { readonly reason: 'missing' | 'not-a-file' | 'too-large' } | { readonly reason: 'error'; readonly code: string };

/**
 * Reads a regular file of at most `maxBytes` as UTF-8. Checks the kind before opening (opening a FIFO
 * or a device may block or act) unless `knownRegular` says the folder listing already saw a regular
 * file there, opens without blocking, then checks again on the open descriptor (the file may have
 * been replaced since), and reads no more than the cap even if the file grows meanwhile.
 */
export function readRegularFile(path: string, maxBytes: number, knownRegular = false): { readonly text: string } | ReadFailure {
	let fd: number | undefined;
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
		// Unzeroed: only the bytes read are ever decoded.
		const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 1));
		let length = 0;
		for (;;) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
			if (length === buffer.length) return { reason: 'too-large' };
		}
		return { text: buffer.toString('utf8', 0, length) };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
		return code === 'ENOENT' ? { reason: 'missing' } : { reason: 'error', code };
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
