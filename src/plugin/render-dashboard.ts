/**
 * Renders the follow-up model into an element. A function of the model, display state and
 * handlers only, so it is tested in happy-dom and in Chromium alike. Note text is always set as
 * text, never as HTML.
 *
 * Looks like Obsidian's own sidebar views: a small toolbar, collapsible sections whose headings are
 * no larger than their items, counts as flair, items that highlight on hover and show a focus ring.
 */
import { setIcon, setTooltip } from 'obsidian';
import { describeRelativeDay, segmentDisplayText } from '../core/display-text';
import { dropOwnerPrefix } from '../core/obsidian-syntax';
import type { CommitmentRef, FollowUpModel, PersonRef } from '../core/follow-ups';
import type { NoteTarget, ShownItem, ShownModel } from '../core/redact';
import { AEIOU_STAGES, type SectionKey } from '../core/aeiou';
import { DASHBOARD_SECTIONS, type DashboardSectionField } from '../core/dashboard-sections';
import type { CalendarDate } from '../core/model';
import { runSteps, type Steps } from '../core/steps';

/** Items rendered between two pause points of {@link renderDashboardSteps}. */
const ROWS_PER_STEP = 25;

/** Where an item was, so focus can move to the item that takes its place after an action. */
export interface ItemOrigin {
	readonly section: string;
	readonly index: number;
}

/** A person with a note (only those can get property actions). */
export type NotedPerson = PersonRef & { readonly path: string };

/** What the dashboard can ask the plugin to do. Optional actions are offered only when given. */
export interface DashboardActions {
	/** Opens a note, at a 1-based line when given. */
	readonly openNote: (path: string, line?: number) => void;
	readonly markDone?: (commitment: CommitmentRef, origin: ItemOrigin) => void;
	readonly logContact?: (person: NotedPerson, origin: ItemOrigin) => void;
	readonly snooze?: (person: NotedPerson, origin: ItemOrigin) => void;
	/** Creates and opens today's 1-on-1 with the person. */
	readonly logOneOnOne?: (person: PersonRef, origin: ItemOrigin) => void;
	/** Creates the note of a person who has none. */
	readonly createNote?: (person: PersonRef, origin: ItemOrigin) => void;
	/** Remembers a section's collapsed state. */
	readonly toggleSection?: (id: string, collapsed: boolean) => void;
	/** Shows the next page of a section. */
	readonly showMore?: (id: string) => void;
	readonly refresh?: () => void;
	readonly togglePrivacy?: () => void;
	/** Present only when the app can open this plugin's settings tab. */
	readonly openSettings?: () => void;
	/** First run: "New person" and "New 1-on-1", when those commands exist. */
	readonly newPerson?: () => void;
	readonly newOneOnOne?: () => void;
	/** Opens "Explain this note" for a note (each Notes to fix item offers it). */
	readonly explainNote?: (path: string) => void;
	/** First run, "Your name" empty: saves the name the user confirmed. */
	readonly saveYourName?: (name: string) => void;
	/** First run: "Not now" on the name prompt (remembered). */
	readonly dismissNamePrompt?: () => void;
}

/** The first-run question for "Your name": what the field starts with, and its hint. */
export interface NamePrompt {
	/** Pre-filled text (the suggestion; empty in privacy mode). */
	readonly value: string;
	/** Shown while the field is empty (in privacy mode, the suggestion's initials). */
	readonly placeholder: string;
}

/** Display options and state. */
export interface DashboardDisplay {
	/** Privacy mode (the shown model is redacted): no paths in attributes either. */
	readonly privacy?: boolean;
	/** Ids of collapsed sections. */
	readonly collapsed?: ReadonlySet<string>;
	/** Items shown per section (default `PAGE_SIZE`). */
	readonly shown?: Readonly<Record<string, number>>;
	/**
	 * Items per section (by id) when the model was trimmed to what is shown ({@link trimToShown});
	 * each list's own length otherwise.
	 */
	readonly counts?: Readonly<Record<string, number>>;
	/** Put focus on the item now at this place (after an action moved the previous one away). */
	readonly focus?: ItemOrigin;
	/** Ask for "Your name" at the top (given while it is empty and the user has not said "Not now"). */
	readonly namePrompt?: NamePrompt;
}

/** Items a section shows before "Show N more". */
export const PAGE_SIZE = 50;

interface Row {
	readonly render: (item: HTMLElement, origin: ItemOrigin) => void;
}

interface Section {
	readonly id: string;
	readonly title: string;
	readonly hint: string;
	readonly hiddenWhenEmpty: boolean;
	readonly rows: readonly Row[];
}

