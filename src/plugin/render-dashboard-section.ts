/**
 * One collapsible section of the dashboard: a heading no larger than its items, the count as
 * flair, a page of rows and "Show N more". Rendered in steps, so a long list never holds the main
 * thread for long.
 */
import { setTooltip } from 'obsidian';
import type { Steps } from '../core/steps';
import type { DashboardActions } from './dashboard-actions';
import { PAGE_SIZE, shownLimit, type DashboardDisplay } from './dashboard-display';
import type { SectionRows } from './describe-dashboard-sections';

/** Items rendered between two pause points of `renderDashboardSteps`. */
const ROWS_PER_STEP = 25;

/**
 * Renders a section into `el`: a muted line when empty, else a toggle (its state remembered
 * through `actions.toggleSection`) over the first page of rows; each `yield` is a pause point.
 */
export function* renderSection(el: HTMLElement, section: SectionRows, actions: DashboardActions, display: DashboardDisplay): Steps<void> {
	const count = display.counts?.[section.id] ?? section.rows.length;
	const collapsed = display.collapsed?.has(section.id) === true;
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
		actions.toggleSection?.(section.id, now);
	});
	const list = body.createEl('ul', { cls: 'ro-dashboard__list' });
	const limit = shownLimit(section.id, display.shown);
	for (const [index, row] of section.rows.slice(0, limit).entries()) {
		if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield undefined;
		row.render(list, { section: section.id, index });
	}
	const hidden = count - limit;
	const showMore = actions.showMore;
	if (hidden > 0 && showMore) {
		const more = body.createEl('button', { cls: 'ro-dashboard__more', text: `Show ${Math.min(hidden, PAGE_SIZE)} more` });
		if (hidden > PAGE_SIZE) more.setAttr('aria-label', `Show ${PAGE_SIZE} more of ${hidden}`);
		more.addEventListener('click', () => showMore(section.id));
	}
}
