/**
 * The leaf a note opens in from one of the plugin's views. `getLeaf(false)` reuses the most recent
 * tab of the main area, which may be the map or the campaign chart: opening a note there would
 * replace the view the organizer is working from. Those get a new tab instead; an explicit
 * `newLeaf` (Ctrl/Cmd+click, `Keymap.isModEvent`) is honoured as asked.
 */
import { Notice, TFile, type App, type PaneType, type WorkspaceLeaf } from 'obsidian';
import { findIndexedLine } from '../core/line-edit';
import { CHART_VIEW_TYPE, MAP_VIEW_TYPE } from './view-types';

const OWN_MAIN_VIEWS: ReadonlySet<string> = new Set([MAP_VIEW_TYPE, CHART_VIEW_TYPE]);

/** The leaf to open a note in: `newLeaf` as asked, else the tab `getLeaf(false)` gives unless it shows our map or chart. */
export function findNoteLeaf(app: App, newLeaf: PaneType | boolean = false): WorkspaceLeaf {
	if (newLeaf) return app.workspace.getLeaf(newLeaf);
	const leaf = app.workspace.getLeaf(false);
	return OWN_MAIN_VIEWS.has(leaf.view.getViewType()) ? app.workspace.getLeaf('tab') : leaf;
}

/**
 * Opens the note at `path` from a list (the dashboard, the chart), at `line` (1-based) when given,
 * in the leaf {@link findNoteLeaf} picks. With the line's `raw` text, the line is looked up as a
 * line edit finds it (`findIndexedLine`): the list is redrawn only once edits settle, and a task
 * that moved down since must not open two lines above itself; a line gone or no longer unique
 * opens at the line the list knew. `find` looks the path up (the indexer's follows a rename the
 * list has not caught up with yet); a note deleted is said to be gone instead.
 */
export async function openListedNote(app: App, path: string, line?: number, newLeaf: PaneType | boolean = false, find: (path: string) => TFile | null = (at) => app.vault.getFileByPath(at), raw?: string): Promise<void> {
	const file = find(path);
	if (!(file instanceof TFile)) {
		new Notice('That note is gone: it was deleted or moved.');
		return;
	}
	const text = line !== undefined && raw ? await app.vault.cachedRead(file).catch(() => undefined) : undefined;
	const at = line !== undefined && raw && text !== undefined ? findIndexedLine(text, { line, raw }) ?? line : line;
	await findNoteLeaf(app, newLeaf).openFile(file, at === undefined ? undefined : { eState: { line: at - 1 } });
}
