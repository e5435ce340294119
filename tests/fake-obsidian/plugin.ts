/**
 * `Plugin`: commands, ribbon icons, views, setting tabs and `data.json`, each registration undone
 * when the plugin unloads, as in the app.
 */
import type { App } from './app';
import { Component } from './component';
import { setTooltip } from './functions';
import { registerApiClass } from './not-implemented';
import type { Command, PluginManifest } from 'obsidian';
import type { PluginSettingTab } from './setting';
import type { ViewCreator } from './workspace';

/**
 * The data shapes `Command` and `PluginManifest` are the real d.ts types (a type-only import: under
 * vitest and esbuild it is erased, so it never resolves to the fake itself).
 */
export type { Command, PluginManifest };

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	/** d.ts: `onload(): Promise<void> | void`. The fake app awaits it (see `loadPlugin`). */
	override onload(): Promise<void> | void {}

	private dataPath(): string {
		return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
	}

	/**
	 * d.ts: "Adds a ribbon icon to the left bar." "@param title - The title to be displayed in the
	 * tooltip." "@param callback - The `click` callback."
	 */
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const ribbon = this.app['ribbonEl'];
		const el = ribbon.createDiv({ cls: 'clickable-icon side-dock-ribbon-action', attr: { 'data-icon': icon } });
		setTooltip(el, title);
		el.addEventListener('click', (evt) => callback(evt));
		this.register(() => el.detach());
		return el;
	}

	/**
	 * d.ts: "Register a command globally." "The command id and name will be automatically prefixed
	 * with this plugin's id and name."
	 */
	addCommand(command: Command): Command {
		const registered: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		const commands = this.app['commands'];
		commands.set(registered.id, registered);
		this.register(() => commands.delete(registered.id));
		return registered;
	}

	/** d.ts: "Manually remove a command from the list of global commands." */
	removeCommand(commandId: string): void {
		this.app['commands'].delete(`${this.manifest.id}:${commandId}`);
	}

	/** d.ts: "Register a settings tab, which allows users to change settings." */
	addSettingTab(settingTab: PluginSettingTab): void {
		const tabs = this.app['settingTabs'];
		tabs.push(settingTab);
		this.register(() => {
			settingTab.hide();
			tabs.splice(tabs.indexOf(settingTab), 1);
		});
	}

	/**
	 * `registerView(type, viewCreator)`. On unload the app unregisters the type and closes its views
	 * (their `onClose` runs and they unload); the leaves stay, to be restored when the plugin loads
	 * again, which is why plugins must not detach them in `onunload`.
	 */
	registerView(type: string, viewCreator: ViewCreator): void {
		const creators = this.app.workspace['viewCreators'];
		if (creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		creators.set(type, viewCreator);
		this.register(() => {
			creators.delete(type);
			for (const leaf of this.app.workspace.getLeavesOfType(type)) void leaf['closeView']().then(() => leaf['replaceWithEmpty']());
		});
	}

	/** d.ts: "Load settings data from disk. Data is stored in `data.json` in the plugin folder." `null` when there is none; a corrupt file rejects (JSON.parse). */
	async loadData(): Promise<unknown> {
		const path = this.dataPath();
		if (!(await this.app.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
	}

	/** d.ts: "Write settings data to disk. Data is stored in `data.json` in the plugin folder." */
	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}

	/** d.ts: "Perform any initial setup code. The user has explicitly interacted with the plugin". */
	onUserEnable(): void {}
}
registerApiClass(Plugin, 'Plugin');
