/**
 * Our fake of the `obsidian` module. Under vitest `obsidian` resolves here (`resolve.alias`); for
 * the e2e run it is bundled for the browser and returned by the page's `require('obsidian')`.
 *
 * It implements the part of the API the plugin uses, behaving as the app does where the plugin
 * relies on it (each behaviour cites the obsidian.d.ts sentence it follows). Every other member of
 * the real API throws "fake obsidian: X is not implemented". `conformance.ts` holds the fake to the
 * real types with `tsc`. The test-only side (load a plugin, run a command, read notices) is in
 * `control.ts`, re-exported at the end.
 */
import { installDomHelpers } from './dom-helpers';

// The app installs its DOM helpers before any plugin code runs; so does importing the fake.
if (typeof document !== 'undefined') installDomHelpers(globalThis as unknown as Window & typeof globalThis);

export * from './unimplemented-exports';
export { App, createFakeApp, type FakeAppOptions } from './app';
export { Component } from './component';
export { Editor, type EditorChange, type EditorPosition, type EditorRange, type EditorRangeOrCaret, type EditorSelection, type EditorTransaction } from './editor';
export { Events, type EventRef } from './events';
export { FileManager } from './file-manager';
export { TAbstractFile, TFile, TFolder, type FileStats } from './files';
export {
	debounce,
	normalizePath,
	parseYaml,
	prepareFuzzySearch,
	prepareSimpleSearch,
	renderResults,
	setIcon,
	setTooltip,
	stringifyYaml,
	type Debouncer,
	type SearchResult,
} from './functions';
export { Keymap } from './keymap';
export { MetadataCache, type CachedMetadata } from './metadata-cache';
export { Plugin, type Command, type PluginManifest } from './plugin';
export { Scope } from './scope';
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	PluginSettingTab,
	Setting,
	SettingTab,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from './setting';
export { FuzzySuggestModal, Modal, Notice, SuggestModal, type FuzzyMatch, type Instruction } from './ui';
export { DataAdapter, Vault, type DataWriteOptions } from './vault';
export { ItemView, MarkdownView, View, type ViewStateResult } from './views';
export { Workspace, WorkspaceLeaf, type OpenViewState, type ViewCreator, type ViewState } from './workspace';
export { installDomHelpers } from './dom-helpers';
export * as fake from './control';
