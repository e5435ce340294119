/**
 * Add relationship… (DESIGN §4), from a person note: pick a person (fuzzy, aliases searchable,
 * unresolved people included) and a relation from the vocabulary; the link is added to that
 * property through `processFrontMatter`, as a list with no duplicates. Then, when the user says
 * so, the reverse goes on the other note; a person without a note gets one first, after asking.
 */
import { FuzzySuggestModal, Modal, Notice, SuggestModal, TFile, type App, type FuzzyMatch } from 'obsidian';
import { formatLinkTarget } from '../core/note-links';
import { normalizeReference } from '../core/resolver';
import { addRelationLink } from '../core/relation-property';
import type { VaultIndex } from '../core/vault-index';
import type { Settings } from '../settings';
import type { ActionHistory, UndoEntry, UndoOutcome } from './actions/action-history';
import { showActionNotice } from './actions/action-notice';
import { readMapGraph } from './read-map-graph';
import { createPersonNote, makeLinkLookup } from './note-creation';

/** Someone the picker offers: a person note, or a name without one. */
interface Pickable {
	readonly path?: string;
	readonly name: string;
	/** As shown (initials in privacy mode). */
	readonly shownName: string;
	readonly aliases: readonly string[];
}

/** One way to read a relation: the key written on this note, and the key for the other note. */
interface RelationChoice {
	readonly key: string;
	readonly reverse: string;
}

/** What the command needs. */
export interface AddRelationshipDeps {
	readonly app: App;
	readonly index: () => VaultIndex;
	readonly getSettings: () => Settings;
	readonly today: () => string;
	/** Where the Undo of the Notice goes (the pane's actions share it). */
	readonly history?: ActionHistory;
}

/** The person note open in the editor, if it is one. */
export function activePersonNote(app: App, index: VaultIndex): TFile | null {
	const file = app.workspace.getActiveFile();
	return file && index.get(file.path)?.kind === 'person' ? file : null;
}

class PersonChoiceModal extends FuzzySuggestModal<Pickable> {
	constructor(app: App, private readonly people: readonly Pickable[], private readonly privacy: boolean, private readonly onPick: (person: Pickable) => void) {
		super(app);
		this.setPlaceholder('Who is the relationship with?');
	}

	getItems(): Pickable[] {
		return [...this.people];
	}

	getItemText(person: Pickable): string {
		return [person.name, ...person.aliases].join(' · ');
	}

	override renderSuggestion(item: FuzzyMatch<Pickable>, el: HTMLElement): void {
		// Names and aliases are searched but, in privacy mode, never shown.
		if (this.privacy) el.setText(item.item.shownName);
		else super.renderSuggestion(item, el);
	}

	onChooseItem(person: Pickable): void {
		this.onPick(person);
	}
}

class RelationChoiceModal extends SuggestModal<RelationChoice> {
	constructor(app: App, private readonly choices: readonly RelationChoice[], private readonly otherName: string, private readonly onPick: (choice: RelationChoice) => void) {
		super(app);
		this.setPlaceholder(`How is this person related to ${otherName}?`);
	}

	getSuggestions(query: string): RelationChoice[] {
		const q = query.trim().toLowerCase();
		return this.choices.filter((c) => c.key.includes(q));
	}

	renderSuggestion(choice: RelationChoice, el: HTMLElement): void {
		el.createDiv({ text: choice.key });
		if (choice.reverse !== choice.key) el.createDiv({ cls: 'suggestion-note', text: `${this.otherName}'s note would say: ${choice.reverse}` });
	}

	onChooseSuggestion(choice: RelationChoice): void {
		this.onPick(choice);
	}
}

/** Asks whether to write the reverse too (creating the other note first when there is none); dismissing adds nothing. */
class ReverseModal extends Modal {
	private answered = false;

