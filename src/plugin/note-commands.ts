/**
 * The note commands (DESIGN §4): New 1-on-1…, Insert 1-on-1 template and New person…, as entries
 * of the command table. Each is a thin adapter from a command to `note-creation.ts`, `insert-template.ts` and the pickers.
 */
import { MarkdownView, Notice, type App } from 'obsidian';
import { calendarDateAt } from '../core/dates';
import { toPersonKey } from '../core/people';
import { deriveDashboard } from '../core/derive';
import type { Settings } from '../settings';
import type { CommandContext, PluginCommand } from './command-types';
import { NamePromptModal } from './name-prompt';
import { createOneOnOne, createPersonNote, type NoteCreationDeps } from './note-creation';
import { insertOneOnOneTemplate } from './insert-template';
import { PersonPickerModal, type PickablePerson } from './person-picker';

/** What the commands need. */
export interface NoteCommandDeps extends NoteCreationDeps {
	readonly getSettings: () => Settings;
}

/** Everyone the picker offers: person notes and unresolved people, you excluded, by name. */
export function listPickablePeople(deps: NoteCommandDeps): PickablePerson[] {
	// The derivation cached on the index revision holds the table: opening the picker walks nothing.
	const settings = deps.getSettings();
	const derived = deriveDashboard(deps.index(), settings, deps.today());
	const table = derived.people;
	const redactor = settings.privacyMode ? derived.redactor : undefined;
	const out: PickablePerson[] = [];
	for (const person of table.people.values()) {
		if (table.youKeys.has(toPersonKey(person.id))) continue;
		out.push({
			// An unresolved person's id holds the normalized name; links and file names use it as written.
			target: person.id.kind === 'note' ? person.id : { kind: 'unresolved', name: person.name },
			name: person.name,
			aliases: person.note?.aliases ?? [],
			...(redactor ? { label: redactor.labelOf(person.name) } : {}),
		});
	}
	return out.sort((a, b) => a.name.localeCompare(b.name) || (a.target.kind === 'note' && b.target.kind === 'note' ? a.target.path.localeCompare(b.target.path) : 0));
}

/**
 * A Notice saying a write failed. The app's message may name the file (a person's name): in
 * privacy mode it shows redacted, like every Notice (DESIGN §4).
 */
function reporter(deps: NoteCommandDeps): (error: unknown) => void {
	return (error) => {
		const message = error instanceof Error ? error.message : String(error);
		const settings = deps.getSettings();
		const shown = settings.privacyMode ? deriveDashboard(deps.index(), settings, deps.today()).redactor.redact(message) : message;
		new Notice(`The note could not be created: ${shown}`);
	};
}

/** Opens the New 1-on-1 picker; choosing creates the note and opens it. */
export function openNewOneOnOne(app: App, deps: NoteCommandDeps): void {
	const report = reporter(deps);
	const create = (people: readonly PickablePerson[]): void => {
		createOneOnOne(app, deps.getSettings(), deps, people.map((p) => p.target)).catch(report);
	};
	new PersonPickerModal(app, listPickablePeople(deps), {
		onDone: create,
		onNewPerson: (typed, chosen) => {
			new NamePromptModal(app, 'New person', typed, (name) => {
				createPersonNote(app, deps.getSettings(), deps, name, { open: false })
					.then((result) => {
						if (!result) return;
						create([...chosen, { target: { kind: 'note', path: result.file.path }, name: result.file.basename, aliases: [] }]);
					})
					.catch(report);
			}).open();
		},
	}, [], false, deps.getSettings().privacyMode).open();
}

/** Opens the New person prompt; the name creates (or opens) the person's note. */
export function openNewPerson(app: App, deps: NoteCommandDeps): void {
	const report = reporter(deps);
	new NamePromptModal(app, 'New person', '', (name) => {
		createPersonNote(app, deps.getSettings(), deps, name).catch(report);
	}).open();
}

/** The note-command dependencies from the command context. */
function depsOf(context: CommandContext): NoteCommandDeps {
	return { getSettings: context.getSettings, index: () => context.indexer.index, today: () => calendarDateAt() };
}

/** The three note commands, as entries of the command table (`commands.ts`). */
export const NOTE_COMMANDS: readonly PluginCommand[] = [
	{ id: 'new-one-on-one', name: 'New 1-on-1…', run: (context) => openNewOneOnOne(context.app, depsOf(context)) },
	{ id: 'new-person', name: 'New person…', run: (context) => openNewPerson(context.app, depsOf(context)) },
	{
		// An editor command: offered only while a Markdown note is open in the editor.
		id: 'insert-one-on-one-template',
		name: 'Insert 1-on-1 template',
		isAvailable: ({ app }) => app.workspace.getActiveViewOfType(MarkdownView)?.file != null,
		run: async (context) => {
			const view = context.app.workspace.getActiveViewOfType(MarkdownView);
			const path = view?.file?.path;
			if (!view || !path) return;
			await insertOneOnOneTemplate(context.app, context.getSettings(), depsOf(context), view.editor, path).catch(reporter(depsOf(context)));
		},
	},
];
