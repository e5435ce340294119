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

/** The class that hides a view's content until it is redrawn redacted (styles: `visibility: hidden`). */
const PRIVACY_PENDING_CLASS = 'ro-privacy-pending';

/**
 * Hides `el` at once when privacy mode is on and what it shows was drawn with names
 * (`shownWithPrivacy` false): its redraw waits for a debounce and runs in slices, and the names
 * must not stay on a shared screen meanwhile. A view not drawn yet (undefined) has nothing to hide.
 */
function hideNamesUntilRedrawn(el: HTMLElement, shownWithPrivacy: boolean | undefined, privacyNow: boolean): void {
	if (privacyNow && shownWithPrivacy === false) el.addClass(PRIVACY_PENDING_CLASS);
}

/**
 * Shows `el` again once a redraw has landed that fits privacy mode as it is now: drawn redacted, or
 * privacy is off. A redraw begun before privacy was turned on (with names) leaves it hidden.
 */
export function revealRedrawn(el: HTMLElement, drawnWithPrivacy: boolean, privacyNow: boolean): void {
	if (drawnWithPrivacy || !privacyNow) el.removeClass(PRIVACY_PENDING_CLASS);
}

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
 * nothing changed) runs once when it is shown again. Before either, a view drawn with names
 * (`privacy.shown()` false) while privacy mode is now on (`privacy.now()`) is hidden at once, until
 * its redacted redraw lands ({@link revealRedrawn}): the privacy setting reaches views as a change.
 */
export function keepViewLive(
	view: ItemView,
	indexer: Pick<VaultIndexer, 'subscribe'>,
	onIndexChange: () => void,
	dayChanged: () => boolean,
	onDayChange: () => void,
	privacy: { readonly shown: () => boolean | undefined; readonly now: () => boolean },
): LiveView {
	let stale = false;
	const whenShown = (render: () => void): void => {
		if (!view.contentEl.isShown()) {
			stale = true;
			return;
		}
		hideNamesUntilRedrawn(view.contentEl, privacy.shown(), privacy.now());
		render();
	};
	const catchUp = (): void => {
		if (!stale || !view.contentEl.isShown()) return;
		stale = false;
		hideNamesUntilRedrawn(view.contentEl, privacy.shown(), privacy.now());
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
