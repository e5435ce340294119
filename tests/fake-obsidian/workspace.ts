/**
 * `Workspace` and `WorkspaceLeaf`: leaves in the main area and the two sidebars, which construct the
 * views registered by plugins and attach their DOM into the page, optionally deferred (Obsidian ≥
 * 1.7.2) until revealed.
 */
import type { App } from './app';
import { Events, type EventRef } from './events';
import type { TFile } from './files';
import { registerApiClass } from './not-implemented';
import { DeferredView, EmptyView, MarkdownView, type View } from './views';

/** d.ts `ViewState`. */
export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
}

/** d.ts `OpenViewState`. */
export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
}

/** d.ts `ViewCreator`. */
export type ViewCreator = (leaf: WorkspaceLeaf) => View;

type Side = 'left' | 'right' | 'main';

let leafIds = 0;

export class WorkspaceLeaf extends Events {
	/** d.ts: "The view associated with this leaf. Do not attempt to cast this to your custom `View` without first checking `instanceof`." */
	view: View;
	private readonly containerEl: HTMLElement;
	private pinned = false;
	private readonly id = `leaf-${++leafIds}`;

	constructor(private readonly app: App, private readonly side: Side) {
		super();
		const workspace = app.workspace;
		this.containerEl = workspace['sideEl'](side).createDiv({ cls: 'workspace-leaf', attr: { 'data-leaf-id': this.id } });
		this.view = new EmptyView(this);
		this.attachView(this.view);
	}

	private attachView(view: View): void {
		view.containerEl.setAttr('data-type', view.getViewType());
		this.containerEl.appendChild(view.containerEl);
		view.load();
	}

	/** After the view's plugin unloaded: the leaf shows an empty view. */
	private replaceWithEmpty(): void {
		this.view = new EmptyView(this);
		this.attachView(this.view);
	}

	private async closeView(): Promise<void> {
		const old = this.view;
		await old['onClose']();
		old.unload();
		old.containerEl.detach();
	}

	/** Replaces the view: closes the old one (`onClose`, unload, DOM removed), loads and opens the new one. */
	async open(view: View): Promise<View> {
		await this.closeView();
		this.view = view;
		this.attachView(view);
		await view['onOpen']();
		this.app.workspace.trigger('layout-change');
		return view;
	}

	/**
	 * d.ts `setViewState(viewState, eState?)`. Constructs the view registered for the type. With
	 * deferral on (`FakeAppOptions.deferViews`), a leaf that is not made active gets a deferred
	 * view until it is revealed ("Returns true if this leaf is currently deferred because it is in
	 * the background").
	 */
	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const workspace = this.app.workspace;
		const creator = workspace['creatorFor'](viewState.type);
		if (!creator) throw new Error(`fake obsidian: no view registered for type "${viewState.type}"`);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (workspace['deferViews'] && !viewState.active) {
			await this.closeView();
			this.view = new DeferredView(this, viewState.type);
			this.deferredState = { viewState, eState };
			this.attachView(this.view);
			return;
		}
		this.deferredState = undefined;
		const view = await this.open(creator(this));
		if (viewState.state) await view.setState(viewState.state, { history: false });
		if (eState !== undefined) view.setEphemeralState(eState);
		if (viewState.active) workspace.setActiveLeaf(this, { focus: true });
	}

	private deferredState: { viewState: ViewState; eState: unknown } | undefined;

	/** d.ts: "Returns true if this leaf is currently deferred because it is in the background." */
	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	/** d.ts: "If this view is currently deferred, load it and await that it has fully loaded." */
	async loadIfDeferred(): Promise<void> {
		const deferred = this.deferredState;
		if (!deferred) return;
		this.deferredState = undefined;
		const deferViews = this.app.workspace['deferViews'];
		this.app.workspace['deferViews'] = false;
		try {
			await this.setViewState({ ...deferred.viewState, active: false }, deferred.eState);
		} finally {
			this.app.workspace['deferViews'] = deferViews;
		}
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned, active: this.app.workspace['active'] === this };
	}

	/** d.ts: "Open a file in this leaf." `openState.eState` becomes the view's ephemeral state (e.g. `{ line }`). */
	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		await this.setViewState({ type: 'markdown', state: { ...openState?.state, file: file.path }, active: openState?.active ?? true }, openState?.eState);
		this.app.workspace.trigger('file-open', file);
	}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.pinned = !this.pinned;
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}

	/** Closes the view and removes the leaf. */
	detach(): void {
		const workspace = this.app.workspace;
		const leaves = workspace['leaves'];
		leaves.splice(leaves.indexOf(this), 1);
		if (workspace['active'] === this) workspace['active'] = null;
		void this.closeView().then(() => this.containerEl.detach());
		workspace.trigger('layout-change');
	}
}
registerApiClass(WorkspaceLeaf, 'WorkspaceLeaf');

export class Workspace extends Events {
	containerEl: HTMLElement;
	/** d.ts: "If the layout of the app has been successfully initialized." */
	layoutReady = false;
	private readonly leaves: WorkspaceLeaf[] = [];
	private active: WorkspaceLeaf | null = null;
	private readonly readyCallbacks: Array<() => unknown> = [];
	private readonly viewCreators = new Map<string, ViewCreator>();
	private deferViews = false;
	private readonly sides: Record<Side, HTMLElement>;

