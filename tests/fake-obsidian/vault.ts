/**
 * An in-memory `Vault` (path → text) with the app's events, and a `DataAdapter` that also holds the
 * hidden config folder (`.obsidian/…`: plugin `data.json`, `templates.json`), which, as in the app,
 * is reachable through `vault.adapter` but is not part of the vault's file tree.
 */
import { Events, type EventRef } from './events';
import { TAbstractFile, TFile, TFolder } from './files';
import { guard, registerApiClass } from './not-implemented';
import { normalizePath } from './functions';

/** Write options; the d.ts `DataWriteOptions`. */
export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

/** Listener for writes, used by the metadata cache (the app wires the two internally). */
type WriteListener = (file: TFile, data: string) => void;

/** The adapter: raw paths, including the config folder. */
export class DataAdapter {
	constructor(private readonly vault: Vault) {
		return guard(this, new.target);
	}

	getName(): string {
		return this.vault.getName();
	}

	/** d.ts: "Check if something exists at the given path." */
	async exists(normalizedPath: string): Promise<boolean> {
		return this.vault['hidden'].has(normalizedPath) || this.vault.getAbstractFileByPath(normalizedPath) !== null
			|| [...this.vault['hidden'].keys()].some((p) => p.startsWith(`${normalizedPath}/`));
	}

	async read(normalizedPath: string): Promise<string> {
		const hidden = this.vault['hidden'].get(normalizedPath);
		if (hidden !== undefined) return hidden;
		const file = this.vault.getFileByPath(normalizedPath);
		if (file) return this.vault['contents'].get(file.path) ?? '';
		// The desktop adapter rejects with ENOENT for a missing file.
		throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
	}

	/** d.ts: "Write to a plaintext file. If the file exists its content will be overwritten, otherwise the file will be created." */
	async write(normalizedPath: string, data: string): Promise<void> {
		const file = this.vault.getFileByPath(normalizedPath);
		if (file) await this.vault.modify(file, data);
		else this.vault['hidden'].set(normalizedPath, data);
	}

	async remove(normalizedPath: string): Promise<void> {
		if (!this.vault['hidden'].delete(normalizedPath)) throw new Error(`ENOENT: no such file or directory, unlink '${normalizedPath}'`);
	}

	async mkdir(): Promise<void> {
		// Folders in the hidden area are implicit in their files' paths.
	}
}
registerApiClass(DataAdapter, 'DataAdapter');

export class Vault extends Events {
	adapter: DataAdapter;
	/** d.ts: "Gets the path to the config folder. This value is typically `.obsidian` but it could be different." */
	configDir = '.obsidian';
	private readonly files = new Map<string, TAbstractFile>();
	private readonly contents = new Map<string, string>();
	/** Files of the config folder, reachable only through the adapter. */
	private readonly hidden = new Map<string, string>();
	private readonly root: TFolder;
	private readonly writeListeners: WriteListener[] = [];
	private clock = Date.UTC(2026, 0, 1);

	constructor(private readonly name = 'Fake vault') {
		super();
		this.adapter = new DataAdapter(this);
		this.root = new TFolder(this, '/');
		this.root.name = '';
	}

	/** Seeds a file without events (the vault as it is on disk before the app starts). */
	private seed(path: string, data: string): TFile {
		const file = new TFile(this, path, { ctime: this.clock, mtime: this.clock, size: data.length });
		this.attach(file);
		this.contents.set(path, data);
		return file;
	}

	private tick(): number {
		this.clock += 1000;
		return this.clock;
	}

	private parentPath(path: string): string {
		const at = path.lastIndexOf('/');
		return at < 0 ? '/' : path.slice(0, at);
	}

