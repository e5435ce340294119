/**
 * Front matter: where it is in a note, and its YAML read into typed property values.
 *
 * YAML is read with js-yaml's core schema: nothing executes and dates stay text (we reduce them to
 * calendar dates ourselves, without `Date`). Anchors and aliases are shared objects in js-yaml, so a
 * small "alias bomb" expands only when walked: every walk is bounded by a node count, the total
 * length of the strings it copies and a nesting depth, never a clock.
 */

import yaml from 'js-yaml';
import type { PropertyValue, Problem } from './model';
import { readDateText } from './date-text';
import { parseLinkInner } from './obsidian-syntax';
import { readYamlSubset, readYamlSubsetLines, type Scalar, type Value } from './yaml-subset';

/** Where the front matter block is, as 0-based line indexes of its fences. */
export type FrontMatterBlock =
	| { readonly kind: 'none' }
	| { readonly kind: 'yaml'; readonly openLine: number; readonly closeLine: number }
	| { readonly kind: 'other'; readonly language: string; readonly openLine: number; readonly closeLine: number };

/** The most YAML nodes a front matter walk visits before giving up. */
export const FRONT_MATTER_NODE_CAP = 10_000;
/**
 * The most characters of string values a walk copies, counted again for each alias (a 100 KB
 * anchored string aliased 9,000 times is few nodes but 900 MB); at least twice the YAML's own length.
 */
export const FRONT_MATTER_CHAR_CAP = 1_000_000;
/** The deepest list or mapping nesting a walk follows (the facts copy and views recurse on it). */
export const FRONT_MATTER_DEPTH_CAP = 64;

/** Typed properties and what went wrong reading them. */
export interface FrontMatterResult {
	readonly properties: Readonly<Record<string, PropertyValue>>;
	readonly problems: readonly Problem[];
}

/** A line that closes front matter: `---` or `...`, blanks after it allowed. */
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds the front matter block: the first line is `---` (a BOM is already removed) and a later line
 * is `---` or `...`. A first line such as `---js` or `---json` opens front matter in another
 * language, which is recognised (so its lines are not read as body) but never run or parsed.
 */
export function findFrontMatter(lines: readonly string[]): FrontMatterBlock {
	if (lines.length < 2) return { kind: 'none' };
	const open = /^---([A-Za-z][\w-]*)?[ \t]*$/.exec(lines[0]);
	if (open === null) return { kind: 'none' };
	for (let index = 1; index < lines.length; index++) {
		// Only a line opening with `-` or `.` can close it: the pattern is tried on those alone.
		const first = lines[index].charCodeAt(0);
		if ((first === 0x2d || first === 0x2e) && FENCE_CLOSE.test(lines[index])) {
			if (open[1] !== undefined) {
				return { kind: 'other', language: open[1], openLine: 0, closeLine: index };
			}
			return { kind: 'yaml', openLine: 0, closeLine: index };
		}
	}
	return { kind: 'none' };
}

/** The text of a YAML block: its lines between the fences. */
export function readFrontMatterText(lines: readonly string[], block: Extract<FrontMatterBlock, { kind: 'yaml' }>): string {
	return lines.slice(block.openLine + 1, block.closeLine).join('\n');
}

class NodeCapExceeded extends Error {}

/** A bounded walk over js-yaml's output: counts every node and character visited (aliases count again) and the depth. */
class BoundedWalk {
	private visited = 0;
	private chars = 0;
	depth = 0;

	constructor(private readonly charCap: number) {}

	visit(): void {
		this.visited += 1;
		if (this.visited > FRONT_MATTER_NODE_CAP || this.depth > FRONT_MATTER_DEPTH_CAP) throw new NodeCapExceeded();
	}

	copy(text: string): void {
		this.chars += text.length;
		if (this.chars > this.charCap) throw new NodeCapExceeded();
	}

	/** Runs `read` one level deeper. */
	nested<T>(read: () => T): T {
		this.depth += 1;
		try {
			return read();
		} finally {
			this.depth -= 1;
		}
	}
}

