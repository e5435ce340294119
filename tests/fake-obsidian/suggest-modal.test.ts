/**
 * The fake's notices and fuzzy suggest modal, on their own: no plugin is loaded, so only a change to
 * the fake can fail these (the plugin's own pickers are tested in tests/plugin).
 */
import { describe, expect, it } from 'vitest';
import { createFakeApp, fake, FuzzySuggestModal, Notice, type App } from './index';

/** A picker like the plugin's person picker will be: fuzzy over names. */
class PersonPicker extends FuzzySuggestModal<string> {
	chosen: string[] = [];

	constructor(app: App, private readonly people: string[]) {
		super(app);
		this.setPlaceholder('Pick a person');
	}

	getItems(): string[] {
		return this.people;
	}

	getItemText(item: string): string {
		return item;
	}

	onChooseItem(item: string): void {
		this.chosen.push(item);
		new Notice(`Picked ${item}`);
	}
}

describe('fake obsidian: notices and suggest modals', () => {
	it('types into a fuzzy suggest modal, moves with the arrow keys and chooses with Enter', async () => {
		const app = createFakeApp();
		const picker = new PersonPicker(app, ['Maria Lopez', 'Jo Chen', 'Ana Ruiz', 'Marco Diaz']);
		picker.open();
		expect(fake.topSuggestModal()).toBe(picker);
		expect(await fake.typeInSuggestModal('mar')).toEqual(['Maria Lopez', 'Marco Diaz']);
		expect(picker.resultContainerEl.querySelector('.is-selected .fuzzy-match')?.textContent).toBe('Mar');
		fake.pressKey('ArrowDown');
		fake.pressKey('Enter');
		expect(picker.chosen).toEqual(['Marco Diaz']);
		expect(fake.currentModals()).toEqual([]);
		expect(fake.noticeTexts()).toEqual(['Picked Marco Diaz']);
	});

	it('shows the empty state when nothing matches and closes on Escape without choosing', async () => {
		const app = createFakeApp();
		const picker = new PersonPicker(app, ['Maria Lopez']);
		picker.open();
		expect(await fake.typeInSuggestModal('zzz')).toEqual(['No results found.']);
		fake.pressKey('Escape');
		expect(fake.currentModals()).toEqual([]);
		expect(picker.chosen).toEqual([]);
	});
});
