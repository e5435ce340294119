/**
 * The rows of the dashboard's lists: a commitment's row, a person's row, and the parts they are
 * made of (main link, person name, dates, stage marks, action buttons). Note text is always set as
 * text, never as HTML; in privacy mode no path reaches an attribute.
 */
import { Keymap, type PaneType } from 'obsidian';
import { describeRelativeDay, segmentDisplayText } from '../core/display-text';
import { dropOwnerPrefix } from '../core/obsidian-syntax';
import type { CommitmentRef, PersonRef } from '../core/follow-ups';
import type { NoteTarget, ShownItem, ShownModel } from '../core/redact';
import { AEIOU_STAGES, type SectionKey } from '../core/aeiou';
import type { CalendarDate } from '../core/model';
import type { DashboardActions, ItemOrigin, NotedPerson } from './dashboard-actions';
import type { DashboardDisplay } from './dashboard-display';

/**
 * Opens on a click as a link in Obsidian does: a plain click in the tab, Ctrl/Cmd+click or a
 * middle click in a new one (`Keymap.isModEvent`). Handled here, so an enclosing row does not
 * open it a second time.
 */
function onOpen(el: HTMLElement, open: (newLeaf: PaneType | boolean) => void): void {
	const handle = (event: MouseEvent): void => {
		event.preventDefault();
		event.stopPropagation();
		open(Keymap.isModEvent(event));
	};
	el.addEventListener('click', handle);
	el.addEventListener('auxclick', (event) => {
		if (event.button === 1) handle(event);
	});
}

/** One item of a list, rendered into the list at its place. */
export interface Row {
	readonly render: (item: HTMLElement, origin: ItemOrigin) => void;
}

/** Builds the rows of one shown model: links open the real notes, actions get the item's place. */
export class DashboardRows {
	constructor(
		private readonly shown: ShownModel,
		private readonly actions: DashboardActions,
		private readonly display: DashboardDisplay,
	) {}

	/** The real note behind a shown item: opening and `data-path` use it, never the shown path. */
	targetOf(item: ShownItem): NoteTarget | undefined {
		return this.shown.targetOf(item);
	}

	private get today(): CalendarDate {
		return this.shown.model.today;
	}

	/** A date as "2026-11-26 (3 days ago)". */
	addDate(parent: HTMLElement, prefix: string, date: CalendarDate): void {
		if (prefix) parent.appendText(prefix);
		const time = parent.createEl('time', { cls: 'ro-dashboard__date', text: date });
		time.setAttr('datetime', date);
		parent.createSpan({ cls: 'ro-dashboard__relative', text: ` (${describeRelativeDay(date, this.today)})` });
	}

	private pathAttr(el: HTMLElement, path: string): void {
		// Privacy mode shows no paths anywhere, attributes included.
		if (!this.display.privacy) el.setAttr('data-path', path);
	}

	/** The item's main link: opens its note (at the line). */
	addMainLink(parent: HTMLElement, target: NoteTarget | undefined, fill: (el: HTMLElement) => void): HTMLElement {
		if (!target) {
			const span = parent.createSpan({ cls: 'ro-dashboard__name' });
			fill(span);
			return span;
		}
		const { path, line, raw } = target;
		const link = parent.createEl('a', { cls: 'ro-dashboard__link', href: '#' });
		this.pathAttr(link, path);
		fill(link);
		onOpen(link, (newLeaf) => this.actions.openNote(path, line, newLeaf, raw));
		return link;
	}

	/** A person's name, a link to their note when they have one. */
	addPersonName(parent: HTMLElement, person: PersonRef): void {
		const name = person.name;
		const path = this.targetOf(person)?.path;
		if (!path) {
			parent.createSpan({ cls: 'ro-dashboard__person ro-dashboard__person--unresolved', text: name });
			return;
		}
		const link = parent.createEl('a', { cls: 'ro-dashboard__person', href: '#', text: name });
		this.pathAttr(link, path);
		onOpen(link, (newLeaf) => this.actions.openNote(path, undefined, newLeaf));
	}

	/** Commitment text as Dataview's reading view shows it: fields as fields, links as names. */
	fillCommitmentText(el: HTMLElement, text: string): void {
		const segments = segmentDisplayText(text);
		for (const segment of segments) {
			if (segment.kind === 'text') {
				el.appendText(segment.text);
				continue;
			}
			const field = el.createSpan({ cls: 'ro-field' });
			field.createSpan({ cls: 'ro-field__key', text: segment.key });
			field.createSpan({ cls: 'ro-field__value', text: segment.value });
		}
		if ((el.textContent ?? '').trim() === '') el.setText('Empty task');
	}

	/** An action button; `subject` (as shown) names the item in its accessible name: "Mark done: …". */
	addButton(parent: HTMLElement, label: string, onClick: () => void, subject?: string): void {
		const button = parent.createEl('button', { cls: 'ro-dashboard__action', text: label });
		if (subject) button.setAttr('aria-label', `${label}: ${subject}`);
		button.addEventListener('click', (event) => {
			event.stopPropagation();
			onClick();
		});
	}

