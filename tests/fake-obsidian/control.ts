/**
 * The test side of the fake: what a person does in the app (enable a plugin, run a command, type
 * in a prompt, open settings) and what a test reads back (notices, live registrations). None of
 * this is Obsidian API; the plugin never sees it.
 */
import type { MarkdownView as RealMarkdownView } from 'obsidian';
import type { App } from './app';
import { countLiveIntervals } from './component';
import { countLiveListeners } from './events';
import type { Plugin, PluginManifest } from './plugin';
import { noticeLog, openModals, SuggestModal, type Modal } from './ui';
import { EmptyView, MarkdownView } from './views';

/** Waits for pending tasks: timers of 0 ms (metadata `changed`, `revealLeaf`) and promise chains. */
export async function settle(rounds = 3): Promise<void> {
	for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * Enables a plugin as the app does: constructs it, loads it and awaits its `onload`. Call
 * `markLayoutReady` afterwards (the app loads plugins before the layout is ready).
 */
export async function loadPlugin<P extends Plugin>(app: App, PluginClass: new (app: App, manifest: PluginManifest) => P, manifest: PluginManifest): Promise<P> {
	const plugin = new PluginClass(app, { dir: `${app.vault.configDir}/plugins/${manifest.id}`, ...manifest });
	plugin.load();
	await plugin['onloadResult'];
	app['plugins'].set(manifest.id, plugin);
	return plugin;
}

/**
 * The end of the app's start-up: the vault's initial `create` events (d.ts: "This is also called
 * when the vault is first loaded for each existing file"), then layout-ready callbacks. Optionally
 * restores leaves of the given view types (deferred when the app defers views), as a saved layout
 * would.
 */
export async function markLayoutReady(app: App, restore: ReadonlyArray<{ type: string; side: 'left' | 'right' | 'main' }> = []): Promise<void> {
	for (const file of app.vault.getAllLoadedFiles()) if (file.path !== '/') app.vault.trigger('create', file);
	for (const { type, side } of restore) {
		const leaf = side === 'main' ? app.workspace.getLeaf(true) : side === 'right' ? app.workspace.getRightLeaf() : app.workspace.getLeftLeaf();
		await leaf?.setViewState({ type });
	}
	app.workspace['markLayoutReady']();
	await settle();
}

/** Disables a plugin: unloads it and waits for its views to finish closing. */
export async function unloadPlugin(app: App, plugin: Plugin): Promise<void> {
	plugin.unload();
	app['plugins'].delete(plugin.manifest.id);
	await settle();
}

/** Ids of the registered commands (`plugin-id:command-id`). */
export function commandIds(app: App): string[] {
	return [...app['commands'].keys()];
}

/**
 * Runs a command as the command palette does: `editorCheckCallback`, then `editorCallback` (both
 * only with an active Markdown editor), then `checkCallback`, then `callback` (the d.ts: the
 * editor forms "override" the others). Returns false when the command is unknown or unavailable.
 */
export function runCommand(app: App, id: string): boolean {
	const command = app['commands'].get(id);
	if (!command) return false;
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	// The fake's editor and view stand for the real ones (conformance.ts checks their members).
	const view = active as unknown as RealMarkdownView | null;
	if (command.editorCheckCallback) {
		if (!view || !command.editorCheckCallback(true, view.editor, view)) return false;
		command.editorCheckCallback(false, view.editor, view);
		return true;
	}
	if (command.editorCallback) {
		if (!view) return false;
		void command.editorCallback(view.editor, view);
		return true;
	}
	if (command.checkCallback) {
		if (!command.checkCallback(true)) return false;
		command.checkCallback(false);
		return true;
	}
	if (command.callback) {
		void command.callback();
		return true;
	}
	return false;
}

/** Texts of the notices shown since the app was created, oldest first. */
export function noticeTexts(): string[] {
	return noticeLog.map((notice) => notice.messageEl.textContent ?? '');
}

/** The modals open now, oldest first. */
export function currentModals(): Modal[] {
	return openModals.slice();
}

/** The top suggest modal, or an error if none is open. */
export function topSuggestModal(): SuggestModal<unknown> {
	const modal = openModals[openModals.length - 1];
	if (!(modal instanceof SuggestModal)) throw new Error('fake obsidian (test): no suggest modal is open');
	return modal as SuggestModal<unknown>;
}

/** Types `text` into the top suggest modal's input (a real `input` event) and waits for its suggestions. */
export async function typeInSuggestModal(text: string): Promise<string[]> {
	const modal = topSuggestModal();
	modal.inputEl.value = text;
	modal.inputEl.dispatchEvent(new Event('input', { bubbles: true }));
	await modal['updating'];
	return Array.from(modal.resultContainerEl.querySelectorAll('.suggestion-item, .suggestion-empty')).map((el) => el.textContent ?? '');
}

/** Presses a key in the top modal (`Enter`, `ArrowDown`, `Escape`…), as a `keydown` event. */
export function pressKey(key: string): void {
	const modal = openModals[openModals.length - 1];
	if (!modal) throw new Error('fake obsidian (test): no modal is open');
	(modal instanceof SuggestModal ? modal.inputEl : modal.containerEl).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

/**
 * Opens the plugin's settings tab as the settings window does (`display()` into its container,
 * attached to the page); returns the container. Close with `closeSettings`.
 */
export function openSettings(app: App, pluginId: string): HTMLElement {
	const tab = app['settingTabs'].find((t) => t['plugin'].manifest.id === pluginId);
	if (!tab) throw new Error(`fake obsidian (test): plugin "${pluginId}" has no settings tab`);
	const host = document.body.querySelector<HTMLElement>(':scope > .modal-container.mod-settings') ?? document.body.createDiv({ cls: 'modal-container mod-settings' });
	host.appendChild(tab.containerEl);
	tab.display();
	return tab.containerEl;
}

/** Closes every open settings tab (`hide()`), as closing the settings window does. */
export function closeSettings(app: App): void {
	for (const tab of app['settingTabs']) if (tab.containerEl.isConnected) tab.hide();
	document.body.querySelector(':scope > .modal-container.mod-settings')?.detach();
}

/** Text typed into a text setting: sets the value and fires `input`, as typing does. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** What is still registered anywhere in the app: after a clean unload, all zero. */
export interface LiveResources {
	readonly listeners: number;
	readonly intervals: number;
	readonly commands: number;
	readonly settingTabs: number;
	readonly viewTypes: number;
	readonly ribbonIcons: number;
	readonly openViews: number;
}

/** Counts live registrations (listeners on vault, metadata cache and workspace; intervals; …). */
export function liveResources(app: App): LiveResources {
	let openViews = 0;
	app.workspace.iterateAllLeaves((leaf) => {
		if (!(leaf.view instanceof EmptyView)) openViews++;
	});
	return {
		listeners: countLiveListeners(),
		intervals: countLiveIntervals(),
		commands: app['commands'].size,
		settingTabs: app['settingTabs'].length,
		viewTypes: app.workspace['viewCreators'].size,
		ribbonIcons: app['ribbonEl'].childElementCount,
		openViews,
	};
}

/** The active editor's view, if a note is open. */
export function activeMarkdownView(app: App): MarkdownView | null {
	return app.workspace.getActiveViewOfType(MarkdownView);
}
