/**
 * Keeps the core `VaultIndex` in step with the vault: one full pass after layout-ready (reporting
 * progress, in slices that yield to the event loop), then per-file updates on create / modify /
 * rename / delete, each re-parsing only that note. A `Component`, so its
 * event registrations end with it.
 */
import { Component, TFile, debounce, type App, type TAbstractFile } from 'obsidian';
import { buildExclusion, buildExclusionReasons, readTemplaterFolder, readTemplatesFolder, TEMPLATER_DATA_PATH, type ExclusionReason } from '../core/exclusion';
import { parseNote, toParseOptions } from '../core/note-parser';
import { buildTooLargeNote, NOTE_MAX_BYTES } from '../core/note-size';
import { VaultIndex } from '../core/vault-index';
import type { Settings } from '../settings';
import { openMacrotaskYielder } from './macrotask';
import { RenamedFiles } from './renamed-files';
import { SLICE_BUDGET_MS } from './sliced-run';

export interface VaultIndexerOptions {
	readonly app: App;
	readonly getSettings: () => Settings;
}

/** Progress of the first pass. */
export interface IndexProgress {
	readonly done: number;
	readonly total: number;
	readonly ready: boolean;
}

type Listener = () => void;

/** The part of the settings that decides what is read and how: a change needs a fresh pass. */
function describeReading(settings: Settings): string {
	const { sectionNames, excludedFolders, oneOnOneTemplate, personTemplate, peopleFolder, oneOnOneFolder, folderImpliesType } = settings;
	return JSON.stringify({ sectionNames, excludedFolders, oneOnOneTemplate, personTemplate, peopleFolder, oneOnOneFolder, folderImpliesType });
}

/** How long the settings must stay unchanged before a change to them reads the vault again. */
const SETTINGS_REBUILD_DELAY_MS = 400;

/** A note over the cap is not read (`stat.size` is its size in bytes), and goes to Notes to fix. */
function isTooLarge(file: TFile): boolean {
	return file.stat.size > NOTE_MAX_BYTES;
}

/** The template folders read from other plugins' settings. */
interface TemplateFolders {
	readonly templatesFolder?: string;
	readonly templaterFolder?: string;
}

/** Reads notes, parses them, and feeds the index; tells listeners when the index changed. */
export class VaultIndexer extends Component {
	/** A fresh index at each full pass (start-up, a settings or Templates-folder change), then kept in step. */
	index = new VaultIndex();
	private progress: IndexProgress = { done: 0, total: 0, ready: false };
	private readonly listeners = new Set<Listener>();
	private isExcluded: (path: string) => boolean = () => false;
	private generation = 0;
	private started = false;
	/** The settings the current index was read with (see {@link describeReading}). */
	private readingKey = '';
	/** Bumped by every event on a path, so a read that started before it is known to be stale. */
	private readonly versions = new Map<string, number>();
	private templatesFolder: TemplateFolders = {};
	private templatesCheck: Promise<void> | undefined;

	/** Where renamed notes went, for views that still list them under their old paths. */
	private readonly renamed: RenamedFiles;
	/**
	 * Typing a folder or a section name in the settings changes them at every key: the vault is read
	 * again once the typing pauses, not once per key (each pass would start over, the views showing
	 * "Indexing 0/N" in between).
	 */
	private readonly rebuildSoon = debounce(() => void this.rebuild(), SETTINGS_REBUILD_DELAY_MS, true);

	constructor(private readonly options: VaultIndexerOptions) {
		super();
		this.renamed = new RenamedFiles(options.app.vault);
	}

	/**
	 * The note at `path`, or where it went if it was renamed since (a view may still list it under
	 * its old path until it re-renders); null when it is gone.
	 */
	findFile(path: string): TFile | null {
		return this.renamed.find(path);
	}

	/** Why the index skips a path (excluded folder, template), or undefined when it reads it. */
	explainExclusion(path: string): ExclusionReason | undefined {
		return buildExclusionReasons({ ...this.options.getSettings(), ...this.templatesFolder })(path);
	}

	/** Current progress of the first pass. */
	getProgress(): IndexProgress {
		return this.progress;
	}

	/** Calls `listener` after every index change; returns the unsubscribe function. */
	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Starts indexing; call after the workspace layout is ready. */
	start(): void {
		if (this.started) return;
		this.started = true;
		const { vault } = this.options.app;
		this.registerEvent(vault.on('create', (file) => this.onChanged(file)));
		this.registerEvent(vault.on('modify', (file) => this.onChanged(file)));
		this.registerEvent(
			vault.on('delete', (file) => {
				this.bump(file.path);
				const before = this.index.revision;
				this.index.remove(file.path);
				if (this.index.revision !== before) this.notify();
			}),
		);
		this.registerEvent(
			vault.on('rename', (file, oldPath) => {
				if (file instanceof TFile) this.renamed.record(oldPath, file);
				this.bump(oldPath);
				const had = this.index.get(oldPath) !== undefined;
				this.index.remove(oldPath);
				if (file instanceof TFile) this.onChanged(file);
				else if (had) this.notify();
			}),
		);
		void this.rebuild();
	}

	/** Settings that change parsing or exclusion need a fresh pass; the rest only a re-render. */
	onSettingsChanged(): void {
		if (this.started && this.readingKey !== describeReading(this.options.getSettings())) {
			this.rebuildSoon();
			return;
		}
		// Typed back to what the index was read with: no pass is needed.
		this.rebuildSoon.cancel();
		this.notify();
	}

