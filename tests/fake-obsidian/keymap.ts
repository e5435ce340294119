/**
 * `Keymap`: only its static `isModEvent`, which the plugin uses to open a note in a new tab as a
 * link does. d.ts: "Translates an event into the type of pane that should open. Returns 'tab' if
 * the modifier key Cmd/Ctrl is pressed OR if this is a middle-click MouseEvent. Returns 'split' if
 * Cmd/Ctrl+Alt is pressed. Returns 'window' if Cmd/Ctrl+Alt+Shift is pressed." The app reads Cmd on
 * macOS and Ctrl elsewhere; the fake takes either.
 */
import type { PaneType, UserEvent } from 'obsidian';
import { guard, registerApiClass } from './not-implemented';

export class Keymap {
	constructor() {
		return guard(this, new.target);
	}

	static isModEvent(evt?: UserEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = evt.ctrlKey || evt.metaKey;
		if (mod && evt.altKey && evt.shiftKey) return 'window';
		if (mod && evt.altKey) return 'split';
		if (mod) return 'tab';
		return evt instanceof MouseEvent && evt.button === 1 ? 'tab' : false;
	}
}
registerApiClass(Keymap, 'Keymap');
