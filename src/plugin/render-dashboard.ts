/**
 * Renders the follow-up model into an element. A function of the model and handlers only, so it is
 * tested in happy-dom and in Chromium alike. Note text is always set as text, never as HTML.
 */
import { DASHBOARD_SECTIONS, type DashboardSectionField } from '../core/dashboard-sections';
import type { CommitmentRef, FollowUpModel, PersonRef } from '../core/follow-ups';
import { dropOwnerPrefix, showLinksAsText } from '../core/obsidian-syntax';
import type { NoteTarget, ShownModel } from '../core/redact';

/** What the dashboard can ask the plugin to do. */
export interface DashboardActions {
	/** Opens a note, at a 1-based line when given. */
	openNote(path: string, line?: number): void;
}

function dateLabel(date: string | undefined): string {
	return date ?? 'no date';
}

/**
 * A link that opens `target`. Only `label` and `shownPath` (already redacted in privacy mode) reach
 * the DOM; the target's real path and line stay in the click handler.
 */
function addOpenLink(parent: HTMLElement, label: string, shownPath: string | undefined, target: NoteTarget | undefined, actions: DashboardActions): HTMLElement {
	if (!target || shownPath === undefined) return parent.createSpan({ cls: 'ro-dashboard__name', text: label });
	const link = parent.createEl('a', { cls: 'ro-dashboard__link', text: label, href: '#' });
	link.setAttr('data-path', shownPath);
	link.addEventListener('click', (event) => {
		event.preventDefault();
		actions.openNote(target.path, target.line);
	});
	return link;
}

function addCommitment(list: HTMLElement, ref: CommitmentRef, meta: string, badge: string | undefined, actions: DashboardActions, shown: ShownModel, label = ref.displayText): void {
	const item = list.createEl('li', { cls: 'ro-dashboard__item' });
	if (badge) item.createSpan({ cls: `ro-dashboard__badge ro-dashboard__badge--${badge.toLowerCase().replace(/\s+/g, '-')}`, text: badge });
	// The target is looked up by the shown ref itself: a copy of it would have none.
	addOpenLink(item, label || '(empty task)', ref.source, shown.targetOf(ref), actions);
	item.createDiv({ cls: 'ro-dashboard__meta', text: meta });
}

function addPerson(list: HTMLElement, person: PersonRef, meta: string, actions: DashboardActions, shown: ShownModel): void {
	const item = list.createEl('li', { cls: 'ro-dashboard__item' });
	addOpenLink(item, person.name, person.path, shown.targetOf(person), actions);
	if (!person.path) item.createSpan({ cls: 'ro-dashboard__unresolved', text: ' (no note yet)' });
	item.createDiv({ cls: 'ro-dashboard__meta', text: meta });
}

function ownerMeta(owner: PersonRef, followUpDate: string): string {
	return `${owner.name} · follow-up due since ${followUpDate}`;
}

function checkInMeta(lastContact: string, nextCheckIn: string, daysOver: number): string {
	const due = daysOver === 0 ? 'check-in due today' : `check-in due ${nextCheckIn}, ${daysOver} ${daysOver === 1 ? 'day' : 'days'} ago`;
	return `Last talked ${lastContact} · ${due}`;
}

/** Your promise's label without a leading `[[Your Name]]: `, which would repeat your name on every line. */
function labelWithoutOwner(ref: CommitmentRef): string {
	const text = dropOwnerPrefix(ref.text);
	return text === ref.text ? ref.displayText : showLinksAsText(text);
}

/** How each list's items become rows of the pane. */
type ItemRenderers = {
	readonly [F in DashboardSectionField]: (list: HTMLElement, items: FollowUpModel[F], actions: DashboardActions, shown: ShownModel) => void;
};

