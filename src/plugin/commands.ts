/**
 * The plugin's commands (DESIGN §4), one entry each. `main.ts` registers the table and stays
 * lifecycle only; a new command is one entry here, with what it needs taken from the context.
 */
export type { CommandContext, PluginCommand } from './command-types';
import { Notice, type Plugin } from 'obsidian';
import { activateView } from './activate-view';
import { CHART_VIEW_TYPE } from './chart-view';
import { DASHBOARD_VIEW_TYPE } from './dashboard-view';
import { MAP_COMMANDS } from './map-commands';
import { NOTE_COMMANDS } from './note-commands';
import { openExplanation } from './explain-modal';
import type { CommandContext, PluginCommand } from './command-types';

/** Every command, in palette order. */
export const COMMANDS: readonly PluginCommand[] = [
	{
		id: 'open-follow-up-dashboard',
		name: 'Open follow-up dashboard',
		run: async ({ app }) => {
			await activateView(app, DASHBOARD_VIEW_TYPE, 'right');
		},
	},
	{
		id: 'open-campaign-chart',
		name: 'Open campaign chart',
		run: async ({ app }) => {
			await activateView(app, CHART_VIEW_TYPE, 'main');
		},
	},
	{
		// No default hotkey (Obsidian guidelines); users bind one if they like.
		id: 'undo-last-action',
		name: 'Undo last action',
		run: async ({ history }) => {
			const outcome = await history.undo();
			new Notice(outcome ? outcome.message : 'Nothing to undo.');
		},
	},
	{
		id: 'toggle-privacy-mode',
		name: 'Toggle privacy mode',
		run: ({ togglePrivacy }) => togglePrivacy(),
	},
	...NOTE_COMMANDS,
	{
		// Offered while a Markdown note is active: what the plugin read from it and why.
		id: 'explain-this-note',
		name: 'Explain this note',
		isAvailable: ({ app }) => app.workspace.getActiveFile()?.extension === 'md',
		run: async (context) => {
			const path = context.app.workspace.getActiveFile()?.path;
			if (path) await openExplanation(context.app, context, path);
		},
	},
	...MAP_COMMANDS,
];

/** Registers `commands` on the plugin, so they are removed when it unloads. */
export function registerCommands(plugin: Plugin, context: CommandContext, commands: readonly PluginCommand[] = COMMANDS): void {
	for (const command of commands) {
		const { isAvailable } = command;
		if (isAvailable) {
			plugin.addCommand({
				id: command.id,
				name: command.name,
				checkCallback: (checking) => {
					if (!isAvailable(context)) return false;
					if (!checking) void command.run(context);
					return true;
				},
			});
		} else {
			plugin.addCommand({ id: command.id, name: command.name, callback: () => void command.run(context) });
		}
	}
}
