/**
 * The dashboard's lists (DESIGN §3), defined once: id, title, hint and order. The pane, the text
 * report and the Markdown report loop over this table, so adding a list is one entry here and one
 * item renderer per view.
 */
import type { FollowUpModel } from './follow-ups';

/** The lists of the follow-up model, by their field in the model (and in the JSON report). */
export type DashboardSectionField = Exclude<keyof FollowUpModel, 'today'>;

/** One list of the dashboard. */
export interface DashboardSection {
	/** Stable id, used in CSS classes (`ro-dashboard__section--<id>`). */
	readonly id: string;
	/** The field of the model (and of the JSON report) that holds its items. */
	readonly field: DashboardSectionField;
	readonly title: string;
	/** One sentence on what to do with the items, in the organizer's words. */
	readonly hint: string;
	/** True when the pane leaves the list out while it is empty (the reports always show it). */
	readonly hiddenWhenEmpty: boolean;
}

/** The lists, in display order. */
export const DASHBOARD_SECTIONS: readonly DashboardSection[] = [
	{ id: 'follow-up', field: 'followUp', title: 'Follow up', hint: 'Debrief what people did, offer support where they are stuck.', hiddenWhenEmpty: false },
	{ id: 'stalled', field: 'stalled', title: 'Stalled', hint: 'Talked since, still open: rethink it together or break it down.', hiddenWhenEmpty: false },
	{ id: 'your-promises', field: 'yourPromises', title: 'Your promises', hint: 'What you said you would do.', hiddenWhenEmpty: false },
	{ id: 'check-in', field: 'checkIn', title: 'Check in with', hint: 'People it has been a while since you talked to.', hiddenWhenEmpty: false },
	{ id: 'no-one-on-one', field: 'noOneOnOne', title: 'No 1-on-1 yet', hint: 'People you have not sat down with yet.', hiddenWhenEmpty: false },
	{ id: 'support-slipping', field: 'slipping', title: 'Support slipping', hint: 'Their assessment moved towards opposed lately: a good next conversation.', hiddenWhenEmpty: true },
	{ id: 'coming-up', field: 'comingUp', title: 'Coming up', hint: 'The next few days.', hiddenWhenEmpty: false },
	{ id: 'problems', field: 'problems', title: 'Notes to fix', hint: 'Something in these notes could not be used. Each says what is wrong and how to fix it.', hiddenWhenEmpty: true },
];
