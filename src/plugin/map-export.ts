/**
 * Export relationship map to canvas (DESIGN §4): the same canvas the CLI writes (`graph --format
 * canvas --out`), from the same graph, layout and options. An existing file is merged through
 * `vault.process` (our `ro-` items replaced, the user's kept); otherwise a new file is created. In
 * privacy mode the export is redacted and always goes to a new `… (redacted).canvas`.
 */
import { Notice, TFile, normalizePath, type App } from 'obsidian';
import { exportCanvas, layoutGraph, mergeCanvas, type RelationshipGraph } from '../core/relationships';
import { findRedactedPath, serializeCanvas } from '../core/relationships/canvas-file';
import { folderOf } from '../core/vault-paths';
import type { Settings } from '../settings';

/** What the export needs: the graph (redacted in privacy mode) and the settings it was built with. */
export interface MapExportInput {
	readonly graph: RelationshipGraph;
	readonly redacted: boolean;
	readonly settings: Pick<Settings, 'assessmentColours' | 'canvasExportPath'>;
	/**
	 * Privacy mode's redaction of any other text (the derivation's matcher): the Notices name the
	 * canvas file, which is often named after whom it is about (`Kwame Asante circle.canvas`).
	 */
	readonly redactText?: (text: string) => string;
}

/** A Notice, redacted in privacy mode. */
function say(input: MapExportInput, text: string): void {
	new Notice(input.redactText ? input.redactText(text) : text);
}

/** Parses and merges; undefined with a reason when the file is not a canvas we may merge into. */
function mergeInto(text: string, fresh: ReturnType<typeof exportCanvas>): { ok: true; text: string } | { ok: false; error: string } {
	let existing: unknown;
	try {
		existing = JSON.parse(text) as unknown;
	} catch {
		return { ok: false, error: 'it is not a JSON Canvas file' };
	}
	const merged = mergeCanvas(existing, fresh);
	return merged.ok ? { ok: true, text: serializeCanvas(merged.canvas) } : { ok: false, error: merged.error };
}

async function ensureFolder(app: App, folder: string): Promise<void> {
	if (!folder || app.vault.getAbstractFileByPath(folder)) return;
	await ensureFolder(app, folderOf(folder));
	await app.vault.createFolder(folder);
}

/** Writes the export; returns the path written, or null when it was refused or failed (a Notice says why). */
export async function exportMapToCanvas(app: App, input: MapExportInput): Promise<string | null> {
	const target = findTarget(app, input);
	try {
		return await writeExport(app, input, target);
	} catch (error) {
		// The folder is taken by a file, the disk refused: say so, rather than fail silently.
		say(input, `Could not export the relationship map to ${target}: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	}
}

/** The file the export goes to: the setting's path, or a new `… (redacted).canvas` in privacy mode. */
function findTarget(app: App, input: MapExportInput): string {
	const wanted = normalizePath(input.settings.canvasExportPath);
	const exists = (path: string): boolean => app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	return input.redacted ? normalizePath(findRedactedPath(wanted, exists)) : wanted;
}

async function writeExport(app: App, input: MapExportInput, target: string): Promise<string | null> {
	const { graph, redacted, settings } = input;
	const fresh = exportCanvas(graph, layoutGraph(graph), { assessmentColours: settings.assessmentColours, groups: true, numberedIds: redacted });
	const done = (): string => {
		say(input, `Exported the relationship map (${graph.nodes.length} people, ${fresh.canvas.edges.length} ties) to ${target}.`);
		return target;
	};
	const file = app.vault.getAbstractFileByPath(target);
	if (file === null) {
		await ensureFolder(app, folderOf(target));
		await app.vault.create(target, serializeCanvas(fresh.canvas));
		return done();
	}
	if (!(file instanceof TFile)) {
		say(input, `Could not export the relationship map: ${target} is a folder.`);
		return null;
	}
	const check = mergeInto(await app.vault.read(file), fresh);
	if (!check.ok) {
		say(input, `Could not export the relationship map: ${check.error}; left ${target} unchanged.`);
		return null;
	}
	// Merged again inside `process`, on the text as it is then, so an edit in between is not lost.
	await app.vault.process(file, (text) => {
		const merged = mergeInto(text, fresh);
		return merged.ok ? merged.text : text;
	});
	return done();
}