	constructor(private readonly app: App) {
		super();
		this.containerEl = createDiv({ cls: 'workspace' });
		this.sides = {
			left: this.containerEl.createDiv({ cls: 'workspace-split mod-horizontal mod-sidedock mod-left-split' }),
			main: this.containerEl.createDiv({ cls: 'workspace-split mod-vertical mod-root' }),
			right: this.containerEl.createDiv({ cls: 'workspace-split mod-horizontal mod-sidedock mod-right-split' }),
		};
	}

	private sideEl(side: Side): HTMLElement {
		return this.sides[side];
	}

	private creatorFor(type: string): ViewCreator | undefined {
		if (type === 'markdown') return (leaf) => new MarkdownView(leaf);
		if (type === 'empty') return (leaf) => new EmptyView(leaf);
		return this.viewCreators.get(type);
	}

	private newLeaf(side: Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}

	/** Marks the layout ready and runs the queued callbacks (the app does this once, after plugins load). */
	private markLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}

	/** d.ts: "Runs the callback function right away if layout is already ready, or push it to a queue to be called later when layout is ready." */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** d.ts (deprecated): "Indicates the currently focused leaf, if one exists." */
	get activeLeaf(): WorkspaceLeaf | null {
		return this.active;
	}

	/** d.ts: "A component managing the current editor. This can be null if the active view has no editor." */
	get activeEditor(): MarkdownView | null {
		const view = this.active?.view;
		return view instanceof MarkdownView ? view : null;
	}

	/**
	 * d.ts: "If newLeaf is false (or not set) then an existing leaf which can be navigated is
	 * returned, or a new leaf will be created if there was no leaf available. If newLeaf is `'tab'`
	 * or `true` then a new leaf will be created in the preferred location within the root split".
	 * `'split'` and `'window'` also give a new main-area leaf here.
	 */
	getLeaf(newLeaf?: 'tab' | 'split' | 'window' | boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const reusable = this.getMostRecentLeaf();
			if (reusable && !reusable['pinned']) return reusable;
		}
		return this.newLeaf('main');
	}

	/** d.ts: "Get the most recently active leaf in a given workspace root." (main area only here) */
	getMostRecentLeaf(): WorkspaceLeaf | null {
		if (this.active && this.active['side'] === 'main') return this.active;
		const main = this.leaves.filter((leaf) => leaf['side'] === 'main');
		return main[main.length - 1] ?? null;
	}

	/** d.ts: "Create a new leaf inside the right sidebar." */
	getRightLeaf(): WorkspaceLeaf | null {
		return this.newLeaf('right');
	}

	/** d.ts: "Create a new leaf inside the left sidebar." */
	getLeftLeaf(): WorkspaceLeaf | null {
		return this.newLeaf('left');
	}

	/** d.ts: "Get side leaf or create one if one does not exist." */
	async ensureSideLeaf(type: string, side: 'left' | 'right', options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown }): Promise<WorkspaceLeaf> {
		const existing = this.leaves.find((leaf) => leaf['side'] === side && leaf.view.getViewType() === type);
		const leaf = existing ?? this.newLeaf(side);
		if (!existing) await leaf.setViewState({ type, active: options?.active, state: options?.state as Record<string, unknown> | undefined });
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	/** d.ts: "Get all leaves of a given type." Includes deferred leaves of that type. */
	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
	}

	/** d.ts: "Remove all leaves of the given type." */
	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	/** d.ts: "Iterate through all leaves, including main area leaves, floating leaves, and sidebar leaves." */
	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.slice()) callback(leaf);
	}

	/** d.ts: "Iterate through all leaves in the main area of the workspace." */
	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l['side'] === 'main')) callback(leaf);
	}

	/** d.ts: "Get the currently active view of a given type." */
	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.active?.view;
		return view instanceof type ? view : null;
	}

	/** d.ts: "Returns the file for the current view if it's a `FileView`." */
	getActiveFile(): TFile | null {
		return this.activeEditor?.file ?? null;
	}

	/** d.ts: "Sets the active leaf". Fires `active-leaf-change`. */
	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean): void {
		void params;
		if (this.active === leaf) return;
		this.active = leaf;
		this.trigger('active-leaf-change', leaf);
	}

	/**
	 * d.ts: "Bring a given leaf to the foreground. If the leaf is in a sidebar, the sidebar will be
	 * uncollapsed. `await` this function to ensure your view has been fully loaded and is not
	 * deferred." Resolves on a later task, as the app's does.
	 */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await new Promise<void>((resolve) => setTimeout(resolve, 0));
		await leaf.loadIfDeferred();
		// One leaf of a side shows at a time, as the app's tabs do: the others are `display: none`,
		// so their views' `contentEl.isShown()` is false.
		const shown: WorkspaceLeaf[] = [];
		for (const other of this.leaves) {
			if (other['side'] !== leaf['side']) continue;
			const el = other['containerEl'];
			const wasHidden = el.hasClass('is-hidden');
			el.toggleClass('is-hidden', other !== leaf);
			el.toggle(other === leaf);
			if (wasHidden && other === leaf) shown.push(other);
		}
		if (shown.length === 0) return;
		// A leaf brought forward changes size (from nothing) and the layout with it. View d.ts
		// `onResize`: "Called when the size of this view is changed."
		for (const other of shown) other.onResize();
		this.trigger('layout-change');
	}

	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
	}
}
registerApiClass(Workspace, 'Workspace');