const RENDER_ITEMS: ItemRenderers = {
	followUp: (list, items, actions, shown) => items.forEach((item) =>
		addCommitment(list, item.commitment, ownerMeta(item.owner, item.followUpDate), item.kind === 'debrief' ? 'Debrief' : 'Offer support', actions, shown)),
	stalled: (list, items, actions, shown) => items.forEach((item) =>
		addCommitment(list, item.commitment, `${item.owner.name} · still open ${item.daysStalled} ${item.daysStalled === 1 ? 'day' : 'days'} after its follow-up date (${item.followUpDate}), though you have talked since`, undefined, actions, shown)),
	yourPromises: (list, items, actions, shown) => items.forEach((item) =>
		addCommitment(list, item.commitment, item.overdue ? `Was due ${dateLabel(item.commitment.due)}` : `Due ${dateLabel(item.commitment.due)}`, item.overdue ? 'Overdue' : undefined, actions, shown, labelWithoutOwner(item.commitment))),
	checkIn: (list, items, actions, shown) => items.forEach((item) =>
		addPerson(list, item.person, checkInMeta(item.lastContact, item.nextCheckIn, item.daysOver), actions, shown)),
	noOneOnOne: (list, items, actions, shown) => items.forEach((item) =>
		addPerson(list, item.person, item.planned ? `Planned ${item.planned}` : 'Nothing planned', actions, shown)),
	comingUp: (list, items, actions, shown) => items.forEach((item) => {
		const row = list.createEl('li', { cls: 'ro-dashboard__item' });
		row.createSpan({ cls: 'ro-dashboard__date', text: `${item.date} ` });
		const badge = item.what === 'commitment' ? 'Due' : item.what === 'planned' ? '1-on-1' : 'Check in';
		row.createSpan({ cls: 'ro-dashboard__badge', text: badge });
		const path = item.what === 'commitment' ? item.commitment.source : item.what === 'planned' ? item.source : item.person.path;
		const label = item.what !== 'commitment' ? item.text : item.owner === undefined ? item.commitment.displayText : `${item.yours ? 'You' : item.owner}: ${showLinksAsText(dropOwnerPrefix(item.commitment.text))}`;
		addOpenLink(row, label, path, shown.targetOf(item), actions);
	}),
	problems: (list, items, actions, shown) => items.forEach((problem) => {
		const row = list.createEl('li', { cls: 'ro-dashboard__item' });
		addOpenLink(row, problem.path, problem.path, shown.targetOf(problem), actions);
		row.createDiv({ cls: 'ro-dashboard__meta', text: problem.message });
	}),
};

/** Fills one list (generic, so each list's renderer gets its own item type). */
function fillSection<F extends DashboardSectionField>(field: F, list: HTMLElement, model: FollowUpModel, actions: DashboardActions, shown: ShownModel): void {
	RENDER_ITEMS[field](list, model[field], actions, shown);
}

/**
 * Renders a shown model into `el` (emptied first). Everything rendered comes from `shown.model`
 * (redacted in privacy mode); notes are opened through `shown.targetOf`.
 */
export function renderDashboard(el: HTMLElement, shown: ShownModel, actions: DashboardActions): void {
	const model = shown.model;
	el.empty();
	el.addClass('ro-dashboard');
	const header = el.createDiv({ cls: 'ro-dashboard__header' });
	header.createEl('h4', { cls: 'ro-dashboard__title', text: 'Follow-up dashboard' });
	header.createDiv({ cls: 'ro-dashboard__today', text: `Today: ${model.today}` });
	const sections = DASHBOARD_SECTIONS.map((section) => ({ ...section, count: model[section.field].length }))
		.filter((s) => s.count > 0 || !s.hiddenWhenEmpty);
	const total = sections.reduce((sum, s) => sum + s.count, 0);
	if (total === 0) {
		renderEmptyState(el);
		return;
	}
	for (const section of sections) {
		const box = el.createDiv({ cls: `ro-dashboard__section ro-dashboard__section--${section.id}` });
		const heading = box.createEl('h5', { cls: 'ro-dashboard__section-title' });
		heading.createSpan({ text: section.title });
		heading.createSpan({ cls: 'ro-dashboard__count', text: String(section.count) });
		if (section.count === 0) {
			box.createDiv({ cls: 'ro-dashboard__none', text: 'Nothing here right now.' });
			continue;
		}
		box.createDiv({ cls: 'ro-dashboard__hint', text: section.hint });
		fillSection(section.field, box.createEl('ul', { cls: 'ro-dashboard__list' }), model, actions, shown);
	}
}

/** What a new user sees before there is anything to follow up. */
export function renderEmptyState(el: HTMLElement): void {
	const box = el.createDiv({ cls: 'ro-dashboard__empty' });
	box.createEl('p', { text: 'Nothing to follow up yet.' });
	box.createEl('p', {
		text: 'Start with a 1-on-1 note: give it the properties type "one-on-one", person and date, and write what each person takes on as tasks. People get their own notes with type "person".',
	});
}

/** Shown while the first pass over the vault runs. */
export function renderIndexing(el: HTMLElement, done: number, total: number): void {
	el.empty();
	el.addClass('ro-dashboard');
	el.createDiv({ cls: 'ro-dashboard__indexing', text: `Indexing ${done}/${total} notes…` });
}
