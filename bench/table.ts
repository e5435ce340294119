/**
 * The bench's one table. Each measure is a row with a stable id (the JSON key), what it measures,
 * its value and unit, and the issue's target when there is one. Sections add rows in the order they
 * run; other measures (redaction, graph layout…) are new sections in `run.ts` that add their own rows.
 */

/** One measured row. */
export interface BenchRow {
	/** Stable key in the JSON output, e.g. `report.ratio.10k`. */
	readonly id: string;
	readonly label: string;
	readonly value: number;
	readonly unit: string;
	/** The target as the issue states it, e.g. "≤ 3×". */
	readonly target?: string;
	/** True when the value meets the target (undefined without a target). */
	readonly met?: boolean;
	/** Anything a reader needs to interpret the value. */
	readonly note?: string;
}

/** A target of the form "at most `limit`". */
export function atMost(limit: number, text: string): { readonly target: string; readonly check: (value: number) => boolean } {
	return { target: text, check: (value) => value <= limit };
}

/** Collects rows, prints them as one Markdown table and serializes them. */
export class BenchTable {
	private readonly rows: BenchRow[] = [];

	/** Adds a row; with a target, records whether the value meets it. */
	add(row: Omit<BenchRow, 'met' | 'target'>, target?: { readonly target: string; readonly check: (value: number) => boolean }): void {
		const full: BenchRow = target === undefined ? row : { ...row, target: target.target, met: target.check(row.value) };
		this.rows.push(full);
		console.error(`  ${full.label}: ${formatValue(full)}`);
	}

	/** The table as Markdown. */
	format(): string {
		const lines = ['| measure | value | target | met |', '|---|---|---|---|'];
		for (const row of this.rows) {
			const met = row.met === undefined ? '' : row.met ? 'yes' : 'no';
			lines.push(`| ${row.label} | ${formatValue(row)}${row.note ? ` (${row.note})` : ''} | ${row.target ?? ''} | ${met} |`);
		}
		return lines.join('\n');
	}

	/** The rows as plain data, keyed by id. */
	toJson(): Record<string, Omit<BenchRow, 'id'>> {
		return Object.fromEntries(this.rows.map(({ id, ...rest }) => [id, rest]));
	}
}

function formatValue(row: BenchRow): string {
	const digits = Math.abs(row.value) >= 100 ? 0 : Math.abs(row.value) >= 10 ? 1 : 2;
	return `${row.value.toFixed(digits)} ${row.unit}`.trim();
}
