/**
 * What makes a view live (DESIGN §4): it re-renders when the index changes and once when the
 * calendar day changes while it stays open. The dashboard, the map and the chart all use this, so
 * the wiring and its clean-up are written once; the registrations die with the view.
 *
 * A view that is not shown (a background tab, a collapsed sidebar) does not re-render on a change
 * (issue 15: an edit must not rebuild three views, two of them hidden): it is marked stale and
 * catches up when it is shown again, on the workspace's layout or active-leaf change or its own
 * resize, so it never shows old data once it is on screen.
 */
import type { ItemView } from 'obsidian';
import type { VaultIndexer } from './vault-indexer';

/** How often an open view checks whether the day changed: cheap, and it renders only on change. */
const DAY_CHECK_MS = 60_000;

/** The liveness of one view: the view forwards its `onResize` here. */
export interface LiveView {
	/** Renders now when a change was held back while the view was hidden and it is shown now. */
	catchUp(): void;
}

/**
 * Subscribes `view` to `indexer` (calling `onIndexChange`, which the view debounces) and checks
 * every minute whether `dayChanged()`; when it did, calls `onDayChange` at once. While the view's
 * content is not shown, both wait: `onDayChange` (the view's render, which does nothing when
 * nothing changed) runs once when it is shown again.
 */
export function keepViewLive(
	view: ItemView,
	indexer: Pick<VaultIndexer, 'subscribe'>,
	onIndexChange: () => void,
	dayChanged: () => boolean,
	onDayChange: () => void,
): LiveView {
	let stale = false;
	const whenShown = (render: () => void): void => {
		if (view.contentEl.isShown()) render();
		else stale = true;
	};
	const catchUp = (): void => {
		if (!stale || !view.contentEl.isShown()) return;
		stale = false;
		onDayChange();
	};
	view.register(indexer.subscribe(() => whenShown(onIndexChange)));
	view.registerInterval(window.setInterval(() => {
		if (dayChanged()) whenShown(onDayChange);
	}, DAY_CHECK_MS));
	const { workspace } = view.app;
	view.registerEvent(workspace.on('layout-change', catchUp));
	view.registerEvent(workspace.on('active-leaf-change', catchUp));
	return { catchUp };
}
