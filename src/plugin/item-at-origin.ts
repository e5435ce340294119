/**
 * The real item at a place of the pane. The pane renders a shown model (`showModel` or
 * `redactModel`), a projection of the derived model made list by list, item by item, in order; so
 * an item's place (section id, index) in the shown model is its place in the real one. Actions
 * change the real note with the real text, line and raw line, never the shown (redacted) ones.
 */
import { DASHBOARD_SECTIONS } from '../core/dashboard-sections';
import type { CommitmentRef, FollowUpModel, PersonRef } from '../core/follow-ups';
import type { ItemOrigin, NotedPerson } from './dashboard-actions';

function itemAt(model: FollowUpModel, origin: ItemOrigin): FollowUpModel[keyof Omit<FollowUpModel, 'today'>][number] | undefined {
	const section = DASHBOARD_SECTIONS.find((s) => s.id === origin.section);
	return section ? model[section.field][origin.index] : undefined;
}

/** The real commitment of the row at `origin`, if that row is a commitment. */
export function commitmentAt(model: FollowUpModel, origin: ItemOrigin): CommitmentRef | undefined {
	const item = itemAt(model, origin);
	return item !== undefined && 'commitment' in item ? item.commitment : undefined;
}

/** The real person of the row at `origin` (with their real name, also when they have no note). */
export function personAt(model: FollowUpModel, origin: ItemOrigin): PersonRef | undefined {
	const item = itemAt(model, origin);
	return item !== undefined && 'person' in item ? item.person : undefined;
}

/** The real person of the row at `origin`, if they have a note. */
export function notedPersonAt(model: FollowUpModel, origin: ItemOrigin): NotedPerson | undefined {
	const person = personAt(model, origin);
	return person?.path === undefined ? undefined : { ...person, path: person.path };
}
