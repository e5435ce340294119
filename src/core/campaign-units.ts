/**
 * The units of the campaign chart (issue #17): each active person's workplace plus department (plus
 * shift when set), with who in it is assessed, supportive, opposed, on the committee, and still
 * without a 1-on-1. Workplaces group by the note they resolve to, whether written as a link or as
 * text; departments and shifts by their text, any case.
 */
import { compareAnyCase } from './campaign-collation';
import { isInBand, type AssessmentScaleOptions, type CampaignGoals } from './assessment';
import { findCurrentAssessment } from './assessment-history';
import type { CalendarDate } from './model';
import { findHeldTalks, identifyReference, isInactive, toPersonKey, toPersonRef, type PeopleTable, type Person, type PersonKey, type PersonRef } from './people';
import { normalizeReference, resolveRelativeReference } from './resolver';
import { runSteps } from './steps';
import type { VaultIndex } from './vault-index';

/** How a unit's committee share stands against the target band. */
export type CommitteeStanding = 'none' | 'below' | 'within' | 'above';

/** One unit: the people behind each number, so a view can list them. */
export interface ChartUnit {
	/** Stable identity (never shown): the grouping keys. */
	readonly key: string;
	/** The workplace: the note's basename when it resolves, else the text as first written. */
	readonly workplace?: string;
	/** The workplace note's path, when it resolves to one. */
	readonly workplacePath?: string;
	readonly department?: string;
	readonly shift?: string;
	/** `Workplace · Department · Shift`, or "No unit yet". */
	readonly label: string;
	readonly people: readonly PersonRef[];
	readonly assessed: readonly PersonRef[];
	readonly supportive: readonly PersonRef[];
	readonly opposed: readonly PersonRef[];
	/** `role` containing the word committee. */
	readonly committee: readonly PersonRef[];
	/** `role` containing the word leader. */
	readonly leaders: readonly PersonRef[];
	/** Committee members and leaders, each once: the organizing committee the share counts. */
	readonly organizingCommittee: readonly PersonRef[];
	readonly noOneOnOne: readonly PersonRef[];
	/** Committee share against the target ('none' when no one in the unit is on the committee). */
	readonly committeeStanding: CommitteeStanding;
	/** True when the supportive share reaches the threshold. */
	readonly supportReached: boolean;
}

/** The label of the people without a workplace, department or shift. */
export const NO_UNIT_LABEL = 'No unit yet';

const COMMITTEE_WORD = /\bcommittee\b/i;
const LEADER_WORD = /\bleader\b/i;

/** What the units read: the scale bands and the goals. */
export type UnitOptions = Pick<AssessmentScaleOptions, 'supportiveBand' | 'opposedBand'> & CampaignGoals;

