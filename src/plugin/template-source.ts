/**
 * Where a note's template comes from: the user's template file from settings, or the built-in one
 * (with a Notice when the file named in settings is missing). A user's template is filled with the
 * same placeholders, then the properties a note of that kind needs (`type`, `person`, `date`) are
 * merged in with the one property merge, so a template without them still makes a note the
 * dashboard reads.
 */
import { Notice, type App } from 'obsidian';
import { mergeFrontMatter } from '../core/frontmatter-merge';
import type { SectionKey } from '../core/model';
import { buildOneOnOneTemplate, buildPersonTemplate } from '../core/template-builtin';
import { renderTemplate, type TemplateValues } from '../core/template-render';
import { normalizeVaultPath } from '../core/vault-paths';

/** Which template. */
export type TemplateKind = 'one-on-one' | 'person';

/** A template's text and whether it is ours. */
export interface TemplateSource {
	readonly text: string;
	readonly builtIn: boolean;
}

/** A rendered note, or why the template was refused. */
export type RenderedNote = { readonly kind: 'ok'; readonly text: string } | { readonly kind: 'refused'; readonly reason: string };

const LABEL: Record<TemplateKind, string> = { 'one-on-one': '1-on-1', person: 'person' };

function builtIn(kind: TemplateKind, sectionNames: Readonly<Record<SectionKey, string>>): string {
	return kind === 'one-on-one' ? buildOneOnOneTemplate(sectionNames) : buildPersonTemplate();
}

/**
 * A template file as Obsidian's editor holds text: no byte order mark, `\n` line breaks. A file
 * saved on Windows (CRLF, Notepad's BOM) would otherwise hide its front matter from the property
 * merge, which then put a second block above it and left the template's properties as body text.
 */
function toEditorText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Reads the template file at `setting` (a vault path, `.md` optional); empty → the built-in
 * template; a file that is not there → the built-in one and a Notice naming the setting.
 */
export async function loadTemplate(app: App, setting: string, kind: TemplateKind, sectionNames: Readonly<Record<SectionKey, string>>): Promise<TemplateSource> {
	const path = normalizeVaultPath(setting);
	if (!path) return { text: builtIn(kind, sectionNames), builtIn: true };
	const file = app.vault.getFileByPath(path) ?? app.vault.getFileByPath(`${path}.md`);
	if (file) {
		try {
			return { text: toEditorText(await app.vault.read(file)), builtIn: false };
		} catch {
			// Unreadable (deleted meanwhile): fall through to the built-in template.
		}
	}
	new Notice(`The ${LABEL[kind]} template file "${path}" was not found, so the built-in ${LABEL[kind]} template was used. Change it in the settings.`);
	return { text: builtIn(kind, sectionNames), builtIn: true };
}

const REQUIRED: Record<TemplateKind, string> = {
	'one-on-one': ['---', 'type: one-on-one', 'person: {{person}}', 'date: {{date}}', 'organizer: {{organizer}}', '---'].join('\n'),
	person: ['---', 'type: person', '---'].join('\n'),
};

/** Fills `template` with `values`; a user's template gets the required properties merged in. */
export function renderNoteFromTemplate(template: TemplateSource, kind: TemplateKind, values: TemplateValues): RenderedNote {
	const text = renderTemplate(template.text, values);
	if (template.builtIn) return { kind: 'ok', text };
	const merged = mergeFrontMatter(text, renderTemplate(REQUIRED[kind], values));
	if (merged.kind === 'refused') return { kind: 'refused', reason: `Your ${LABEL[kind]} template could not be used: ${merged.reason}` };
	return { kind: 'ok', text: merged.text };
}
