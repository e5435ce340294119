/**
 * Derive once per index revision (DESIGN §6): the people table, the follow-up model, the campaign chart and the names
 * to redact, built by one function in one order from the index, the options and today. The pane,
 * the CLI and (next) the map and the export all read this, so none of them wires the steps itself,
 * and a pane that re-renders without a change gets the same derivation back.
 */
import { buildCampaignChart, buildCampaignChartSteps, type CampaignChart, type ChartOptions } from './campaign-chart';
import type { AssessmentBand } from './assessment';
import { PeopleState } from './derive-incremental';
import { buildFollowUpsSteps, type FollowUpModel, type FollowUpOptions } from './follow-ups';
import { updateFollowUps } from './follow-ups-update';
import type { CalendarDate } from './model';
import { buildPeopleSteps, type PeopleTable } from './people';
import { buildNameMatcher, type NameMatcher } from './redaction/name-matcher';
import { collectRedactionNames, type RedactionName, type RedactionNameOptions } from './redaction-names';
import { runSteps, type Steps } from './steps';
import type { VaultIndex } from './vault-index';

/** The options a derivation reads (the relationship properties for the names to redact). */
export type DeriveOptions = FollowUpOptions & ChartOptions & Pick<RedactionNameOptions, 'relationships'>;

/** Everything derived from one index revision, for one set of options and one today. */
export interface Derivation {
	/** The index revision it was built from. */
	readonly revision: number;
	readonly today: CalendarDate;
	readonly people: PeopleTable;
	readonly followUps: FollowUpModel;
	/** The campaign chart (built on first use: only the chart view and `chart` need it). */
	readonly chart: CampaignChart;
	/** The same chart built in steps (for the chart view on the main thread); built once either way. */
	chartSteps(): Steps<CampaignChart>;
	/** Every name a view could show (built on first use: only privacy mode and `--redact` need it). */
	readonly redactionNames: readonly RedactionName[];
	/** The one name matcher for those names (built on first use), for `redactModel` and any other shown text. */
	readonly redactor: NameMatcher;
}

interface CacheEntry {
	readonly options: DeriveOptions;
	readonly derivation: Derivation;
	/**
	 * What an update needs beyond the derivation; an update changes it in place. Absent for a
	 * derivation made once ({@link deriveOnce}): a change then rebuilds.
	 */
	readonly state?: PeopleState;
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

/** The relationship properties, compared as the names to redact read them (property and reverse). */
function isSameRelationships(a: DeriveOptions['relationships'] = [], b: DeriveOptions['relationships'] = []): boolean {
	return a.length === b.length && a.every((relation, at) => relation.property === b[at].property && relation.reverse === b[at].reverse);
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
		!isSameBand(a.committeeTarget, b.committeeTarget) ||
		!isSameRelationships(a.relationships, b.relationships)
	) {
		return false;
	}
	const keys = Object.keys(a.assessmentIntervals) as Array<keyof DeriveOptions['assessmentIntervals']>;
	return keys.length === Object.keys(b.assessmentIntervals).length && keys.every((key) => a.assessmentIntervals[key] === b.assessmentIntervals[key]);
}

