/**
 * The campaign chart ready to show (DESIGN §4 privacy mode, §5 `--redact`): every name, path and
 * label passed through the derivation's redactor, and the note each item opens kept aside in a
 * table, so a redacted chart can be rendered, logged or serialized without a name in it.
 * Workplace, department and shift names are not names to redact, so they come through as written,
 * unless one is also someone's name (then redaction wins).
 */
import type { SlippingItem, StaleAssessmentItem } from './assessment-history';
import type { CampaignChart } from './campaign-chart';
import type { ChartUnit } from './campaign-units';
import type { IssueHeatItem } from './issue-heat';
import type { LeaderTree } from './leader-trees';
import type { PersonRef } from './people';

/** Something on the chart that opens a note. */
export type ChartItem = PersonRef | IssueHeatItem | ChartUnit | SlippingItem;

/** A chart to show, and the notes behind its items. */
export interface ShownChart {
	readonly chart: CampaignChart;
	readonly redacted: boolean;
	/**
	 * The path of the note an item of `chart` opens: a person's note, an issue's note, a unit's
	 * workplace note, a slipping person's talk. Undefined when it opens nothing.
	 */
	pathOf(item: ChartItem): string | undefined;
}

/**
 * The chart with every shown string passed through `redact` (pass the identity to show it as it
 * is). Each distinct string is redacted once; a person in several lists stays one object.
 */
export function showChart(chart: CampaignChart, redact?: (text: string) => string): ShownChart {
	const paths = new Map<object, string>();
	const seen = new Map<string, string>();
	const show = (text: string): string => {
		if (!redact) return text;
		let shown = seen.get(text);
		if (shown === undefined) seen.set(text, (shown = redact(text)));
		return shown;
	};
	const people = new Map<PersonRef, PersonRef>();
	const person = (ref: PersonRef): PersonRef => {
		let shown = people.get(ref);
		if (!shown) {
			shown = ref.path === undefined ? { name: show(ref.name) } : { name: show(ref.name), path: show(ref.path) };
			if (ref.path !== undefined) paths.set(shown, ref.path);
			people.set(ref, shown);
		}
		return shown;
	};
	const persons = (refs: readonly PersonRef[]): PersonRef[] => refs.map(person);
	const unit = (u: ChartUnit): ChartUnit => {
		const shown: ChartUnit = {
			...u,
			key: '',
			...(u.workplace !== undefined ? { workplace: show(u.workplace) } : {}),
			...(u.workplacePath !== undefined ? { workplacePath: show(u.workplacePath) } : {}),
			...(u.department !== undefined ? { department: show(u.department) } : {}),
			...(u.shift !== undefined ? { shift: show(u.shift) } : {}),
			label: show(u.label),
			people: persons(u.people),
			assessed: persons(u.assessed),
			supportive: persons(u.supportive),
			opposed: persons(u.opposed),
			committee: persons(u.committee),
			leaders: persons(u.leaders),
			organizingCommittee: persons(u.organizingCommittee),
			noOneOnOne: persons(u.noOneOnOne),
		};
		if (u.workplacePath !== undefined) paths.set(shown, u.workplacePath);
		return shown;
	};
	const issue = (i: IssueHeatItem): IssueHeatItem => {
		const shown: IssueHeatItem = { ...i, issue: show(i.issue), ...(i.path !== undefined ? { path: show(i.path) } : {}), units: i.units.map(show) };
		if (i.path !== undefined) paths.set(shown, i.path);
		return shown;
	};
	const slipping = (s: SlippingItem): SlippingItem => {
		const shown: SlippingItem = { ...s, person: person(s.person), source: show(s.source) };
		paths.set(shown, s.source);
		return shown;
	};
	const stale = (s: StaleAssessmentItem): StaleAssessmentItem => ({ ...s, person: person(s.person) });
	const leader = (t: LeaderTree): LeaderTree => ({ leader: person(t.leader), leads: persons(t.leads), checkIn: persons(t.checkIn), noOneOnOne: persons(t.noOneOnOne) });
	const shownChart: CampaignChart = {
		today: chart.today,
		goals: chart.goals,
		units: chart.units.map(unit),
		issues: chart.issues.map(issue),
		slipping: chart.slipping.map(slipping),
		staleAssessments: chart.staleAssessments.map(stale),
		leaders: chart.leaders.map(leader),
	};
	return { chart: shownChart, redacted: redact !== undefined, pathOf: (item) => paths.get(item) };
}
