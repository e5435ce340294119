/**
 * The follow-up dashboard pane (DESIGN §4): live over the index, debounced, keeps its scroll
 * position, shows progress while the first pass runs, and recomputes when the day changes.
 */
import { ItemView, TFile, debounce, type WorkspaceLeaf } from 'obsidian';
import { calendarDateAt } from '../core/dates';
import { deriveDashboard } from '../core/derive';
import { redactModel, showModel } from '../core/redact';
import type { Settings } from '../settings';
import { renderDashboard, renderIndexing } from './render-dashboard';
import type { VaultIndexer } from './vault-indexer';

export const DASHBOARD_VIEW_TYPE = 'relational-organizer-dashboard';

export interface DashboardViewDeps {
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** Today's calendar date; injectable for tests. */
	readonly today?: () => string;
}

export class DashboardView extends ItemView {
	private rendered: { revision: number; today: string; settings: Settings; ready: boolean } | undefined;
	private readonly requestRender = debounce(() => this.render(), 150, true);

	constructor(leaf: WorkspaceLeaf, private readonly deps: DashboardViewDeps) {
		super(leaf);
	}

	override getViewType(): string {
		return DASHBOARD_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return 'Follow-up dashboard';
	}

	override getIcon(): string {
		return 'users';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass('ro-dashboard');
		const unsubscribe = this.deps.indexer.subscribe(() => this.requestRender());
		this.register(unsubscribe);
		// The day can change while the pane stays open; the check is cheap and renders only on change.
		this.registerInterval(window.setInterval(() => {
			if (this.rendered && this.rendered.today !== this.today()) this.render();
		}, 60_000));
		this.render();
	}

	override async onClose(): Promise<void> {
		this.requestRender.cancel();
		this.contentEl.empty();
	}

	private today(): string {
		return this.deps.today ? this.deps.today() : calendarDateAt();
	}

	/** Renders now, unless nothing the dashboard depends on changed. */
	render(): void {
		const { indexer } = this.deps;
		const progress = indexer.getProgress();
		const el = this.contentEl;
		if (!progress.ready) {
			renderIndexing(el, progress.done, progress.total);
			this.rendered = undefined;
			return;
		}
		const index = indexer.index;
		const settings = this.deps.getSettings();
		const today = this.today();
		const last = this.rendered;
		if (last && last.ready && last.revision === index.revision && last.today === today && last.settings === settings) return;
		const scrollTop = el.scrollTop;
		const derived = deriveDashboard(index, settings, today);
		// The matcher is built once per derivation (cached on the index revision), not on every render.
		const shown = settings.privacyMode ? redactModel(derived.followUps, derived.redactor) : showModel(derived.followUps);
		renderDashboard(el, shown, { openNote: (path, line) => void this.openNote(path, line) });
		el.scrollTop = scrollTop;
		this.rendered = { revision: index.revision, today, settings, ready: true };
	}

	private async openNote(path: string, line?: number): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return;
		const leaf = this.app.workspace.getLeaf(false);
		await leaf.openFile(file, line === undefined ? undefined : { eState: { line: line - 1 } });
	}
}