	constructor(app: App, private readonly question: string, private readonly yes: string, private readonly onAnswer: (both: boolean) => void) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle('Add relationship');
		this.contentEl.createEl('p', { text: this.question });
		const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
		buttons.createEl('button', { cls: 'mod-cta', text: this.yes }).addEventListener('click', () => this.answer(true));
		buttons.createEl('button', { text: 'Only this note' }).addEventListener('click', () => this.answer(false));
	}

	private answer(both: boolean): void {
		this.answered = true;
		this.close();
		this.onAnswer(both);
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.answered) new Notice('Nothing was added.');
	}
}

/** The vocabulary as choices: each forward key, and each reverse key of a directed relation. */
function listRelationChoices(settings: Settings): RelationChoice[] {
	const out: RelationChoice[] = [];
	const seen = new Set<string>();
	for (const { property, reverse } of settings.relationships) {
		if (!seen.has(property)) out.push({ key: property, reverse });
		seen.add(property);
		if (reverse !== property && !seen.has(reverse)) out.push({ key: reverse, reverse: property });
		seen.add(reverse);
	}
	return out;
}

/** The link text for a person (DESIGN §2: real basename, path-qualified when ambiguous; a new name sanitized). */
function linkTextFor(app: App, index: VaultIndex, person: { readonly path?: string; readonly name: string }): string {
	return formatLinkTarget(person.path ? { kind: 'note', path: person.path } : { kind: 'unresolved', name: person.name }, makeLinkLookup(app, index));
}

/** What adding a link did; an added one knows what the property held before, for Undo. */
type LinkOutcome =
	| { readonly kind: 'added'; readonly file: TFile; readonly key: string; readonly before: unknown; readonly written: readonly unknown[] }
	| { readonly kind: 'present' }
	| { readonly kind: 'refused'; readonly reason: string };

/** Adds `[[linkText]]` to `key` of `file`, unless the property already points at `target`. */
async function addLink(app: App, index: VaultIndex, file: TFile, key: string, linkText: string, target: { path?: string; name: string }): Promise<LinkOutcome> {
	const sameTarget = (reference: string): boolean => {
		const resolved = index.resolve(reference);
		if (target.path) return resolved?.path === target.path || normalizeReference(reference) === normalizeReference(target.path);
		return !resolved && normalizeReference(reference.split('/').pop() ?? reference) === normalizeReference(target.name);
	};
	let outcome: LinkOutcome = { kind: 'present' };
	try {
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			// The note's own spelling of the key wins (`Knows:` stays `Knows:`).
			const existingKey = Object.keys(frontmatter).find((k) => k.toLowerCase() === key) ?? key;
			const before = frontmatter[existingKey];
			const result = addRelationLink(before, linkText, sameTarget);
			if (result.kind === 'added') frontmatter[existingKey] = result.value;
			outcome = result.kind === 'added' ? { kind: 'added', file, key: existingKey, before, written: result.value } : result;
		});
	} catch {
		return { kind: 'refused', reason: "the note's front matter could not be read; fix it first" };
	}
	return outcome;
}

/** Undo: each property gets its previous value back (or goes, if it was absent), unless changed since. */
function undoLinks(app: App, added: readonly Extract<LinkOutcome, { kind: 'added' }>[]): UndoEntry {
	return {
		label: 'added relationship',
		undo: async (): Promise<UndoOutcome> => {
			let refused = 0;
			for (const a of [...added].reverse()) {
				if (app.vault.getFileByPath(a.file.path) !== a.file) {
					refused++;
					continue;
				}
				await app.fileManager.processFrontMatter(a.file, (frontmatter: Record<string, unknown>) => {
					if (JSON.stringify(frontmatter[a.key]) !== JSON.stringify(a.written)) return void refused++;
					if (a.before === undefined) delete frontmatter[a.key];
					else frontmatter[a.key] = a.before;
				});
			}
			return refused === 0 ? { ok: true, message: 'Removed the relationship again.' } : { ok: false, message: 'Could not undo everything: a note changed since.' };
		},
	};
}

