/**
 * The relationship map (DESIGN §4): an ItemView in the main area over the live index. People are
 * nodes (colour and a digit for the assessment, size for ties), ties are lines with labels on
 * hover and focus; filters, search, click to open, pan/zoom and arrow-key focus. The layout is
 * the core's deterministic one; while the view is open, people already on it stay where they are
 * when the vault changes. Privacy mode draws the redacted graph; paths stay in this object only.
 */
import { ItemView, Notice, TFile, debounce, type WorkspaceLeaf } from 'obsidian';
import { calendarDateAt } from '../core/dates';
import { runSteps, type Steps } from '../core/steps';
import { measureGraph, type GraphNode } from '../core/relationships';
import {
	BADGE_MIN_ZOOM,
	LABEL_MIN_ZOOM,
	NO_FILTERS,
	chooseOpeningScope,
	edgeKindOf,
	isInScope,
	isNodeShown,
	listWorkplaces,
	type MapFilters,
	type MapScope,
} from '../core/relationships/map-model';
import type { PlacedBox } from '../core/relationships/stable-layout';
import type { VaultIndex } from '../core/vault-index';
import { ASSESSMENT_VALUES, type Settings } from '../settings';
import { buildMapModelSteps, placeScopeSteps } from './build-map-model';
import { exportMapToCanvas } from './map-export';
import { ARROW_DIRECTIONS, findNearestInDirection, findSearchMatch, measureFitBox } from './map-navigation';
import { PanZoom } from './map-pan-zoom';
import { drawMap, type DrawnMap, type MapModel } from './map-render';
import { renderToolbar, type ToolbarState } from './map-toolbar';
import type { VaultIndexer } from './vault-indexer';
import { keepViewLive, type LiveView } from './live-view';
import { prepareMapSteps, type MapData } from './read-map-graph';
import { runInSlices, type SlicedRun } from './sliced-run';

export const MAP_VIEW_TYPE = 'relational-organizer-map';

export interface MapViewDeps {
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** Today's calendar date; injectable for tests. */
	readonly today?: () => string;
}

const EDGE_KIND_LABELS: Readonly<Record<string, string>> = { talks: '1-on-1s', mentioned: 'Mentioned together' };

