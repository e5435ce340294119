/**
 * Derive once per index revision (DESIGN §6): the people table, the follow-up model, the campaign chart and the names
 * to redact, built by one function in one order from the index, the options and today. The pane,
 * the CLI and (next) the map and the export all read this, so none of them wires the steps itself,
 * and a pane that re-renders without a change gets the same derivation back.
 */
import { buildCampaignChart, type CampaignChart, type ChartOptions } from './campaign-chart';
import { buildFollowUps, updateFollowUpsFor, type FollowUpModel, type FollowUpOptions } from './follow-ups';
import type { AssessmentBand } from './assessment';
import type { CalendarDate, NoteFacts, OneOnOneNoteFacts } from './model';
import { buildPeopleTable, reownCommitments, type OwnedCommitment, type PeopleTable } from './people';
import { buildNameMatcher, type NameMatcher } from './redaction/name-matcher';
import { collectRedactionNames, type RedactionName } from './redaction-names';
import type { VaultIndex } from './vault-index';

/** The options a derivation reads. */
export type DeriveOptions = FollowUpOptions & ChartOptions;

/** Everything derived from one index revision, for one set of options and one today. */
export interface Derivation {
	/** The index revision it was built from. */
	readonly revision: number;
	readonly today: CalendarDate;
	readonly people: PeopleTable;
	readonly followUps: FollowUpModel;
	/** The campaign chart (built on first use: only the chart view and `chart` need it). */
	readonly chart: CampaignChart;
	/** Every name a view could show (built on first use: only privacy mode and `--redact` need it). */
	readonly redactionNames: readonly RedactionName[];
	/** The one name matcher for those names (built on first use), for `redactModel` and any other shown text. */
	readonly redactor: NameMatcher;
}

interface CacheEntry {
	readonly options: DeriveOptions;
	readonly derivation: Derivation;
	/** The derivation's commitments by talk, for an update to find an edited talk's own. */
	readonly commitmentsByNote: ReadonlyMap<string, readonly OwnedCommitment[]>;
}

/** Commitments grouped by the talk they are in (in the table's order). */
function groupByNote(commitments: readonly OwnedCommitment[]): Map<string, readonly OwnedCommitment[]> {
	const out = new Map<string, OwnedCommitment[]>();
	for (const owned of commitments) {
		const list = out.get(owned.note.path);
		if (list) list.push(owned);
		else out.set(owned.note.path, [owned]);
	}
	return out;
}

/** One derivation per index: a new revision, other options or another day replaces it. */
const cache = new WeakMap<VaultIndex, CacheEntry>();

/** How {@link deriveDashboard} last answered for an index: 'cached', 'updated' in place, or 'rebuilt'. */
export type DerivationPath = 'cached' | 'updated' | 'rebuilt';

const lastPath = new WeakMap<VaultIndex, DerivationPath>();

/** How the last derivation of `index` was made (tests and the bench check that edits take the incremental path). */
export function readDerivationPath(index: VaultIndex): DerivationPath | undefined {
	return lastPath.get(index);
}

function isSameBand(a: AssessmentBand, b: AssessmentBand): boolean {
	return a.from === b.from && a.to === b.to;
}

/** True when two option sets give the same derivation (field by field: settings objects are rebuilt on every save). */
function isSameOptions(a: DeriveOptions, b: DeriveOptions): boolean {
	if (a === b) return true;
	if (
		a.yourName !== b.yourName ||
		a.stallDays !== b.stallDays ||
		a.debriefWindowDays !== b.debriefWindowDays ||
		a.comingUpDays !== b.comingUpDays ||
		a.peopleFolder !== b.peopleFolder ||
		a.oneOnOneFolder !== b.oneOnOneFolder ||
		a.assessmentDirection !== b.assessmentDirection ||
		a.supportThreshold !== b.supportThreshold ||
		!isSameBand(a.supportiveBand, b.supportiveBand) ||
		!isSameBand(a.opposedBand, b.opposedBand) ||
		!isSameBand(a.committeeTarget, b.committeeTarget)
	) {
		return false;
	}
	const keys = Object.keys(a.assessmentIntervals) as Array<keyof DeriveOptions['assessmentIntervals']>;
	return keys.length === Object.keys(b.assessmentIntervals).length && keys.every((key) => a.assessmentIntervals[key] === b.assessmentIntervals[key]);
}