/** The closing Notice, with Undo when something was written and a history is at hand. */
function report(deps: AddRelationshipDeps, message: string, added: readonly LinkOutcome[]): void {
	const written = added.filter((a): a is Extract<LinkOutcome, { kind: 'added' }> => a.kind === 'added');
	if (written.length === 0 || !deps.history) return void new Notice(message);
	const entry = undoLinks(deps.app, written);
	deps.history.record(entry);
	showActionNotice(message, deps.history, entry);
}

/** Runs Add relationship… on the person note open in the editor. */
export function runAddRelationship(deps: AddRelationshipDeps): void {
	const { app } = deps;
	const index = deps.index();
	const file = activePersonNote(app, index);
	if (!file) {
		new Notice('Open a person note to add a relationship.');
		return;
	}
	const settings = deps.getSettings();
	const data = readMapGraph(index, settings, deps.today(), settings.privacyMode);
	const self = data.graph.nodes.findIndex((n) => n.path === file.path);
	const selfName = self >= 0 ? data.shown.nodes[self].name : file.basename;
	// You are offered too: "recruited-by: [[you]]" is the tie organizing builds (DESIGN §2's example);
	// only the dashboard's people lists leave you out.
	const people: Pickable[] = data.graph.nodes.flatMap((node, i) =>
		node.path === file.path ? [] : [{ path: node.path, name: node.name, shownName: data.shown.nodes[i].name, aliases: node.aliases }],
	);
	new PersonChoiceModal(app, people, settings.privacyMode, (person) => {
		new RelationChoiceModal(app, listRelationChoices(settings), person.shownName, (relation) => {
			const question = person.path
				? `Add ${relation.key}: ${person.shownName} to this note. Also add ${relation.reverse}: ${selfName} to ${person.shownName}'s note?`
				: `Add ${relation.key}: ${person.shownName} to this note. ${person.shownName} has no note yet: create it in ${settings.peopleFolder || 'the vault root'} with ${relation.reverse}: ${selfName}?`;
			new ReverseModal(app, question, person.path ? 'Add to both notes' : 'Create their note too', (both) => {
				void writeRelationship(deps, index, file, person, relation, both, selfName);
			}).open();
		}).open();
	}).open();
}

/** Writes the chosen relation, and its reverse when `both`. */
async function writeRelationship(deps: AddRelationshipDeps, index: VaultIndex, file: TFile, person: Pickable, relation: RelationChoice, both: boolean, selfName: string): Promise<void> {
	const { app } = deps;
	const linkText = linkTextFor(app, index, person);
	const first = await addLink(app, index, file, relation.key, linkText, person);
	if (first.kind === 'refused') {
		new Notice(`Could not add ${relation.key}: ${first.reason}.`);
		return;
	}
	const said = first.kind === 'added' ? `Added ${relation.key}: ${person.shownName}` : `${relation.key} already names ${person.shownName}`;
	if (!both) {
		report(deps, `${said}.`, [first]);
		return;
	}
	let other: TFile | null;
	try {
		other = person.path
			? app.vault.getFileByPath(person.path)
			: ((await createPersonNote(app, deps.getSettings(), { index: () => index, today: deps.today }, person.name, { open: false }))?.file ?? null);
	} catch {
		// The app's message names the file (their name): the Notice says only what failed.
		return report(deps, `${said}; could not create ${person.shownName}'s note.`, [first]);
	}
	if (!(other instanceof TFile)) return report(deps, `${said}; could not find ${person.shownName}'s note.`, [first]);
	const second = await addLink(app, index, other, relation.reverse, linkTextFor(app, index, { path: file.path, name: file.basename }), { path: file.path, name: file.basename });
	if (second.kind === 'refused') return report(deps, `${said}; could not add ${relation.reverse} to ${person.shownName}'s note: ${second.reason}.`, [first]);
	report(deps, `${said}, and ${relation.reverse}: ${selfName} on their note.`, [first, second]);
}
