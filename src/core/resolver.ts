/**
 * The one name resolver (DESIGN §2, Name resolution), used by the index, the plugin and the CLI.
 *
 * A reference resolves, case-insensitively, by: exact vault path (with or without `.md`); then note
 * basename — several notes sharing it: a person note first, then the shortest path, then
 * alphabetical order; then a person note's `aliases` (same tie-breaks). Obsidian does not resolve
 * links through aliases; we do, because organizers type nicknames.
 *
 * Kept incrementally: adding or removing a note touches only its own keys.
 */
import type { NoteKind } from './model';

/** What the resolver needs to know about a note. */
export interface ResolvableNote {
	readonly path: string;
	readonly basename: string;
	readonly kind: NoteKind;
	readonly aliases: readonly string[];
	/** True for an excluded or template file: known by path and basename only, never read (DESIGN §2). */
	readonly unread?: boolean;
}

/**
 * A relative link (`../People/Maria Lopez`, `./Jo`), as Obsidian's "relative path" link format
 * writes it, turned into a vault path from the linking note's folder; other references unchanged.
 */
export function resolveRelativeReference(reference: string, fromPath: string): string {
	// Only a reference opening with `.`, perhaps after blanks, can be relative: every other one (most
	// of them, asked for each person a talk names) is returned at once.
	const first = reference.charCodeAt(0);
	if (first !== 0x2e && first > 0x20 && first < 0x7f) return reference;
	const trimmed = reference.trim().replace(/\\/g, '/');
	if (!trimmed.startsWith('./') && !trimmed.startsWith('../')) return reference;
	const parts = fromPath.split('/').slice(0, -1);
	for (const segment of trimmed.split('/')) {
		if (segment === '..') parts.pop();
		else if (segment !== '.' && segment !== '') parts.push(segment);
	}
	return parts.join('/');
}

/**
 * Lookup key for a reference: trimmed, `.md` dropped, `\` → `/`, Unicode NFC (a name typed on one
 * system and a file name from another may encode `é` differently), case folded.
 */
export function normalizeReference(reference: string): string {
	if (isPlainAscii(reference)) {
		// Nothing to trim, normalize or turn around: only the case and a `.md` are left (the index
		// asks this of every path, name and reference, most of them plain).
		const folded = reference.toLowerCase();
		return folded.endsWith('.md') ? folded.slice(0, -3) : folded;
	}
	let key = reference.trim().normalize('NFC').replace(/\\/g, '/').replace(/^\/+/, '');
	if (key.toLowerCase().endsWith('.md')) key = key.slice(0, -3);
	return key.toLowerCase();
}

/** Printable ASCII without a backslash, not opening with `/` or a space nor ending with a space. */
function isPlainAscii(text: string): boolean {
	const length = text.length;
	if (length === 0 || text.charCodeAt(0) === 0x2f || text.charCodeAt(0) === 0x20 || text.charCodeAt(length - 1) === 0x20) return false;
	for (let index = 0; index < length; index++) {
		const char = text.charCodeAt(index);
		if (char < 0x20 || char > 0x7e || char === 0x5c) return false;
	}
	return true;
}

