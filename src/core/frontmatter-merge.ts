/**
 * The one property merge (DESIGN §4): template properties merged into a note's front matter. Keys
 * the note already has win; a key the note has but left empty (`kind:`) takes the template's value;
 * two lists are unioned without duplicates (the note's items first). The note's own lines,
 * comments and quoting are kept; only keys that change are rewritten. Malformed front matter is
 * refused with a reason, so the caller leaves the note untouched.
 */
import yaml from 'js-yaml';

/** The merged front matter, or why the note was left alone. */
export type MergeResult =
	| {
		readonly kind: 'merged';
		/** The whole new front matter block, fences included, without a final line break. */
		readonly block: string;
		/** 0-based lines of the note's block it replaces (inclusive), or undefined: insert at the top. */
		readonly replaces?: { readonly fromLine: number; readonly toLine: number };
		/** The note's text with the new block in place. */
		readonly text: string;
	}
	| { readonly kind: 'refused'; readonly reason: string };

/** A top-level key and the lines (0-based, in the YAML's own lines) it spans. */
interface KeySpan {
	readonly key: string;
	readonly from: number;
	/** Exclusive. */
	readonly to: number;
}

const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#:\-?[\]{}&*!|>'"%@`,][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?:[ \t]|$)/;

function findKeySpans(lines: readonly string[]): KeySpan[] {
	const spans: { key: string; from: number }[] = [];
	lines.forEach((line, index) => {
		const match = KEY_LINE.exec(line);
		if (match) spans.push({ key: (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase(), from: index });
	});
	return spans.map((span, i) => {
		let to = i + 1 < spans.length ? spans[i + 1].from : lines.length;
		// Trailing blank and comment lines belong to no key.
		while (to > span.from + 1 && /^\s*(?:#.*)?$/.test(lines[to - 1])) to--;
		return { ...span, to };
	});
}

type Loaded = { readonly ok: true; readonly map: Record<string, unknown> } | { readonly ok: false; readonly reason: string };

function loadMapping(text: string, what: string): Loaded {
	let loaded: unknown;
	try {
		loaded = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? (error.reason ?? 'not valid YAML') : 'not valid YAML';
		return { ok: false, reason: `The properties of ${what} could not be read (${reason}); nothing was changed.` };
	}
	if (loaded === null || loaded === undefined) return { ok: true, map: {} };
	if (typeof loaded !== 'object' || Array.isArray(loaded)) {
		return { ok: false, reason: `The properties of ${what} are not a list of "key: value" lines; nothing was changed.` };
	}
	return { ok: true, map: loaded as Record<string, unknown> };
}

function isEmpty(value: unknown): boolean {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function sameItem(a: unknown, b: unknown): boolean {
	const key = (value: unknown): string => (typeof value === 'string' ? value.trim().normalize('NFC').toLowerCase() : JSON.stringify(value));
	return key(a) === key(b);
}

function dumpKey(key: string, value: unknown): string[] {
	const text = yaml.dump({ [key]: value }, { schema: yaml.CORE_SCHEMA, lineWidth: -1, flowLevel: 1, quotingType: '"' }).replace(/\n$/, '');
	return text.split('\n');
}

/** Splits a note or template into lines and finds its front matter; undefined fences = none. */
function findBlock(lines: readonly string[]): { open: number; close: number } | 'unclosed' | undefined {
	if (!/^---[ \t]*$/.test(lines[0] ?? '')) {
		return /^---[A-Za-z]/.test(lines[0] ?? '') && lines.slice(1).some((line) => /^(?:---|\.\.\.)[ \t]*$/.test(line)) ? 'unclosed' : undefined;
	}
	const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
	return close < 0 ? 'unclosed' : { open: 0, close };
}

/**
 * Merges the front matter of `template` (a rendered template; its body is ignored) into the front
 * matter of `note`. Never throws; a note whose front matter is unreadable, not YAML, or never
 * closed is refused with an organizer-facing reason.
 */
export function mergeFrontMatter(note: string, template: string): MergeResult {
	const noteLines = note.split('\n');
	const templateLines = template.split('\n');
	const noteBlock = findBlock(noteLines);
	if (noteBlock === 'unclosed') {
		return { kind: 'refused', reason: 'The properties at the top of this note are not closed with a "---" line (or are not YAML); nothing was changed.' };
	}
	const templateBlock = findBlock(templateLines);
	if (templateBlock === 'unclosed') return { kind: 'refused', reason: 'The template\'s properties are not closed with a "---" line; nothing was changed.' };
	const noteYaml = noteBlock ? noteLines.slice(1, noteBlock.close) : [];
	const templateYaml = templateBlock ? templateLines.slice(1, templateBlock.close) : [];
	const noteMap = loadMapping(noteYaml.join('\n'), 'this note');
	if (!noteMap.ok) return { kind: 'refused', reason: noteMap.reason };
	const templateMap = loadMapping(templateYaml.join('\n'), 'the template');
	if (!templateMap.ok) return { kind: 'refused', reason: templateMap.reason };

	const noteValues = new Map<string, unknown>();
	for (const [key, value] of Object.entries(noteMap.map)) if (!noteValues.has(key.trim().toLowerCase())) noteValues.set(key.trim().toLowerCase(), value);
	const noteSpans = findKeySpans(noteYaml);
	const templateSpans = new Map(findKeySpans(templateYaml).map((span) => [span.key, span]));
	const replacements = new Map<number, { to: number; lines: string[] }>();
	const appended: string[] = [];
	let reDumpAll = false;

	for (const [rawKey, value] of Object.entries(templateMap.map)) {
		const key = rawKey.trim().toLowerCase();
		const has = noteValues.has(key);
		const current = noteValues.get(key);
		let next: unknown;
		if (!has || isEmpty(current)) {
			if (isEmpty(value) && has) continue;
			next = value;
		} else if (Array.isArray(current) && Array.isArray(value)) {
			const extra = value.filter((item: unknown) => !current.some((mine: unknown) => sameItem(mine, item)));
			if (extra.length === 0) continue;
			next = [...(current as unknown[]), ...extra];
		} else continue;
		noteValues.set(key, next);
		// The template's own lines when the value is the template's, else a fresh dump.
		const own = templateSpans.get(key);
		const lines = next === value && own ? templateYaml.slice(own.from, own.to) : dumpKey(rawKey, next);
		if (!has) appended.push(...lines);
		else {
			const span = noteSpans.find((s) => s.key === key);
			if (span) replacements.set(span.from, { to: span.to, lines: dumpKey(noteKeyName(noteMap.map, key), next) });
			else reDumpAll = true;
		}
	}

	let merged: string[];
	if (reDumpAll) {
		// A key we could not find by line (a flow mapping, a complex key): write the whole mapping.
		const out: Record<string, unknown> = { ...noteMap.map };
		for (const [key, value] of noteValues) out[noteKeyName(noteMap.map, key)] = value;
		merged = yaml.dump(out, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"' }).replace(/\n$/, '').split('\n');
	} else {
		merged = [];
		for (let i = 0; i < noteYaml.length; i++) {
			const replacement = replacements.get(i);
			if (replacement) {
				merged.push(...replacement.lines);
				i = replacement.to - 1;
			} else merged.push(noteYaml[i]);
		}
		// New keys go after the last key, before trailing blank or comment lines.
		let at = merged.length;
		while (at > 0 && /^\s*(?:#.*)?$/.test(merged[at - 1])) at--;
		merged.splice(at, 0, ...appended);
	}
	const closeFence = noteBlock ? noteLines[noteBlock.close] : '---';
	// An empty mapping written `{}` (a top-level line only the whole document can be) goes, or keys added after it would break the YAML.
	const block = ['---', ...merged.filter((line) => line !== '{}'), closeFence].join('\n');
	if (noteBlock) {
		const text = [block, ...noteLines.slice(noteBlock.close + 1)].join('\n');
		return { kind: 'merged', block, replaces: { fromLine: 0, toLine: noteBlock.close }, text };
	}
	return { kind: 'merged', block, text: `${block}\n${note}` };
}

/** The note's own spelling of a key (its case), else the key as given. */
function noteKeyName(map: Record<string, unknown>, key: string): string {
	return Object.keys(map).find((k) => k.trim().toLowerCase() === key) ?? key;
}
