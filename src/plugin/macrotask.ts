/**
 * Yielding to the event loop during long work on the main thread (issue 15): each `next()`
 * resolves in a new macrotask, so input, paint and timers run between slices. A `MessageChannel`
 * message, not `setTimeout(0)`: nested timeouts are clamped to 4 ms and background windows throttle
 * them to a second. Awaiting a read is no yield: `cachedRead` of a cached file resolves at once.
 *
 * Messages alone starve timers, though: Chromium runs a posted message before a due timer, so
 * slices back to back held every `setInterval` (other plugins', Obsidian's own) for two or three
 * slices (measured: 30 ms slices, 60–100 ms between the beats of a 10 ms interval). So a probe
 * interval tells when timers last had a turn; when they are overdue, `next()` also waits one
 * `setTimeout(0)`, which runs after the timers already due. In a background window, where timers
 * are throttled to a second, that wait is skipped (messages are not throttled).
 */

/** A source of macrotask turns; `close` releases its channel and its probe. */
export interface MacrotaskYielder {
	next(): Promise<void>;
	close(): void;
}

/** How often the probe interval asks for a turn. */
const PROBE_MS = 10;

/**
 * Timers are overdue when the probe has not run for this long (it asks every {@link PROBE_MS}):
 * under one slice of work, so timers get a turn after every full slice (at 15, two 12 ms slices
 * could run back to back).
 */
const TIMERS_OVERDUE_MS = 8;

/** Past this, timers are throttled (a background window): waiting for one would stall the work. */
const TIMERS_THROTTLED_MS = 250;

/** Opens a yielder on one `MessageChannel` (falls back to `setTimeout` where there is none). */
export function openMacrotaskYielder(): MacrotaskYielder {
	const timeout = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));
	if (typeof MessageChannel === 'undefined') return { next: timeout, close: () => undefined };
	const channel = new MessageChannel();
	const waiting: Array<() => void> = [];
	channel.port1.onmessage = () => waiting.shift()?.();
	let timerTurn = performance.now();
	const probe = window.setInterval(() => {
		timerTurn = performance.now();
	}, PROBE_MS);
	let closed = false;
	const message = (): Promise<void> =>
		new Promise<void>((resolve) => {
			waiting.push(resolve);
			channel.port2.postMessage(null);
		});
	return {
		next: async () => {
			await message();
			const since = performance.now() - timerTurn;
			if (!closed && since > TIMERS_OVERDUE_MS && since < TIMERS_THROTTLED_MS) await timeout();
		},
		close: () => {
			closed = true;
			window.clearInterval(probe);
			channel.port1.onmessage = null;
			channel.port1.close();
			channel.port2.close();
			// Whoever still waits is let go, so no pass hangs on a closed channel.
			for (const resolve of waiting.splice(0)) resolve();
		},
	};
}
