/**
 * What makes a view live (DESIGN §4): it re-renders when the index changes and once when the
 * calendar day changes while it stays open. The dashboard, the map and the chart all use this, so
 * the wiring and its clean-up are written once; the registrations die with the view.
 */
import type { Component } from 'obsidian';
import type { VaultIndexer } from './vault-indexer';

/** How often an open view checks whether the day changed: cheap, and it renders only on change. */
const DAY_CHECK_MS = 60_000;

/**
 * Subscribes `view` to `indexer` (calling `onIndexChange`, which the view debounces) and checks
 * every minute whether `dayChanged()`; when it did, calls `onDayChange` at once.
 */
export function keepViewLive(
	view: Component,
	indexer: Pick<VaultIndexer, 'subscribe'>,
	onIndexChange: () => void,
	dayChanged: () => boolean,
	onDayChange: () => void,
): void {
	view.register(indexer.subscribe(onIndexChange));
	view.registerInterval(window.setInterval(() => {
		if (dayChanged()) onDayChange();
	}, DAY_CHECK_MS));
}
