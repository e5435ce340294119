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
