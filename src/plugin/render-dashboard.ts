/**
 * Renders the follow-up model into an element. A function of the model, display state and
 * handlers only, so it is tested in happy-dom and in Chromium alike. Note text is always set as
 * text, never as HTML.
 *
 * Looks like Obsidian's own sidebar views: a small toolbar, collapsible sections whose headings are
 * no larger than their items, counts as flair, items that highlight on hover and show a focus ring.
 * The rows are `dashboard-rows.ts`, the lists' rows `describe-dashboard-sections.ts`, a section
 * `render-dashboard-section.ts`.
 */
import { setIcon, setTooltip } from 'obsidian';
import type { ShownModel } from '../core/redact';
import type { CalendarDate } from '../core/model';
import { runSteps, type Steps } from '../core/steps';
import type { DashboardActions, ItemOrigin } from './dashboard-actions';
import type { DashboardDisplay, NamePrompt } from './dashboard-display';
import { describeSections } from './describe-dashboard-sections';
import { renderSection } from './render-dashboard-section';

/** The pane's toolbar: today's date, then Refresh, Privacy mode and Settings where offered. */
function renderToolbar(el: HTMLElement, today: CalendarDate, actions: DashboardActions, display: DashboardDisplay): void {
	const bar = el.createDiv({ cls: 'ro-dashboard__toolbar' });
	const title = bar.createDiv({ cls: 'ro-dashboard__title' });
	title.createSpan({ text: 'Today ' });
	title.createEl('time', { cls: 'ro-dashboard__today', text: today, attr: { datetime: today } });
	const buttons = bar.createDiv({ cls: 'ro-dashboard__toolbar-buttons' });
	const { refresh, togglePrivacy, openSettings } = actions;
	const add = (label: string, icon: string, onClick: () => void, pressed?: boolean): void => {
		const button = buttons.createEl('button', { cls: 'clickable-icon ro-dashboard__tool' });
		button.setAttr('data-icon', icon);
		// Stable across renders (the privacy icon changes), so focus can come back to it.
		button.setAttr('data-tool', label === 'Refresh' ? 'refresh' : label === 'Open settings' ? 'settings' : 'privacy');
		setIcon(button, icon);
		setTooltip(button, label);
		if (pressed !== undefined) button.setAttr('aria-pressed', String(pressed));
		button.addEventListener('click', onClick);
	};
	if (refresh) add('Refresh', 'refresh-cw', refresh);
	if (togglePrivacy) add(display.privacy ? 'Privacy mode is on: show names' : 'Privacy mode: show initials', display.privacy ? 'eye-off' : 'eye', togglePrivacy, display.privacy === true);
	if (openSettings) add('Open settings', 'settings', openSettings);
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
	renderToolbar(el, shown.model.today, actions, display);
	if (display.namePrompt && actions.saveYourName) renderNamePrompt(el, display.namePrompt, actions.saveYourName, actions.dismissNamePrompt);
	const sections = describeSections(shown, actions, display);
	const total = sections.reduce((sum, s) => sum + s.rows.length, 0);
	if (total === 0) {
		renderEmptyState(el, actions);
		return;
	}
	for (const section of sections) {
		yield undefined;
		yield* renderSection(el, section, actions, display);
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
