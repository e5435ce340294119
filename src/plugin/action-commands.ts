/**
 * Commands of the pane's actions: "Undo last action" and "Toggle privacy mode" (no default hotkeys),
 * and the feature-checked way to open this plugin's settings tab.
 */
import { Notice, type App, type Plugin } from 'obsidian';
import type { ActionHistory } from './actions/action-history';

/** Registers the commands; `togglePrivacy` flips and saves the setting. */
export function registerActionCommands(plugin: Plugin, history: ActionHistory, togglePrivacy: () => Promise<void>): void {
	plugin.addCommand({
		id: 'undo-last-action',
		name: 'Undo last action',
		callback: () => {
			void history.undo().then((outcome) => {
				new Notice(outcome ? outcome.message : 'Nothing to undo.');
			});
		},
	});
	plugin.addCommand({
		id: 'toggle-privacy-mode',
		name: 'Toggle privacy mode',
		callback: () => void togglePrivacy(),
	});
}

/** The app's settings window: undocumented API, so only used when it is there. */
interface SettingWindow {
	open(): void;
	openTabById(id: string): unknown;
}

/** A function that opens this plugin's settings tab, or undefined when the app offers no way to. */
export function findSettingsOpener(app: App, pluginId: string): (() => void) | undefined {
	const setting = (app as unknown as { setting?: Partial<SettingWindow> }).setting;
	if (!setting || typeof setting.open !== 'function' || typeof setting.openTabById !== 'function') return undefined;
	const window = setting as SettingWindow;
	return () => {
		window.open();
		window.openTabById(pluginId);
	};
}
