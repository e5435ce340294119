/**
 * "Explain this note" in Obsidian: a modal with the same explanation the CLI's `explain` prints,
 * built by the same core function (`explainNote`) from the live index. The view never parses: it
 * renders the core's blocks of lines, each as text. Privacy mode redacts every line, paths included.
 */
import { Modal, Notice, TFile, type App } from 'obsidian';
import { calendarDateAt } from '../core/dates';
import { deriveDashboard } from '../core/derive';
import { explainNote, redactExplanation, type NoteExplanation } from '../core/explain';
import { redactorForExplanation } from '../core/explain-redactor';
import { formatExplanation } from '../core/explain-text';
import type { Settings } from '../settings';
import type { VaultIndexer } from './vault-indexer';

/** What explaining a note needs. */
export interface ExplainDeps {
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** Today's calendar date; injectable for tests. */
	readonly today?: () => string;
}

/** Renders an explanation into `el` (emptied first): a heading per block, its lines as list items, all as text. */
export function renderExplanation(el: HTMLElement, explanation: NoteExplanation): void {
	el.empty();
	el.addClass('ro-explain');
	for (const block of formatExplanation(explanation)) {
		const section = el.createDiv({ cls: 'ro-explain__block' });
		section.createEl('h6', { cls: 'ro-explain__title', text: block.title });
		const list = section.createEl('ul', { cls: 'ro-explain__lines' });
		for (const line of block.lines) list.createEl('li', { cls: 'ro-explain__line', text: line });
	}
}

/** The modal: a title and the rendered explanation. */
export class ExplainModal extends Modal {
	constructor(app: App, private readonly title: string, private readonly explanation: NoteExplanation) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.title);
		renderExplanation(this.contentEl, this.explanation);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Builds the explanation of the note at `path` from the live index, redacted in privacy mode. */
export async function buildNoteExplanation(app: App, deps: ExplainDeps, path: string): Promise<{ title: string; explanation: NoteExplanation } | undefined> {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) return undefined;
	const text = await app.vault.cachedRead(file);
	const settings = deps.getSettings();
	const today = deps.today ? deps.today() : calendarDateAt();
	const index = deps.indexer.index;
	const exclusion = deps.indexer.explainExclusion(path);
	let explanation = explainNote({ index, path, text, today, options: settings, ...(exclusion ? { exclusion } : {}) });
	let title = `Explain: ${file.basename}`;
	if (settings.privacyMode) {
		const redactor = redactorForExplanation(deriveDashboard(index, settings, today), index, explanation, text, settings);
		explanation = redactExplanation(explanation, redactor, settings.relationships.flatMap((r) => [r.property, r.reverse]));
		title = redactor.redact(title);
	}
	return { title, explanation };
}

/** Opens the explanation of the note at `path`; a Notice when it cannot be read. */
export async function openExplanation(app: App, deps: ExplainDeps, path: string): Promise<void> {
	try {
		const built = await buildNoteExplanation(app, deps, path);
		if (!built) {
			new Notice('There is no such note to explain.');
			return;
		}
		new ExplainModal(app, built.title, built.explanation).open();
	} catch (error) {
		// The app's message may name the file, a person's name: redacted in privacy mode, like every Notice (DESIGN §4).
		const message = error instanceof Error ? error.message : String(error);
		const settings = deps.getSettings();
		const shown = settings.privacyMode ? deriveDashboard(deps.indexer.index, settings, deps.today ? deps.today() : calendarDateAt()).redactor.redact(message) : message;
		new Notice(`The note could not be explained: ${shown}`);
	}
}
