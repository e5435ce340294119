/**
 * The canvas file the export writes, shared by the plugin and the CLI so both write the same
 * bytes: where a redacted export goes, and how a canvas is serialized.
 */
import type { JsonCanvas } from './json-canvas';

/** `X.canvas` → `X (redacted).canvas`, or `X (redacted) 2.canvas` … when that exists already. */
export function findRedactedPath(out: string, exists: (path: string) => boolean): string {
	const stem = out.replace(/\.canvas$/i, '').replace(/ \(redacted\)(?: \d+)?$/, '');
	for (let n = 1; ; n++) {
		const candidate = `${stem} (redacted)${n === 1 ? '' : ` ${n}`}.canvas`;
		if (!exists(candidate)) return candidate;
	}
}

/** A canvas as file text: tab-indented JSON and a final newline. */
export function serializeCanvas(canvas: JsonCanvas): string {
	return `${JSON.stringify(canvas, null, '\t')}\n`;
}