	/** A list item that behaves as one clickable target: the whole row opens the target's note. */
	startItem(list: HTMLElement, target: NoteTarget | undefined): HTMLElement {
		const item = list.createEl('li', { cls: 'ro-dashboard__item' });
		if (target) {
			const { path, line, raw } = target;
			item.addClass('is-clickable');
			onOpen(item, (newLeaf) => this.actions.openNote(path, line, newLeaf, raw));
		}
		return item;
	}

	/** A commitment's row; `options.text` replaces the text shown (Coming up prefixes the owner). */
	commitmentRow(ref: CommitmentRef, badge: string | undefined, meta: (el: HTMLElement) => void, options: { dropOwner?: boolean; done?: boolean; text?: string } = {}): Row {
		return {
			render: (list, origin) => {
				const target = this.targetOf(ref);
				const item = this.startItem(list, target);
				const main = item.createDiv({ cls: 'ro-dashboard__main ro-dashboard__main--text' });
				if (badge) main.createSpan({ cls: `ro-dashboard__badge ro-dashboard__badge--${badge.toLowerCase().replace(/\s+/g, '-')}`, text: badge });
				const text = options.text ?? ref.text;
				const link = this.addMainLink(main, target, (el) => this.fillCommitmentText(el, options.dropOwner ? dropOwnerPrefix(text) : text));
				meta(item.createDiv({ cls: 'ro-dashboard__meta' }));
				const markDone = this.actions.markDone;
				if (markDone && !options.done) {
					const bar = item.createDiv({ cls: 'ro-dashboard__actions' });
					this.addButton(bar, 'Mark done', () => markDone(ref, origin), link.textContent ?? undefined);
				}
			},
		};
	}

	/**
	 * The person's actions: Log 1-on-1 where asked; Log contact and Snooze only where they change
	 * something (`withContact`: Check in with, Coming up). A person without a note is offered
	 * "Create note" in their place: properties need a note to live in.
	 */
	addPersonActions(item: HTMLElement, person: PersonRef, origin: ItemOrigin, options: { readonly withContact: boolean; readonly withTalk: boolean }): void {
		const { logContact, snooze, logOneOnOne, createNote } = this.actions;
		const path = this.targetOf(person)?.path;
		const buttons: Array<[string, () => void]> = [];
		if (options.withTalk && logOneOnOne) buttons.push(['Log 1-on-1', () => logOneOnOne(person, origin)]);
		if (path) {
			const noted: NotedPerson = { ...person, path };
			if (options.withContact && logContact) buttons.push(['Log contact', () => logContact(noted, origin)]);
			if (options.withContact && snooze) buttons.push(['Snooze', () => snooze(noted, origin)]);
		} else if (createNote) {
			buttons.push(['Create note', () => createNote(person, origin)]);
		}
		if (buttons.length === 0) return;
		const bar = item.createDiv({ cls: 'ro-dashboard__actions' });
		for (const [label, run] of buttons) this.addButton(bar, label, run, person.name);
	}

	/** Five small marks, A E I O U, filled for the stages the last talk covered; one text alternative. */
	addStages(parent: HTMLElement, covered: readonly SectionKey[]): void {
		const names = AEIOU_STAGES.filter((stage) => covered.includes(stage.key)).map((stage) => stage.heading);
		const marks = parent.createSpan({ cls: 'ro-stages', attr: { role: 'img' } });
		marks.setAttr('aria-label', names.length > 0 ? `Last talk covered ${names.join(', ')}` : 'Last talk covered no stage yet');
		for (const stage of AEIOU_STAGES) {
			const mark = marks.createSpan({ cls: 'ro-stages__mark', text: stage.heading.charAt(0) });
			mark.toggleClass('is-covered', covered.includes(stage.key));
			mark.setAttr('aria-hidden', 'true');
		}
	}

	personRow(person: PersonRef, meta: (el: HTMLElement) => void, withContactActions: boolean, stages?: readonly SectionKey[]): Row {
		return {
			render: (list, origin) => {
				const target = this.targetOf(person);
				const item = this.startItem(list, target);
				const main = item.createDiv({ cls: 'ro-dashboard__main' });
				this.addMainLink(main, target, (el) => el.setText(person.name));
				if (!target) main.createSpan({ cls: 'ro-dashboard__unresolved', text: ' (no note yet)' });
				if (stages) this.addStages(main, stages);
				meta(item.createDiv({ cls: 'ro-dashboard__meta' }));
				this.addPersonActions(item, person, origin, { withContact: withContactActions, withTalk: true });
			},
		};
	}

	ownerMeta(owner: PersonRef, rest: (el: HTMLElement) => void): (el: HTMLElement) => void {
		return (el) => {
			this.addPersonName(el, owner);
			el.appendText(' · ');
			rest(el);
		};
	}
}
