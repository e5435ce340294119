/**
 * Derive once per index revision (DESIGN §6): the people table, the follow-up model and the names
 * to redact, built by one function in one order from the index, the options and today. The pane,
 * the CLI and (next) the map and the export all read this, so none of them wires the steps itself,
 * and a pane that re-renders without a change gets the same derivation back.
 */
import { buildFollowUps, type FollowUpModel, type FollowUpOptions } from './follow-ups';
import type { CalendarDate } from './model';
import { buildPeopleTable, type PeopleTable } from './people';
import { buildNameMatcher, type NameMatcher } from './redaction/name-matcher';
import { collectRedactionNames, type RedactionName } from './redaction-names';
import type { VaultIndex } from './vault-index';

/** The options a derivation reads. */
export type DeriveOptions = FollowUpOptions;

/** Everything derived from one index revision, for one set of options and one today. */
export interface Derivation {
	/** The index revision it was built from. */
	readonly revision: number;
	readonly today: CalendarDate;
	readonly people: PeopleTable;
	readonly followUps: FollowUpModel;
	/** Every name a view could show (built on first use: only privacy mode and `--redact` need it). */
	readonly redactionNames: readonly RedactionName[];
	/** The one name matcher for those names (built on first use), for `redactModel` and any other shown text. */
	readonly redactor: NameMatcher;
}

interface CacheEntry {
	readonly options: DeriveOptions;
	readonly derivation: Derivation;
}

/** One derivation per index: a new revision, other options or another day replaces it. */
const cache = new WeakMap<VaultIndex, CacheEntry>();

/** True when two option sets give the same derivation (field by field: settings objects are rebuilt on every save). */
function isSameOptions(a: DeriveOptions, b: DeriveOptions): boolean {
	if (a === b) return true;
	if (
		a.yourName !== b.yourName ||
		a.stallDays !== b.stallDays ||
		a.debriefWindowDays !== b.debriefWindowDays ||
		a.comingUpDays !== b.comingUpDays ||
		a.peopleFolder !== b.peopleFolder ||
		a.oneOnOneFolder !== b.oneOnOneFolder
	) {
		return false;
	}
	const keys = Object.keys(a.assessmentIntervals) as Array<keyof DeriveOptions['assessmentIntervals']>;
	return keys.length === Object.keys(b.assessmentIntervals).length && keys.every((key) => a.assessmentIntervals[key] === b.assessmentIntervals[key]);
}

/** Builds a derivation from scratch, ignoring the cache (the reference the cached one must equal). */
export function buildDerivation(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation {
	const people = buildPeopleTable(index, options.yourName);
	const followUps = buildFollowUps(index, options, today, people);
	let names: readonly RedactionName[] | undefined;
	let redactor: NameMatcher | undefined;
	return {
		revision: index.revision,
		today,
		people,
		followUps,
		get redactionNames() {
			return (names ??= collectRedactionNames(index, people, options));
		},
		get redactor() {
			return (redactor ??= buildNameMatcher(this.redactionNames));
		},
	};
}

/**
 * The derivation for the index as it is now: the cached one when the revision, the options and
 * today are unchanged, else a new one (which replaces it in the cache).
 */
export function deriveDashboard(index: VaultIndex, options: DeriveOptions, today: CalendarDate): Derivation {
	const cached = cache.get(index);
	if (cached && cached.derivation.revision === index.revision && cached.derivation.today === today && isSameOptions(cached.options, options)) {
		return cached.derivation;
	}
	const derivation = buildDerivation(index, options, today);
	cache.set(index, { options, derivation });
	return derivation;
}
