/**
 * The relationship map (DESIGN §4): an ItemView in the main area over the live index. People are
 * nodes (colour and a digit for the assessment, size for ties), ties are lines with labels on
 * hover and focus; filters, search, click to open, pan/zoom and arrow-key focus. The layout is
 * the core's deterministic one; while the view is open, people already on it stay where they are
 * when the vault changes. Privacy mode draws the redacted graph; paths stay in this object only.
 * The graph is read in `read-map-graph.ts`, laid out in `build-map-model.ts` and drawn on
 * `map-surface.ts`; `map-controls.ts` is the toolbar's state.
 */
import { ItemView, Notice, TFile, debounce, type WorkspaceLeaf } from 'obsidian';
import { calendarDateAt } from '../core/dates';
import { runSteps, type Steps } from '../core/steps';
import { measureGraph, type GraphNode } from '../core/relationships';
import { LABEL_MIN_ZOOM, NO_FILTERS, chooseOpeningScope, isInScope, isNodeShown, type MapFilters, type MapScope } from '../core/relationships/map-model';
import type { PlacedBox } from '../core/relationships/stable-layout';
import type { VaultIndex } from '../core/vault-index';
import type { Settings } from '../settings';
import { buildMapModelSteps, placeScopeSteps } from './build-map-model';
import { applyToolbarChange, describeToolbarChoices, describeToolbarState, type MapHighlight } from './map-controls';
import { exportMapToCanvas } from './map-export';
import { findSearchMatch } from './map-navigation';
import { MapSurface } from './map-surface';
import { renderToolbar } from './map-toolbar';
import type { VaultIndexer } from './vault-indexer';
import { keepViewLive, revealRedrawn, type LiveView } from './live-view';
import { prepareMapSteps, type MapData } from './read-map-graph';
import { runInSlices, type SlicedRun } from './sliced-run';
import { MAP_VIEW_TYPE } from './view-types';

export { MAP_VIEW_TYPE } from './view-types';

export interface MapViewDeps {
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** Today's calendar date; injectable for tests. */
	readonly today?: () => string;
}

export class MapView extends ItemView {
	private data: MapData | undefined;
	private rendered: { revision: number; today: string; settings: Settings; index: VaultIndex } | undefined;
	private mapScope: MapScope | undefined;
	private filters: MapFilters = NO_FILTERS;
	private highlight: MapHighlight = { connectors: false, isolated: false };
	/** Positions by the graph's own node id (never rendered), for the current scope. */
	private positions = new Map<string, PlacedBox>();
	/** The settings of the last drawing (its colours, labels and kinds of tie). */
	private drawnWith: Settings | undefined;
	/** The graph node index of each drawn node, by its place in the drawing. */
	private drawnIndex: number[] = [];
	private focusedId: string | undefined;
	/** The SVG, pan and zoom, and what is drawn (`map-surface.ts`). */
	private readonly surface: MapSurface;
	private toolbarEl!: HTMLElement;
	private statusEl!: HTMLElement;
	private readonly requestRefresh = debounce(() => this.refresh(), 150, true);
	private pending: Promise<void> = Promise.resolve();
	/** The sliced read of the graph under way (a newer refresh or closing the view cancels it). */
	private run: SlicedRun | undefined;
	/** The sliced layout of the map under way, before its drawing (a newer drawing cancels it). */
	private drawRun: SlicedRun | undefined;

	/** Set in `onOpen`: re-renders on changes, or catches up when shown after one (`live-view.ts`). */
	private live: LiveView | undefined;

	constructor(leaf: WorkspaceLeaf, private readonly deps: MapViewDeps) {
		super(leaf);
		this.surface = new MapSurface(this.contentEl);
	}

	override getViewType(): string {
		return MAP_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return 'Relationship map';
	}

	override getIcon(): string {
		return 'network';
	}

	override async onOpen(): Promise<void> {
		const el = this.contentEl;
		el.empty();
		el.addClass('ro-map');
		this.toolbarEl = el.createDiv({ cls: 'ro-map__toolbar' });
		this.statusEl = el.createDiv({ cls: 'ro-map__status', attr: { 'aria-live': 'polite' } });
		const frame = el.createDiv({ cls: 'ro-map__frame' });
		this.surface.mount(frame);
		this.register(this.surface.panZoom.attach());
		this.surface.svg.addEventListener('keydown', (evt) => this.surface.onKey(evt));
		this.live = keepViewLive(this, this.deps.indexer, () => this.requestRefresh(), () => this.rendered !== undefined && this.rendered.today !== this.today(), () => this.refresh(), {
			shown: () => this.data?.privacy,
			now: () => this.deps.getSettings().privacyMode,
		});
		this.refresh();
	}

	override async onClose(): Promise<void> {
		this.requestRefresh.cancel();
		this.run?.cancel();
		this.drawRun?.cancel();
		this.surface.drawn?.cancel();
		this.contentEl.empty();
	}

