/**
 * Uplift carried forward (DESIGN §4, New 1-on-1): what a new talk starts from. For each person, the
 * commitments they own that are still open, and those done since their last held talk, each as a
 * plain list item (not a task, so nothing is counted twice) linking to its source note, inside the
 * marked block of {@link CARRIED_FORWARD_OPEN}. Commitments in code blocks or comments are never
 * commitments (the parser leaves them out), so they are never carried.
 */
import { AEIOU_STAGES } from './aeiou';
import { CARRIED_FORWARD_CLOSE, CARRIED_FORWARD_OPEN } from './carry-forward-marker';
import type { CalendarDate, SectionKey } from './model';
import type { PeopleTable, PersonKey, Talk } from './people';
import { isHeld } from './person-talks';

/** One carried commitment. */
export type CarriedItem =
	| { readonly status: 'open'; readonly text: string; readonly sourcePath: string; readonly line: number; readonly due?: CalendarDate }
	| { readonly status: 'done'; readonly text: string; readonly sourcePath: string; readonly line: number; readonly doneOn?: CalendarDate };

/** What is carried for one person. */
export interface CarriedForPerson {
	/** The person's key in the people table. */
	readonly key: PersonKey;
	/** Open ones first, then done ones; each oldest note first, then by line. */
	readonly items: readonly CarriedItem[];
	/** Their last held talk, if any. */
	readonly lastTalk?: Talk;
}

/**
 * Collects what to carry forward for `personKeys` as of `today`: commitments they own (not yours)
 * that are open, and done ones whose completion date (else their note's date) is on or after the
 * last held talk with them (all done ones when there was none). Cancelled ones are never carried.
 * `exceptPath` is the note being filled (Insert 1-on-1 template): neither its talk nor its own
 * commitments count, so it carries what came before it.
 */
export function collectCarriedForward(table: PeopleTable, personKeys: readonly PersonKey[], today: CalendarDate, exceptPath?: string): CarriedForPerson[] {
	return personKeys.map((key) => {
		const talks = table.people.get(key)?.talks ?? [];
		let lastTalk: Talk | undefined;
		// A talk of today with nothing of its own yet (one New 1-on-1 just wrote) is planned, not held
		// (DESIGN §3): a second talk that day carries what the first one carries.
		for (const talk of talks) if (isHeld(talk, today) && talk.note.path !== exceptPath) lastTalk = talk;
		const open: { item: CarriedItem; date: string }[] = [];
		const done: { item: CarriedItem; date: string }[] = [];
		for (const owned of table.commitments) {
			if (owned.ownerKey !== key || owned.yours || owned.note.path === exceptPath) continue;
			const { commitment, note } = owned;
			const noteDate = note.conversation?.date ?? '';
			const base = { text: commitment.text, sourcePath: note.path, line: commitment.line };
			if (commitment.status.kind === 'open') {
				open.push({ item: { status: 'open', ...base, ...(commitment.due ? { due: commitment.due } : {}) }, date: noteDate });
			} else if (commitment.status.kind === 'done') {
				const { doneOn } = commitment.status;
				if (lastTalk && (doneOn ?? noteDate) < lastTalk.date) continue;
				done.push({ item: { status: 'done', ...base, ...(doneOn ? { doneOn } : {}) }, date: noteDate });
			}
		}
		const byNote = (a: { item: CarriedItem; date: string }, b: { item: CarriedItem; date: string }): number =>
			a.date !== b.date ? (a.date < b.date ? -1 : 1)
				: a.item.sourcePath !== b.item.sourcePath ? (a.item.sourcePath < b.item.sourcePath ? -1 : 1)
					: a.item.line - b.item.line;
		const items = [...open.sort(byNote), ...done.sort(byNote)].map((entry) => entry.item);
		return { key, items, ...(lastTalk ? { lastTalk } : {}) };
	});
}

/** What rendering the block needs per person. */
export interface CarriedBlockPerson {
	/** The person's link target (see formatLinkTarget). */
	readonly linkTarget: string;
	readonly items: readonly CarriedItem[];
	/** Link target of each item's source note, by source path. */
	readonly sourceLinks: ReadonlyMap<string, string>;
	/** Sections the last talk left empty (undefined when it had no sections to judge). */
	readonly emptySections?: readonly SectionKey[];
}

/** Text that cannot end the comment or the block it is written into. */
function safeText(text: string): string {
	return text.replace(/%%/g, '%').replace(/[\r\n]+/g, ' ');
}

function describeItem(item: CarriedItem, sourceLink: string): string {
	const text = safeText(item.text);
	const when = item.status === 'open'
		? (item.due ? ` (due ${item.due})` : '')
		: (item.doneOn ? ` (done ${item.doneOn})` : ' (done)');
	const label = item.status === 'open' ? 'Offer support' : 'Debrief';
	return `${label}: ${text}${when} — [[${sourceLink}]]`;
}

function describeEmpty(keys: readonly SectionKey[], sectionNames: Readonly<Record<SectionKey, string>>): string {
	return keys.map((key) => safeText(sectionNames[key] || AEIOU_STAGES.find((s) => s.key === key)?.heading || key)).join(', ');
}

/**
 * The carried-forward block, or '' when there is nothing to carry or hint. One person: the items as
 * a flat list; a group talk: each person's items nested under a `- [[Name]]` item. The "Last time:
 * no Inoculate" hint is a `%% … %%` comment line inside the block.
 */
export function renderCarriedForwardBlock(people: readonly CarriedBlockPerson[], sectionNames: Readonly<Record<SectionKey, string>>): string {
	const group = people.length > 1;
	const lines: string[] = [];
	for (const person of people) {
		const empty = person.emptySections ?? [];
		if (empty.length > 0) {
			const who = group ? ` with ${safeText(person.linkTarget)}` : '';
			lines.push(`%% Last time${who}: no ${describeEmpty(empty, sectionNames)} %%`);
		}
		if (person.items.length === 0) continue;
		if (group) lines.push(`- [[${person.linkTarget}]]`);
		for (const item of person.items) {
			const source = person.sourceLinks.get(item.sourcePath) ?? item.sourcePath.replace(/\.md$/i, '');
			lines.push(`${group ? '\t' : ''}- ${describeItem(item, source)}`);
		}
	}
	if (lines.length === 0) return '';
	return [CARRIED_FORWARD_OPEN, ...lines, CARRIED_FORWARD_CLOSE].join('\n');
}
