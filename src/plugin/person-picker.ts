/**
 * The person picker of New 1-on-1… (DESIGN §4): fuzzy over people, unresolved people included,
 * searchable by alias, with "New person…" and "Group talk…" choices. Shift+Enter (or "Group
 * talk…", for touch screens) adds a person and keeps picking; "Create the note with …" finishes.
 */
import { FuzzySuggestModal, type App, type FuzzyMatch } from 'obsidian';
import { toInitials } from '../core/redact';
import type { PersonTarget } from './note-creation';

/** One person the picker offers. */
export interface PickablePerson {
	readonly target: PersonTarget;
	readonly name: string;
	readonly aliases: readonly string[];
	/**
	 * The label privacy mode shows: the redaction step's (`NameMatcher.labelOf`), as the pane and the
	 * map show it, so two people with the same initials stay apart. Absent: their initials.
	 */
	readonly label?: string;
}

/** What privacy mode shows for a person. */
function labelOf(person: PickablePerson): string {
	return person.label ?? toInitials(person.name);
}

type Choice =
	| { readonly kind: 'person'; readonly person: PickablePerson }
	| { readonly kind: 'new-person' }
	| { readonly kind: 'group' }
	| { readonly kind: 'create' };

/** What the picker calls back with. */
export interface PersonPickerHandlers {
	/** The people chosen, in order; called once, when the user finishes. */
	readonly onDone: (people: readonly PickablePerson[]) => void;
	/** "New person…" was chosen, with what had been typed; `chosen` are the people picked so far. */
	readonly onNewPerson: (typed: string, chosen: readonly PickablePerson[]) => void;
}

function sameTarget(a: PersonTarget, b: PersonTarget): boolean {
	if (a.kind === 'note' && b.kind === 'note') return a.path === b.path;
	if (a.kind === 'unresolved' && b.kind === 'unresolved') return a.name.toLowerCase() === b.name.toLowerCase();
	return false;
}

/** The picker. `chosen` are the people already in a group talk; `group` keeps picking after each choice. */
export class PersonPickerModal extends FuzzySuggestModal<Choice> {
	constructor(
		app: App,
		private readonly people: readonly PickablePerson[],
		private readonly handlers: PersonPickerHandlers,
		private readonly chosen: readonly PickablePerson[] = [],
		private readonly group = false,
		/** Privacy mode: initials are shown; typing a name or an alias still finds the person. */
		private readonly privacy = false,
	) {
		super(app);
		this.setPlaceholder(chosen.length > 0 ? `Add a person to the talk with ${this.namesOf(chosen)}` : 'Who is the 1-on-1 with?');
		this.setInstructions([
			{ command: '↑↓', purpose: 'to navigate' },
			{ command: '↵', purpose: group ? 'to add' : 'to create the note' },
			{ command: 'shift ↵', purpose: 'to add another person' },
			{ command: 'esc', purpose: 'to dismiss' },
		]);
		this.scope.register(['Shift'], 'Enter', (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
	}

	getItems(): Choice[] {
		const rest = this.people.filter((person) => !this.chosen.some((c) => sameTarget(c.target, person.target)));
		const items: Choice[] = [];
		if (this.chosen.length > 0) items.push({ kind: 'create' });
		items.push(...rest.map((person): Choice => ({ kind: 'person', person })));
		items.push({ kind: 'new-person' });
		if (!this.group && this.chosen.length === 0) items.push({ kind: 'group' });
		return items;
	}

	private namesOf(people: readonly PickablePerson[]): string {
		return people.map((p) => (this.privacy ? labelOf(p) : p.name)).join(', ');
	}

	override renderSuggestion(item: FuzzyMatch<Choice>, el: HTMLElement): void {
		if (!this.privacy || (item.item.kind !== 'person' && item.item.kind !== 'create')) {
			super.renderSuggestion(item, el);
			return;
		}
		el.setText(item.item.kind === 'person' ? labelOf(item.item.person) : `Create the note with ${this.namesOf(this.chosen)}`);
	}

	/** "New person…" is offered whatever was typed: a name that matches nobody is what it is for. */
	override getSuggestions(query: string): FuzzyMatch<Choice>[] {
		const matches = super.getSuggestions(query);
		if (!matches.some((match) => match.item.kind === 'new-person')) matches.push({ item: { kind: 'new-person' }, match: { score: 0, matches: [] } });
		return matches;
	}

	getItemText(item: Choice): string {
		switch (item.kind) {
			case 'person': return item.person.aliases.length > 0 ? `${item.person.name} (${item.person.aliases.join(', ')})` : item.person.name;
			case 'new-person': return 'New person…';
			case 'group': return 'Group talk: pick several people…';
			case 'create': return `Create the note with ${this.namesOf(this.chosen)}`;
		}
	}

	onChooseItem(item: Choice, evt: MouseEvent | KeyboardEvent): void {
		const typed = this.inputEl.value;
		switch (item.kind) {
			case 'create':
				this.handlers.onDone(this.chosen);
				return;
			case 'new-person':
				this.handlers.onNewPerson(typed, this.chosen);
				return;
			case 'group':
				new PersonPickerModal(this.app, this.people, this.handlers, this.chosen, true, this.privacy).open();
				return;
			case 'person': {
				const chosen = [...this.chosen, item.person];
				if (this.group || evt.shiftKey) new PersonPickerModal(this.app, this.people, this.handlers, chosen, true, this.privacy).open();
				else this.handlers.onDone(chosen);
			}
		}
	}
}
