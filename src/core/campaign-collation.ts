/**
 * The one collator of the campaign chart's orders (units, issues, leaders, assessments): names and
 * texts any case, as `localeCompare(other, 'en', { sensitivity: 'base' })` compares them. Built
 * once: `localeCompare` with options builds a collator on every call, which at thousands of people
 * made the chart's sorts most of its cost.
 */
const ANY_CASE = new Intl.Collator('en', { sensitivity: 'base' });

/** Compares two texts any case (and accent), the way the chart orders names. */
export function compareAnyCase(a: string, b: string): number {
	return ANY_CASE.compare(a, b);
}
