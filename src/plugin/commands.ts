/**
 * The plugin's commands (DESIGN §4), one entry each. `main.ts` registers the table and stays
 * lifecycle only; a new command is one entry here, with what it needs taken from the context.
 */
import { Notice, type App, type Plugin } from 'obsidian';
import type { Settings } from '../settings';
import type { ActionHistory } from './actions/action-history';
import { activateView } from './activate-view';
import { DASHBOARD_VIEW_TYPE } from './dashboard-view';
import { NOTE_COMMANDS } from './note-commands';
import type { VaultIndexer } from './vault-indexer';

/** What commands may use: named dependencies, never the whole plugin. */
export interface CommandContext {
	readonly app: App;
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** The pane's undoable actions. */
	readonly history: ActionHistory;
	/** Flips privacy mode and saves it. */
	readonly togglePrivacy: () => Promise<void>;
}

/** One command of the palette. */
export interface PluginCommand {
	/** Without the plugin id: Obsidian prefixes it. */
	readonly id: string;
	/** Sentence case, as the palette shows it. */
	readonly name: string;
	/**
	 * When given, the command is offered only while this is true (e.g. only in a 1-on-1 note);
	 * Obsidian asks it each time the palette opens, so it must be cheap and change nothing.
	 */
	readonly isAvailable?: (context: CommandContext) => boolean;
	/** Does the work; errors are the command's own to report (a Notice), never thrown at Obsidian. */
	readonly run: (context: CommandContext) => void | Promise<void>;
}

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
