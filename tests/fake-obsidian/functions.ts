/**
 * Top-level functions of the `obsidian` module that the plugin uses.
 */
import { dump, load, CORE_SCHEMA } from 'js-yaml';

/**
 * The d.ts documents only the signature. Behaviour follows the app's implementation (and the
 * developer docs' "Vault" page): slashes and backslashes collapse to one `/`, no leading or
 * trailing slash, an empty result is `/`, non-breaking spaces become spaces, Unicode is NFC.
 */
export function normalizePath(path: string): string {
	let out = path.replace(/([\\/])+/g, '/').replace(/(^\/+|\/+$)/g, '');
	if (out === '') out = '/';
	return out.replace(/[\u00A0\u202F]/g, ' ').normalize('NFC');
}

/** d.ts `Debouncer`: callable, `cancel()`, `run()`. */
export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/**
 * d.ts: "A standard debounce function. Use this to have a time-delayed function only be called once
 * in a given timeframe." "@param resetTimer - Whether to reset the timeout when the debouncer is
 * called again." Without `resetTimer` the first call's timer stands and the call runs with the
 * latest arguments; with it, every call restarts the wait (the d.ts example: a call 500 ms into a
 * 1000 ms wait replaces the first, which is never printed).
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer?: boolean): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: [...T] | undefined;
	const fire = (): V | void => {
		timer = undefined;
		const args = pending;
		pending = undefined;
		if (args) return cb(...args);
	};
	const debounced = function (...args: [...T]) {
		pending = args;
		if (timer !== undefined && resetTimer) {
			clearTimeout(timer);
			timer = undefined;
		}
		if (timer === undefined) timer = setTimeout(fire, timeout);
		return debounced;
	} as Debouncer<T, V>;
	/** d.ts: "Cancel any pending debounced function call." */
	debounced.cancel = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		pending = undefined;
		return debounced;
	};
	/** d.ts: "If there is any pending function call, clear the timer and call the function immediately." */
	debounced.run = () => {
		if (timer === undefined) return;
		clearTimeout(timer);
		return fire();
	};
	return debounced;
}

/** Icons are not drawn in the fake: no SVG library, and never `innerHTML`. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	void parent;
	void iconId;
}

/** d.ts `setTooltip`: stored as `aria-label`, which is where the app keeps tooltips too. */
export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute('aria-label', tooltip);
}

/** d.ts `SearchResult`. */
export interface SearchResult {
	score: number;
	matches: Array<[number, number]>;
}

/**
 * d.ts `prepareFuzzySearch(query)`: a matcher that returns `null` for text that does not contain
 * the query's characters in order (case-insensitive), else a score (higher is better: fewer gaps,
 * earlier start) and the matched ranges. The app's scoring is its own; only the order matters here.
 */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const needle = query.toLowerCase().replace(/\s+/g, '');
	return (text: string) => {
		const hay = text.toLowerCase();
		const matches: Array<[number, number]> = [];
		let from = 0;
		let score = 0;
		for (const ch of needle) {
			const at = hay.indexOf(ch, from);
			if (at < 0) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			score -= at - from;
			from = at + 1;
		}
		return { score: score - (matches[0]?.[0] ?? 0) * 0.1, matches };
	};
}

/** d.ts `prepareSimpleSearch(query)`: every space-separated word must occur (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return (text: string) => {
		const hay = text.toLowerCase();
		const matches: Array<[number, number]> = [];
		for (const word of words) {
			const at = hay.indexOf(word);
			if (at < 0) return null;
			matches.push([at, at + word.length]);
		}
		return { score: -matches.length, matches: matches.sort((a, b) => a[0] - b[0]) };
	};
}

/** d.ts `renderResults`: the text with matched ranges in `span.fuzzy-match`, built as DOM. */
export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset = 0): void {
	let at = 0;
	for (const [start, end] of result.matches) {
		const s = start + offset;
		const e = end + offset;
		if (s < at || s > text.length) continue;
		if (s > at) el.appendText(text.slice(at, s));
		el.createSpan({ cls: 'fuzzy-match', text: text.slice(s, e) });
		at = e;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

/** d.ts `parseYaml`: as the app, dates stay strings (core schema: no timestamp type, no code). */
export function parseYaml(yaml: string): unknown {
	return load(yaml, { schema: CORE_SCHEMA });
}

/** d.ts `stringifyYaml`. */
export function stringifyYaml(obj: unknown): string {
	return dump(obj, { schema: CORE_SCHEMA, lineWidth: -1 });
}
