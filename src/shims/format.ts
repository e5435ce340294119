/**
 * Stands in for the `format` package in both bundles (esbuild `alias`). `fault`, which the remark
 * front-matter extension uses for its error messages, formats them with `format`, whose module
 * reaches the global object through an indirect `eval`: code from a string, which nothing we ship
 * may hold (the bundle scan looks for it). The messages only use `%s`, `%j` and `%d`, and nothing
 * here runs unless the extension is given a bad configuration, which ours never is.
 */

/** `template` with each `%s`, `%d`, `%i`, `%f`, `%j`, `%o` replaced by the next value, and `%%` by `%`. */
export default function format(template: string, ...values: readonly unknown[]): string {
	let next = 0;
	return template.replace(/%([%sdifjo])/g, (whole: string, kind: string) => {
		if (kind === '%') return '%';
		if (next >= values.length) return whole;
		const value = values[next++];
		if (kind === 'j' || kind === 'o') return stringifySafely(value);
		if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
		if (kind === 'f') return String(Number(value));
		return String(value);
	});
}

function stringifySafely(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
