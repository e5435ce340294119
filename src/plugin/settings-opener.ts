/**
 * Opening this plugin's settings tab from the pane's toolbar. `app.setting` is undocumented API, so
 * it is feature-checked, and the toolbar leaves the button out when it is missing.
 */
import type { App } from 'obsidian';

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
