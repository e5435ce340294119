/**
 * `MetadataCache`: front matter of each Markdown file, re-read after every write and announced with
 * `changed` on a later task (never synchronously inside the write, never on rename), as the app
 * does after its background indexing.
 */
import { Events, type EventRef } from './events';
import { TFile, type TAbstractFile } from './files';
import { parseYaml } from './functions';
import { registerApiClass } from './not-implemented';
import type { Vault } from './vault';

/** The part of the d.ts `CachedMetadata` the fake fills in. */
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { start: { line: number; col: number; offset: number }; end: { line: number; col: number; offset: number } };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)(?:\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Parses a note's front matter block the way the cache reports it (a broken block: no `frontmatter`). */
export function computeMetadata(text: string): CachedMetadata {
	const match = FRONTMATTER.exec(text);
	if (!match) return {};
	const endLine = match[0].replace(/\r?\n$/, '').split(/\r?\n/).length - 1;
	const position = {
		start: { line: 0, col: 0, offset: 0 },
		end: { line: endLine, col: 3, offset: match[0].replace(/\r?\n$/, '').length },
	};
	try {
		const data = parseYaml(match[1]);
		if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
			return { frontmatter: data as Record<string, unknown>, frontmatterPosition: position };
		}
		return { frontmatterPosition: position };
	} catch {
		return { frontmatterPosition: position };
	}
}

export class MetadataCache extends Events {
	private readonly caches = new Map<TFile, CachedMetadata>();
	private pendingWrites = 0;

	constructor(private readonly vault: Vault) {
		super();
		for (const file of vault.getMarkdownFiles()) {
			this.caches.set(file, computeMetadata(vault['contents'].get(file.path) ?? ''));
		}
		vault['writeListeners'].push((file, data) => this.onWrite(file, data));
		// Deleting drops the cache and fires `deleted` ("A best-effort previous version of the cached metadata is presented").
		vault.on('delete', (file: TAbstractFile) => {
			if (!(file instanceof TFile)) return;
			const previous = this.caches.get(file) ?? null;
			this.caches.delete(file);
			this.trigger('deleted', file, previous);
		});
	}

	private onWrite(file: TFile, data: string): void {
		if (file.extension !== 'md') return;
		this.pendingWrites++;
		// d.ts on `changed`: "Called when a file has been indexed, and its (updated) cache is now
		// available." Indexing happens after the write returns, so the event comes on a later task.
		setTimeout(() => {
			this.pendingWrites--;
			if (this.vault.getFileByPath(file.path) !== file) return;
			const cache = computeMetadata(data);
			this.caches.set(file, cache);
			this.trigger('changed', file, data, cache);
			this.trigger('resolve', file);
			if (this.pendingWrites === 0) this.trigger('resolved');
		}, 0);
	}

	/** d.ts `getFileCache(file): CachedMetadata | null`. Renamed files keep their cache (keyed by the file object). */
	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file) ?? null;
	}

	/** d.ts `getCache(path): CachedMetadata | null`. */
	getCache(path: string): CachedMetadata | null {
		const file = this.vault.getFileByPath(path);
		return file ? this.getFileCache(file) : null;
	}

	/**
	 * d.ts `getFirstLinkpathDest(linkpath, sourcePath)`: an exact path (with or without `.md`), else the
	 * file with that name, preferring the shortest path.
	 */
	getFirstLinkpathDest(linkpath: string): TFile | null {
		const exact = this.vault.getFileByPath(linkpath) ?? this.vault.getFileByPath(`${linkpath}.md`);
		if (exact) return exact;
		const name = linkpath.split('/').pop()?.toLowerCase() ?? '';
		const candidates = this.vault.getFiles().filter((f) => f.basename.toLowerCase() === name || f.name.toLowerCase() === name);
		candidates.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
		return candidates[0] ?? null;
	}

	/**
	 * Events: d.ts on `changed`: "Note: This is not called when a file is renamed for performance
	 * reasons. You must hook the vault rename event for those." Also `deleted`, `resolve`, `resolved`.
	 */
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
	}
}
registerApiClass(MetadataCache, 'MetadataCache');
