/**
 * Insert 1-on-1 template (DESIGN §4): the template's sections at the cursor and its properties
 * merged into the note's own, through the Editor only, as one transaction (one undo step). Merging
 * into the editor's text, not through `processFrontMatter`, cannot race against unsaved edits.
 */
import { Notice, type App, type Editor, type EditorChange, type EditorPosition } from 'obsidian';
import { collectCarriedForward, renderCarriedForwardBlock } from '../core/carry-forward';
import { mergeFrontMatter } from '../core/frontmatter-merge';
import { findFirstDate } from '../core/date-text';
import { formatLinkTarget, type LinkTarget } from '../core/note-links';
import { readReferences } from '../core/note-properties';
import { parseNote } from '../core/note-parser';
import { identifyReference, toPersonKey } from '../core/people';
import { deriveDashboard } from '../core/derive';
import { renderTemplate } from '../core/template-render';
import { findFirstSectionLine, readSectionContent } from '../core/template-sections';
import { basenameOf } from '../core/vault-paths';
import { findOrganizer, timeOf, type NoteCreationDeps, type NoteCreationSettings } from './note-creation';
import { loadTemplate } from './template-source';

/** The body of a rendered template (what follows its front matter). */
function bodyOf(text: string): string {
	const lines = text.split('\n');
	if (!/^---\s*$/.test(lines[0] ?? '')) return text;
	const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
	return close < 0 ? text : lines.slice(close + 1).join('\n');
}

/**
 * Inserts the 1-on-1 template into the note open in `editor` (at `path`). Refuses, with a Notice,
 * a note that already has AEIOU sections or whose front matter cannot be read; then nothing changes.
 */
export async function insertOneOnOneTemplate(app: App, settings: NoteCreationSettings, deps: NoteCreationDeps, editor: Editor, path: string): Promise<boolean> {
	const before = editor.getValue();
	if (readSectionContent(before, settings.sectionNames).size > 0) {
		new Notice('This note already has 1-on-1 sections, so the template was not inserted.');
		return false;
	}
	const index = deps.index();
	const today = deps.today();
	const facts = parseNote(path, before, { sectionNames: settings.sectionNames });
	const lookup = { resolve: (reference: string) => index.resolve(reference)?.path };
	const persons: LinkTarget[] = readReferences(facts.properties.person).map((ref) => {
		const resolved = index.resolve(ref.target);
		return resolved ? { kind: 'note', path: resolved.path } : { kind: 'unresolved', name: ref.target };
	});
	const table = deriveDashboard(index, settings, today).people;
	const keys = persons.map((person) => toPersonKey(person.kind === 'note' ? person : identifyReference(index, person.name)));
	// The note itself may already be indexed as a talk; what it carries is what came before it.
	const carried = collectCarriedForward(table, keys, today, path);
	const followups = renderCarriedForwardBlock(carried.map((entry, i) => ({
		linkTarget: formatLinkTarget(persons[i], lookup),
		items: entry.items,
		sourceLinks: new Map(entry.items.map((item) => [item.sourcePath, formatLinkTarget({ kind: 'note', path: item.sourcePath }, lookup)])),
	})), settings.sectionNames);
	const organizer = findOrganizer(settings, index);
	const template = await loadTemplate(app, settings.oneOnOneTemplate, 'one-on-one', settings.sectionNames);
	const rendered = renderTemplate(template.text, {
		persons: persons.map((person) => formatLinkTarget(person, lookup)),
		date: findFirstDate(basenameOf(path)) ?? today,
		time: timeOf(deps.now ? deps.now() : new Date()),
		title: basenameOf(path),
		...(organizer ? { organizer: formatLinkTarget(organizer, lookup) } : {}),
		followups,
		kind: carried.some((entry) => entry.lastTalk !== undefined) ? 'follow-up' : 'initial',
	});
	// The editor may have changed while the template file was read.
	if (editor.getValue() !== before) {
		new Notice('The note changed while the template was prepared; run the command again.');
		return false;
	}
	// The template's properties, then the ones every 1-on-1 needs (a user's template may lack them).
	const first = mergeFrontMatter(before, rendered);
	const second = first.kind === 'merged' ? mergeFrontMatter(first.text, '---\ntype: one-on-one\n---') : first;
	if (first.kind === 'refused' || second.kind === 'refused') {
		new Notice(first.kind === 'refused' ? first.reason : second.kind === 'refused' ? second.reason : '');
		return false;
	}
	const merged = { block: second.block, replaces: first.replaces };
	const body = bodyOf(rendered).replace(/^\n+/, '');
	const changes: EditorChange[] = [];
	const cursor = editor.getCursor('head');
	let insertAt: EditorPosition = cursor;
	if (merged.replaces) {
		const end = { line: merged.replaces.toLine, ch: editor.getLine(merged.replaces.toLine).length };
		changes.push({ from: { line: 0, ch: 0 }, to: end, text: merged.block });
		if (cursor.line <= merged.replaces.toLine) insertAt = end;
	} else if (cursor.line === 0 && cursor.ch === 0) {
		changes.push({ from: { line: 0, ch: 0 }, text: `${merged.block}\n${body}` });
	} else changes.push({ from: { line: 0, ch: 0 }, text: `${merged.block}\n` });
	if (changes.length === 1 && !(merged.replaces === undefined && cursor.line === 0 && cursor.ch === 0)) {
		const lineText = editor.getLine(insertAt.line);
		const atEndOfFrontMatter = merged.replaces !== undefined && insertAt.line === merged.replaces.toLine;
		const prefix = atEndOfFrontMatter || lineText.slice(0, insertAt.ch).trim() !== '' ? '\n' : '';
		changes.push({ from: insertAt, text: `${prefix}${body}` });
	}
	editor.transaction({ changes });
	editor.setCursor({ line: findFirstSectionLine(editor.getValue(), settings.sectionNames), ch: 0 });
	return true;
}
