/**
 * The Campaign chart view (issue #17; main area): live over the index like the dashboard
 * (debounced, keeps its scroll position, progress while the first pass runs, recomputes when the
 * day changes), privacy mode honoured through the derivation's redactor. The derivation and the
 * chart are built in slices of the main thread (issue 15, `sliced-run.ts`); a newer render, a
 * newer revision or closing the view cancels a run under way.
 */
import { ItemView, debounce, type WorkspaceLeaf } from 'obsidian';
import type { CampaignChart } from '../core/campaign-chart';
import { showChart } from '../core/chart-shown';
import { calendarDateAt } from '../core/dates';
import { deriveDashboardSteps, type Derivation } from '../core/derive';
import type { Steps } from '../core/steps';
import type { VaultIndex } from '../core/vault-index';
import type { Settings } from '../settings';
import { CHART_PAGE_SIZE, renderChartIndexing, renderChartPreparing, renderChartSteps, type ChartActions, type ChartDisplay } from './render-chart';
import { ViewRun } from './view-run';
import type { VaultIndexer } from './vault-indexer';
import { keepViewLive, revealRedrawn, type LiveView } from './live-view';
import { CHART_VIEW_TYPE } from './view-types';
import { openListedNote } from './note-leaf';

/**
 * The derivation, its chart, and the chart rendered into `staging` (a detached element the view
 * moves in at the end, so a half-built chart never shows), in steps. Gives the derivation.
 */
function* buildChartViewSteps(index: VaultIndex, settings: Settings, today: string, staging: HTMLElement, actions: ChartActions, display: ChartDisplay): Steps<Derivation> {
	const { derived, chart } = yield* deriveChartSteps(index, settings, today);
	const shown = showChart(chart, settings.privacyMode ? (text) => derived.redactor.redact(text) : undefined);
	yield undefined;
	yield* renderChartSteps(staging, shown, actions, display);
	return derived;
}

/** The derivation and its chart, in steps (the derivation keeps the chart, built once). */
function* deriveChartSteps(index: VaultIndex, settings: Settings, today: string): Steps<{ derived: Derivation; chart: CampaignChart }> {
	const derived = yield* deriveDashboardSteps(index, settings, today);
	const chart = yield* derived.chartSteps();
	return { derived, chart };
}

export { CHART_VIEW_TYPE } from './view-types';

export interface ChartViewDeps {
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** Today's calendar date; injectable for tests. */
	readonly today?: () => string;
}

/** Focuses the item at `index` of list `id`: its first link or button, else the item itself. */
function focusChartItem(el: HTMLElement, id: string, index: number): void {
	const item = el.querySelectorAll<HTMLElement>(`.ro-chart__section--${id} .ro-chart__item`)[index];
	if (!item) return;
	const control = item.querySelector<HTMLElement>('a, button');
	if (control) return control.focus();
	item.setAttr('tabindex', '-1');
	item.focus();
}

export class ChartView extends ItemView {
	/** What the view shows now; the index too, as a fresh pass's revision can equal the old one's. */
	private rendered: { index: VaultIndex; revision: number; today: string; settings: Settings } | undefined;
	private readonly requestRender = debounce(() => this.render(), 150, true);
	/** Items shown per list beyond the first page ("Show N more"), for this view's life. */
	private readonly shown: Record<string, number> = {};
	/** After "Show N more": the list and the index of the first item it brought in, to focus. */
	private focusAfter: { readonly id: string; readonly index: number } | undefined;
	/** The sliced build under way, and what it was started for. */
	private readonly renders = new ViewRun();

	/** Set in `onOpen`: re-renders on changes, or catches up when shown after one (`live-view.ts`). */
	private live: LiveView | undefined;

	constructor(leaf: WorkspaceLeaf, private readonly deps: ChartViewDeps) {
		super(leaf);
	}

	override getViewType(): string {
		return CHART_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return 'Campaign chart';
	}

	override getIcon(): string {
		return 'layout-grid';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass('ro-chart');
		this.live = keepViewLive(this, this.deps.indexer, () => this.requestRender(), () => this.rendered !== undefined && this.rendered.today !== this.today(), () => this.render(), {
			shown: () => this.rendered?.settings.privacyMode,
			now: () => this.deps.getSettings().privacyMode,
		});
		this.render();
	}

	override async onClose(): Promise<void> {
		this.requestRender.cancel();
		this.renders.cancel();
		this.contentEl.empty();
	}

	/** Shown again after a change while hidden (a tab brought forward): it catches up. */
	override onResize(): void {
		this.live?.catchUp();
	}

	private today(): string {
		return this.deps.today ? this.deps.today() : calendarDateAt();
	}

	/** Resolves when the render under way (a build in slices, then moving it in) has finished or was cancelled. */
	whenRendered(): Promise<void> {
		return this.renders.settled();
	}

	/** True while the chart is built in slices towards a render, or moved in. */
	isRendering(): boolean {
		return this.renders.isActive();
	}

	/**
	 * Renders now, unless nothing the chart depends on changed. The build runs in slices: when it
	 * fits in the first one the chart is rendered before this returns; else the view keeps what it
	 * shows (or says it is preparing) until the last slice renders it.
	 */
	render(force = false): void {
		const { indexer } = this.deps;
		const progress = indexer.getProgress();
		const el = this.contentEl;
		if (!progress.ready) {
			this.renders.cancel();
			renderChartIndexing(el, progress.done, progress.total);
			this.rendered = undefined;
			return;
		}
		const index = indexer.index;
		const settings = this.deps.getSettings();
		const today = this.today();
		const last = this.rendered;
		if (!force && last && last.index === index && last.revision === index.revision && last.today === today && last.settings === settings) return;
		const target = { index, revision: index.revision, today, settings };
		if (!force && this.renders.isUnderWay(target)) return;
		const staging = createDiv();
		const actions: ChartActions = {
			openNote: (path) => void openListedNote(this.app, path, undefined, false, (at) => this.deps.indexer.findFile(at)),
			showMore: (id) => {
				const before = this.shown[id] ?? CHART_PAGE_SIZE;
				this.shown[id] = before + CHART_PAGE_SIZE;
				// The button is redrawn: keyboard focus goes to the first item it brought in.
				this.focusAfter = { id, index: before };
				this.render(true);
			},
		};
		const run = this.renders.start(target, el, () => indexer.index, buildChartViewSteps(index, settings, today, staging, actions, { shown: this.shown }), (derived) => {
			const scrollTop = el.scrollTop;
			this.rendered = { index, revision: derived.revision, today, settings };
			// From the top, a frame's worth at a time; scrolled, all at once, so the place shown stays
			// put (setting it lays the content out in this task).
			const focus = this.focusAfter;
			this.focusAfter = undefined;
			this.renders.moveIn(el, staging, scrollTop === 0 && focus === undefined);
			if (focus) focusChartItem(el, focus.id, focus.index);
			el.addClass('ro-chart');
			revealRedrawn(el, settings.privacyMode, this.deps.getSettings().privacyMode);
			if (scrollTop > 0) el.scrollTop = scrollTop;
		});
		if (!run.finished && this.rendered === undefined) renderChartPreparing(el);
	}

}
