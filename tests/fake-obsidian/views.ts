/**
 * `View`, `ItemView` and `MarkdownView` (with its `Editor`), built like the app's: a view's
 * `containerEl` is `div.workspace-leaf-content` whose children are `[0]` the header and `[1]` the
 * content (`ItemView.contentEl`).
 */
import type { App } from './app';
import { Component } from './component';
import { Editor } from './editor';
import type { TFile } from './files';
import { debounce } from './functions';
import { registerApiClass } from './not-implemented';
import type { Scope } from './scope';
import type { WorkspaceLeaf } from './workspace';

/** d.ts `ViewStateResult`. */
export interface ViewStateResult {
	history: boolean;
}

export abstract class View extends Component {
	app: App;
	icon = '';
	/** d.ts: "Whether or not the view is intended for navigation." */
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	/** d.ts: "@default null". */
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf['app'];
		this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
		const header = this.containerEl.createDiv({ cls: 'view-header' });
		header.createDiv({ cls: 'view-header-title-container' }).createDiv({ cls: 'view-header-title' });
		header.createDiv({ cls: 'view-actions' });
		this.containerEl.createDiv({ cls: 'view-content' });
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		void state;
		void result;
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(state: unknown): void {
		void state;
	}

	getIcon(): string {
		return this.icon;
	}

	/** d.ts: "Called when the size of this view is changed." */
	onResize(): void {}
}
registerApiClass(View, 'View');

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}

	/** d.ts `addAction(icon, title, callback)`: a clickable header action; returns its element. */
	addAction(_icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const actions = this.containerEl.querySelector('.view-actions') as HTMLElement;
		const el = actions.createEl('a', { cls: 'clickable-icon view-action', attr: { 'aria-label': title } });
		el.addEventListener('click', (evt) => callback(evt));
		return el;
	}
}
registerApiClass(ItemView, 'ItemView');

/** What an empty leaf shows (the app's "empty" view type). */
export class EmptyView extends ItemView {
	getViewType(): string {
		return 'empty';
	}

	getDisplayText(): string {
		return 'New tab';
	}
}

/**
 * A deferred view (Obsidian ≥ 1.7.2): stands in for a view that has not been loaded because its
 * leaf was never shown. d.ts on `WorkspaceLeaf.view`: "Do not attempt to cast this to your custom
 * `View` without first checking `instanceof`." Its type is the deferred view's type, so
 * `getLeavesOfType` finds the leaf although its view is not the plugin's class yet.
 */
export class DeferredView extends View {
	constructor(leaf: WorkspaceLeaf, private readonly deferredType: string) {
		super(leaf);
	}

	getViewType(): string {
		return this.deferredType;
	}

	getDisplayText(): string {
		return '';
	}
}

/**
 * `MarkdownView` in source mode: `editor` over the file's text. As in the app's `TextFileView`,
 * edits are saved to the vault by `requestSave`, debounced by 2 s, and on close.
 */
export class MarkdownView extends ItemView {
	editor: Editor;
	file: TFile | null = null;
	data = '';
	/** d.ts (TextFileView): "Debounced save in 2 seconds from now". */
	requestSave = debounce(() => void this.save(), 2000, true);

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.navigation = true;
		this.editor = new Editor((text) => {
			this.data = text;
			this.dirty = true;
			this.requestSave();
		});
	}

	getViewType(): string {
		return 'markdown';
	}

	getDisplayText(): string {
		return this.file?.basename ?? '';
	}

	getMode(): 'source' | 'preview' {
		return 'source';
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, clear: boolean): void {
		void clear;
		this.dirty = false;
		this.editor['text'] = data;
		this.data = data;
	}

	clear(): void {
		this.setViewData('', true);
	}

	override getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null, mode: 'source' };
	}

	override async setState(state: unknown): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path !== 'string') return;
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		this.file = file;
		this.setViewData(await this.app.vault.read(file), true);
	}

	/** `eState.line` (0-based) puts the cursor on that line, as opening a search result or a link to a line does. */
	override setEphemeralState(state: unknown): void {
		const line = (state as { line?: unknown } | null)?.line;
		if (typeof line === 'number') this.editor.setCursor({ line, ch: 0 });
	}

	override getEphemeralState(): Record<string, unknown> {
		return { cursor: { from: this.editor.getCursor('from'), to: this.editor.getCursor('to') } };
	}

	/** Edited since loaded or saved; only then does a save write (the app never writes back a view nobody edited). */
	private dirty = false;

	/**
	 * d.ts (TextFileView): "Saves the data to the file." Only edits are written: a note changed on
	 * disk (by `vault.process`) while open and unedited is not overwritten with the old view text.
	 */
	async save(clear?: boolean): Promise<void> {
		void clear;
		if (!this.dirty) return;
		this.dirty = false;
		if (!this.file || this.app.vault.getFileByPath(this.file.path) !== this.file) return;
		const text = this.getViewData();
		if (text !== (await this.app.vault.read(this.file))) await this.app.vault.modify(this.file, text);
	}

	protected override async onClose(): Promise<void> {
		this.requestSave.cancel();
		await this.save();
	}
}
registerApiClass(MarkdownView, 'MarkdownView');
