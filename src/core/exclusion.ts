/**
 * Which files the index skips: the excluded folders from settings, the two template files, and the
 * core Templates plugin's folder (from `<config dir>/templates.json`) and Templater's (from its
 * `data.json`). Plugin and CLI share this, so
 * a template full of `{{person}}` placeholders never shows up as a person in either.
 */
import { isInFolder, normalizeVaultPath } from './vault-paths';

/** The optional template files (vault paths); empty = the built-in template. */
export interface TemplateFiles {
	readonly oneOnOneTemplate: string;
	readonly personTemplate: string;
}

/** What the exclusion rules read: the settings' folders and template files, and the Templates folder. */
export interface ExclusionInput extends TemplateFiles {
	/** Folders (vault paths) the index skips, besides the template files and the Templates folder. */
	readonly excludedFolders: readonly string[];
	/** The core Templates plugin's folder, if configured. */
	readonly templatesFolder?: string;
	/** Templater's `templates_folder`, if configured. */
	readonly templaterFolder?: string;
}

/** Where Templater keeps its settings, under the config folder. */
export const TEMPLATER_DATA_PATH = 'plugins/templater-obsidian/data.json';

function asNotePath(path: string): string {
	const cleaned = normalizeVaultPath(path);
	return cleaned && !cleaned.toLowerCase().endsWith('.md') ? `${cleaned}.md` : cleaned;
}

/** Why the index skips a path: a template file, the Templates or Templater folder, or an excluded folder. */
export type ExclusionReason =
	| { readonly kind: 'template-file' }
	| { readonly kind: 'templates-folder'; readonly folder: string }
	| { readonly kind: 'templater-folder'; readonly folder: string }
	| { readonly kind: 'excluded-folder'; readonly folder: string };

/** Builds "why does the index skip this vault path?" (undefined: it does not). */
export function buildExclusionReasons(input: ExclusionInput): (path: string) => ExclusionReason | undefined {
	const folders: ExclusionReason[] = [
		...input.excludedFolders.map((folder) => ({ kind: 'excluded-folder' as const, folder: normalizeVaultPath(folder) })),
		{ kind: 'templates-folder', folder: normalizeVaultPath(input.templatesFolder ?? '') },
		{ kind: 'templater-folder', folder: normalizeVaultPath(input.templaterFolder ?? '') },
	];
	const named = folders.filter((reason) => reason.kind !== 'template-file' && reason.folder.length > 0);
	const files = new Set(
		[input.oneOnOneTemplate, input.personTemplate]
			.map(asNotePath)
			.filter((file) => file.length > 0)
			.map((file) => file.toLowerCase()),
	);
	return (path) => {
		if (files.has(path.toLowerCase())) return { kind: 'template-file' };
		return named.find((reason) => reason.kind !== 'template-file' && isInFolder(path, reason.folder));
	};
}

/** Builds the predicate "should the index skip this vault path?". */
export function buildExclusion(input: ExclusionInput): (path: string) => boolean {
	const reasons = buildExclusionReasons(input);
	return (path) => reasons(path) !== undefined;
}

function readFolderField(json: string | undefined, field: string): string | undefined {
	if (!json) return undefined;
	try {
		const data: unknown = JSON.parse(json);
		if (typeof data === 'object' && data !== null && field in data) {
			const value: unknown = (data as Record<string, unknown>)[field];
			if (typeof value === 'string') return normalizeVaultPath(value) || undefined;
		}
	} catch {
		// A broken settings file only means no folder is excluded through it.
	}
	return undefined;
}

/** The `folder` of the core Templates plugin's `templates.json`, or undefined when absent or unreadable. */
export function readTemplatesFolder(json: string | undefined): string | undefined {
	return readFolderField(json, 'folder');
}

/** Templater's `templates_folder` from its `data.json` ({@link TEMPLATER_DATA_PATH}), or undefined. */
export function readTemplaterFolder(json: string | undefined): string | undefined {
	return readFolderField(json, 'templates_folder');
}
