/**
 * Keeps the core `VaultIndex` in step with the vault: one full pass after layout-ready (reporting
 * progress), then per-file updates on create / modify / rename / delete. A `Component`, so its
 * event registrations end with it.
 */
import { Component, TFile, type App } from 'obsidian';
import { buildExclusion, readTemplatesFolder } from '../core/exclusion';
import { parseNote } from '../core/note-parser';
import { VaultIndex } from '../core/vault-index';
import type { Settings } from '../settings';

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
	const { sectionNames, excludedFolders, oneOnOneTemplate, personTemplate } = settings;
	return JSON.stringify({ sectionNames, excludedFolders, oneOnOneTemplate, personTemplate });
}

/** Reads notes, parses them, and feeds the index; tells listeners when the index changed. */
export class VaultIndexer extends Component {
	/** Replaced (not mutated) on a settings change that affects parsing. */
	index = new VaultIndex();
	private progress: IndexProgress = { done: 0, total: 0, ready: false };
	private readonly listeners = new Set<Listener>();
	private isExcluded: (path: string) => boolean = () => false;
	private generation = 0;
	private started = false;
	/** The settings the current index was read with (see {@link describeReading}). */
	private readingKey = '';

	constructor(private readonly options: VaultIndexerOptions) {
		super();
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
		this.registerEvent(vault.on('create', (file) => { if (file instanceof TFile) void this.indexFile(file); }));
		this.registerEvent(vault.on('modify', (file) => { if (file instanceof TFile) void this.indexFile(file); }));
		this.registerEvent(
			vault.on('delete', (file) => {
				if (this.index.get(file.path)) {
					this.index.remove(file.path);
					this.notify();
				}
			}),
		);
		this.registerEvent(
			vault.on('rename', (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				this.index.remove(oldPath);
				void this.indexFile(file, true);
			}),
		);
		void this.rebuild();
	}

	/** Settings that change parsing or exclusion need a fresh pass; the rest only a re-render. */
	onSettingsChanged(): void {
		if (this.started && this.readingKey !== describeReading(this.options.getSettings())) void this.rebuild();
		else this.notify();
	}

	/** Re-reads every Markdown file into a fresh index. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		const { vault } = this.options.app;
		this.readingKey = describeReading(this.options.getSettings());
		this.isExcluded = buildExclusion({
			...this.options.getSettings(),
			templatesFolder: await this.readTemplatesFolder(),
		});
		const files = vault.getMarkdownFiles().filter((file) => !this.isExcluded(file.path));
		// Fill the live index in place so file events during the pass land in it too.
		const next = new VaultIndex();
		this.index = next;
		this.progress = { done: 0, total: files.length, ready: false };
		this.notify();
		const BATCH = 200;
		for (let i = 0; i < files.length; i += BATCH) {
			const batch = files.slice(i, i + BATCH);
			const texts = await Promise.all(batch.map((file) => vault.cachedRead(file).catch(() => undefined)));
			if (generation !== this.generation) return;
			batch.forEach((file, j) => {
				const text = texts[j];
				if (text !== undefined) next.upsert(parseNote(file.path, text, { sectionNames: this.options.getSettings().sectionNames }));
			});
			this.progress = { done: Math.min(i + BATCH, files.length), total: files.length, ready: false };
			this.notify();
		}
		this.progress = { done: files.length, total: files.length, ready: true };
		this.notify();
	}

	private async indexFile(file: TFile, force = false): Promise<void> {
		if (file.extension !== 'md' || this.isExcluded(file.path)) {
			if (force) this.notify();
			return;
		}
		const generation = this.generation;
		const text = await this.options.app.vault.cachedRead(file).catch(() => undefined);
		if (text === undefined || generation !== this.generation) return;
		this.index.upsert(parseNote(file.path, text, { sectionNames: this.options.getSettings().sectionNames }));
		this.notify();
	}

	private async readTemplatesFolder(): Promise<string | undefined> {
		const { vault } = this.options.app;
		const path = `${vault.configDir}/templates.json`;
		try {
			if (!(await vault.adapter.exists(path))) return undefined;
			return readTemplatesFolder(await vault.adapter.read(path));
		} catch {
			return undefined;
		}
	}

	private notify(): void {
		for (const listener of this.listeners) listener();
	}

	override onunload(): void {
		this.generation++;
		this.listeners.clear();
	}
}
