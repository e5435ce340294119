/**
 * The incremental vault index: facts per note, the name resolver, and per-reference postings so
 * that per-person questions (their talks, the commitments they own) never scan the whole vault.
 *
 * Upsert, remove and rename cost time proportional to the note's own facts, not the vault's size.
 * References are stored by their normalized key (not by what they resolve to), so adding a person
 * note later re-points every reference to it without touching the notes that make them; resolution
 * happens at query time and is cached per revision.
 */
import type { ConversationFacts, LinkRef, NoteFacts } from './model';
import { mayHaveProblems } from './problems';
import { NameResolver, normalizeReference, type ResolvableNote } from './resolver';

/** Which role a reference plays in a 1-on-1 note. */
export type ReferenceRole = 'person' | 'owner' | 'organizer';

function addPosting(map: Map<string, Set<string>>, key: string, path: string): void {
	let set = map.get(key);
	if (!set) {
		set = new Set();
		map.set(key, set);
	}
	set.add(path);
}

function removePosting(map: Map<string, Set<string>>, key: string, path: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(path);
	if (set.size === 0) map.delete(key);
}

/** Every reference key a 1-on-1 note makes (persons, commitment owners and prefixes, organizer). */
function collectReferenceKeys(facts: NoteFacts): Set<string> {
	const keys = new Set<string>();
	const add = (link: LinkRef | undefined): void => {
		if (!link) return;
		const key = normalizeReference(link.target);
		if (key) keys.add(key);
	};
	const conversation: ConversationFacts | undefined = facts.conversation;
	if (!conversation) return keys;
	for (const person of conversation.persons) add(person);
	add(conversation.organizer);
	for (const commitment of facts.commitments) {
		add(commitment.ownerField);
		add(commitment.ownerPrefix);
	}
	return keys;
}

/** A person, resolved or not, as the index sees them. */
export interface IndexedPerson {
	/** Stable key: the person note's path, or `?` + the normalized reference when unresolved. */
	readonly key: string;
	/** Display name: the note's basename, or the link target as first written when unresolved. */
	readonly name: string;
	/** The person note, when resolved to a note of type person. */
	readonly note?: NoteFacts;
}

/** The incremental index of one vault. */
export class VaultIndex {
	private readonly notesByPath = new Map<string, NoteFacts>();
	private readonly resolver = new NameResolver();
	/** Reference key → paths of 1-on-1 notes that make that reference. */
	private readonly notesByReference = new Map<string, Set<string>>();
	private readonly referenceKeysByPath = new Map<string, Set<string>>();
	/** Paths of notes that may be listed under "Notes to fix" ({@link mayHaveProblems}). */
	private readonly problemPaths = new Set<string>();
	private revisionCounter = 0;
	private resolutionCache: { revision: number; map: Map<string, ResolvableNote | undefined> } | undefined;

	/** Changes on every effective change (views compare it before re-rendering). */
	get revision(): number {
		return this.revisionCounter;
	}

	/** Number of indexed notes. */
	get size(): number {
		return this.notesByPath.size;
	}

	/** Adds or replaces the facts of one note. */
	upsert(facts: NoteFacts): void {
		this.detach(facts.path);
		this.notesByPath.set(facts.path, facts);
		this.resolver.add(facts);
		if (mayHaveProblems(facts)) this.problemPaths.add(facts.path);
		if (facts.kind === 'one-on-one') {
			const keys = collectReferenceKeys(facts);
			this.referenceKeysByPath.set(facts.path, keys);
			for (const key of keys) addPosting(this.notesByReference, key, facts.path);
		}
		this.revisionCounter++;
	}

	/** Forgets a note (no-op, and no revision change, when it is not indexed). */
	remove(path: string): void {
		if (!this.notesByPath.has(path)) return;
		this.detach(path);
		this.revisionCounter++;
	}

	/**
	 * A note moved: the old path is forgotten and the note is indexed under its new identity (its
	 * facts depend on the path, e.g. a 1-on-1's date from its file name). References in other notes
	 * follow only when those notes change, whether or not Obsidian rewrote them.
	 */
	rename(oldPath: string, facts: NoteFacts): void {
		this.detach(oldPath);
		this.upsert(facts);
	}

	/** The facts of one note. */
	get(path: string): NoteFacts | undefined {
		return this.notesByPath.get(path);
	}

	/** All indexed notes, in insertion order. */
	notes(): IterableIterator<NoteFacts> {
		return this.notesByPath.values();
	}

	/** The notes that may be listed under "Notes to fix", whatever the folders are. */
	*notesThatMayHaveProblems(): IterableIterator<NoteFacts> {
		for (const path of this.problemPaths) {
			const note = this.notesByPath.get(path);
			if (note) yield note;
		}
	}

	/** Resolves a reference by the DESIGN §2 rules (cached per revision). */
	resolve(reference: string): ResolvableNote | undefined {
		// Keyed as written: two notes whose paths differ only in case resolve by the exact spelling.
		const key = reference.trim();
		if (!this.resolutionCache || this.resolutionCache.revision !== this.revisionCounter) {
			this.resolutionCache = { revision: this.revisionCounter, map: new Map() };
		}
		const cache = this.resolutionCache.map;
		if (cache.has(key)) return cache.get(key);
		const resolved = this.resolver.resolve(key);
		cache.set(key, resolved);
		return resolved;
	}

	/** Every distinct reference key that some 1-on-1 note makes. */
	referenceKeys(): IterableIterator<string> {
		return this.notesByReference.keys();
	}

	/** Paths of the 1-on-1 notes that make a reference with this key. */
	notesReferencing(referenceKey: string): ReadonlySet<string> {
		return this.notesByReference.get(referenceKey) ?? EMPTY;
	}

	/**
	 * A canonical, order-independent picture of the index, for tests that compare an incrementally
	 * maintained index with one rebuilt from scratch.
	 */
	snapshot(): unknown {
		const notes = [...this.notesByPath.keys()].sort().map((path) => this.notesByPath.get(path));
		const postings = [...this.notesByReference.entries()]
			.map(([key, paths]) => [key, [...paths].sort()] as const)
			.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
		const resolutions = postings.map(([key]) => [key, this.resolver.resolve(key)?.path ?? null]);
		return { notes, postings, resolutions, problemPaths: [...this.problemPaths].sort() };
	}

	private detach(path: string): void {
		const old = this.notesByPath.get(path);
		if (!old) return;
		this.notesByPath.delete(path);
		this.resolver.remove(path);
		this.problemPaths.delete(path);
		const keys = this.referenceKeysByPath.get(path);
		if (keys) {
			for (const key of keys) removePosting(this.notesByReference, key, path);
			this.referenceKeysByPath.delete(path);
		}
	}
}

const EMPTY: ReadonlySet<string> = new Set();
