/**
 * Test harness for the plugin over our fake Obsidian: an app over an in-memory vault, the plugin
 * loaded as the app loads it, and what a person does and sees (commands, prompts, notices, the
 * dashboard).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import manifest from '../../manifest.json';
import RelationalOrganizerPlugin from '../../src/main';
import { CHART_VIEW_TYPE, ChartView } from '../../src/plugin/chart-view';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/plugin/dashboard-view';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { createFakeApp, fake, type App, type FakeAppOptions } from '../fake-obsidian/index';

export { fake };

/** What a test starts the plugin with. */
export interface StartOptions {
	/** The vault: path → text. */
	readonly files?: Readonly<Record<string, string>>;
	/** Saved settings: an object (written as JSON) or the raw text of `data.json` (e.g. corrupt). */
	readonly data?: unknown;
	/** Other files of the config folder, by path relative to it. */
	readonly configFiles?: Readonly<Record<string, string>>;
	/** Defer views until revealed (Obsidian ≥ 1.7.2). */
	readonly deferViews?: boolean;
	/** View types restored from the saved layout at start-up, as leaves. */
	readonly restore?: ReadonlyArray<{ type: string; side: 'left' | 'right' | 'main' }>;
}

/** A running plugin in a fake app. */
export interface Running {
	readonly app: App;
	readonly plugin: RelationalOrganizerPlugin;
	/** Registrations counted before the plugin loaded (the fake's own listeners). */
	readonly baseline: fake.LiveResources;
}

export const PLUGIN_ID = manifest.id;
export const DATA_PATH = `.obsidian/plugins/${manifest.id}/data.json`;

/** Creates the app, enables the plugin, finishes start-up (layout ready). */
export async function startPlugin(options: StartOptions = {}): Promise<Running> {
	const configFiles: Record<string, string> = { ...options.configFiles };
	if (options.data !== undefined) {
		configFiles[`plugins/${manifest.id}/data.json`] = typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
	}
	const appOptions: FakeAppOptions = { files: options.files, configFiles, deferViews: options.deferViews };
	const app = createFakeApp(appOptions);
	const baseline = fake.liveResources(app);
	const plugin = await fake.loadPlugin(app, RelationalOrganizerPlugin as never, manifest) as unknown as RelationalOrganizerPlugin;
	await fake.markLayoutReady(app, options.restore);
	return { app, plugin, baseline };
}

/** Disables the plugin and waits for its views to close. */
export async function stopPlugin(running: Running): Promise<void> {
	// tsc types the plugin against the real obsidian.d.ts; at run time it is a fake `Plugin`.
	await fake.unloadPlugin(running.app, running.plugin as unknown as Parameters<typeof fake.unloadPlugin>[1]);
}

/** Runs a command of this plugin by its id (without the plugin prefix); fails if unknown or unavailable. */
export function runCommand(running: Running, id: string): void {
	if (!fake.runCommand(running.app, `${PLUGIN_ID}:${id}`)) {
		throw new Error(`command "${id}" did not run; registered: ${fake.commandIds(running.app).join(', ')}`);
	}
}

/** Waits until the first index pass has finished and pending renders have happened. */
export async function waitForIndex(running: Running): Promise<void> {
	const indexer = running.plugin.indexer;
	for (let i = 0; i < 200 && !indexer.getProgress().ready; i++) await fake.settle(1);
	if (!indexer.getProgress().ready) throw new Error('the index did not finish');
	await fake.settle();
}

/**
 * Waits until `check` holds (real timers; e.g. a debounced re-render), or throws after `ms`. The
 * bound only turns a hang into a message: it is far above what a loaded CI machine needs, and the
 * tests that wait give themselves a timeout above it.
 */
