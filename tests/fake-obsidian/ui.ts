/**
 * `Notice`, `Modal`, `SuggestModal` and `FuzzySuggestModal`. Notices are recorded so tests can read
 * them; modals attach to `document.body` like the app's, and suggest modals react to real `input`
 * and `keydown` events, so a test types into them as a user would.
 */
import type { App } from './app';
import { prepareFuzzySearch, renderResults, type SearchResult } from './functions';
import { guard, registerApiClass } from './not-implemented';
import { Scope } from './scope';

/** Every notice shown since the last reset, oldest first. */
export const noticeLog: Notice[] = [];

/** Every modal currently open, oldest first. */
export const openModals: Modal[] = [];

export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;

	/**
	 * d.ts: "@param duration - Time in milliseconds to show the notice for. If this is 0, the Notice
	 * will stay visible until the user manually dismisses it." The app's default is 5 s.
	 */
	constructor(message: string | DocumentFragment, duration = 5000) {
		let container = document.body.querySelector<HTMLElement>(':scope > .notice-container');
		if (!container) container = document.body.createDiv({ cls: 'notice-container' });
		this.containerEl = container.createDiv({ cls: 'notice' });
		this.messageEl = this.containerEl.createDiv({ cls: 'notice-message' });
		this.noticeEl = this.messageEl;
		this.setMessage(message);
		noticeLog.push(this);
		if (duration > 0) setTimeout(() => this.hide(), duration);
		this.containerEl.addEventListener('click', () => this.hide());
		return guard(this, new.target);
	}

	/** d.ts: "Change the message of this notice." */
	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		return this;
	}

	hide(): void {
		this.containerEl.detach();
	}
}
registerApiClass(Notice, 'Notice');

export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	private isOpen = false;

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope(app.scope);
		this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
		this.containerEl.createDiv({ cls: 'modal-bg' });
		this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
		const close = this.modalEl.createDiv({ cls: 'modal-close-button', attr: { 'aria-label': 'Close' } });
		close.addEventListener('click', () => this.close());
		const header = this.modalEl.createDiv({ cls: 'modal-header' });
		this.titleEl = header.createDiv({ cls: 'modal-title' });
		this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
		// Escape closes, as in the app; other keys go to the modal's scope.
		this.scope.register([], 'Escape', () => {
			this.close();
			return false;
		});
		this.containerEl.addEventListener('keydown', (evt) => this.scope['handle'](evt));
		return guard(this, new.target);
	}

	/** d.ts: "Show the modal on the the active window." */
	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		document.body.appendChild(this.containerEl);
		openModals.push(this);
		this.onOpen();
	}

	/** d.ts: "Hide the modal." */
	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.containerEl.detach();
		openModals.splice(openModals.indexOf(this), 1);
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}
registerApiClass(Modal, 'Modal');

/** d.ts `Instruction`. */
export interface Instruction {
	command: string;
	purpose: string;
}

/**
 * d.ts `SuggestModal<T>`: an input, a result list built by `getSuggestions` (sync or async) and
 * `renderSuggestion`, arrow keys to move, Enter or a click to choose. Choosing closes the modal,
 * then calls `onChooseSuggestion` (the app's order).
 */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = 'No results found.';
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private values: T[] = [];
	private selected = 0;
	private generation = 0;
	private updating: Promise<void> = Promise.resolve();

	constructor(app: App) {
		super(app);
		this.modalEl.addClass('prompt');
		this.modalEl.empty();
		const inputContainer = this.modalEl.createDiv({ cls: 'prompt-input-container' });
		this.inputEl = inputContainer.createEl('input', { cls: 'prompt-input', type: 'text', attr: { enterkeyhint: 'done' } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: 'prompt-results' });
		this.inputEl.addEventListener('input', () => {
			this.updating = this.updateSuggestions();
		});
		this.scope.register([], 'ArrowDown', () => {
			this.select(this.selected + 1);
			return false;
		});
		this.scope.register([], 'ArrowUp', () => {
			this.select(this.selected - 1);
			return false;
		});
		this.scope.register([], 'Enter', (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
	}

	override open(): void {
		super.open();
		this.inputEl.focus();
		this.updating = this.updateSuggestions();
	}

	private async updateSuggestions(): Promise<void> {
		const generation = ++this.generation;
		const values = await this.getSuggestions(this.inputEl.value);
		if (generation !== this.generation) return;
		this.values = values.slice(0, this.limit);
		this.selected = 0;
		this.resultContainerEl.empty();
		if (this.values.length === 0) {
			this.onNoSuggestion();
			return;
		}
		this.values.forEach((value, index) => {
			const el = this.resultContainerEl.createDiv({ cls: 'suggestion-item' });
			this.renderSuggestion(value, el);
			el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
			el.addEventListener('mousemove', () => this.select(index));
		});
		this.select(0);
	}

	private select(index: number): void {
		const items = Array.from(this.resultContainerEl.querySelectorAll('.suggestion-item'));
		if (items.length === 0) return;
		this.selected = (index + items.length) % items.length;
		items.forEach((item, i) => item.toggleClass('is-selected', i === this.selected));
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: Instruction[]): void {
		this.modalEl.querySelector('.prompt-instructions')?.detach();
		const box = this.modalEl.createDiv({ cls: 'prompt-instructions' });
		for (const { command, purpose } of instructions) {
			const row = box.createDiv({ cls: 'prompt-instruction' });
			row.createSpan({ cls: 'prompt-instruction-command', text: command });
			row.createSpan({ text: purpose });
		}
	}

	/** d.ts `onNoSuggestion()`: shows `emptyStateText`. */
	onNoSuggestion(): void {
		this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.values[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;

	abstract renderSuggestion(value: T, el: HTMLElement): void;

	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}
registerApiClass(SuggestModal, 'SuggestModal');

/** d.ts `FuzzyMatch<T>`. */
export interface FuzzyMatch<T> {
	item: T;
	match: SearchResult;
}

/**
 * d.ts `FuzzySuggestModal<T>`: suggestions are `getItems()` fuzzily matched on `getItemText` (all
 * items for an empty query), best first; rendered with the matched characters highlighted.
 */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === '') return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		return out.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(item.item), item.match);
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];

	abstract getItemText(item: T): string;

	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
registerApiClass(FuzzySuggestModal, 'FuzzySuggestModal');
