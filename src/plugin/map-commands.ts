/**
 * The relationship commands (DESIGN §4): Open relationship map, Export relationship map to canvas
 * and Add relationship…, as entries of the command table.
 */
import { Notice } from 'obsidian';
import { calendarDateAt } from '../core/dates';
import { activateView } from './activate-view';
import { activePersonNote, runAddRelationship } from './add-relationship';
import type { PluginCommand } from './command-types';
import { exportMapToCanvas } from './map-export';
import { MAP_VIEW_TYPE } from './map-view';
import { readMapGraph } from './read-map-graph';

export const MAP_COMMANDS: readonly PluginCommand[] = [
	{
		id: 'open-relationship-map',
		name: 'Open relationship map',
		run: async ({ app }) => {
			await activateView(app, MAP_VIEW_TYPE, 'main');
		},
	},
	{
		id: 'export-relationship-map',
		name: 'Export relationship map to canvas',
		run: async ({ app, indexer, getSettings }) => {
			if (!indexer.getProgress().ready) return void new Notice('Still reading the vault; try again in a moment.');
			const settings = getSettings();
			const data = readMapGraph(indexer.index, settings, calendarDateAt(), settings.privacyMode);
			await exportMapToCanvas(app, { graph: data.shown, redacted: data.privacy, redactText: data.redactText, settings });
		},
	},
	{
		id: 'add-relationship',
		name: 'Add relationship…',
		isAvailable: ({ app, indexer }) => activePersonNote(app, indexer.index) !== null,
		run: ({ app, indexer, getSettings, history }) => runAddRelationship({ app, index: () => indexer.index, getSettings, today: () => calendarDateAt(), history }),
	},
];
