/**
 * Saving the settings one write at a time. The settings tab saves at every key, and writes of one
 * file that overlap may finish in any order (Node's `writeFile` is documented unsafe on one file
 * without waiting for the last), so a slow disk or a sync client could leave data.json holding an
 * older value than the one typed last.
 */

/**
 * Wraps `write` (which saves whatever is current when it runs) so that writes never overlap and
 * the last one starts after the last request: a request made while a write is under way queues one
 * more write, and requests made while one is queued join it. The promise settles when the write
 * that covers the request has finished; a failed write rejects its callers and does not stop the
 * next one.
 */
export function createSerialSave(write: () => Promise<void>): () => Promise<void> {
	let last: Promise<void> = Promise.resolve();
	let queued: Promise<void> | undefined;
	return () => {
		if (queued) return queued;
		const next = last.catch(() => undefined).then(() => {
			queued = undefined;
			return write();
		});
		queued = next;
		last = next;
		return next;
	};
}
