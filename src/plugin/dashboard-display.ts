/**
 * What the dashboard shows: display options and state (privacy, collapsed sections, pages shown,
 * focus, the name prompt) and the paging of each section ("Show N more").
 */
import type { FollowUpModel } from '../core/follow-ups';
import { DASHBOARD_SECTIONS } from '../core/dashboard-sections';
import type { ItemOrigin } from './dashboard-actions';

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

/** How many items a section shows: a page, or more after "Show N more". */
export function shownLimit(id: string, shown: Readonly<Record<string, number>> | undefined): number {
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
