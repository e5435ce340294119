/**
 * The stable JSON of the campaign chart (issue #17, docs/chart.md), for scripts: a plain
 * projection of the chart model. Counts, not people lists, except where a list is the point
 * (a leader's people to check in with).
 */
import type { CampaignChart } from './campaign-chart';
import type { CommitteeStanding } from './campaign-units';

/** The documented shape (more fields may be added, none removed). */
export interface ChartJson {
	readonly today: string;
	readonly goals: { readonly committeeTarget: { readonly from: number; readonly to: number }; readonly supportThreshold: number };
	readonly units: readonly {
		workplace: string | null;
		department: string | null;
		shift: string | null;
		label: string;
		people: number;
		assessed: number;
		supportive: number;
		opposed: number;
		committee: number;
		leaders: number;
		noOneOnOne: number;
		organizingCommittee: number;
		committeeShare: number;
		committeeStanding: CommitteeStanding;
		supportShare: number;
		supportReached: boolean;
	}[];
	readonly issues: readonly { issue: string; path: string | null; people: number; lastRaised: string; units: readonly string[] }[];
	readonly slipping: readonly { person: string; path: string | null; from: number; to: number; date: string; source: string }[];
	readonly staleAssessments: readonly { person: string; path: string | null; assessedOn: string | null }[];
	readonly leaders: readonly { leader: string; path: string | null; leads: number; checkIn: readonly string[]; noOneOnOne: readonly string[] }[];
}

/** A share in whole percent (rounded half up), 0 for an empty unit. */
export function toPercent(count: number, total: number): number {
	return total === 0 ? 0 : Math.round((count * 100) / total);
}

/** Projects a chart (shown or as is) onto the documented JSON shape. */
export function toChartJson(chart: CampaignChart): ChartJson {
	return {
		today: chart.today,
		goals: { committeeTarget: { ...chart.goals.committeeTarget }, supportThreshold: chart.goals.supportThreshold },
		units: chart.units.map((u) => ({
			workplace: u.workplace ?? null,
			department: u.department ?? null,
			shift: u.shift ?? null,
			label: u.label,
			people: u.people.length,
			assessed: u.assessed.length,
			supportive: u.supportive.length,
			opposed: u.opposed.length,
			committee: u.committee.length,
			leaders: u.leaders.length,
			noOneOnOne: u.noOneOnOne.length,
			organizingCommittee: u.organizingCommittee.length,
			committeeShare: toPercent(u.organizingCommittee.length, u.people.length),
			committeeStanding: u.committeeStanding,
			supportShare: toPercent(u.supportive.length, u.people.length),
			supportReached: u.supportReached,
		})),
		issues: chart.issues.map((i) => ({ issue: i.issue, path: i.path ?? null, people: i.people, lastRaised: i.lastRaised, units: i.units })),
		slipping: chart.slipping.map((s) => ({ person: s.person.name, path: s.person.path ?? null, from: s.from, to: s.to, date: s.date, source: s.source })),
		staleAssessments: chart.staleAssessments.map((s) => ({ person: s.person.name, path: s.person.path ?? null, assessedOn: s.assessedOn ?? null })),
		leaders: chart.leaders.map((t) => ({
			leader: t.leader.name,
			path: t.leader.path ?? null,
			leads: t.leads.length,
			checkIn: t.checkIn.map((p) => p.name),
			noOneOnOne: t.noOneOnOne.map((p) => p.name),
		})),
	};
}