interface UnitDraft {
	key: string;
	/** The person note the shown text is taken from (the smallest path). */
	namedBy: string;
	workplace?: { name: string; path?: string };
	department?: string;
	shift?: string;
	people: Person[];
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function compareNames(a: PersonRef, b: PersonRef): number {
	return compareAnyCase(a.name, b.name) || compareText(a.name, b.name) || compareText(a.path ?? '', b.path ?? '');
}

/** Absent values sort last; text any case, then as written. */
function compareOptional(a: string | undefined, b: string | undefined): number {
	if (a === b) return 0;
	if (a === undefined) return 1;
	if (b === undefined) return -1;
	return compareAnyCase(a, b) || compareText(a, b);
}

/** Where a share of `count` in `total` stands against the band, in whole-number arithmetic (10% of 10 is within 10–15%). */
function placeCommittee(count: number, total: number, goals: CampaignGoals): CommitteeStanding {
	if (count === 0) return 'none';
	if (count * 100 < goals.committeeTarget.from * total) return 'below';
	if (count * 100 > goals.committeeTarget.to * total) return 'above';
	return 'within';
}

function cleanText(text: string | undefined): string | undefined {
	const trimmed = text?.trim();
	return trimmed ? trimmed : undefined;
}

/**
 * Two workplace notes with one name (`Sites/North/Depot.md`, `Sites/South/Depot.md`) are shown by
 * their paths, as a link to an ambiguous basename is written: two units both labelled "Depot ·
 * Nights" would read as one workplace.
 */
function nameSharedWorkplacesByPath(drafts: Iterable<UnitDraft>): void {
	const list = [...drafts];
	const pathsByName = new Map<string, Set<string>>();
	for (const { workplace } of list) {
		if (workplace?.path === undefined) continue;
		const name = workplace.name.toLowerCase();
		const paths = pathsByName.get(name) ?? new Set<string>();
		pathsByName.set(name, paths.add(workplace.path));
	}
	for (const draft of list) {
		const path = draft.workplace?.path;
		if (path !== undefined && draft.workplace && (pathsByName.get(draft.workplace.name.toLowerCase())?.size ?? 0) > 1) {
			draft.workplace = { name: path.replace(/\.md$/i, ''), path };
		}
	}
}

/**
 * A department's or shift's grouping key: any case, any Unicode form (`é` typed as one character or as
 * e + accent, as macOS may store it), and runs of spaces as one: texts a reader sees as the same.
 */
function foldText(text: string | undefined): string {
	return text === undefined ? '' : text.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
}

/** The units, and the unit of each person counted. */
export interface Units {
	readonly units: readonly ChartUnit[];
	readonly unitOf: ReadonlyMap<PersonKey, ChartUnit>;
}

/** People read between two pause points of {@link buildUnitsSteps}. */
const PEOPLE_PER_STEP = 100;

/** Units described between two pause points (each sorts its people). */
const UNITS_PER_STEP = 10;

/**
 * Builds the units of the active people (you excluded), ordered by workplace, department and shift
 * (absent ones last), with "No unit yet" at the end.
 */
export function buildUnits(index: VaultIndex, table: PeopleTable, options: UnitOptions, today: CalendarDate): Units {
	return runSteps(buildUnitsSteps(index, table, options, today));
}

/** {@link buildUnits} in steps: each `yield` is a point where a caller on the main thread may pause (issue 15). */
export function* buildUnitsSteps(index: VaultIndex, table: PeopleTable, options: UnitOptions, today: CalendarDate): Generator<undefined, Units, undefined> {
	const drafts = new Map<string, UnitDraft>();
	let read = 0;
	for (const person of table.people.values()) {
		if (++read % PEOPLE_PER_STEP === 0) yield undefined;
		if (table.youKeys.has(toPersonKey(person.id)) || isInactive(person)) continue;
		const facts = person.note?.person;
		const workplaceLink = facts?.workplace;
		const department = cleanText(facts?.department);
		const shift = cleanText(facts?.shift);
		let workplace: UnitDraft['workplace'];
		let workplaceKey = '';
		if (workplaceLink && workplaceLink.target.trim()) {
			// A relative link (`[[../Places/Depot]]`) reads from the person note's folder, as every reference does (DESIGN §2).
			const found = identifyReference(index, resolveRelativeReference(workplaceLink.target, person.note?.path ?? ''));
			// A workplace written as text is its whole name: `Store 12/Bakery` is no path, and not `Bakery`.
			const id = found.kind === 'unresolved' && !workplaceLink.isLink ? { kind: 'unresolved' as const, name: normalizeReference(workplaceLink.target) } : found;
			workplaceKey = toPersonKey(id);
			workplace =
				id.kind === 'note'
					? { name: index.get(id.path)?.basename ?? workplaceLink.target, path: id.path }
					: { name: workplaceLink.isLink ? (workplaceLink.target.split(/[\\/]/).pop() ?? '').trim() || workplaceLink.target.trim() : workplaceLink.target.trim() };
		}
		const key = [workplaceKey, foldText(department), foldText(shift)].join('\u0000');
		const namedBy = person.note?.path ?? '';
		let draft = drafts.get(key);
		if (!draft) {
			draft = { key, namedBy, workplace, department, shift, people: [] };
			drafts.set(key, draft);
		} else if (namedBy < draft.namedBy) {
			// Text shows as written in the note with the smallest path, whatever the read order.
			Object.assign(draft, { namedBy, workplace, department, shift });
		}
		draft.people.push(person);
	}
	nameSharedWorkplacesByPath(drafts.values());
	const unitOf = new Map<PersonKey, ChartUnit>();
	const units: ChartUnit[] = [];
	for (const draft of drafts.values()) {
		if (units.length % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield undefined;
		const unit = describeUnit(draft, options, today);
		for (const person of draft.people) unitOf.set(toPersonKey(person.id), unit);
		units.push(unit);
	}
	// Absent parts sort last, so "No unit yet" (all absent) ends the list.
	units.sort((a, b) => {
		return (
			compareOptional(a.workplace, b.workplace) ||
			compareOptional(a.department, b.department) ||
			compareOptional(a.shift, b.shift) ||
			compareText(a.key, b.key)
		);
	});
	return { units, unitOf };
}

function describeUnit(draft: UnitDraft, options: UnitOptions, today: CalendarDate): ChartUnit {
	const people: PersonRef[] = [];
	const assessed: PersonRef[] = [];
	const supportive: PersonRef[] = [];
	const opposed: PersonRef[] = [];
	const committee: PersonRef[] = [];
	const leaders: PersonRef[] = [];
	const organizingCommittee: PersonRef[] = [];
	const noOneOnOne: PersonRef[] = [];
	const sorted = [...draft.people].map((person) => ({ person, ref: toPersonRef(person) })).sort((a, b) => compareNames(a.ref, b.ref));
	for (const { person, ref } of sorted) {
		people.push(ref);
		const held = findHeldTalks(person, today);
		const assessment = findCurrentAssessment(person, held);
		if (assessment !== undefined) {
			assessed.push(ref);
			if (isInBand(assessment, options.supportiveBand)) supportive.push(ref);
			if (isInBand(assessment, options.opposedBand)) opposed.push(ref);
		}
		const role = person.note?.person?.role ?? '';
		const isCommittee = COMMITTEE_WORD.test(role);
		const isLeader = LEADER_WORD.test(role);
		if (isCommittee) committee.push(ref);
		if (isLeader) leaders.push(ref);
		if (isCommittee || isLeader) organizingCommittee.push(ref);
		if (held.length === 0) noOneOnOne.push(ref);
	}
	const label = [draft.workplace?.name, draft.department, draft.shift].filter((part): part is string => part !== undefined).join(' · ') || NO_UNIT_LABEL;
	return {
		key: draft.key,
		...(draft.workplace ? { workplace: draft.workplace.name } : {}),
		...(draft.workplace?.path ? { workplacePath: draft.workplace.path } : {}),
		...(draft.department !== undefined ? { department: draft.department } : {}),
		...(draft.shift !== undefined ? { shift: draft.shift } : {}),
		label,
		people,
		assessed,
		supportive,
		opposed,
		committee,
		leaders,
		organizingCommittee,
		noOneOnOne,
		committeeStanding: placeCommittee(organizingCommittee.length, people.length, options),
		supportReached: people.length > 0 && supportive.length * 100 >= options.supportThreshold * people.length,
	};
}
