/**
 * Creating 1-on-1 and person notes from the templates (DESIGN §4): New 1-on-1…, New person…, and
 * the pane's "Log 1-on-1" and "Create note" actions all come here. The only writes are a new folder
 * and a new note, never over an existing one.
 */
import { MarkdownView, Notice, TFile, type App } from 'obsidian';
import { collectCarriedForward, renderCarriedForwardBlock, type CarriedBlockPerson } from '../core/carry-forward';
import type { CalendarDate, OneOnOneNoteFacts, SectionKey } from '../core/model';
import { formatLinkTarget, type LinkLookup, type LinkTarget } from '../core/note-links';
import { parseReference } from '../core/obsidian-syntax';
import { identifyReference, toPersonKey } from '../core/people';
import { deriveDashboard, type DeriveOptions } from '../core/derive';
import { normalizeReference } from '../core/resolver';
import { findEmptySections, findFirstSectionLine } from '../core/template-sections';
import type { VaultIndex } from '../core/vault-index';
import { basenameOf, findFreeNotePath, normalizeVaultPath, sanitizeFileName } from '../core/vault-paths';
import type { Settings } from '../settings';
import { loadTemplate, renderNoteFromTemplate } from './template-source';
import { findNoteLeaf } from './note-leaf';

/** What creating notes needs besides the app and the settings. */
export interface NoteCreationDeps {
	/** The current index (the indexer replaces it on a full pass). */
	readonly index: () => VaultIndex;
	/** Today's calendar date. */
	readonly today: () => CalendarDate;
	/** Now, for `{{time}}`; defaults to the clock. */
	readonly now?: () => Date;
}

/**
 * The settings creating notes reads: its own, and the derivation's (the people table that the
 * carried-forward list reads is the one cached on the index revision).
 */
export type NoteCreationSettings = Pick<Settings, 'yourName' | 'peopleFolder' | 'oneOnOneFolder' | 'oneOnOneTemplate' | 'personTemplate' | 'sectionNames'> & DeriveOptions;

/** Who a talk is with: a person note by path, or a name without a note of its own. */
export type PersonTarget = LinkTarget;

/** The result of New person: the note made, or the one that already belonged to the name. */
export interface PersonNoteResult {
	readonly file: TFile;
	readonly created: boolean;
}

