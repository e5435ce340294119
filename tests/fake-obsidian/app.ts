/**
 * `App` over an in-memory vault, and `createFakeApp`, which builds one with its DOM mounted in the
 * page the way the app lays it out (ribbon, left split, main area, right split).
 */
import { resetIntervalCount } from './component';
import { resetListenerCount } from './events';
import { FileManager } from './file-manager';
import { MetadataCache } from './metadata-cache';
import { guard, registerApiClass } from './not-implemented';
import type { Command, Plugin } from './plugin';
import { Scope } from './scope';
import type { PluginSettingTab } from './setting';
import { noticeLog, openModals } from './ui';
import { Vault } from './vault';
import { Workspace } from './workspace';

/** What a fake app starts with. */
export interface FakeAppOptions {
	/** The vault: path → text. Folders are implied by the paths. */
	readonly files?: Readonly<Record<string, string>>;
	/** Files of the config folder (`.obsidian/`), by path relative to it, e.g. `templates.json`. */
	readonly configFiles?: Readonly<Record<string, string>>;
	/** Defer views of leaves that are not made active until they are revealed (Obsidian ≥ 1.7.2). */
	readonly deferViews?: boolean;
	/** Where the app's DOM goes; default `document.body`. */
	readonly mount?: HTMLElement;
}

export class App {
	scope: Scope;
	workspace: Workspace;
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	/** d.ts: "The last known user interaction event, to help commands find out what modifier keys are pressed." */
	lastEvent: MouseEvent | KeyboardEvent | null = null;
	private readonly commands = new Map<string, Command>();
	private readonly settingTabs: PluginSettingTab[] = [];
	private readonly plugins = new Map<string, Plugin>();
	private readonly storage = new Map<string, unknown>();
	private readonly containerEl: HTMLElement;
	private readonly ribbonEl: HTMLElement;

	constructor(options: FakeAppOptions = {}) {
		// Guard first: the workspace and its views keep this reference, and must see the guarded app.
		const self = guard(this, new.target);
		this.vault = new Vault();
		for (const [path, text] of Object.entries(options.files ?? {})) this.vault['seed'](path, text);
		for (const [path, text] of Object.entries(options.configFiles ?? {})) this.vault['hidden'].set(`${this.vault.configDir}/${path}`, text);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault);
		this.scope = new Scope();
		this.containerEl = createDiv({ cls: 'app-container' });
		this.ribbonEl = this.containerEl.createDiv({ cls: 'workspace-ribbon side-dock-ribbon mod-left' });
		this.workspace = new Workspace(self);
		this.workspace['deferViews'] = options.deferViews ?? false;
		this.containerEl.appendChild(this.workspace.containerEl);
		(options.mount ?? document.body).appendChild(this.containerEl);
		return self;
	}

	/** d.ts: "Retrieve value from `localStorage` for this vault." */
	loadLocalStorage(key: string): unknown {
		return this.storage.has(key) ? this.storage.get(key) : null;
	}

	/** d.ts: "Save vault-specific value to `localStorage`. If data is `null`, the entry will be cleared." */
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.storage.delete(key);
		else this.storage.set(key, data);
	}
}
registerApiClass(App, 'App');

/** A fresh app; resets the fake's module-level records (notices, open modals, listener and interval counts). */
export function createFakeApp(options: FakeAppOptions = {}): App {
	noticeLog.length = 0;
	for (const modal of openModals.slice()) modal.close();
	resetListenerCount();
	resetIntervalCount();
	return new App(options);
}