	/** Shown again after a change while hidden (a tab brought forward): it catches up. */
	override onResize(): void {
		this.live?.catchUp();
	}

	private today(): string {
		return this.deps.today ? this.deps.today() : calendarDateAt();
	}

	/** Resolves when the current drawing is complete (the graph is read and large maps drawn in slices). */
	async whenDrawn(): Promise<void> {
		await this.pending;
		await this.drawRun?.settled;
		await this.surface.drawn?.done;
	}

	/**
	 * Re-reads the graph when the index, settings or day changed; people on the map stay put. The
	 * derivation, the graph and its metrics are built in slices of the main thread (issue 15,
	 * `sliced-run.ts`), then drawn in slices, so opening a large map never holds the main thread
	 * for long; a newer refresh, a newer revision or closing the view cancels a read under way.
	 */
	refresh(): void {
		const { indexer } = this.deps;
		const progress = indexer.getProgress();
		if (!progress.ready) {
			this.statusEl.setText(`Indexing ${progress.done}/${progress.total} notes…`);
			return;
		}
		const index = indexer.index;
		const settings = this.deps.getSettings();
		const today = this.today();
		const last = this.rendered;
		if (last && last.index === index && last.revision === index.revision && last.today === today && last.settings === settings) return;
		const revision = index.revision;
		this.rendered = { revision, today, settings, index };
		if (!this.data) this.statusEl.setText('Preparing the map…');
		this.run?.cancel();
		const run: SlicedRun = runInSlices(prepareMapSteps(index, settings, today, this.data), {
			// An edit during the read changes the index under it: stop, and read again when it settles.
			isStale: (): boolean => {
				const stale = run !== this.run || !this.contentEl.isConnected || indexer.index !== index || index.revision !== revision;
				if (stale && run === this.run) this.rendered = undefined;
				return stale;
			},
			onDone: (data) => {
				const previous = this.data;
				this.data = data;
				// The same people and ties drawn with the same settings: what is on screen is current.
				if (previous && previous.graph === data.graph && previous.shown === data.shown && this.drawnWith === settings) return;
				const privacyChanged = previous !== undefined && previous.privacy !== data.privacy;
				// Workplace names differ between the two modes when one is also a person's name.
				if (this.mapScope === undefined || privacyChanged) {
					this.mapScope = chooseOpeningScope(data.shown.nodes);
					this.positions = new Map();
				}
				this.drawInSlices(this.positions.size === 0);
			},
		});
		this.run = run;
		this.pending = run.settled;
	}

	/** Changes scope: a fresh layout for the people now in it. */
	private setScope(scope: MapScope): void {
		this.mapScope = scope;
		this.positions = new Map();
		this.draw(true);
	}

	/** Draws now, in one go (a change of scope or filter: the user is waiting for it). */
	private draw(fit: boolean): void {
		this.drawRun?.cancel();
		this.drawRun = undefined;
		runSteps(this.drawSteps(fit));
	}

	/** Draws in slices of the main thread (the map follows the vault; nobody is waiting on a click). */
	private drawInSlices(fit: boolean): void {
		this.drawRun?.cancel();
		const run: SlicedRun = runInSlices(this.drawSteps(fit), {
			isStale: () => run !== this.drawRun || !this.contentEl.isConnected,
			onDone: () => undefined,
		});
		this.drawRun = run;
	}

	/**
	 * Lays out the scope (keeping known positions), applies the filters, draws; fits when asked. In
	 * steps (issue 15: in one go it held the main thread 25–40 ms at 2,000 people); the drawing itself
	 * then goes on in tasks of its own (`map-render.ts`).
	 */
	private *drawSteps(fit: boolean): Steps<void> {
		const data = this.data;
		if (!data) return;
		const scope = this.mapScope ?? { kind: 'all' };
		const { shown } = data;
		const metrics = measureGraph(data.graph);
		const { inScope, positions } = yield* placeScopeSteps(data, scope, this.positions);
		this.positions = positions;
		yield undefined;

		const settings = this.deps.getSettings();
		this.drawnWith = settings;
		const { nodes, edges, drawnIndex, drawnAt } = yield* buildMapModelSteps(data, inScope, this.positions, metrics, this.filters, settings);
		yield undefined;
		this.drawnIndex = drawnIndex;
		const focused = this.focusedId;
		const drawn = this.surface.paint({ nodes, edges }, settings, this.highlight, {
			onActivate: (node) => void this.openNode(node.index),
			onFocus: (_node, position) => this.onNodeFocus(position),
			wasDragged: () => this.surface.panZoom.wasDragged(),
		});
		void drawn.done.then(() => revealRedrawn(this.contentEl, data.privacy, this.deps.getSettings().privacyMode));
		yield undefined;
		this.renderToolbar(data, scope, metrics.connectors.length, metrics.isolated.length);
		const total = shown.nodes.length;
		const scopeNote = scope.kind === 'all' ? '' : total > inScope.length && chooseOpeningScope(shown.nodes).kind === 'workplace' ? ' Large map: one workplace at a time.' : '';
		this.statusEl.setText(
			nodes.length === 0 && total === 0
				? 'No people yet. Add person notes (type: person) with properties such as knows or recruited-by.'
				: `Showing ${nodes.length} of ${total} people, ${edges.length} ties.${scopeNote}`,
		);
		if (fit) this.surface.fit();
		else this.surface.showDetailFor(this.surface.panZoom.transform.k);
		if (focused !== undefined) {
			const position = drawnAt.get(focused);
			void drawn.done.then(() => {
				if (position !== undefined && this.contentEl.contains(this.contentEl.doc.activeElement) === false) return;
				if (position !== undefined) this.surface.focusPosition(position, false);
			});
		}
	}