/** `[["Name"]]`: what YAML makes of an unquoted `[[Name]]`. */
function readNestedLink(value: unknown[]): string | undefined {
	if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) return undefined;
	const inner: unknown = value[0][0];
	return typeof inner === 'string' ? inner : undefined;
}

function convertString(text: string): PropertyValue {
	const trimmed = text.trim();
	const first = trimmed.charCodeAt(0);
	// Only a text opening with `[` can be a link, and only one opening with a digit a date.
	const link = first === 0x5b ? /^\[\[([^[\]]+)\]\]$/.exec(trimmed) : null;
	if (link !== null) return { kind: 'link', link: parseLinkInner(link[1]) };
	const date = first >= 0x30 && first <= 0x39 ? readDateText(trimmed) : undefined;
	if (date !== undefined) {
		return date.time === undefined ? { kind: 'date', date: date.date } : { kind: 'date', date: date.date, time: date.time };
	}
	return { kind: 'text', text: trimmed };
}

/** Compact text for a nested mapping, which properties have no typed form for. */
function describeMapping(value: object, walk: BoundedWalk): string {
	const parts: string[] = [];
	for (const [key, inner] of Object.entries(value)) {
		walk.visit();
		walk.copy(key);
		const converted = walk.nested(() => convertValue(inner, walk));
		const described = describeValue(converted);
		// The description copies the inner strings once more.
		walk.copy(described);
		parts.push(`${key}: ${described}`);
	}
	return `{${parts.join(', ')}}`;
}

function describeValue(value: PropertyValue): string {
	switch (value.kind) {
		case 'text': return value.text;
		case 'link': return `[[${value.link.target}]]`;
		case 'number': case 'boolean': return String(value.value);
		case 'date': return value.time === undefined ? value.date : `${value.date}T${value.time}`;
		case 'list': return `[${value.items.map(describeValue).join(', ')}]`;
		case 'null': return '';
	}
}

/** A scalar as a typed property value (what js-yaml and the subset reader give alike). */
function convertScalar(value: Scalar): PropertyValue {
	if (value === null) return { kind: 'null' };
	if (typeof value === 'string') return convertString(value);
	if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', text: String(value) };
	return { kind: 'boolean', value };
}

function convertValue(value: unknown, walk: BoundedWalk): PropertyValue {
	walk.visit();
	if (value === undefined) return { kind: 'null' };
	if (typeof value === 'string') walk.copy(value);
	if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return convertScalar(value);
	if (Array.isArray(value)) {
		const nested = readNestedLink(value);
		if (nested !== undefined) return { kind: 'link', link: parseLinkInner(nested) };
		return { kind: 'list', items: walk.nested(() => value.map((item: unknown) => convertValue(item, walk))) };
	}
	if (typeof value === 'object') return { kind: 'text', text: walk.nested(() => describeMapping(value, walk)) };
	return { kind: 'text', text: String(value) };
}

/**
 * The subset reader's mapping as typed properties, as the bounded walk over it would give them,
 * without the walk: the subset holds only scalars and flat lists of them, no longer than the text,
 * so only the node cap could be reached. Undefined (the caller walks it) when it would be, or when
 * two keys differ only in case or one reads `__proto__` lower-cased: rare, and the walk knows them.
 */
function convertSubset(loaded: Readonly<Record<string, Value>>): Record<string, PropertyValue> | undefined {
	const properties: Record<string, PropertyValue> = {};
	let nodes = 0;
	for (const rawKey in loaded) {
		const key = rawKey.toLowerCase();
		if (key === '__proto__' || Object.prototype.hasOwnProperty.call(properties, key)) return undefined;
		const value = loaded[rawKey];
		nodes += Array.isArray(value) ? 1 + value.length : 1;
		if (nodes > FRONT_MATTER_NODE_CAP) return undefined;
		properties[key] = Array.isArray(value) ? { kind: 'list', items: value.map(convertScalar) } : convertScalar(value);
	}
	return properties;
}

