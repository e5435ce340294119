/**
 * The Campaign chart view (issue #17; main area): live over the index like the dashboard
 * (debounced, keeps its scroll position, progress while the first pass runs, recomputes when the
 * day changes), privacy mode honoured through the derivation's redactor.
 */
import { ItemView, TFile, debounce, type WorkspaceLeaf } from 'obsidian';
import { showChart } from '../core/chart-shown';
import { calendarDateAt } from '../core/dates';
import { deriveDashboard } from '../core/derive';
import type { Settings } from '../settings';
import { renderChart, renderChartIndexing } from './render-chart';
import type { VaultIndexer } from './vault-indexer';
import { keepViewLive } from './live-view';

export const CHART_VIEW_TYPE = 'relational-organizer-chart';

export interface ChartViewDeps {
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** Today's calendar date; injectable for tests. */
	readonly today?: () => string;
}

export class ChartView extends ItemView {
	private rendered: { revision: number; today: string; settings: Settings } | undefined;
	private readonly requestRender = debounce(() => this.render(), 150, true);

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
		keepViewLive(this, this.deps.indexer, () => this.requestRender(), () => this.rendered !== undefined && this.rendered.today !== this.today(), () => this.render());
		this.render();
	}

	override async onClose(): Promise<void> {
		this.requestRender.cancel();
		this.contentEl.empty();
	}

	private today(): string {
		return this.deps.today ? this.deps.today() : calendarDateAt();
	}

	/** Renders now, unless nothing the chart depends on changed. */
	render(): void {
		const { indexer } = this.deps;
		const progress = indexer.getProgress();
		const el = this.contentEl;
		if (!progress.ready) {
			renderChartIndexing(el, progress.done, progress.total);
			this.rendered = undefined;
			return;
		}
		const index = indexer.index;
		const settings = this.deps.getSettings();
		const today = this.today();
		const last = this.rendered;
		if (last && last.revision === index.revision && last.today === today && last.settings === settings) return;
		const scrollTop = el.scrollTop;
		const derived = deriveDashboard(index, settings, today);
		const shown = showChart(derived.chart, settings.privacyMode ? (text) => derived.redactor.redact(text) : undefined);
		renderChart(el, shown, { openNote: (path) => void this.openNote(path) });
		el.scrollTop = scrollTop;
		this.rendered = { revision: index.revision, today, settings };
	}

	private async openNote(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return;
		await this.app.workspace.getLeaf(false).openFile(file);
	}
}