/** Builds a derivation from scratch, ignoring the cache (the reference the cached one must equal). */
export function buildDerivation(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation {
	return runSteps(buildEntrySteps(index, options, today)).derivation;
}

/** A new cache entry for the index as it is now, built in steps. */
function* buildEntrySteps(index: VaultIndex, options: DeriveOptions, today: CalendarDate, withState = true): Generator<undefined, CacheEntry, undefined> {
	// Labelled with the revision it started from: if the index changes while the caller pauses, the
	// changes since are all still to be applied (see deriveDashboardSteps).
	const revision = index.revision;
	const build = yield* buildPeopleSteps(index, options.yourName);
	const followUps = yield* buildFollowUpsSteps(index, options, today, build.table);
	const derivation = makeDerivation(index, revision, options, today, build.table, followUps);
	if (!withState) return { options, derivation };
	const state = yield* PeopleState.fromBuild(index, build, options.yourName);
	return { options, derivation, state };
}

function makeDerivation(index: VaultIndex, revision: number, options: DeriveOptions, today: CalendarDate, people: PeopleTable, followUps: FollowUpModel): Derivation {
	let names: readonly RedactionName[] | undefined;
	let redactor: NameMatcher | undefined;
	let chart: CampaignChart | undefined;
	return {
		revision,
		today,
		people,
		followUps,
		get chart() {
			return (chart ??= buildCampaignChart(index, people, followUps, options, today));
		},
		*chartSteps() {
			return (chart ??= yield* buildCampaignChartSteps(index, people, followUps, options, today));
		},
		get redactionNames() {
			return (names ??= collectRedactionNames(index, people, options));
		},
		get redactor() {
			return (redactor ??= buildNameMatcher(this.redactionNames));
		},
	};
}

/** Past this many changed notes since the cached derivation, it is rebuilt rather than updated. */
const MAX_CHANGES = 64;

/**
 * The cached derivation brought up to date with the changes since it (see `derive-incremental.ts`):
 * only the people, talks and commitments they touch are derived again. Undefined when a rebuild is
 * due instead (many changes, the index forgot them, or "Your name" names someone else now); the
 * cached entry is then spent and must not be used again.
 */
function updateDerivation(index: VaultIndex, options: DeriveOptions, cached: CacheEntry): CacheEntry | undefined {
	const changes = index.versionsSince(cached.derivation.revision);
	if (!cached.state || !changes || changes.size === 0 || changes.size > MAX_CHANGES) return undefined;
	const previous = cached.derivation.people;
	const updated = cached.state.update(index, previous, options.yourName, changes);
	if (!updated) return undefined;
	const followUps = updateFollowUps(cached.derivation.followUps, index, options, { table: previous, ...updated.before }, { table: updated.table, ...updated.after });
	if (!followUps) return undefined;
	return { options, derivation: makeDerivation(index, index.revision, options, cached.derivation.today, updated.table, followUps), state: cached.state };
}

/** Builds attempted while the index changed under them (too much to update), before one is finished without pausing. */
const MAX_ATTEMPTS = 2;

/**
 * The derivation for the index as it is now, built in steps: each `yield` is a point where a caller
 * on the main thread may pause for a macrotask (issue 15: no stall over 50 ms), each step a small
 * bounded amount of work (a few hundred talks or commitments). Running it to the end gives exactly
 * what {@link deriveDashboard} gives, and caches it the same way. When the cached derivation is
 * current, or can be updated for the few notes changed since, it returns at once without yielding.
 * A build during which the index changed is then updated like a cached one (or, when too much
 * changed, built again: at most twice, then in one go).
 */
export function* deriveDashboardSteps(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Generator<undefined, Derivation, undefined> {
	const quick = deriveFromCache(index, options, today);
	if (quick) return quick;
	for (let attempt = 0; ; attempt++) {
		const revision = index.revision;
		const entry = attempt < MAX_ATTEMPTS ? yield* buildEntrySteps(index, options, today) : runSteps(buildEntrySteps(index, options, today));
		cache.set(index, entry);
		lastPath.set(index, 'rebuilt');
		if (index.revision === revision) return entry.derivation;
		// The index changed while the caller paused: the build read some notes before and some
		// after, each whole, so bringing it up to date with every version since is exact.
		const updated = deriveFromCache(index, options, today);
		if (updated) return updated;
	}
}

export { runSteps } from './steps';

/** The cached derivation when it is current, or the cached one updated when it can be; else undefined (and no cache entry). */
function deriveFromCache(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation | undefined {
	const cached = cache.get(index);
	if (!cached || cached.derivation.today !== today || !isSameOptions(cached.options, options)) return undefined;
	if (cached.derivation.revision === index.revision) {
		lastPath.set(index, 'cached');
		return cached.derivation;
	}
	// The update changes the entry's state in place: until it succeeds there is no usable entry.
	cache.delete(index);
	const entry = updateDerivation(index, options, cached);
	if (!entry) return undefined;
	cache.set(index, entry);
	lastPath.set(index, 'updated');
	return entry.derivation;
}

/**
 * The derivation for the index as it is now: the cached one when the revision, the options and
 * today are unchanged; the cached one updated when few notes changed since; else a new one (which
 * replaces it in the cache).
 */
export function deriveDashboard(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation {
	return runSteps(deriveDashboardSteps(index, options, today));
}

/**
 * {@link deriveDashboard} for a caller that derives once and never after a change (the CLI): the
 * same derivation, cached the same way, without the state that updating it in place would need
 * (its reverse maps cost about as much as the people table). A later change rebuilds.
 */
export function deriveOnce(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation {
	const cached = deriveFromCache(index, options, today);
	if (cached) return cached;
	const entry = runSteps(buildEntrySteps(index, options, today, false));
	cache.set(index, entry);
	lastPath.set(index, 'rebuilt');
	return entry.derivation;
}
