/**
 * The campaign chart (issue #17): where to put the next conversations, unit by unit. Coverage per
 * workplace, department and shift; issue heat; whose support is slipping and who has not been
 * assessed in a while; and each leader's people to check in with. Built from one derivation (the
 * people table and the dashboard model of the same day), so it never disagrees with the dashboard.
 */
import type { AssessmentScaleOptions, CampaignGoals } from './assessment';
import { findStaleAssessments, type SlippingItem, type StaleAssessmentItem } from './assessment-history';
import { buildUnitsSteps, type ChartUnit } from './campaign-units';
import { runSteps } from './steps';
import type { FollowUpModel } from './follow-ups';
import { buildIssueHeatSteps, type IssueHeatItem } from './issue-heat';
import { buildLeaderTreesSteps, type LeaderTree } from './leader-trees';
import type { CalendarDate } from './model';
import type { PeopleTable } from './people';
import type { VaultIndex } from './vault-index';

/** What the chart reads: the scale's bands and the goals units are measured against. */
export type ChartOptions = AssessmentScaleOptions & CampaignGoals;

/** The whole chart for one today. */
export interface CampaignChart {
	readonly today: CalendarDate;
	/** The goals it was measured against (for the bars' markers). */
	readonly goals: CampaignGoals;
	readonly units: readonly ChartUnit[];
	readonly issues: readonly IssueHeatItem[];
	/** The same list as the dashboard's Support slipping. */
	readonly slipping: readonly SlippingItem[];
	readonly staleAssessments: readonly StaleAssessmentItem[];
	readonly leaders: readonly LeaderTree[];
}

/**
 * Builds the chart from an index and the people table and dashboard model of the same revision and
 * today. Pure and deterministic: the same notes give the same chart, whatever their read order.
 */
export function buildCampaignChart(
	index: VaultIndex,
	table: PeopleTable,
	followUps: FollowUpModel,
	options: ChartOptions,
	today: CalendarDate,
): CampaignChart {
	return runSteps(buildCampaignChartSteps(index, table, followUps, options, today));
}

/**
 * {@link buildCampaignChart} in steps: each `yield` is a point where a caller on the main thread
 * may pause for a macrotask (issue 15), each step a bounded part of the work. Run to its end (by
 * `runSteps` or in slices), it gives exactly the chart {@link buildCampaignChart} gives.
 */
export function* buildCampaignChartSteps(
	index: VaultIndex,
	table: PeopleTable,
	followUps: FollowUpModel,
	options: ChartOptions,
	today: CalendarDate,
): Generator<undefined, CampaignChart, undefined> {
	const { units, unitOf } = yield* buildUnitsSteps(index, table, options, today);
	yield undefined;
	const issues = yield* buildIssueHeatSteps(
		index,
		table,
		today,
		(key) => unitOf.get(key)?.label,
		units.map((unit) => unit.label),
	);
	yield undefined;
	const staleAssessments = findStaleAssessments(table, today);
	yield undefined;
	const leaders = yield* buildLeaderTreesSteps(index, table, followUps);
	return {
		today,
		goals: { committeeTarget: options.committeeTarget, supportThreshold: options.supportThreshold },
		units,
		issues,
		slipping: followUps.slipping,
		staleAssessments,
		leaders,
	};
}