export async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
	// performance.now, not Date: tests may fake the date.
	const end = performance.now() + ms;
	while (!check()) {
		if (performance.now() > end) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** The text of the note at `path`; a missing note throws, naming the notes there are. */
export async function readNote(running: Running, path: string): Promise<string> {
	const file = running.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file at ${path}; files: ${running.app.vault.getFiles().map((f) => f.path).join(', ')}`);
	return running.app.vault.read(file);
}

/** Waits until a note exists at `path` and the writes have settled, then gives its text. */
export async function waitForFile(running: Running, path: string): Promise<string> {
	await waitFor(() => running.app.vault.getFileByPath(path) !== null);
	await fake.settle();
	return readNote(running, path);
}

/** The open dashboard view, if any (after checking `instanceof`, as views may be deferred). */
export function dashboardView(running: Running): DashboardView | null {
	const leaf = running.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
	return leaf && leaf.view instanceof DashboardView ? leaf.view : null;
}

/**
 * Waits until every open view of the plugin has rendered what it started: the dashboard and the
 * chart derive in slices of the main thread (issue 15), the map draws in slices. Polls the views'
 * own promises, never a clock.
 */
export async function whenViewsRendered(running: Running): Promise<void> {
	for (let round = 0; round < 100; round++) {
		await fake.settle();
		const { workspace } = running.app;
		const views: unknown[] = [DASHBOARD_VIEW_TYPE, CHART_VIEW_TYPE, MAP_VIEW_TYPE].flatMap((type) => workspace.getLeavesOfType(type)).map((leaf) => leaf.view);
		const busy: Array<DashboardView | ChartView> = [];
		for (const view of views) if ((view instanceof DashboardView || view instanceof ChartView) && view.isRendering()) busy.push(view);
		if (busy.length === 0) {
			await Promise.all(views.map((view) => (view instanceof MapView ? view.whenDrawn() : undefined)));
			return;
		}
		await Promise.all(busy.map((view) => view.whenRendered()));
	}
	throw new Error('the views did not finish rendering');
}

/** Opens the dashboard through its command and returns its content element. */
export async function openDashboard(running: Running): Promise<HTMLElement> {
	runCommand(running, 'open-follow-up-dashboard');
	await whenViewsRendered(running);
	const view = dashboardView(running);
	if (!view) throw new Error('the dashboard did not open');
	return view.contentEl;
}

/** Runs "Open campaign chart" and gives the chart view's content once it is drawn. */
export async function openChart(running: Running): Promise<HTMLElement> {
	runCommand(running, 'open-campaign-chart');
	await whenViewsRendered(running);
	const leaf = running.app.workspace.getLeavesOfType(CHART_VIEW_TYPE)[0];
	if (!leaf || !(leaf.view instanceof ChartView)) throw new Error('the chart did not open');
	return leaf.view.contentEl;
}

/** Opens the note at `path` in the editor with the cursor at `cursor`; gives the editor. */
export async function openInEditor(running: Running, path: string, cursor: { line: number; ch: number }) {
	const file = running.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await running.app.workspace.getLeaf(false).openFile(file, { active: true });
	const view = fake.activeMarkdownView(running.app);
	if (!view) throw new Error('no editor');
	view.editor.setCursor(cursor);
	return view.editor;
}

/** The items of one dashboard section (`follow-up`, `check-in`…), as shown. */
export function sectionItems(el: HTMLElement, section: string): HTMLElement[] {
	return Array.from(el.querySelectorAll<HTMLElement>(`.ro-dashboard__section--${section} .ro-dashboard__item`));
}

/** The item of a dashboard section whose text holds `text`. */
export function itemWith(el: HTMLElement, section: string, text: string): HTMLElement | undefined {
	return sectionItems(el, section).find((item) => (item.textContent ?? '').includes(text));
}

/** The button of an item labelled `label`; throws when there is none. */
export function itemButton(item: HTMLElement | undefined, label: string): HTMLButtonElement {
	const found = Array.from(item?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((b) => b.textContent === label);
	if (!found) throw new Error(`no "${label}" button`);
	return found;
}

/** Section titles and counts as shown: `Follow up 1`. */
export function sectionSummary(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll('.ro-dashboard__section-title')).map((h) => (h.textContent ?? '').replace(/(\D)(\d+)$/, '$1 $2'));
}

/**
 * Pins the clock's date for every test of the calling `describe` (noon local time, so any time
 * zone gives the same calendar day). Only `Date` is faked: timers stay real so the fake's tasks run.
 */
export function pinToday(date: string): void {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(`${date}T12:00:00`));
	});
	afterEach(() => {
		vi.useRealTimers();
	});
}