function compareCandidates(a: ResolvableNote, b: ResolvableNote): number {
	const personA = a.kind === 'person' ? 0 : 1;
	const personB = b.kind === 'person' ? 0 : 1;
	if (personA !== personB) return personA - personB;
	if (a.path.length !== b.path.length) return a.path.length - b.path.length;
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The notes found under one lookup key: the note itself while it is the only one (nearly every
 * path and basename), a path → note map once two share the key. A map per key cost a tenth of an
 * index's heap for 10k notes, to hold one note each.
 */
type Bucket = ResolvableNote | Map<string, ResolvableNote>;

function pickBest(bucket: Bucket | undefined): ResolvableNote | undefined {
	if (bucket === undefined || !(bucket instanceof Map)) return bucket;
	let best: ResolvableNote | undefined;
	for (const note of bucket.values()) {
		if (!best || compareCandidates(note, best) < 0) best = note;
	}
	return best;
}

/** The note at exactly `path` in the bucket. */
function findInBucket(bucket: Bucket, path: string): ResolvableNote | undefined {
	if (bucket instanceof Map) return bucket.get(path);
	return bucket.path === path ? bucket : undefined;
}

function addTo(map: Map<string, Bucket>, key: string, note: ResolvableNote): void {
	const bucket = map.get(key);
	if (bucket === undefined || (!(bucket instanceof Map) && bucket.path === note.path)) map.set(key, note);
	else if (bucket instanceof Map) bucket.set(note.path, note);
	else map.set(key, new Map([[bucket.path, bucket], [note.path, note]]));
}

function removeFrom(map: Map<string, Bucket>, key: string, path: string): void {
	const bucket = map.get(key);
	if (bucket === undefined) return;
	if (!(bucket instanceof Map)) {
		if (bucket.path === path) map.delete(key);
		return;
	}
	bucket.delete(path);
	if (bucket.size === 1) map.set(key, bucket.values().next().value as ResolvableNote);
	else if (bucket.size === 0) map.delete(key);
}

/**
 * Which rule of DESIGN §2 chose the note a reference resolved to: its exact path; its basename (the
 * only note of that name, or, among several, the person note, then the shortest path, then the
 * first path alphabetically); or a person note's alias.
 */
export type ResolutionRule = 'path' | 'basename' | 'basename-person-first' | 'basename-shortest-path' | 'basename-alphabetical' | 'alias';

/** A resolved reference and the rule that chose it. */
export interface Resolution {
	readonly note: ResolvableNote;
	readonly rule: ResolutionRule;
}

/** Which tie-break made `best` win over the runner-up among several notes sharing a basename. */
function explainTieBreak(candidates: Bucket, best: ResolvableNote): ResolutionRule {
	if (!(candidates instanceof Map)) return 'basename';
	let runnerUp: ResolvableNote | undefined;
	for (const note of candidates.values()) {
		if (note !== best && (!runnerUp || compareCandidates(note, runnerUp) < 0)) runnerUp = note;
	}
	if (!runnerUp) return 'basename';
	if ((best.kind === 'person') !== (runnerUp.kind === 'person')) return 'basename-person-first';
	if (best.path.length !== runnerUp.path.length) return 'basename-shortest-path';
	return 'basename-alphabetical';
}

/** The lookup keys a note is found under: its path, its basename and, for a person, its aliases, normalized. */
export function listLookupKeys(note: ResolvableNote): string[] {
	const keys = [normalizeReference(note.path), normalizeReference(note.basename)];
	if (note.kind === 'person') for (const alias of note.aliases) keys.push(normalizeReference(alias));
	return keys;
}

/** The aliases of the notes that have none, one array for all. */
const NO_ALIASES: readonly string[] = Object.freeze([]);

/** An incrementally maintained name → note table. */
export class NameResolver {
	/** Exact paths; case-folded keys hold buckets, as `People/` and `people/` may both exist. */
	private readonly byPath = new Map<string, Bucket>();
	private readonly notes = new Map<string, ResolvableNote>();
	private readonly byBasename = new Map<string, Bucket>();
	private readonly byAlias = new Map<string, Bucket>();

	/** Adds or replaces the note at `note.path`. */
	add(note: ResolvableNote): void {
		this.remove(note.path);
		// Only what resolving reads: a spread of the whole facts was slower and kept a second copy of them.
		const aliases = note.aliases.length === 0 ? NO_ALIASES : [...note.aliases];
		const entry: ResolvableNote = note.unread === true
			? { path: note.path, basename: note.basename, kind: note.kind, aliases, unread: true }
			: { path: note.path, basename: note.basename, kind: note.kind, aliases };
		this.notes.set(note.path, entry);
		addTo(this.byPath, normalizeReference(note.path), entry);
		addTo(this.byBasename, normalizeReference(note.basename), entry);
		if (note.kind === 'person') {
			for (const alias of new Set(note.aliases.map(normalizeReference))) {
				if (alias) addTo(this.byAlias, alias, entry);
			}
		}
	}

	/**
	 * The lookup keys the note at `path` is found under (its path, basename and, for a person,
	 * aliases), normalized: a reference whose {@link normalizeReference} is none of these resolves
	 * the same with or without this note.
	 */
	keysOf(path: string): string[] {
		const note = this.notes.get(path);
		return note ? listLookupKeys(note) : [];
	}

	/** Forgets the note at `path` (no-op when unknown). */
	remove(path: string): void {
		const old = this.notes.get(path);
		if (!old) return;
		this.notes.delete(path);
		removeFrom(this.byPath, normalizeReference(path), path);
		removeFrom(this.byBasename, normalizeReference(old.basename), old.path);
		if (old.kind === 'person') {
			for (const alias of new Set(old.aliases.map(normalizeReference))) removeFrom(this.byAlias, alias, old.path);
		}
	}

	/** The note a reference (link target, plain name, path) points to, or undefined when unresolved. */
	resolve(reference: string): ResolvableNote | undefined {
		return this.resolveWithRule(reference)?.note;
	}

	/** Like {@link resolve}, also saying which rule chose the note ("Explain this note"). */
	resolveWithRule(reference: string): Resolution | undefined {
		const key = normalizeReference(reference);
		if (!key) return undefined;
		// A link without a folder is matched by basename, so an empty root `Maria Lopez.md` (what
		// clicking an unresolved link creates) never shadows `People/Maria Lopez.md`.
		const samePath = key.includes('/') ? this.byPath.get(key) : undefined;
		if (samePath) {
			const written = reference.trim().replace(/\\/g, '/').replace(/^\/+/, '');
			const asWritten = findInBucket(samePath, written) ?? findInBucket(samePath, `${written}.md`);
			const exact = asWritten ?? pickBest(samePath);
			if (exact) return { note: exact, rule: 'path' };
		}
		const sameName = this.byBasename.get(key);
		const byName = pickBest(sameName);
		if (byName && sameName) return { note: byName, rule: explainTieBreak(sameName, byName) };
		const byAlias = pickBest(this.byAlias.get(key));
		return byAlias ? { note: byAlias, rule: 'alias' } : undefined;
	}
}
