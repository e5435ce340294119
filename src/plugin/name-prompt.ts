/**
 * A one-field modal asking for a name (New person…). Enter or the button submits; an empty name
 * does nothing.
 */
import { Modal, type App } from 'obsidian';

/** Asks for a name, prefilled with `initial`; calls `onSubmit` with the trimmed name. */
export class NamePromptModal extends Modal {
	constructor(
		app: App,
		private readonly title: string,
		private readonly initial: string,
		private readonly onSubmit: (name: string) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.title);
		const form = this.contentEl.createEl('form', { cls: 'ro-name-prompt' });
		const input = form.createEl('input', { type: 'text', cls: 'ro-name-prompt__input', attr: { 'aria-label': 'Name', placeholder: 'Full name' } });
		input.value = this.initial;
		form.createEl('button', { text: 'Create', cls: 'mod-cta', attr: { type: 'submit' } });
		form.addEventListener('submit', (evt) => {
			evt.preventDefault();
			const name = input.value.trim();
			if (!name) return;
			this.close();
			this.onSubmit(name);
		});
		input.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