	private ensureFolder(path: string, emit: boolean): TFolder {
		if (path === '/' || path === '') return this.root;
		const existing = this.files.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`fake obsidian: "${path}" is a file, not a folder`);
		const folder = new TFolder(this, path);
		this.attach(folder, emit);
		if (emit) this.trigger('create', folder);
		return folder;
	}

	private attach(file: TAbstractFile, emit = false): void {
		const parent = this.ensureFolder(this.parentPath(file.path), emit);
		file.parent = parent;
		parent.children.push(file);
		this.files.set(file.path, file);
	}

	private detachFromTree(file: TAbstractFile): void {
		const siblings = file.parent?.children;
		if (siblings) siblings.splice(siblings.indexOf(file), 1);
		file.parent = null;
		this.files.delete(file.path);
	}

	private requireLive(file: TAbstractFile): void {
		if (this.files.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
	}

	private written(file: TFile, data: string, options?: DataWriteOptions): void {
		this.contents.set(file.path, data);
		file.stat = { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime ?? this.tick(), size: data.length };
		for (const listener of this.writeListeners) listener(file, data);
	}

	getName(): string {
		return this.name;
	}

	/** d.ts: "Get a file inside the vault at the given path. Returns `null` if the file does not exist." */
	getFileByPath(path: string): TFile | null {
		const file = this.files.get(path);
		return file instanceof TFile ? file : null;
	}

	/** d.ts: "Get a folder inside the vault at the given path. Returns `null` if the folder does not exist." */
	getFolderByPath(path: string): TFolder | null {
		if (path === '/' || path === '') return this.root;
		const folder = this.files.get(path);
		return folder instanceof TFolder ? folder : null;
	}

	/** d.ts: "@param path - vault absolute path to the folder or file, with extension, case sensitive." */
	getAbstractFileByPath(path: string): TAbstractFile | null {
		if (path === '/' || path === '') return this.root;
		return this.files.get(path) ?? null;
	}

	getRoot(): TFolder {
		return this.root;
	}

	/**
	 * Create a new plaintext file. The d.ts states "@throws Error if file already exists" for its
	 * siblings `createBinary` and `createFolder`; `create` does the same in the app ("File already
	 * exists."). A missing parent folder also fails in the app, so plugins must create it first.
	 */
	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		const normalized = normalizePath(path);
		if (this.files.has(normalized) || this.hidden.has(normalized)) throw new Error('File already exists.');
		const parentPath = this.parentPath(normalized);
		if (parentPath !== '/' && !(this.files.get(parentPath) instanceof TFolder)) {
			throw new Error(`ENOENT: no such file or directory, open '${normalized}' (folder "${parentPath}" does not exist)`);
		}
		const now = this.tick();
		const file = new TFile(this, normalized, { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: data.length });
		this.attach(file);
		// The content is on disk before Obsidian announces the file, so a handler can read it.
		this.written(file, data, options);
		this.trigger('create', file);
		return file;
	}

	/** d.ts: "Create a new folder inside the vault. @throws Error if folder already exists". Parents are created too. */
	async createFolder(path: string): Promise<TFolder> {
		const normalized = normalizePath(path);
		if (this.files.has(normalized)) throw new Error('Folder already exists.');
		return this.ensureFolder(normalized, true);
	}

	/** d.ts: "Read a plaintext file that is stored inside the vault, directly from disk." */
	async read(file: TFile): Promise<string> {
		this.requireLive(file);
		return this.contents.get(file.path) ?? '';
	}

	/** d.ts: "Read the content of a plaintext file stored inside the vault". Same text here: there is no separate cache to go stale. */
	async cachedRead(file: TFile): Promise<string> {
		this.requireLive(file);
		return this.contents.get(file.path) ?? '';
	}

	/** d.ts: "Modify the contents of a plaintext file." Fires `modify`. */
	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.requireLive(file);
		this.written(file, data, options);
		this.trigger('modify', file);
	}

	/** d.ts: "Add text to the end of a plaintext file inside the vault." */
	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await this.modify(file, (this.contents.get(file.path) ?? '') + data, options);
	}

	/**
	 * d.ts: "Atomically read, modify, and save the contents of a note." `fn` runs synchronously on the
	 * current text; "@returns string - the text value of the note that was written."
	 */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		this.requireLive(file);
		const next = fn(this.contents.get(file.path) ?? '');
		if (next !== this.contents.get(file.path)) {
			this.written(file, next, options);
			this.trigger('modify', file);
		}
		return next;
	}

	/** d.ts: "Rename or move a file." Fires `rename` with the old path; the metadata cache does not fire `changed`. */
	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		this.requireLive(file);
		const target = normalizePath(newPath);
		if (this.files.has(target)) throw new Error('Destination file already exists!');
		const parentPath = this.parentPath(target);
		if (parentPath !== '/' && !(this.files.get(parentPath) instanceof TFolder)) {
			throw new Error(`ENOENT: no such file or directory, rename '${file.path}' -> '${target}'`);
		}
		const moves: Array<{ item: TAbstractFile; from: string; to: string }> = [];
		const collect = (item: TAbstractFile, to: string): void => {
			moves.push({ item, from: item.path, to });
			if (item instanceof TFolder) for (const child of item.children) collect(child, `${to}/${child.name}`);
		};
		collect(file, target);
		this.detachFromTree(file);
		for (const { item, from, to } of moves) {
			this.files.delete(from);
			const text = this.contents.get(from);
			this.contents.delete(from);
			item['setPath'](to);
			if (text !== undefined) this.contents.set(to, text);
			if (item !== file) this.files.set(to, item);
		}
		this.attach(file);
		if (file instanceof TFile) file.stat = { ...file.stat };
		for (const { item, from } of moves) this.trigger('rename', item, from);
	}

	/** d.ts: "Deletes the file completely." Fires `delete` (children of a folder first). */
	async delete(file: TAbstractFile): Promise<void> {
		this.requireLive(file);
		const remove = (item: TAbstractFile): void => {
			if (item instanceof TFolder) for (const child of item.children.slice()) remove(child);
			this.detachFromTree(item);
			this.contents.delete(item.path);
			this.trigger('delete', item);
		};
		remove(file);
	}

	/** d.ts: "Tries to move to system trash." Here the same as `delete`. */
	async trash(file: TAbstractFile): Promise<void> {
		await this.delete(file);
	}

	/** d.ts: "Get all Markdown files in the vault." */
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === 'md');
	}

	/** d.ts: "Get all files in the vault." */
	getFiles(): TFile[] {
		return [...this.files.values()].filter((file): file is TFile => file instanceof TFile);
	}

	/** d.ts: "Get all files and folders in the vault." */
	getAllLoadedFiles(): TAbstractFile[] {
		return [this.root, ...this.files.values()];
	}

	/** d.ts: "Get all folders in the vault. @param includeRoot - Should the root folder (`/`) be returned" */
	getAllFolders(includeRoot?: boolean): TFolder[] {
		const folders = [...this.files.values()].filter((file): file is TFolder => file instanceof TFolder);
		return includeRoot ? [this.root, ...folders] : folders;
	}

	/**
	 * Events `create`, `modify`, `delete`, `rename`. d.ts on `create`: "This is also called when the
	 * vault is first loaded for each existing file" — the fake app replays them between plugin load
	 * and layout-ready (see `FakeApp.start`).
	 */
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
	}
}
registerApiClass(Vault, 'Vault');
