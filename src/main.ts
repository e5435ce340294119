/**
 * Plugin lifecycle only: settings, views, the command table (src/plugin/commands.ts) and index wiring. Everything else is delegated
 * to `src/plugin` (Obsidian adapters and UI) and `src/core` (pure logic).
 */
import { Notice, Plugin } from 'obsidian';
import { normalizeSettings, type Settings } from './settings';
import { ChartView, CHART_VIEW_TYPE } from './plugin/chart-view';
import { DashboardView, DASHBOARD_VIEW_TYPE } from './plugin/dashboard-view';
import { MapView, MAP_VIEW_TYPE } from './plugin/map-view';
import { OrganizerSettingTab } from './plugin/settings-tab';
import { VaultIndexer } from './plugin/vault-indexer';
import { activateView } from './plugin/activate-view';
import { registerCommands } from './plugin/commands';
import { calendarDateAt } from './core/dates';
import { openNewOneOnOne, openNewPerson, type NoteCommandDeps } from './plugin/note-commands';
import { ActionHistory } from './plugin/actions/action-history';
import { findSettingsOpener } from './plugin/settings-opener';
import { createSerialSave } from './plugin/serial-save';

export default class RelationalOrganizerPlugin extends Plugin {
	settings!: Settings;
	/**
	 * The live index of the vault. Public and read-only in use: commands and views get it through
	 * their context, and tests wait on its progress without reaching into the plugin.
	 */
	indexer!: VaultIndexer;
	/** The pane's undoable actions, for the Notices' Undo and the "Undo last action" command. */
	private readonly history = new ActionHistory();
	/** Writes data.json with the settings as they are when it runs, one write at a time. */
	private readonly saveSettings = createSerialSave(() => this.saveData(this.settings));

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.indexer = new VaultIndexer({
			app: this.app,
			getSettings: () => this.settings,
		});
		this.addChild(this.indexer);

		this.registerView(
			DASHBOARD_VIEW_TYPE,
			(leaf) => new DashboardView(leaf, {
				indexer: this.indexer,
				getSettings: () => this.settings,
				history: this.history,
				togglePrivacy: () => this.togglePrivacy(),
				openSettings: findSettingsOpener(this.app, this.manifest.id),
				newOneOnOne: () => openNewOneOnOne(this.app, this.noteCommandDeps()),
				newPerson: () => openNewPerson(this.app, this.noteCommandDeps()),
				saveYourName: (yourName) => this.updateSettings({ ...this.settings, yourName }),
			}),
		);
		this.registerView(MAP_VIEW_TYPE, (leaf) => new MapView(leaf, { indexer: this.indexer, getSettings: () => this.settings }));
		this.registerView(CHART_VIEW_TYPE, (leaf) => new ChartView(leaf, { indexer: this.indexer, getSettings: () => this.settings }));
		this.addRibbonIcon('users', 'Open follow-up dashboard', () => {
			void activateView(this.app, DASHBOARD_VIEW_TYPE, 'right');
		});
		this.addRibbonIcon('network', 'Open relationship map', () => {
			void activateView(this.app, MAP_VIEW_TYPE, 'main');
		});
		registerCommands(this, {
			app: this.app,
			indexer: this.indexer,
			getSettings: () => this.settings,
			history: this.history,
			togglePrivacy: () => this.togglePrivacy(),
		});
		this.addSettingTab(new OrganizerSettingTab(this.app, this));
		this.app.workspace.onLayoutReady(() => this.indexer.start());
	}

	/** Reads `data.json` through `normalizeSettings`; a corrupt file falls back to defaults with a Notice. */
	async loadSettings(): Promise<void> {
		let raw: unknown;
		try {
			raw = await this.loadData();
		} catch {
			raw = 'unreadable';
		}
		const { settings, warnings } = normalizeSettings(raw);
		this.settings = settings;
		if (warnings.length > 0) {
			new Notice(`Relational Organizer: ${warnings.join(' ')}`);
		}
	}

	private noteCommandDeps(): NoteCommandDeps {
		return { getSettings: () => this.settings, index: () => this.indexer.index, today: () => calendarDateAt() };
	}

	/** Privacy mode on ↔ off, saved; open panes re-render with the new setting. */
	async togglePrivacy(): Promise<void> {
		await this.updateSettings({ ...this.settings, privacyMode: !this.settings.privacyMode });
		new Notice(this.settings.privacyMode ? 'Privacy mode on: initials instead of names.' : 'Privacy mode off.');
	}

	/** Saves settings and lets the index and views pick up the change. */
	async updateSettings(next: Settings): Promise<void> {
		const settings = normalizeSettings(next).settings;
		// A value typed back to what it was writes nothing: data.json stays byte for byte (sync, hand edits).
		if (JSON.stringify(settings) === JSON.stringify(this.settings)) return;
		this.settings = settings;
		this.indexer.onSettingsChanged();
		await this.saveSettings();
	}
}