export class MapView extends ItemView {
	private data: MapData | undefined;
	private rendered: { revision: number; today: string; settings: Settings; index: VaultIndex } | undefined;
	private mapScope: MapScope | undefined;
	private filters: MapFilters = NO_FILTERS;
	private highlight = { connectors: false, isolated: false };
	/** Positions by the graph's own node id (never rendered), for the current scope. */
	private positions = new Map<string, PlacedBox>();
	private drawn: DrawnMap | undefined;
	/** The settings of the last drawing (its colours, labels and kinds of tie). */
	private drawnWith: Settings | undefined;
	private model: MapModel | undefined;
	/** The graph node index of each drawn node, and the reverse. */
	private drawnIndex: number[] = [];
	private focusedId: string | undefined;
	private toolbarEl!: HTMLElement;
	private statusEl!: HTMLElement;
	private svg!: SVGSVGElement;
	private world!: SVGGElement;
	private panZoom!: PanZoom;
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
		this.svg = frame.createSvg('svg', { cls: 'ro-map__svg', attr: { role: 'group', 'aria-label': 'Relationship map' } });
		this.world = this.svg.createSvg('g', { cls: 'ro-map__world' });
		this.panZoom = new PanZoom(this.svg, this.world, (k) => this.showDetailFor(k));
		this.register(this.panZoom.attach());
		this.svg.addEventListener('keydown', (evt) => this.onKey(evt));
		this.live = keepViewLive(this, this.deps.indexer, () => this.requestRefresh(), () => this.rendered !== undefined && this.rendered.today !== this.today(), () => this.refresh());
		this.refresh();
	}

	override async onClose(): Promise<void> {
		this.requestRefresh.cancel();
		this.run?.cancel();
		this.drawRun?.cancel();
		this.drawn?.cancel();
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
		await this.drawn?.done;
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
			this.statusEl.setText(`Indexing ${progress.done}/${progress.total}…`);
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
		this.model = { nodes, edges };

		this.svg.setCssProps(Object.fromEntries(ASSESSMENT_VALUES.map((v) => [`--ro-assessment-${v}`, settings.assessmentColours[v]])));
		this.svg.toggleClass('ro-map--show-connectors', this.highlight.connectors);
		this.svg.toggleClass('ro-map--show-isolated', this.highlight.isolated);
		this.drawn?.cancel();
		const focused = this.focusedId;
		this.drawn = drawMap(this.world, this.model, {
			onActivate: (node) => void this.openNode(node.index),
			onFocus: (_node, position) => this.onNodeFocus(position),
			wasDragged: () => this.panZoom.wasDragged(),
		}, (fn) => window.setTimeout(fn, 0));
		yield undefined;
		this.renderToolbar(data, scope, metrics.connectors.length, metrics.isolated.length);
		const total = shown.nodes.length;
		const scopeNote = scope.kind === 'all' ? '' : total > inScope.length && chooseOpeningScope(shown.nodes).kind === 'workplace' ? ' Large map: one workplace at a time.' : '';
		this.statusEl.setText(
			nodes.length === 0 && total === 0
				? 'No people yet. Add person notes (type: person) with properties such as knows or recruited-by.'
				: `Showing ${nodes.length} of ${total} people, ${edges.length} ties.${scopeNote}`,
		);
		if (fit) this.fit();
		else this.showDetailFor(this.panZoom.transform.k);
		if (focused !== undefined) {
			const position = drawnAt.get(focused);
			void this.drawn.done.then(() => {
				if (position !== undefined && this.contentEl.contains(this.contentEl.doc.activeElement) === false) return;
				if (position !== undefined) this.focusPosition(position, false);
			});
		}
	}

	private renderToolbar(data: MapData, scope: MapScope, connectorCount: number, isolatedCount: number): void {
		const settings = this.deps.getSettings();
		const kinds = new Map<string, string>();
		for (const entry of settings.relationships) kinds.set(entry.property, entry.property);
		for (const edge of data.graph.edges) {
			const key = edgeKindOf(edge);
			if (!kinds.has(key)) kinds.set(key, EDGE_KIND_LABELS[key] ?? key);
		}
		const state: ToolbarState = {
			scope,
			assessment: this.filters.assessment,
			hideInactive: this.filters.hideInactive,
			hiddenEdgeKinds: this.filters.hiddenEdgeKinds,
			highlightConnectors: this.highlight.connectors,
			highlightIsolated: this.highlight.isolated,
			connectorCount,
			isolatedCount,
		};
		renderToolbar(
			this.toolbarEl,
			{
				workplaces: listWorkplaces(data.shown.nodes),
				total: data.shown.nodes.length,
				assessments: ASSESSMENT_VALUES.map((v) => ({ value: Number(v), label: settings.assessmentLabels[v] })),
				edgeKinds: [...kinds].map(([key, label]) => ({ key, label })),
			},
			state,
			{
				onChange: (change) => {
					if (change.scope) return this.setScope(change.scope);
					if (change.highlightConnectors !== undefined) this.highlight = { ...this.highlight, connectors: change.highlightConnectors };
					if (change.highlightIsolated !== undefined) this.highlight = { ...this.highlight, isolated: change.highlightIsolated };
					this.filters = {
						assessment: change.assessment ?? this.filters.assessment,
						hideInactive: change.hideInactive ?? this.filters.hideInactive,
						hiddenEdgeKinds: change.hiddenEdgeKinds ?? this.filters.hiddenEdgeKinds,
					};
					this.draw(false);
				},
				onSearch: (query) => this.search(query),
				onZoom: (action) => (action === 'fit' ? this.fit() : this.panZoom.zoomBy(action === 'in' ? 1.25 : 0.8)),
				onExport: () => void this.exportCanvas(),
			},
		);
	}

	private fit(): void {
		const boxes = (this.model?.nodes ?? []).map((n) => n.geometry);
		if (boxes.length === 0) return this.panZoom.fit({ x: 0, y: 0, width: 1, height: 1 });
		this.panZoom.fit(measureFitBox(boxes));
		this.showDetailFor(this.panZoom.transform.k);
	}

	/** Labels from the zoom where they are readable, assessment digits from a little below it. */
	private showDetailFor(k: number): void {
		this.svg.toggleClass('ro-map--labels', k >= LABEL_MIN_ZOOM);
		this.svg.toggleClass('ro-map--badges', k >= BADGE_MIN_ZOOM);
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
		const g = this.model?.nodes[position]?.geometry;
		if (g) this.panZoom.centreOn(g.cx, g.cy, Math.max(this.panZoom.transform.k, LABEL_MIN_ZOOM * 1.5));
		this.focusedId = id;
		void this.whenDrawn().then(() => this.focusPosition(position, false));
		return true;
	}

	private focusPosition(position: number, reveal: boolean): void {
		const els = this.drawn?.nodeEls ?? [];
		const el = els[position];
		if (!el) return;
		for (const other of els) if (other.getAttribute('tabindex') === '0' && other !== el) other.setAttr('tabindex', -1);
		el.setAttr('tabindex', 0);
		el.focus({ preventScroll: true });
		if (reveal) {
			const g = this.model?.nodes[position]?.geometry;
			if (g && !this.panZoom.isVisible(g.cx, g.cy)) this.panZoom.centreOn(g.cx, g.cy);
		}
	}

	private onNodeFocus(position: number): void {
		const node = this.model?.nodes[position];
		if (!node || !this.data) return;
		this.focusedId = this.data.graph.nodes[node.index].id;
		this.drawn?.showEdgeLabelsOf(position);
		const g = node.geometry;
		if (!this.panZoom.isVisible(g.cx, g.cy)) this.panZoom.centreOn(g.cx, g.cy);
	}

	/** Arrow keys move focus to the nearest person in that direction; + and − zoom. */
	private onKey(evt: KeyboardEvent): void {
		if (evt.key === '+' || evt.key === '=') return void this.panZoom.zoomBy(1.25);
		if (evt.key === '-') return void this.panZoom.zoomBy(0.8);
		const direction = ARROW_DIRECTIONS[evt.key];
		const model = this.model;
		if (!direction || !model) return;
		const els = this.drawn?.nodeEls ?? [];
		const from = els.findIndex((el) => el === this.contentEl.doc.activeElement);
		if (from < 0) return;
		evt.preventDefault();
		const best = findNearestInDirection(model.nodes, els, from, direction);
		if (best !== undefined) this.focusPosition(best, true);
	}

	private async openNode(index: number): Promise<void> {
		const data = this.data;
		if (!data) return;
		const path = data.graph.nodes[index]?.path;
		const file = path ? this.app.vault.getFileByPath(path) : null;
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
		await exportMapToCanvas(this.app, { graph: data.shown, redacted: data.privacy, settings: this.deps.getSettings() });
	}

	/** The people drawn now, by shown name (for tests and the e2e page). */
	shownNames(): string[] {
		return (this.model?.nodes ?? []).map((n) => n.name);
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