	private renderToolbar(data: MapData, scope: MapScope, connectorCount: number, isolatedCount: number): void {
		const settings = this.deps.getSettings();
		renderToolbar(
			this.toolbarEl,
			describeToolbarChoices(data, settings),
			describeToolbarState(scope, this.filters, this.highlight, connectorCount, isolatedCount),
			{
				onChange: (change) => {
					if (change.scope) return this.setScope(change.scope);
					const next = applyToolbarChange(this.filters, this.highlight, change);
					this.highlight = next.highlight;
					this.filters = next.filters;
					this.draw(false);
				},
				onSearch: (query) => this.search(query),
				onZoom: (action) => (action === 'fit' ? this.surface.fit() : this.surface.panZoom.zoomBy(action === 'in' ? 1.25 : 0.8)),
				onExport: () => void this.exportCanvas(),
			},
		);
	}

	/** Centres the view on the best match, switching workplace when the person is in another. */
	search(query: string): boolean {
		const data = this.data;
		if (!data || query.trim() === '') return false;
		const found = findSearchMatch(data, query);
		if (found === undefined) {
			new Notice('Nobody on the map matches that name.');
			return false;
		}
		const node = data.shown.nodes[found];
		if (!isNodeShown(node, this.filters)) {
			new Notice(`${node.name} is hidden by the filters.`);
			return false;
		}
		const id = data.graph.nodes[found].id;
		if (this.mapScope && !isInScope(node, this.mapScope)) this.setScope(node.workplace === undefined ? { kind: 'all' } : { kind: 'workplace', workplace: node.workplace });
		const position = this.drawnIndex.indexOf(found);
		if (position < 0) return false;
		const g = this.surface.model?.nodes[position]?.geometry;
		if (g) this.surface.panZoom.centreOn(g.cx, g.cy, Math.max(this.surface.panZoom.transform.k, LABEL_MIN_ZOOM * 1.5));
		this.focusedId = id;
		void this.whenDrawn().then(() => this.surface.focusPosition(position, false));
		return true;
	}

	private onNodeFocus(position: number): void {
		const node = this.surface.model?.nodes[position];
		if (!node || !this.data) return;
		this.focusedId = this.data.graph.nodes[node.index].id;
		this.surface.drawn?.showEdgeLabelsOf(position);
		const g = node.geometry;
		if (!this.surface.panZoom.isVisible(g.cx, g.cy)) this.surface.panZoom.centreOn(g.cx, g.cy);
	}

	private async openNode(index: number): Promise<void> {
		const data = this.data;
		if (!data) return;
		const path = data.graph.nodes[index]?.path;
		// The node may still carry the path of a note renamed since the map was drawn.
		const file = path ? this.deps.indexer.findFile(path) : null;
		if (!(file instanceof TFile)) {
			new Notice(`${data.shown.nodes[index]?.name ?? 'This person'} has no note yet.`);
			return;
		}
		// A tab that shows notes, never the map's own tab.
		const leaf = this.app.workspace.getLeavesOfType('markdown')[0] ?? this.app.workspace.getLeaf('tab');
		await leaf.openFile(file);
	}

	private async exportCanvas(): Promise<void> {
		const data = this.data;
		if (!data) return;
		await exportMapToCanvas(this.app, { graph: data.shown, redacted: data.privacy, redactText: data.redactText, settings: this.deps.getSettings() });
	}

	/** The people drawn now, by shown name (for tests and the e2e page). */
	shownNames(): string[] {
		return (this.surface.model?.nodes ?? []).map((n) => n.name);
	}

	/** The graph node a person's name is drawn for (tests). */
	nodeOf(name: string): GraphNode | undefined {
		const data = this.data;
		const i = data?.shown.nodes.findIndex((n) => n.name === name) ?? -1;
		return i >= 0 ? data?.graph.nodes[i] : undefined;
	}

	/** Current positions by node id (tests). */
	positionOf(id: string): PlacedBox | undefined {
		return this.positions.get(id);
	}
}
