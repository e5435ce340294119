/**
 * The incremental vault index: facts per note, the name resolver, and the notes that may need
 * fixing. Per-person facts (talks, owned commitments) are derived from it by `people.ts`.
 *
 * Upsert, remove and rename cost time proportional to the note's own facts, not the vault's size.
 * Facts keep references as written (not what they resolve to), so adding a person note later
 * re-points every reference to it without touching the notes that make them; resolution happens
 * at query time and is cached per revision.
 */
import type { NoteFacts } from './model';
import { mayHaveProblems } from './problems';
import { NameResolver, type ResolvableNote, type Resolution } from './resolver';

/** The incremental index of one vault. */
export class VaultIndex {
	private readonly notesByPath = new Map<string, NoteFacts>();
	private readonly resolver = new NameResolver();
	/** Paths of notes that may be listed under "Notes to fix" ({@link mayHaveProblems}). */
	private readonly problemPaths = new Set<string>();
	/** Excluded and template files: in the resolver by path and basename, never read. */
	private readonly unreadPaths = new Set<string>();
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
		this.revisionCounter++;
	}

	/**
	 * Records an excluded or template file by its path only: references to it resolve to it (a person
	 * whose note is excluded is in no list), but nothing in it is read.
	 */
	upsertUnread(path: string): void {
		this.detach(path);
		const basename = (path.split('/').pop() ?? path).replace(/\.md$/i, '');
		this.resolver.add({ path, basename, kind: 'other', aliases: [], unread: true });
		this.unreadPaths.add(path);
		this.revisionCounter++;
	}

	/** Forgets a note (no-op, and no revision change, when it is not indexed). */
	remove(path: string): void {
		if (!this.notesByPath.has(path) && !this.unreadPaths.has(path)) return;
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

	/** Resolves a reference and says which rule chose the note (uncached: "Explain this note" asks a few). */
	resolveWithRule(reference: string): Resolution | undefined {
		return this.resolver.resolveWithRule(reference.trim());
	}

	/**
	 * A canonical, order-independent picture of the index, for tests that compare an incrementally
	 * maintained index with one rebuilt from scratch.
	 */
	snapshot(): unknown {
		const notes = [...this.notesByPath.keys()].sort().map((path) => this.notesByPath.get(path));
		const references = new Set<string>();
		for (const note of this.notesByPath.values()) {
			if (note.kind === 'one-on-one') for (const link of note.conversation.persons) references.add(link.target);
		}
		const resolutions = [...references].sort().map((reference) => [reference, this.resolver.resolve(reference)?.path ?? null]);
		return { notes, resolutions, problemPaths: [...this.problemPaths].sort(), unread: [...this.unreadPaths].sort() };
	}

	private detach(path: string): void {
		if (this.unreadPaths.delete(path)) this.resolver.remove(path);
		const old = this.notesByPath.get(path);
		if (!old) return;
		this.notesByPath.delete(path);
		this.resolver.remove(path);
		this.problemPaths.delete(path);
	}
}

