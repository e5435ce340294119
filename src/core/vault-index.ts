/**
 * The incremental vault index: facts per note, the name resolver, and the notes that may need
 * fixing. Per-person facts (talks, owned commitments) are derived from it by `people.ts`.
 *
 * Upsert, remove and rename cost time proportional to the note's own facts, not the vault's size.
 * Facts keep references as written (not what they resolve to), so adding a person note later
 * re-points every reference to it without touching the notes that make them; resolution happens
 * at query time and is cached until a change to a note that reference could name.
 */
import type { NoteFacts } from './model';
import { mayHaveProblems } from './problems';
import { NameResolver, normalizeReference, type ResolvableNote, type Resolution } from './resolver';
import { basenameOf } from './vault-paths';

/** The incremental index of one vault. */
export class VaultIndex {
	private readonly notesByPath = new Map<string, NoteFacts>();
	private readonly resolver = new NameResolver();
	/** Paths of notes that may be listed under "Notes to fix" ({@link mayHaveProblems}). */
	private readonly problemPaths = new Set<string>();
	/** Excluded and template files: in the resolver by path and basename, never read. */
	private readonly unreadPaths = new Set<string>();
	private revisionCounter = 0;
	/**
	 * The notes changed since revision {@link changesFrom}, with their facts before the first of
	 * those changes ('unread' for an excluded file, undefined when not indexed), so a derivation
	 * can update only what they touch. Short: past its bound the older half is forgotten, and a
	 * derivation older than what is left rebuilds.
	 */
	private changeLog: Array<{ readonly revision: number; readonly path: string; readonly before: NoteFacts | 'unread' | undefined }> = [];
	private changesFrom = 0;
	/**
	 * Resolutions as written, kept across revisions: a change forgets only the references whose
	 * lookup key is one the changed note is found under ({@link NameResolver.keysOf}).
	 */
	private readonly resolutions = new Map<string, ResolvableNote | undefined>();
	/** The references in {@link resolutions}, by lookup key. */
	private readonly resolutionsByKey = new Map<string, string[]>();

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
		this.forgetResolutions(facts.path);
		if (mayHaveProblems(facts)) this.problemPaths.add(facts.path);
		this.revisionCounter++;
	}

	/**
	 * Records an excluded or template file by its path only: references to it resolve to it (a person
	 * whose note is excluded is in no list), but nothing in it is read.
	 */
	upsertUnread(path: string): void {
		this.detach(path);
		const basename = basenameOf(path);
		this.resolver.add({ path, basename, kind: 'other', aliases: [], unread: true });
		this.forgetResolutions(path);
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

	/** True for an excluded or template file recorded by {@link upsertUnread}. */
	isUnread(path: string): boolean {
		return this.unreadPaths.has(path);
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

	/** Resolves a reference by the DESIGN §2 rules (cached: a change forgets only what it could re-point). */
	resolve(reference: string): ResolvableNote | undefined {
		// Keyed as written: two notes whose paths differ only in case resolve by the exact spelling.
		const key = reference.trim();
		const cached = this.resolutions.get(key);
		if (cached !== undefined || this.resolutions.has(key)) return cached;
		const resolved = this.resolver.resolve(key);
		this.resolutions.set(key, resolved);
		const lookup = normalizeReference(key);
		const written = this.resolutionsByKey.get(lookup);
		if (written) written.push(key);
		else this.resolutionsByKey.set(lookup, [key]);
		return resolved;
	}

	/** Resolves a reference and says which rule chose the note (uncached: "Explain this note" asks a few). */
	resolveWithRule(reference: string): Resolution | undefined {
		return this.resolver.resolveWithRule(reference.trim());
	}

	/** Forgets the cached resolutions the note at `path` (as the resolver has it now) could change. */
	private forgetResolutions(path: string): void {
		// Nothing resolved yet (the first index): nothing to forget, and no keys to work out.
		if (this.resolutions.size === 0) return;
		for (const lookup of this.resolver.keysOf(path)) {
			const written = this.resolutionsByKey.get(lookup);
			if (!written) continue;
			for (const key of written) this.resolutions.delete(key);
			this.resolutionsByKey.delete(lookup);
		}
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

	/**
	 * The notes changed after `revision`, each once, with its facts as they were at `revision`;
	 * undefined when the index no longer remembers that far back (a derivation then rebuilds).
	 */
	changesSince(revision: number): ReadonlyMap<string, NoteFacts | 'unread' | undefined> | undefined {
		if (revision < this.changesFrom || revision > this.revisionCounter) return undefined;
		let start = this.changeLog.length;
		while (start > 0 && this.changeLog[start - 1].revision >= revision) start--;
		const out = new Map<string, NoteFacts | 'unread' | undefined>();
		for (let i = start; i < this.changeLog.length; i++) {
			const change = this.changeLog[i];
			if (!out.has(change.path)) out.set(change.path, change.before);
		}
		return out;
	}

	/**
	 * Like {@link changesSince}, with every version each note had since `revision` (oldest first,
	 * not the current one): a derivation built while the index changed may have read any of them.
	 */
	versionsSince(revision: number): ReadonlyMap<string, ReadonlyArray<NoteFacts | 'unread' | undefined>> | undefined {
		if (revision < this.changesFrom || revision > this.revisionCounter) return undefined;
		let start = this.changeLog.length;
		while (start > 0 && this.changeLog[start - 1].revision >= revision) start--;
		const out = new Map<string, Array<NoteFacts | 'unread' | undefined>>();
		for (let i = start; i < this.changeLog.length; i++) {
			const change = this.changeLog[i];
			const versions = out.get(change.path);
			if (versions) versions.push(change.before);
			else out.set(change.path, [change.before]);
		}
		return out;
	}

	/** Logs a change about to happen to `path` (entries carry the revision they change). */
	private record(path: string): void {
		if (this.changeLog.length >= 128) {
			// The older half is forgotten (a derivation that old rebuilds); the newer half stays, so
			// a derivation a few changes behind still updates. A rename logs two paths under one
			// revision: the first revision remembered is the one after the last forgotten entry's.
			const dropped = this.changeLog.splice(0, 64);
			this.changesFrom = dropped[dropped.length - 1].revision + 1;
		}
		const before = this.unreadPaths.has(path) ? 'unread' : this.notesByPath.get(path);
		this.changeLog.push({ revision: this.revisionCounter, path, before });
	}

	private detach(path: string): void {
		this.record(path);
		this.forgetResolutions(path);
		if (this.unreadPaths.delete(path)) this.resolver.remove(path);
		const old = this.notesByPath.get(path);
		if (!old) return;
		this.notesByPath.delete(path);
		this.resolver.remove(path);
		this.problemPaths.delete(path);
	}
}

