/**
 * Shared pieces of the held-out settings tests: a small vault in which every setting the guide
 * lists changes something an organizer sees on the dashboard, and the settings tab as a person
 * uses it (a row by its name, typing into one of its fields key by key).
 */
import { PLUGIN_ID, fake, sectionItems, type Running } from './harness';

export { FILES, TODAY } from '../support/held-out-settings-vault';

/** The setting row named `name` in the open tab; throws, listing the names, when there is none. */
export function row(tab: HTMLElement, name: string): HTMLElement {
	const found = Array.from(tab.querySelectorAll<HTMLElement>('.setting-item')).find((r) => r.querySelector('.setting-item-name')?.textContent === name);
	if (!found) throw new Error(`no setting "${name}": ${Array.from(tab.querySelectorAll('.setting-item-name')).map((n) => n.textContent).join(' | ')}`);
	return found;
}

/** The `index`th text field (input or textarea) of the row named `name`. */
export function field(tab: HTMLElement, name: string, index = 0): HTMLInputElement | HTMLTextAreaElement {
	const found = row(tab, name).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea')[index];
	if (!found) throw new Error(`setting "${name}" has no text field ${index}`);
	return found;
}

/**
 * Opens the settings tab and types `value` into a field the way a person does: first the field
 * emptied, then one more character at a time, a short pause between keys.
 */
export async function typeSetting(running: Running, name: string, value: string, index = 0): Promise<void> {
	const input = field(fake.openSettings(running.app, PLUGIN_ID), name, index);
	for (let end = 0; end <= value.length; end++) {
		fake.typeInto(input, value.slice(0, end));
		await fake.settle(1);
	}
}

/** Clicks the toggle of the row named `name`. */
export function clickToggle(tab: HTMLElement, name: string): void {
	const toggle = row(tab, name).querySelector<HTMLElement>('.checkbox-container');
	if (!toggle) throw new Error(`setting "${name}" has no toggle`);
	toggle.click();
}

/** The texts of a dashboard section's items. */
export function texts(el: HTMLElement, section: string): string[] {
	return sectionItems(el, section).map((item) => item.textContent ?? '');
}

/** Whether a dashboard section has an item whose text holds `text`. */
export function shows(el: HTMLElement, section: string, text: string): boolean {
	return texts(el, section).some((t) => t.includes(text));
}