class Renderer {
	private readonly model: FollowUpModel;

	constructor(
		private readonly shown: ShownModel,
		private readonly actions: DashboardActions,
		private readonly display: DashboardDisplay,
	) {
		this.model = shown.model;
	}

	/** The real note behind a shown item: opening and `data-path` use it, never the shown path. */
	private targetOf(item: ShownItem): NoteTarget | undefined {
		return this.shown.targetOf(item);
	}

	private get today(): CalendarDate {
		return this.model.today;
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
		const { path, line } = target;
		const link = parent.createEl('a', { cls: 'ro-dashboard__link', href: '#' });
		this.pathAttr(link, path);
		fill(link);
		link.addEventListener('click', (event) => {
			event.preventDefault();
			event.stopPropagation();
			this.actions.openNote(path, line);
		});
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
		link.addEventListener('click', (event) => {
			event.preventDefault();
			event.stopPropagation();
			this.actions.openNote(path);
		});
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

	addButton(parent: HTMLElement, label: string, onClick: () => void): void {
		const button = parent.createEl('button', { cls: 'ro-dashboard__action', text: label });
		button.addEventListener('click', (event) => {
			event.stopPropagation();
			onClick();
		});
	}

	/** A list item that behaves as one clickable target: the whole row opens the target's note. */
	startItem(list: HTMLElement, target: NoteTarget | undefined): HTMLElement {
		const item = list.createEl('li', { cls: 'ro-dashboard__item' });
		if (target) {
			const { path, line } = target;
			item.addClass('is-clickable');
			item.addEventListener('click', () => this.actions.openNote(path, line));
		}
		return item;
	}

	/** A commitment's row; `options.text` replaces the text shown (Coming up prefixes the owner). */
	commitmentRow(ref: CommitmentRef, badge: string | undefined, meta: (el: HTMLElement) => void, options: { dropOwner?: boolean; done?: boolean; text?: string } = {}): Row {
		return {
			render: (list, origin) => {
				const target = this.targetOf(ref);
				const item = this.startItem(list, target);
				const main = item.createDiv({ cls: 'ro-dashboard__main' });
				if (badge) main.createSpan({ cls: `ro-dashboard__badge ro-dashboard__badge--${badge.toLowerCase().replace(/\s+/g, '-')}`, text: badge });
				const text = options.text ?? ref.text;
				this.addMainLink(main, target, (el) => this.fillCommitmentText(el, options.dropOwner ? dropOwnerPrefix(text) : text));
				meta(item.createDiv({ cls: 'ro-dashboard__meta' }));
				const markDone = this.actions.markDone;
				if (markDone && !options.done) {
					const bar = item.createDiv({ cls: 'ro-dashboard__actions' });
					this.addButton(bar, 'Mark done', () => markDone(ref, origin));
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
		for (const [label, run] of buttons) this.addButton(bar, label, run);
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

	/** How each list's items become rows (one renderer per list of `DASHBOARD_SECTIONS`). */
	private readonly rowBuilders: { readonly [F in DashboardSectionField]: (items: FollowUpModel[F]) => Row[] } = {
		followUp: (items) => items.map((item) => this.commitmentRow(
			item.commitment,
			item.kind === 'debrief' ? 'Debrief' : 'Offer support',
			this.ownerMeta(item.owner, (el) => this.addDate(el, 'follow-up due since ', item.followUpDate)),
			{ done: item.kind === 'debrief' },
		)),
		stalled: (items) => items.map((item) => this.commitmentRow(
			item.commitment, undefined,
			this.ownerMeta(item.owner, (el) => el.appendText(`still open ${item.daysStalled} ${item.daysStalled === 1 ? 'day' : 'days'} after its follow-up date (${item.followUpDate}), though you have talked since`)),
		)),
		yourPromises: (items) => items.map((item) => this.commitmentRow(
			item.commitment, item.overdue ? 'Overdue' : undefined,
			(el) => {
				const due = item.commitment.due;
				if (due) this.addDate(el, item.overdue ? 'was due ' : 'due ', due);
				else el.appendText('no due date');
			},
			{ dropOwner: true },
		)),
		checkIn: (items) => items.map((item) => this.personRow(item.person, (el) => {
			this.addDate(el, 'last talked ', item.lastContact);
			el.appendText(item.daysOver === 0 ? ' · check-in due today' : ` · check-in due ${item.nextCheckIn}, ${item.daysOver} ${item.daysOver === 1 ? 'day' : 'days'} ago`);
		}, true, item.lastTalkStages)),
		noOneOnOne: (items) => items.map((item) => this.personRow(item.person, (el) => {
			if (item.planned) this.addDate(el, 'planned ', item.planned);
			else el.appendText('nothing planned');
		}, false)),
		comingUp: (items) => items.map((item): Row => {
			if (item.what === 'commitment') {
				// Whose it is, as "Name: text", unless it is yours (then the prefix naming you goes).
				const owner = !item.yours && item.owner !== undefined ? item.owner : undefined;
				const text = owner === undefined ? item.commitment.text : `${owner}: ${dropOwnerPrefix(item.commitment.text)}`;
				return this.commitmentRow(item.commitment, 'Due', (el) => this.addDate(el, '', item.date), { dropOwner: item.yours, text });
			}
			return {
				render: (list, origin) => {
					const target = this.targetOf(item);
					const row = this.startItem(list, target);
					const main = row.createDiv({ cls: 'ro-dashboard__main' });
					main.createSpan({ cls: 'ro-dashboard__badge', text: item.what === 'planned' ? '1-on-1' : 'Check in' });
					this.addMainLink(main, target, (el) => el.setText(item.person.name));
					this.addDate(row.createDiv({ cls: 'ro-dashboard__meta' }), '', item.date);
					if (item.what === 'check-in') this.addPersonActions(row, item.person, origin, { withContact: true, withTalk: false });
				},
			};
		}),
		problems: (items) => items.map((problem) => ({
			render: (list) => {
				const target = this.targetOf(problem);
				const row = this.startItem(list, target);
				this.addMainLink(row.createDiv({ cls: 'ro-dashboard__main' }), target, (el) => el.setText(problem.path));
				row.createDiv({ cls: 'ro-dashboard__meta', text: problem.message });
				const explain = this.actions.explainNote;
				if (explain && target) this.addButton(row.createDiv({ cls: 'ro-dashboard__actions' }), 'Explain', () => explain(target.path));
			},
		})),
		slipping: (items) => items.map((item) => this.personRow(item.person, (el) => {
			el.appendText(`assessment ${item.from} → ${item.to} · `);
			this.addDate(el, 'on ', item.date);
		}, true)),
	};

	private rowsOf<F extends DashboardSectionField>(field: F): Row[] {
		return this.rowBuilders[field](this.model[field]);
	}

	/** The sections in the one order of `DASHBOARD_SECTIONS`, those hidden when empty left out. */
	describeSections(): Section[] {
		return DASHBOARD_SECTIONS.map((section) => ({ id: section.id, title: section.title, hint: section.hint, hiddenWhenEmpty: section.hiddenWhenEmpty, rows: this.rowsOf(section.field) }))
			.filter((section) => section.rows.length > 0 || !section.hiddenWhenEmpty);
	}

	renderToolbar(el: HTMLElement): void {
		const bar = el.createDiv({ cls: 'ro-dashboard__toolbar' });
		const title = bar.createDiv({ cls: 'ro-dashboard__title' });
		title.createSpan({ text: 'Today ' });
		title.createEl('time', { cls: 'ro-dashboard__today', text: this.today, attr: { datetime: this.today } });
		const buttons = bar.createDiv({ cls: 'ro-dashboard__toolbar-buttons' });
		const { refresh, togglePrivacy, openSettings } = this.actions;
		const add = (label: string, icon: string, onClick: () => void, pressed?: boolean): void => {
			const button = buttons.createEl('button', { cls: 'clickable-icon ro-dashboard__tool' });
			button.setAttr('data-icon', icon);
			setIcon(button, icon);
			setTooltip(button, label);
			if (pressed !== undefined) button.setAttr('aria-pressed', String(pressed));
			button.addEventListener('click', onClick);
		};
		if (refresh) add('Refresh', 'refresh-cw', refresh);
		if (togglePrivacy) add(this.display.privacy ? 'Privacy mode is on: show names' : 'Privacy mode: show initials', this.display.privacy ? 'eye-off' : 'eye', togglePrivacy, this.display.privacy === true);
		if (openSettings) add('Open settings', 'settings', openSettings);
	}

	*renderSection(el: HTMLElement, section: Section): Steps<void> {
		const count = this.display.counts?.[section.id] ?? section.rows.length;
		const collapsed = this.display.collapsed?.has(section.id) === true;
		const box = el.createDiv({ cls: `ro-dashboard__section ro-dashboard__section--${section.id}` });
		const heading = box.createDiv({ cls: 'ro-dashboard__section-title', attr: { role: 'heading', 'aria-level': '3' } });
		const hintId = `ro-hint-${section.id}`;
		if (count === 0) {
			// Empty: one muted line, nothing to expand.
			box.addClass('is-empty');
			heading.createSpan({ cls: 'ro-dashboard__section-name', text: section.title });
			heading.createSpan({ cls: 'ro-dashboard__count', text: '0' });
			return;
		}
		const toggle = heading.createEl('button', { cls: 'ro-dashboard__toggle' });
		toggle.setAttr('aria-expanded', String(!collapsed));
		toggle.setAttr('aria-describedby', hintId);
		toggle.createSpan({ cls: 'ro-dashboard__chevron' });
		const name = toggle.createSpan({ cls: 'ro-dashboard__section-name', text: section.title });
		toggle.createSpan({ cls: 'ro-dashboard__count', text: String(count) });
		setTooltip(name, section.hint);
		// Hidden, yet still the toggle's description for screen readers (aria-describedby reads hidden text).
		box.createSpan({ cls: 'ro-dashboard__hint', text: section.hint, attr: { id: hintId, hidden: '' } });
		const body = box.createDiv({ cls: 'ro-dashboard__body' });
		box.toggleClass('is-collapsed', collapsed);
		toggle.addEventListener('click', () => {
			const now = !box.hasClass('is-collapsed');
			box.toggleClass('is-collapsed', now);
			toggle.setAttr('aria-expanded', String(!now));
			this.actions.toggleSection?.(section.id, now);
		});
		const list = body.createEl('ul', { cls: 'ro-dashboard__list' });
		const limit = shownLimit(section.id, this.display.shown);
		for (const [index, row] of section.rows.slice(0, limit).entries()) {
			if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield undefined;
			row.render(list, { section: section.id, index });
		}
		const hidden = count - limit;
		const showMore = this.actions.showMore;
		if (hidden > 0 && showMore) {
			const more = body.createEl('button', { cls: 'ro-dashboard__more', text: `Show ${Math.min(hidden, PAGE_SIZE)} more` });
			if (hidden > PAGE_SIZE) more.setAttr('aria-label', `Show ${PAGE_SIZE} more of ${hidden}`);
			more.addEventListener('click', () => showMore(section.id));
		}
	}
}

/** How many items a section shows: a page, or more after "Show N more". */
function shownLimit(id: string, shown: Readonly<Record<string, number>> | undefined): number {
	return Math.max(PAGE_SIZE, shown?.[id] ?? PAGE_SIZE);
}

/**
 * The model with each list cut to the items its section shows, and each section's full count:
 * projecting or redacting the whole model costs as much as the vault is large, rendering it only
 * what fits the lists. Items keep their places, so an `ItemOrigin` still finds the real item.
 */
export function trimToShown(model: FollowUpModel, shown: Readonly<Record<string, number>> | undefined): { model: FollowUpModel; counts: Record<string, number> } {
	const counts: Record<string, number> = {};
	const trimmed: Record<string, unknown> = { ...model };
	for (const section of DASHBOARD_SECTIONS) {
		const items = model[section.field];
		counts[section.id] = items.length;
		trimmed[section.field] = items.slice(0, shownLimit(section.id, shown));
	}
	return { model: trimmed as unknown as FollowUpModel, counts };
}

/** Moves focus to the item now at `origin`, else the one before it, else the next section's first. */
export function applyFocus(el: HTMLElement, origin: ItemOrigin): void {
	const sections = Array.from(el.querySelectorAll<HTMLElement>('.ro-dashboard__section'));
	const at = sections.findIndex((s) => s.hasClass(`ro-dashboard__section--${origin.section}`));
	const target = (section: HTMLElement | undefined, index: number): HTMLElement | undefined => {
		const items = section ? Array.from(section.querySelectorAll<HTMLElement>('.ro-dashboard__item')) : [];
		const item = items[Math.min(index, items.length - 1)];
		return item?.querySelector<HTMLElement>('.ro-dashboard__link, button') ?? undefined;
	};
	let focus = target(sections[at], origin.index);
	for (let i = at + 1; !focus && i > 0 && i < sections.length; i++) focus = target(sections[i], 0);
	focus?.focus();
}

/**
 * Renders a shown model (`showModel`, or `redactModel` in privacy mode) into `el` (emptied first).
 * Nothing is redacted here: every text shown comes from `shown.model`, and the notes that links
 * open come from `shown.targetOf`. Actions get the shown item and its place (`ItemOrigin`); the
 * caller maps that place back to the real item.
 */
export function renderDashboard(el: HTMLElement, shown: ShownModel, actions: DashboardActions, display: DashboardDisplay): void {
	runSteps(renderDashboardSteps(el, shown, actions, display));
}

/**
 * {@link renderDashboard} in steps (issue 15): each `yield` is a point where a caller may pause for
 * a macrotask. Render into a detached element and move its children in at the end (then
 * {@link applyFocus}), so a half-built pane is never shown.
 */
export function* renderDashboardSteps(el: HTMLElement, shown: ShownModel, actions: DashboardActions, display: DashboardDisplay): Steps<void> {
	el.empty();
	el.addClass('ro-dashboard');
	const renderer = new Renderer(shown, actions, display);
	renderer.renderToolbar(el);
	if (display.namePrompt && actions.saveYourName) renderNamePrompt(el, display.namePrompt, actions.saveYourName, actions.dismissNamePrompt);
	const sections = renderer.describeSections();
	const total = sections.reduce((sum, s) => sum + s.rows.length, 0);
	if (total === 0) {
		renderEmptyState(el, actions);
		return;
	}
	for (const section of sections) {
		yield undefined;
		yield* renderer.renderSection(el, section);
	}
	if (display.focus) applyFocus(el, display.focus);
}

/**
 * The first run's question for "Your name": a labelled field, Save (also Enter) and Not now. An
 * empty field saves nothing: an empty name is what the setting already is.
 */
function renderNamePrompt(el: HTMLElement, prompt: NamePrompt, save: (name: string) => void, dismiss: (() => void) | undefined): void {
	const box = el.createDiv({ cls: 'ro-dashboard__name-prompt', attr: { role: 'group', 'aria-label': 'Your name' } });
	box.createEl('p', {
		cls: 'ro-dashboard__name-prompt-text',
		text: 'Who are you? Your commitments go under your promises. Your name, as you write it in organizer (also in settings):',
	});
	const row = box.createDiv({ cls: 'ro-dashboard__actions' });
	// No id: two open panes would repeat it. The group names the field for screen readers.
	const input = row.createEl('input', { cls: 'ro-dashboard__name-prompt-input', type: 'text', attr: { 'aria-label': 'Your name', autocomplete: 'off', spellcheck: 'false' } });
	input.value = prompt.value;
	input.placeholder = prompt.placeholder;
	const submit = (): void => {
		const name = input.value.trim();
		if (name) save(name);
		else input.focus();
	};
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		event.preventDefault();
		submit();
	});
	row.createEl('button', { cls: 'mod-cta', text: 'Save' }).addEventListener('click', submit);
	if (dismiss) row.createEl('button', { text: 'Not now' }).addEventListener('click', () => dismiss());
}

/** What a new user sees before there is anything to follow up: how to start, and buttons to. */
export function renderEmptyState(el: HTMLElement, actions: Pick<DashboardActions, 'newPerson' | 'newOneOnOne'> = {}): void {
	const box = el.createDiv({ cls: 'ro-dashboard__empty' });
	box.createEl('p', { cls: 'ro-dashboard__empty-title', text: 'Nothing to follow up yet.' });
	box.createEl('p', {
		text: 'Start with a 1-on-1 note: give it the properties type "one-on-one", person and date, and write what each person takes on as tasks. People get their own notes with type "person".',
	});
	const { newPerson, newOneOnOne } = actions;
	if (newPerson || newOneOnOne) {
		const bar = box.createDiv({ cls: 'ro-dashboard__actions' });
		if (newOneOnOne) bar.createEl('button', { cls: 'mod-cta', text: 'New 1-on-1' }).addEventListener('click', () => newOneOnOne());
		if (newPerson) bar.createEl('button', { text: 'New person' }).addEventListener('click', () => newPerson());
	}
	box.createEl('p', {
		cls: 'ro-dashboard__guide',
		text: 'The user guide, docs/guide.md in the plugin\'s repository, explains the notes it reads and every list.',
	});
}

/** Shown, only when the pane has nothing else to show, while a large vault's lists are built in slices. */
export function renderPreparing(el: HTMLElement): void {
	el.empty();
	el.addClass('ro-dashboard');
	el.createDiv({ cls: 'ro-dashboard__indexing', text: 'Preparing the dashboard…' });
}

/** Shown while the first pass over the vault runs. */
export function renderIndexing(el: HTMLElement, done: number, total: number): void {
	el.empty();
	el.addClass('ro-dashboard');
	el.createDiv({ cls: 'ro-dashboard__indexing', text: `Indexing ${done}/${total} notes…` });
}
