/**
 * Yielding to the event loop during long work on the main thread (issue 15): each `next()`
 * resolves in a new macrotask, so input, paint and timers run between slices. A `MessageChannel`
 * message, not `setTimeout(0)`: nested timeouts are clamped to 4 ms and background windows throttle
 * them to a second. Awaiting a read is no yield: `cachedRead` of a cached file resolves at once.
 */

/** A source of macrotask turns; `close` releases its channel. */
export interface MacrotaskYielder {
	next(): Promise<void>;
	close(): void;
}

/** Opens a yielder on one `MessageChannel` (falls back to `setTimeout` where there is none). */
export function openMacrotaskYielder(): MacrotaskYielder {
	if (typeof MessageChannel === 'undefined') {
		return { next: () => new Promise((resolve) => window.setTimeout(resolve, 0)), close: () => undefined };
	}
	const channel = new MessageChannel();
	const waiting: Array<() => void> = [];
	channel.port1.onmessage = () => waiting.shift()?.();
	return {
		next: () =>
			new Promise<void>((resolve) => {
				waiting.push(resolve);
				channel.port2.postMessage(null);
			}),
		close: () => {
			channel.port1.onmessage = null;
			channel.port1.close();
			channel.port2.close();
			// Whoever still waits is let go, so no pass hangs on a closed channel.
			for (const resolve of waiting.splice(0)) resolve();
		},
	};
}
