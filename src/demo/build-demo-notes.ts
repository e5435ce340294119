/**
 * The demo vault's notes (DESIGN §5, `relational-organizer demo`), rendered from the Markdown in
 * `demo/notes/` for a given today. Pure: no Node, no Obsidian; the CLI writes these files, tests
 * read them. What each note is meant to show on the dashboard is written down, by hand, in
 * `demo/expected.json`, and checked for more than one today.
 *
 * A planned talk (dated after today) is what New 1-on-1 would have made today: its Uplift carries
 * forward what its person left open and what they did since their last talk, worked out from the
 * demo's own notes by the same core functions.
 */
import { DEFAULT_SECTION_NAMES } from '../core/aeiou';
import { collectCarriedForward, renderCarriedForwardBlock } from '../core/carry-forward';
import { isCalendarDate } from '../core/dates';
import type { CalendarDate } from '../core/model';
import { formatLinkTarget } from '../core/note-links';
import { parseNote, toParseOptions } from '../core/note-parser';
import { buildPeopleTable, identifyReference, toPersonKey } from '../core/people';
import { findEmptySections } from '../core/template-sections';
import { VaultIndex } from '../core/vault-index';
import { DEFAULT_SETTINGS } from '../settings';
import type { DemoSource } from './demo-source';
import { DEMO_SOURCES } from './demo-sources';
import { DEMO_ORGANIZER, renderDemoNote } from './render-demo-note';

export type { DemoSource as DemoFile } from './demo-source';

/** The carried-forward block of the planned talk `note`, or '' (not planned, or nothing to carry). */
function carryForward(note: DemoSource, notes: readonly DemoSource[], index: VaultIndex, today: CalendarDate): string {
	const facts = index.get(note.path);
	if (facts?.kind !== 'one-on-one') return '';
	const { date, persons } = facts.conversation;
	if (date === undefined || date <= today || persons.length === 0) return '';
	const table = buildPeopleTable(index, DEMO_ORGANIZER);
	const lookup = { resolve: (reference: string) => index.resolve(reference)?.path };
	const people = persons.map((link) => identifyReference(index, link.target));
	return renderCarriedForwardBlock(
		collectCarriedForward(table, people.map(toPersonKey), today).map((entry, i) => {
			const person = people[i];
			const last = entry.lastTalk ? notes.find((n) => n.path === entry.lastTalk?.note.path) : undefined;
			// As New 1-on-1 judges them: the sections the parser found without content of their own.
			const emptySections = last && entry.lastTalk ? findEmptySections(last.text, entry.lastTalk.note.conversation.stagesWithContent, DEFAULT_SECTION_NAMES) : undefined;
			return {
				linkTarget: formatLinkTarget(person.kind === 'note' ? { kind: 'note', path: person.path } : { kind: 'unresolved', name: persons[i].target }, lookup),
				items: entry.items,
				sourceLinks: new Map(entry.items.map((item) => [item.sourcePath, formatLinkTarget({ kind: 'note', path: item.sourcePath }, lookup)])),
				...(emptySections ? { emptySections } : {}),
			};
		}),
		DEFAULT_SECTION_NAMES,
	);
}

/** The demo vault's notes for `today` (YYYY-MM-DD); throws on a today that is not a calendar date. */
export function buildDemoNotes(today: string, sources: readonly DemoSource[] = DEMO_SOURCES): readonly DemoSource[] {
	if (!isCalendarDate(today)) throw new Error(`Not a calendar date (YYYY-MM-DD): ${today}`);
	const notes = sources.map((source) => renderDemoNote(source, today));
	const index = new VaultIndex();
	const options = toParseOptions(DEFAULT_SETTINGS);
	for (const note of notes) index.upsert(parseNote(note.path, note.text, options));
	return notes.map((note, i) => {
		const followups = carryForward(note, notes, index, today);
		return followups ? renderDemoNote(sources[i], today, followups) : note;
	});
}
