/**
 * Obsidian's `Events` and `EventRef`, with a count of live listeners so tests can prove that
 * unloading released every registration.
 */
import { guard, registerApiClass } from './not-implemented';

/** What `on` returns. The real `EventRef` is opaque (`interface EventRef {}`); this is its shape in the app. */
export interface EventRef {
	readonly e: Events;
	readonly name: string;
	readonly fn: (...data: unknown[]) => unknown;
	readonly ctx?: unknown;
}

/** Every `Events` instance, so the harness can count listeners still attached anywhere. */
const allEvents = new Set<Events>();

/** Listeners still attached on any `Events` object created since the last reset, by event name. */
export function countLiveListeners(): number {
	let total = 0;
	for (const events of allEvents) total += events['handlers'].reduce((sum, list) => sum + list[1].length, 0);
	return total;
}

/** Forgets earlier `Events` objects (a new app starts a new count). */
export function resetListenerCount(): void {
	allEvents.clear();
}

export class Events {
	private readonly handlers: Array<[string, EventRef[]]> = [];

	constructor() {
		allEvents.add(this);
		return guard(this, new.target);
	}

	private listFor(name: string): EventRef[] {
		let entry = this.handlers.find(([n]) => n === name);
		if (!entry) {
			entry = [name, []];
			this.handlers.push(entry);
		}
		return entry[1];
	}

	on(name: string, callback: (...data: unknown[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		this.listFor(name).push(ref);
		return ref;
	}

	off(name: string, callback: (...data: unknown[]) => unknown): void {
		const list = this.listFor(name);
		for (let i = list.length - 1; i >= 0; i--) if (list[i].fn === callback) list.splice(i, 1);
	}

	offref(ref: EventRef): void {
		const list = this.listFor(ref.name);
		const at = list.indexOf(ref);
		if (at >= 0) list.splice(at, 1);
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy: a handler may unregister itself (or others) while we iterate.
		for (const ref of this.listFor(name).slice()) this.tryTrigger(ref, data);
	}

	/**
	 * The app isolates handlers: one that throws does not stop the others. It rethrows on a fresh
	 * task, so the error still reaches the console (a page error in Chromium, an unhandled error in
	 * vitest) instead of vanishing.
	 */
	tryTrigger(evt: EventRef, args: unknown[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (error) {
			setTimeout(() => {
				throw error;
			}, 0);
		}
	}
}
registerApiClass(Events, 'Events');
