/**
 * The demo vault's notes (DESIGN §5, `relational-organizer demo`), rendered from the Markdown in
 * `demo/notes/` for a given today. Pure: no Node, no Obsidian; the CLI writes these files, tests
 * read them. What each note is meant to show on the dashboard is written down, by hand, in
 * `demo/expected.json`, and checked for more than one today.
 */
import { isCalendarDate } from '../core/dates';
import type { DemoSource } from './demo-source';
import { DEMO_SOURCES } from './demo-sources';
import { renderDemoNote } from './render-demo-note';

export type { DemoSource as DemoFile } from './demo-source';

/** The demo vault's notes for `today` (YYYY-MM-DD); throws on a today that is not a calendar date. */
export function buildDemoNotes(today: string, sources: readonly DemoSource[] = DEMO_SOURCES): readonly DemoSource[] {
	if (!isCalendarDate(today)) throw new Error(`Not a calendar date (YYYY-MM-DD): ${today}`);
	return sources.map((source) => renderDemoNote(source, today));
}
