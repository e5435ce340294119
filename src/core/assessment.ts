/**
 * The assessment scale (DESIGN §2): 1 = strong supporter/leader … 5 = opposed, and the check-in
 * interval each value gets. The core reads these; `src/settings.ts` stores them.
 */

/** Assessment values of the default scale (1 = strong supporter/leader … 5 = opposed). */
export const ASSESSMENT_VALUES = ['1', '2', '3', '4', '5'] as const;

/** One value of the assessment scale. */
export type AssessmentValue = (typeof ASSESSMENT_VALUES)[number];

/** Days between check-ins, or `'none'` for never prompting. */
export type Interval = number | 'none';

/** The check-in interval per assessment value, and for people not assessed yet. */
export type AssessmentIntervals = Readonly<Record<AssessmentValue | 'unassessed', Interval>>;

/** Which end of the scale is the supportive one (DESIGN §1: the direction is configurable). */
export type AssessmentDirection = 'lower-is-supportive' | 'higher-is-supportive';

/** An inclusive range of assessment values, `from` ≤ `to`. */
export interface AssessmentBand {
	readonly from: number;
	readonly to: number;
}

/** How the campaign chart reads the scale: which values are supportive, which opposed, and which way is which. */
export interface AssessmentScaleOptions {
	/** Values that count as supportive (default 1–2). */
	readonly supportiveBand: AssessmentBand;
	/** Values that count as opposed (default 5). */
	readonly opposedBand: AssessmentBand;
	/** Default: lower is more supportive. "Towards opposed" follows it. */
	readonly assessmentDirection: AssessmentDirection;
}

/** What a unit is measured against on the campaign chart; percentages of its active people. */
export interface CampaignGoals {
	/** The share of a unit on the organizing committee to aim for (default 10–15%). */
	readonly committeeTarget: AssessmentBand;
	/** The share of a unit that is supportive before it counts as having a majority (default 65%). */
	readonly supportThreshold: number;
}

/** True when `value` lies in `band` (inclusive). */
export function isInBand(value: number, band: AssessmentBand): boolean {
	return value >= band.from && value <= band.to;
}

/** True when going from `from` to `to` moves towards the opposed end of the scale. */
export function isTowardsOpposed(from: number, to: number, direction: AssessmentDirection): boolean {
	return direction === 'lower-is-supportive' ? to > from : to < from;
}

/** True when a value lies in both bands (a value cannot be supportive and opposed at once). */
export function bandsOverlap(a: AssessmentBand, b: AssessmentBand): boolean {
	return a.from <= b.to && b.from <= a.to;
}

/** A band as typed in the settings (`1-2`, `1–2`, `5`): whole numbers, low to high; undefined otherwise. */
export function parseBandText(text: string): AssessmentBand | undefined {
	const match = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/.exec(text);
	if (!match) return undefined;
	const from = Number(match[1]);
	const to = match[2] === undefined ? from : Number(match[2]);
	return from <= to ? { from, to } : undefined;
}