function describeYamlError(error: unknown): string {
	if (error instanceof yaml.YAMLException) {
		const reason = error.reason ?? 'it is not valid YAML';
		return `The properties at the top of this note could not be read (${reason}), so none of them count: open the note in Source mode and fix that line, or retype the property in Obsidian's Properties view.`;
	}
	return "The properties at the top of this note could not be read, so none of them count: open the note in Source mode and rewrite them as plain \"key: value\" lines.";
}

/**
 * Reads front matter YAML into typed properties with lower-cased keys (the first of two keys that
 * differ only in case wins). Malformed YAML, a top level that is not a mapping, or a walk over the
 * node cap give a Problem and no properties; this function never throws.
 */
export function parseFrontMatterYaml(text: string, firstLine = 2): FrontMatterResult {
	return readFrontMatterYaml(() => text, readYamlSubset(text), firstLine);
}

/**
 * {@link parseFrontMatterYaml} of a note's YAML block, read from the note's lines: plain front
 * matter never becomes one text (the lines are joined only for js-yaml).
 */
export function parseFrontMatterLines(lines: readonly string[], block: Extract<FrontMatterBlock, { kind: 'yaml' }>): FrontMatterResult {
	return readFrontMatterYaml(() => readFrontMatterText(lines, block), readYamlSubsetLines(lines, block.openLine + 1, block.closeLine), block.openLine + 2);
}

/** The properties from the subset reader's reading of the block when it has one, else from js-yaml's reading of its text. */
function readFrontMatterYaml(readText: () => string, subset: ReturnType<typeof readYamlSubset>, firstLine: number): FrontMatterResult {
	// Plain organizer front matter is read by the subset reader (same result, several times faster);
	// anything else by js-yaml.
	const converted = subset === undefined ? undefined : convertSubset(subset);
	if (converted !== undefined) return { properties: converted, problems: [] };
	const text = readText();
	let loaded: unknown;
	try {
		loaded = subset ?? yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
	} catch (error) {
		const line = error instanceof yaml.YAMLException && typeof error.mark?.line === 'number'
			? firstLine + error.mark.line
			: undefined;
		return { properties: {}, problems: [{ message: describeYamlError(error), ...(line !== undefined ? { line } : {}) }] };
	}
	return readLoadedYaml(loaded, text, firstLine);
}

/**
 * What `loaded` (js-yaml's or the subset reader's reading of `text`) holds as typed properties,
 * through the bounded walk (see parseFrontMatterYaml). Exported for the test that holds the subset's
 * own conversion equal to it.
 */
export function readLoadedYaml(loaded: unknown, text: string, firstLine = 2): FrontMatterResult {
	if (loaded === null || loaded === undefined) return { properties: {}, problems: [] };
	if (typeof loaded !== 'object' || Array.isArray(loaded)) {
		return { properties: {}, problems: [{ message: 'The properties at the top of this note are not a list of "key: value" lines, so none of them count: rewrite them as one "key: value" per line between the --- lines.', line: firstLine - 1 }] };
	}
	const walk = new BoundedWalk(Math.max(FRONT_MATTER_CHAR_CAP, 2 * text.length));
	// A Map, then fromEntries: a `__proto__` key stays an ordinary own property.
	const properties = new Map<string, PropertyValue>();
	try {
		for (const [rawKey, value] of Object.entries(loaded)) {
			const key = rawKey.trim().toLowerCase();
			const converted = convertValue(value, walk);
			if (!properties.has(key)) properties.set(key, converted);
		}
	} catch (error) {
		if (error instanceof NodeCapExceeded || error instanceof RangeError) {
			return { properties: {}, problems: [{ message: 'The properties at the top of this note are too large or refer to themselves (YAML anchors and aliases), so none of them are read: write each value out plainly.', line: firstLine - 1 }] };
		}
		throw error;
	}
	return { properties: Object.fromEntries(properties), problems: [] };
}
