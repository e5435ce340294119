/**
 * `Scope`: keyboard handlers of a modal or view. The fake dispatches `keydown` events from the
 * modal's element through it.
 */
import type { KeymapContext, KeymapEventHandler } from 'obsidian';
import { guard, registerApiClass } from './not-implemented';

/** The handler record `register` returns (the d.ts `KeymapEventHandler`, plus the function). */
interface Handler {
	scope: Scope;
	modifiers: string | null;
	key: string | null;
	func: (evt: KeyboardEvent, ctx: KeymapContext) => unknown;
}

export class Scope {
	private readonly handlers: Handler[] = [];

	constructor(private readonly parent?: Scope) {
		return guard(this, new.target);
	}

	/** d.ts: `register(modifiers, key, func)`; a `null` key matches any key. */
	register(modifiers: string[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: KeymapContext) => unknown): KeymapEventHandler {
		const handler: Handler = { scope: this, modifiers: modifiers ? modifiers.join(',') : null, key, func };
		this.handlers.push(handler);
		// Typed as the real record (its `scope` is the real Scope type, which this fake stands for).
		return handler as unknown as KeymapEventHandler;
	}

	unregister(handler: KeymapEventHandler): void {
		const at = this.handlers.indexOf(handler as unknown as Handler);
		if (at >= 0) this.handlers.splice(at, 1);
	}

	/** Runs the first matching handler; a handler returning `false` stops the default action. Returns whether one ran. */
	private handle(evt: KeyboardEvent): boolean {
		const mods = [evt.ctrlKey || evt.metaKey ? 'Mod' : '', evt.shiftKey ? 'Shift' : '', evt.altKey ? 'Alt' : ''].filter(Boolean).join(',');
		for (const handler of this.handlers.slice().reverse()) {
			if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) continue;
			if (handler.modifiers !== null && handler.modifiers !== mods) continue;
			if (handler.func(evt, { key: evt.key, modifiers: mods, vkey: evt.key }) === false) evt.preventDefault();
			return true;
		}
		return this.parent ? this.parent.handle(evt) : false;
	}
}
registerApiClass(Scope, 'Scope');
