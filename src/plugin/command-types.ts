/**
 * The shape of one palette command and what it may use. Kept apart from the command table so the
 * modules that define commands can import the types without importing the table (no cycle).
 */
import type { App } from 'obsidian';
import type { Settings } from '../settings';
import type { ActionHistory } from './actions/action-history';
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

