/**
 * Shared pieces of the held-out settings tests: a small vault in which every setting the guide
 * lists changes something an organizer sees on the dashboard, and the settings tab as a person
 * uses it (a row by its name, typing into one of its fields key by key).
 */
import { PLUGIN_ID, fake, sectionItems, type Running } from './harness';

/** Today for every held-out settings test. */
export const TODAY = '2026-12-01';

/**
 * The vault. With the defaults, on 2026-12-01:
 * - Maria (assessment 2, interval 14): talk on 11-10 → check-in due 11-24: in Check in with.
 * - Jo (assessment 4, interval 30): talk on 11-05 → check-in 12-05: in Coming up, not Check in with.
 * - Ben: a person by folder only (People/, no type), no talk: in No 1-on-1 yet.
 * - Dee (Crew/, no type): no person until Crew is the people folder.
 * - Cal (Archive/, type person): in No 1-on-1 yet until Archive is excluded.
 * - "Talks/2026-11-20 Ben Okafor.md" has no type: a talk only once Talks is the 1-on-1 folder.
 * - Maria's talk: "call two coworkers" is undated (created 11-10 + stall 14 = 11-24: Offer support);
 *   "bring flyers" was done 11-08 (23 days ago, inside the 30-day debrief window: Debrief);
 *   "bring the contract" is Sam's (the organizer, so yours while Your name is empty), due 12-10,
 *   outside the 7-day Coming up window.
 * - "Templates/Talk.md" looks like a broken 1-on-1 (Notes to fix) until it is the 1-on-1 template.
 */
export const FILES: Readonly<Record<string, string>> = {
	'People/Maria Lopez.md': '---\ntype: person\nassessment: 2\nworkplace: Warehouse 4\n---\n',
	'People/Jo Chen.md': '---\ntype: person\nassessment: 4\nworkplace: Warehouse 4\nknows: "[[Maria Lopez]]"\nmentors: "[[Ben Okafor]]"\n---\n',
	'People/Ben Okafor.md': 'Works the loading dock.\n',
	'Crew/Dee Park.md': 'Nights.\n',
	'Archive/Cal Diaz.md': '---\ntype: person\n---\n',
	'Talks/2026-11-20 Ben Okafor.md': '---\nperson: "[[Ben Okafor]]"\ndate: 2026-11-20\n---\n## Agitate\nParking.\n',
	'1-on-1s/2026-11-10 Maria Lopez.md': [
		'---',
		'type: one-on-one',
		'person: "[[Maria Lopez]]"',
		'date: 2026-11-10',
		'organizer: "[[Sam Rivera]]"',
		'---',
		'## Agitate',
		'Overtime on nights.',
		'## Organize',
		'- [ ] call two coworkers',
		'- [x] bring flyers ✅ 2026-11-08',
		'- [ ] [[Sam Rivera]]: bring the contract 📅 2026-12-10',
		'',
	].join('\n'),
	'1-on-1s/2026-11-05 Jo Chen.md': '---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-05\norganizer: "[[Sam Rivera]]"\n---\n## Agitate\nSchedules.\n',
	'Templates/Talk.md': '---\ntype: one-on-one\nperson: "{{person}}"\n---\n## Grievances\n',
};

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
