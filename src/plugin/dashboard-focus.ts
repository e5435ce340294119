/**
 * Keyboard focus across a re-render of the dashboard (DESIGN §4, keyboard reachable): the pane is
 * drawn afresh on every change, so the element that had focus is gone. Before the new pane moves
 * in, {@link findFocusKey} says where focus was (a toolbar button, a section's toggle or "Show
 * more", an item, the name field with what was typed in it); {@link restoreFocus} puts it on the
 * same place in the new pane.
 */
import type { ItemOrigin } from './dashboard-actions';
import { applyFocus } from './render-dashboard';

/** Where focus was, in terms that hold across renders. */
export type FocusKey =
	| { readonly kind: 'element'; readonly selector: string }
	| { readonly kind: 'item'; readonly origin: ItemOrigin }
	| { readonly kind: 'input'; readonly selector: string; readonly value: string; readonly start: number | null; readonly end: number | null };

const SECTION_PREFIX = 'ro-dashboard__section--';

function sectionIdOf(el: Element): string | undefined {
	const section = el.closest('.ro-dashboard__section');
	const cls = section ? Array.from(section.classList).find((c) => c.startsWith(SECTION_PREFIX)) : undefined;
	return cls?.slice(SECTION_PREFIX.length);
}

/** Where focus is inside `root`, or undefined when it is elsewhere. */
export function findFocusKey(root: HTMLElement): FocusKey | undefined {
	const active = root.ownerDocument.activeElement;
	if (!active?.instanceOf(HTMLElement) || active === root || !root.contains(active)) return undefined;
	const tool = active.getAttribute('data-tool');
	if (tool !== null) return { kind: 'element', selector: `.ro-dashboard__tool[data-tool="${tool}"]` };
	if (active.instanceOf(HTMLInputElement) && active.hasClass('ro-dashboard__name-prompt-input')) {
		return { kind: 'input', selector: '.ro-dashboard__name-prompt-input', value: active.value, start: active.selectionStart, end: active.selectionEnd };
	}
	if (active.closest('.ro-dashboard__name-prompt')) return undefined;
	const section = sectionIdOf(active);
	if (section === undefined) return undefined;
	if (active.hasClass('ro-dashboard__toggle') || active.hasClass('ro-dashboard__more')) {
		const which = active.hasClass('ro-dashboard__toggle') ? 'toggle' : 'more';
		return { kind: 'element', selector: `.${SECTION_PREFIX}${section} .ro-dashboard__${which}` };
	}
	const item = active.closest('.ro-dashboard__item');
	const items = Array.from(item?.parentElement?.children ?? []).filter((el) => el.hasClass('ro-dashboard__item'));
	return item ? { kind: 'item', origin: { section, index: items.indexOf(item) } } : undefined;
}

/** Puts focus back where `key` says, in the pane now in `root`; the name field gets its typed text back. */
export function restoreFocus(root: HTMLElement, key: FocusKey): void {
	if (key.kind === 'item') {
		applyFocus(root, key.origin);
		return;
	}
	const target = root.querySelector<HTMLElement>(key.selector);
	if (!target) return;
	if (key.kind === 'input' && target.instanceOf(HTMLInputElement)) {
		target.value = key.value;
		target.focus();
		if (key.start !== null && key.end !== null) target.setSelectionRange(key.start, key.end);
		return;
	}
	target.focus();
}