/** `HH:mm` of `now`, for `{{time}}`. */
export function timeOf(now: Date): string {
	return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** Link lookups over the index and the vault's files (basenames compared case-insensitively). */
export function makeLinkLookup(app: App, index: VaultIndex): LinkLookup {
	const counts = new Map<string, number>();
	for (const file of app.vault.getMarkdownFiles()) {
		const key = normalizeReference(file.basename);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return {
		resolve: (reference) => index.resolve(reference)?.path,
		countNamed: (basename) => counts.get(normalizeReference(basename)) ?? 0,
	};
}

/** A case-folding "does this path exist?" (the file systems of Windows and macOS fold case). */
function makeExists(app: App): (path: string) => boolean {
	const taken = new Set(app.vault.getAllLoadedFiles().map((file) => file.path.toLowerCase()));
	return (path) => taken.has(path.toLowerCase());
}

async function ensureFolder(app: App, folder: string): Promise<void> {
	if (!folder || app.vault.getFolderByPath(folder)) return;
	try {
		await app.vault.createFolder(folder);
	} catch (error) {
		// Created meanwhile (a sync, another command): fine; anything else is a real failure.
		if (!app.vault.getFolderByPath(folder)) throw error;
	}
}

function displayName(target: PersonTarget): string {
	return target.kind === 'note' ? basenameOf(target.path) : target.name;
}

/** You, from the "Your name" setting (a name or a link), as a link target; undefined when unset. */
export function findOrganizer(settings: Pick<Settings, 'yourName'>, index: VaultIndex): PersonTarget | undefined {
	const name = parseReference(settings.yourName)?.target ?? settings.yourName.trim();
	if (!name) return undefined;
	const resolved = index.resolve(name);
	return resolved ? { kind: 'note', path: resolved.path } : { kind: 'unresolved', name };
}

/**
 * The sections a talk left without content of its own; undefined when it has no sections at all.
 * Which ones have content is the parser's reading (DESIGN §3), the one Explain shows: a sub-heading
 * stays inside its section, and bare checkboxes and code are no content of its own.
 */
async function readEmptySections(app: App, talk: OneOnOneNoteFacts, sectionNames: Readonly<Record<SectionKey, string>>): Promise<SectionKey[] | undefined> {
	const file = app.vault.getFileByPath(talk.path);
	if (!file) return undefined;
	return findEmptySections(await app.vault.cachedRead(file), talk.conversation.stagesWithContent, sectionNames);
}

/**
 * Opens `file` in the main area and, when given, puts the cursor on `line` (0-based). An existing
 * tab is reused unless it is pinned, as a click on a link does, or shows the map or the chart.
 */
export async function openNote(app: App, file: TFile, line?: number): Promise<void> {
	const leaf = findNoteLeaf(app);
	await leaf.openFile(file, { active: true, ...(line !== undefined ? { eState: { line } } : {}) });
	const view = leaf.view;
	if (line !== undefined && view instanceof MarkdownView) {
		view.editor.setCursor({ line, ch: 0 });
		view.editor.focus();
	}
}

/**
 * Creates a 1-on-1 with `persons` (one person, or several for a group talk) dated today at
 * `<1-on-1 folder>/<YYYY-MM-DD> <Person>.md` (names sanitized, `(2)`, `(3)` for another talk that
 * day), from the 1-on-1 template with Uplift carried forward, creates folders as needed, and opens
 * it with the cursor in the first section. Returns the new file, or null when the template was
 * refused (a Notice says why) or no person was given.
 */
export async function createOneOnOne(
	app: App,
	settings: NoteCreationSettings,
	deps: NoteCreationDeps,
	persons: readonly PersonTarget[],
	options: { readonly open?: boolean } = {},
): Promise<TFile | null> {
	if (persons.length === 0) return null;
	const index = deps.index();
	const today = deps.today();
	const lookup = makeLinkLookup(app, index);
	const table = deriveDashboard(index, settings, today).people;
	const keys = persons.map((person) => toPersonKey(person.kind === 'note' ? person : identifyReference(index, person.name)));
	const carried = collectCarriedForward(table, keys, today);
	const blockPeople: CarriedBlockPerson[] = [];
	for (const [i, entry] of carried.entries()) {
		const sourceLinks = new Map<string, string>();
		for (const item of entry.items) sourceLinks.set(item.sourcePath, formatLinkTarget({ kind: 'note', path: item.sourcePath }, lookup));
		const emptySections = entry.lastTalk ? await readEmptySections(app, entry.lastTalk.note, settings.sectionNames) : undefined;
		blockPeople.push({ linkTarget: formatLinkTarget(persons[i], lookup), items: entry.items, sourceLinks, ...(emptySections ? { emptySections } : {}) });
	}
	const followups = renderCarriedForwardBlock(blockPeople, settings.sectionNames);
	const hadTalk = carried.some((entry) => entry.lastTalk !== undefined);
	const folder = normalizeVaultPath(settings.oneOnOneFolder);
	const name = sanitizeFileName(`${today} ${persons.map(displayName).join(', ')}`);
	const path = findFreeNotePath(folder, name, makeExists(app));
	const organizer = findOrganizer(settings, index);
	const template = await loadTemplate(app, settings.oneOnOneTemplate, 'one-on-one', settings.sectionNames);
	const rendered = renderNoteFromTemplate(template, 'one-on-one', {
		persons: persons.map((person) => formatLinkTarget(person, lookup)),
		date: today,
		time: timeOf(deps.now ? deps.now() : new Date()),
		title: basenameOf(path),
		...(organizer ? { organizer: formatLinkTarget(organizer, lookup) } : {}),
		followups,
		kind: hadTalk ? 'follow-up' : 'initial',
	});
	if (rendered.kind === 'refused') {
		new Notice(rendered.reason);
		return null;
	}
	await ensureFolder(app, folder);
	const file = await app.vault.create(path, rendered.text);
	if (options.open !== false) await openNote(app, file, findFirstSectionLine(rendered.text, settings.sectionNames));
	return file;
}

/** The person note a name or an alias already belongs to, if any (case-insensitive, NFC). */
export function findPersonNamed(index: VaultIndex, name: string): string | undefined {
	const key = normalizeReference(name);
	if (!key) return undefined;
	const resolved = index.resolve(name);
	if (resolved?.kind === 'person') return resolved.path;
	for (const note of index.notes()) {
		if (note.kind !== 'person') continue;
		if (normalizeReference(note.basename) === key || note.aliases.some((alias) => normalizeReference(alias) === key)) return note.path;
	}
	return undefined;
}

/**
 * New person…: when the name (or an alias) already belongs to a person, or the people folder
 * already holds a note of that name, opens that note instead of creating `… (2).md`, which would
 * split their history. Otherwise creates `<people folder>/<Name>.md` from the person template.
 * Returns null for an empty name or a refused template (a Notice says why).
 */
export async function createPersonNote(
	app: App,
	settings: NoteCreationSettings,
	deps: NoteCreationDeps,
	name: string,
	options: { readonly open?: boolean } = {},
): Promise<PersonNoteResult | null> {
	const trimmed = name.trim();
	if (!trimmed) return null;
	const index = deps.index();
	const folder = normalizeVaultPath(settings.peopleFolder);
	const fileName = sanitizeFileName(trimmed);
	const existingPath = findPersonNamed(index, trimmed) ?? findPersonNamed(index, fileName);
	const samePath = app.vault.getMarkdownFiles().find((file) => file.path.toLowerCase() === `${folder ? `${folder}/` : ''}${fileName}.md`.toLowerCase());
	const existing = (existingPath !== undefined ? app.vault.getFileByPath(existingPath) : null) ?? samePath ?? null;
	if (existing instanceof TFile) {
		if (options.open !== false) await openNote(app, existing);
		return { file: existing, created: false };
	}
	const path = findFreeNotePath(folder, fileName, makeExists(app));
	const template = await loadTemplate(app, settings.personTemplate, 'person', settings.sectionNames);
	const today = deps.today();
	const rendered = renderNoteFromTemplate(template, 'person', {
		persons: [basenameOf(path)],
		date: today,
		time: timeOf(deps.now ? deps.now() : new Date()),
		title: basenameOf(path),
		followups: '',
	});
	if (rendered.kind === 'refused') {
		new Notice(rendered.reason);
		return null;
	}
	await ensureFolder(app, folder);
	const file = await app.vault.create(path, rendered.text);
	if (options.open !== false) await openNote(app, file);
	return { file, created: true };
}
