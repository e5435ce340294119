/**
 * Issue heat (issue #17): the `issues` of held 1-on-1s, each resolved to an issue note or kept as a
 * name, with how many different people raised it, when it was last raised and the units it comes
 * from. One person raising an issue in three talks is one person.
 */
import { compareAnyCase } from './campaign-collation';
import type { CalendarDate, LinkRef } from './model';
import { findHeldTalks, identifyReference, isInactive, toPersonKey, type PeopleTable, type PersonKey } from './people';
import { resolveRelativeReference } from './resolver';
import { runSteps } from './steps';
import type { VaultIndex } from './vault-index';

/** One issue and who raised it. */
export interface IssueHeatItem {
	/** The issue note's basename, or the name as first written. */
	readonly issue: string;
	/** The issue note's path, when the issue resolves to a note. */
	readonly path?: string;
	/** Distinct active people who raised it (you excluded). */
	readonly people: number;
	readonly lastRaised: CalendarDate;
	/** Labels of the units those people are in, in chart order. */
	readonly units: readonly string[];
}

interface IssueDraft {
	issue: string;
	/** The talk the shown name came from, so an unresolved name does not depend on read order. */
	namedBy: string;
	path?: string;
	people: Set<PersonKey>;
	lastRaised: CalendarDate;
}

/**
 * Builds issue heat from the held 1-on-1s of active people (you excluded). `unitOrder` gives each
 * person's unit label and the units' order. Sorted by people (most first), then most recently
 * raised, then by name.
 */
export function buildIssueHeat(
	index: VaultIndex,
	table: PeopleTable,
	today: CalendarDate,
	unitLabelOf: (person: PersonKey) => string | undefined,
	unitOrder: readonly string[],
): IssueHeatItem[] {
	return runSteps(buildIssueHeatSteps(index, table, today, unitLabelOf, unitOrder));
}

/** People read between two pause points of {@link buildIssueHeatSteps}. */
const PEOPLE_PER_STEP = 100;

/** {@link buildIssueHeat} in steps: each `yield` is a point where a caller on the main thread may pause (issue 15). */
export function* buildIssueHeatSteps(
	index: VaultIndex,
	table: PeopleTable,
	today: CalendarDate,
	unitLabelOf: (person: PersonKey) => string | undefined,
	unitOrder: readonly string[],
): Generator<undefined, IssueHeatItem[], undefined> {
	let read = 0;
	const drafts = new Map<string, IssueDraft>();
	const idCache = new Map<string, { key: string; path?: string; name: string }>();
	const identify = (link: LinkRef, fromPath: string): { key: string; path?: string; name: string } => {
		// A relative link (`[[../Issues/Heat]]`) reads from the talk's folder, as every reference does (DESIGN §2).
		const target = resolveRelativeReference(link.target, fromPath);
		let found = idCache.get(target);
		if (!found) {
			const id = identifyReference(index, target);
			found = id.kind === 'note' ? { key: toPersonKey(id), path: id.path, name: index.get(id.path)?.basename ?? link.target } : { key: toPersonKey(id), name: link.target.trim() };
			idCache.set(target, found);
		}
		return found;
	};
	for (const person of table.people.values()) {
		if (++read % PEOPLE_PER_STEP === 0) yield undefined;
		const personKey = toPersonKey(person.id);
		if (table.youKeys.has(personKey) || isInactive(person)) continue;
		for (const talk of findHeldTalks(person, today)) {
			for (const link of talk.note.conversation.issues ?? []) {
				if (!link.target.trim()) continue;
				const id = identify(link, talk.note.path);
				let draft = drafts.get(id.key);
				if (!draft) {
					draft = { issue: id.name, namedBy: talk.note.path, path: id.path, people: new Set(), lastRaised: talk.date };
					drafts.set(id.key, draft);
				} else if (!id.path && talk.note.path < draft.namedBy) {
					draft.issue = id.name;
					draft.namedBy = talk.note.path;
				}
				draft.people.add(personKey);
				if (talk.date > draft.lastRaised) draft.lastRaised = talk.date;
			}
		}
	}
	const rank = new Map(unitOrder.map((label, i) => [label, i]));
	const items = [...drafts.values()].map((draft): IssueHeatItem => {
		const labels = new Set<string>();
		for (const key of draft.people) {
			const label = unitLabelOf(key);
			if (label !== undefined) labels.add(label);
		}
		return {
			issue: draft.issue,
			...(draft.path !== undefined ? { path: draft.path } : {}),
			people: draft.people.size,
			lastRaised: draft.lastRaised,
			units: [...labels].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
		};
	});
	return items.sort(
		(a, b) =>
			b.people - a.people ||
			(a.lastRaised !== b.lastRaised ? (a.lastRaised < b.lastRaised ? 1 : -1) : 0) ||
			compareAnyCase(a.issue, b.issue) ||
			(a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0),
	);
}