	/** Re-reads every Markdown file into a fresh index. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		const { vault } = this.options.app;
		this.readingKey = describeReading(this.options.getSettings());
		this.templatesFolder = await this.readTemplatesFolder();
		if (generation !== this.generation) return;
		this.isExcluded = buildExclusion({ ...this.options.getSettings(), ...this.templatesFolder });
		// Reads go out a batch at a time; parsing runs in slices of at most SLICE_MS of work, each
		// followed by a macrotask turn, so the pass never holds the main thread longer than that
		// (a single note over ~1 MB cannot be cut and may take longer on its own).
		const BATCH = 200;
		const SLICE_MS = SLICE_BUDGET_MS;
		const yielder = openMacrotaskYielder();
		try {
			// Listing and sorting out 10k paths is a slice of its own, in a task of its own: the
			// caller's (the app's layout-ready callbacks, a settings change) has its own work.
			await yielder.next();
			if (generation !== this.generation) return;
			// Fill the live index in place so file events during the pass land in it too.
			this.index = new VaultIndex();
			const files: TFile[] = [];
			// One test per path: excluded and template files are known by path only, so a link to them resolves to them.
			for (const file of vault.getMarkdownFiles()) {
				if (this.isExcluded(file.path)) this.index.upsertUnread(file.path);
				else files.push(file);
			}
			this.progress = { done: 0, total: files.length, ready: false };
			this.notify();
			await yielder.next();
			if (generation !== this.generation) return;
			let sliceStart = performance.now();
			for (let i = 0; i < files.length; i += BATCH) {
				const batch = files.slice(i, i + BATCH).map((file) => ({ file, path: file.path, version: this.versionOf(file.path) }));
				const texts = await Promise.all(batch.map(({ file }) => this.readNote(file)));
				for (let j = 0; j < batch.length; j++) {
					if (generation !== this.generation) return;
					this.apply(batch[j], texts[j], generation);
					if (performance.now() - sliceStart >= SLICE_MS) {
						this.progress = { done: i + j + 1, total: files.length, ready: false };
						this.notify();
						await yielder.next();
						sliceStart = performance.now();
					}
				}
				this.progress = { done: Math.min(i + BATCH, files.length), total: files.length, ready: false };
				this.notify();
			}
			if (generation !== this.generation) return;
			this.progress = { done: files.length, total: files.length, ready: true };
		} finally {
			yielder.close();
		}
		this.notify();
	}

	/** A file was created, modified or renamed to `file.path`: read it again. */
	private onChanged(file: TAbstractFile): void {
		this.bump(file.path);
		if (file instanceof TFile && file.extension === 'md') void this.indexFile(file);
	}

	private async indexFile(file: TFile): Promise<void> {
		const read = { file, path: file.path, version: this.versionOf(file.path) };
		const generation = this.generation;
		await this.refreshTemplatesFolder();
		if (generation !== this.generation) return;
		if (this.isExcluded(read.path)) {
			this.index.upsertUnread(read.path);
			this.notify();
			return;
		}
		const text = await this.readNote(file);
		if (this.apply(read, text, generation)) this.notify();
	}

	/**
	 * Indexes what was read, unless it is stale: a newer event touched the path, the file moved or
	 * went away, it is now excluded, or a newer pass started. Reads finish out of order; this keeps
	 * an old read from overwriting a newer edit or bringing back a deleted note.
	 */
	private apply(read: { file: TFile; path: string; version: number }, text: string | undefined, generation: number): boolean {
		if (text === undefined || generation !== this.generation) return false;
		if (read.file.path !== read.path || this.versionOf(read.path) !== read.version) return false;
		if (this.options.app.vault.getFileByPath(read.path) !== read.file || this.isExcluded(read.path)) return false;
		this.index.upsert(isTooLarge(read.file) ? buildTooLargeNote(read.path) : parseNote(read.path, text, toParseOptions(this.options.getSettings())));
		return true;
	}

	/** The note's text; '' for a note over the size cap, which is never read; undefined when the read failed. */
	private readNote(file: TFile): Promise<string | undefined> {
		if (isTooLarge(file)) return Promise.resolve('');
		return this.options.app.vault.cachedRead(file).catch(() => undefined);
	}

	private bump(path: string): void {
		this.versions.set(path, this.versionOf(path) + 1);
	}

	private versionOf(path: string): number {
		return this.versions.get(path) ?? 0;
	}

	/**
	 * The core Templates plugin's folder can change at any time (it has no event we may use), so it
	 * is re-read, one read at a time, before indexing a changed file; a new folder means a new pass.
	 */
	private refreshTemplatesFolder(): Promise<void> {
		this.templatesCheck ??= this.readTemplatesFolder()
			.then((folder) => {
				if (folder.templatesFolder !== this.templatesFolder.templatesFolder || folder.templaterFolder !== this.templatesFolder.templaterFolder) void this.rebuild();
			})
			.finally(() => {
				this.templatesCheck = undefined;
			});
		return this.templatesCheck;
	}

	/** The core Templates folder and Templater's, both excluded like the template files. */
	private async readTemplatesFolder(): Promise<TemplateFolders> {
		const { vault } = this.options.app;
		const read = async (path: string): Promise<string | undefined> => {
			try {
				return (await vault.adapter.exists(path)) ? await vault.adapter.read(path) : undefined;
			} catch {
				return undefined;
			}
		};
		const templatesFolder = readTemplatesFolder(await read(`${vault.configDir}/templates.json`));
		const templaterFolder = readTemplaterFolder(await read(`${vault.configDir}/${TEMPLATER_DATA_PATH}`));
		return { ...(templatesFolder !== undefined ? { templatesFolder } : {}), ...(templaterFolder !== undefined ? { templaterFolder } : {}) };
	}

	private notify(): void {
		for (const listener of this.listeners) listener();
	}

	override onunload(): void {
		this.rebuildSoon.cancel();
		this.generation++;
		this.listeners.clear();
	}
}