/** Builds a derivation from scratch, ignoring the cache (the reference the cached one must equal). */
export function buildDerivation(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation {
	const people = buildPeopleTable(index, options.yourName);
	return makeDerivation(index, options, today, people, buildFollowUps(index, options, today, people));
}

function makeDerivation(index: VaultIndex, options: DeriveOptions, today: CalendarDate, people: PeopleTable, followUps: FollowUpModel): Derivation {
	let names: readonly RedactionName[] | undefined;
	let redactor: NameMatcher | undefined;
	let chart: CampaignChart | undefined;
	return {
		revision: index.revision,
		today,
		people,
		followUps,
		get chart() {
			return (chart ??= buildCampaignChart(index, people, followUps, options, today));
		},
		get redactionNames() {
			return (names ??= collectRedactionNames(index, people, options));
		},
		get redactor() {
			return (redactor ??= buildNameMatcher(this.redactionNames));
		},
	};
}

/** The same JSON, or both absent. */
function isSameLink(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * True when a talk changed only in what the people table does not read beyond its commitments: the
 * same path and name, the same people, organizer, date, time, content flag, assessment and next
 * contact. Such an edit cannot change who the people are, their talks' order, or who you are.
 */
function isCommitmentEdit(before: NoteFacts | 'unread' | undefined, after: NoteFacts | undefined): after is OneOnOneNoteFacts {
	if (before === undefined || before === 'unread' || after === undefined) return false;
	if (before.kind !== 'one-on-one' || after.kind !== 'one-on-one' || before.path !== after.path || before.basename !== after.basename) return false;
	const a = before.conversation;
	const b = after.conversation;
	return (
		a.date === b.date &&
		a.time === b.time &&
		a.hasOwnContent === b.hasOwnContent &&
		a.assessment === b.assessment &&
		a.nextContact === b.nextContact &&
		isSameLink(a.organizer, b.organizer) &&
		isSameLink(a.persons, b.persons)
	);
}

/**
 * The cached derivation brought up to date when every change since it was a commitment edit
 * ({@link isCommitmentEdit}): only those talks' commitments are re-owned and re-listed. Undefined
 * when something else changed (a person note, a rename, an alias, a new talk): then it is rebuilt.
 */
function updateDerivation(index: VaultIndex, options: DeriveOptions, cached: CacheEntry): CacheEntry | undefined {
	const changes = index.changesSince(cached.derivation.revision);
	if (!changes || changes.size === 0 || changes.size > 64) return undefined;
	const edited: OneOnOneNoteFacts[] = [];
	for (const [path, before] of changes) {
		const after = index.get(path);
		if (!isCommitmentEdit(before, after)) return undefined;
		edited.push(after);
	}
	const previous = cached.derivation.people;
	const { people, owned } = reownCommitments(index, previous, options.yourName, edited);
	const commitmentsByNote = new Map(cached.commitmentsByNote);
	const gone: OwnedCommitment[] = [];
	const come: OwnedCommitment[] = [];
	for (const [path, now] of owned) {
		gone.push(...(commitmentsByNote.get(path) ?? []));
		come.push(...now);
		if (now.length > 0) commitmentsByNote.set(path, now);
		else commitmentsByNote.delete(path);
	}
	let flat: OwnedCommitment[] | undefined;
	const table: PeopleTable = {
		people,
		youKeys: previous.youKeys,
		excludedKeys: previous.excludedKeys,
		problems: previous.problems,
		// Built on first read: only redaction names and tests read the whole list.
		get commitments() {
			return (flat ??= [...commitmentsByNote.values()].flat());
		},
	};
	const followUps = updateFollowUpsFor(cached.derivation.followUps, index, options, { table: previous, owned: gone }, { table, owned: come });
	return { options, derivation: makeDerivation(index, options, cached.derivation.today, table, followUps), commitmentsByNote };
}

/**
 * The derivation for the index as it is now, built in steps: each `yield` is a point where a caller
 * on the main thread may pause for a macrotask (issue 15: no stall over 50 ms), each step a small
 * bounded amount of work. Running it to the end gives exactly what {@link deriveDashboard} gives, and
 * caches it the same way. When the cached derivation is current it returns at once without yielding.
 */
export function* deriveDashboardSteps(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Generator<undefined, Derivation, undefined> {
	// Not yet sliced inside: the whole build is one step. Kept as the seam the plugin drives.
	yield undefined;
	return deriveDashboard(index, options, today);
}

/** Runs a stepped computation to its end, without pausing (the CLI and tests). */
export function runSteps<T>(steps: Generator<undefined, T, undefined>): T {
	for (;;) {
		const next = steps.next();
		if (next.done === true) return next.value;
	}
}

/**
 * The derivation for the index as it is now: the cached one when the revision, the options and
 * today are unchanged; the cached one updated when only commitments changed since; else a new one
 * (which replaces it in the cache).
 */
export function deriveDashboard(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation {
	const cached = cache.get(index);
	if (cached && cached.derivation.revision === index.revision && cached.derivation.today === today && isSameOptions(cached.options, options)) {
		lastPath.set(index, 'cached');
		return cached.derivation;
	}
	const sameSettings = cached !== undefined && cached.derivation.today === today && isSameOptions(cached.options, options);
	let entry = sameSettings ? updateDerivation(index, options, cached) : undefined;
	lastPath.set(index, entry ? 'updated' : 'rebuilt');
	if (!entry) {
		const derivation = buildDerivation(index, options, today);
		entry = { options, derivation, commitmentsByNote: groupByNote(derivation.people.commitments) };
	}
	cache.set(index, entry);
	return entry.derivation;
}
