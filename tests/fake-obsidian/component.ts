/**
 * Obsidian's `Component`: the lifecycle every plugin, view and adapter hangs its registrations on.
 * Intervals registered here are counted, so tests can prove that unloading cleared them all.
 */
import type { EventRef } from './events';
import { guard, registerApiClass } from './not-implemented';

const liveIntervals = new Set<number>();

/** Intervals passed to `registerInterval` and not yet cleared by an unload. */
export function countLiveIntervals(): number {
	return liveIntervals.size;
}

/** Forgets intervals of an earlier app. */
export function resetIntervalCount(): void {
	liveIntervals.clear();
}

export class Component {
	private loaded = false;
	private readonly children: Component[] = [];
	private readonly cleanups: Array<() => unknown> = [];
	private onloadResult: unknown;

	constructor() {
		return guard(this, new.target);
	}

	/** d.ts: "Load this component and its children". */
	load(): void {
		if (this.loaded) return;
		// Marked loaded before `onload`, so `addChild` inside `onload` loads the child at once
		// ("Adds a child component, loading it if this component is loaded").
		this.loaded = true;
		// Kept so the fake app can await an async `onload` (Plugin's is `Promise<void> | void`).
		this.onloadResult = this.onload();
		for (const child of this.children.slice()) child.load();
	}

	/** d.ts: "Override this to load your component". */
	onload(): void | Promise<void> {}

	/**
	 * d.ts: "Unload this component and its children". Order (not in the d.ts; as the app does it):
	 * children last-added first, then registered callbacks newest first, then `onunload`.
	 */
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		while (this.children.length > 0) this.children.pop()?.unload();
		while (this.cleanups.length > 0) this.cleanups.pop()?.();
		this.onunload();
	}

	/** d.ts: "Override this to unload your component". */
	onunload(): void {}

	/** d.ts: "Adds a child component, loading it if this component is loaded". */
	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}

	/** d.ts: "Removes a child component, unloading it". */
	removeChild<T extends Component>(component: T): T {
		const at = this.children.indexOf(component);
		if (at >= 0) {
			this.children.splice(at, 1);
			component.unload();
		}
		return component;
	}

	/** d.ts: "Registers a callback to be called when unloading". */
	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	/** d.ts: "Registers an event to be detached when unloading". */
	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	/** d.ts: "Registers an DOM event to be detached when unloading". */
	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback as EventListener, options);
		this.register(() => el.removeEventListener(type, callback as EventListener, options));
	}

	/** d.ts: "Registers an interval (from setInterval) to be cancelled when unloading". */
	registerInterval(id: number): number {
		liveIntervals.add(id);
		this.register(() => {
			window.clearInterval(id);
			liveIntervals.delete(id);
		});
		return id;
	}
}
registerApiClass(Component, 'Component');
