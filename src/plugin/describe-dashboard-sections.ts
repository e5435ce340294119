/**
 * The dashboard's sections as rows: how each list's items become rows, with the text each row's
 * meta line says, in the one order of `DASHBOARD_SECTIONS`.
 */
import { dropOwnerPrefix } from '../core/obsidian-syntax';
import type { FollowUpModel } from '../core/follow-ups';
import type { ShownModel } from '../core/redact';
import { DASHBOARD_SECTIONS, type DashboardSectionField } from '../core/dashboard-sections';
import type { DashboardActions } from './dashboard-actions';
import type { DashboardDisplay } from './dashboard-display';
import { DashboardRows, type Row } from './dashboard-rows';

/** A section of the pane with the rows of all its items (the pane shows a page of them). */
export interface SectionRows {
	readonly id: string;
	readonly title: string;
	readonly hint: string;
	readonly hiddenWhenEmpty: boolean;
	readonly rows: readonly Row[];
}

type RowBuilders = { readonly [F in DashboardSectionField]: (items: FollowUpModel[F]) => Row[] };

/** How each list's items become rows (one renderer per list of `DASHBOARD_SECTIONS`). */
function listRowBuilders(rows: DashboardRows, actions: DashboardActions): RowBuilders {
	return {
		followUp: (items) => items.map((item) => rows.commitmentRow(
			item.commitment,
			item.kind === 'debrief' ? 'Debrief' : 'Offer support',
			rows.ownerMeta(item.owner, (el) => rows.addDate(el, 'follow-up due since ', item.followUpDate)),
			{ done: item.kind === 'debrief' },
		)),
		stalled: (items) => items.map((item) => rows.commitmentRow(
			item.commitment, undefined,
			rows.ownerMeta(item.owner, (el) => el.appendText(`still open ${item.daysStalled} ${item.daysStalled === 1 ? 'day' : 'days'} after its follow-up date (${item.followUpDate}), though you have talked since`)),
		)),
		yourPromises: (items) => items.map((item) => rows.commitmentRow(
			item.commitment, item.overdue ? 'Overdue' : undefined,
			(el) => {
				const due = item.commitment.due;
				if (due) rows.addDate(el, item.overdue ? 'was due ' : 'due ', due);
				else el.appendText('no due date');
			},
			{ dropOwner: true },
		)),
		checkIn: (items) => items.map((item) => rows.personRow(item.person, (el) => {
			rows.addDate(el, 'last talked ', item.lastContact);
			el.appendText(item.daysOver === 0 ? ' · check-in due today' : ` · check-in due ${item.nextCheckIn}, ${item.daysOver} ${item.daysOver === 1 ? 'day' : 'days'} ago`);
		}, true, item.lastTalkStages)),
		noOneOnOne: (items) => items.map((item) => rows.personRow(item.person, (el) => {
			if (item.planned) rows.addDate(el, 'planned ', item.planned);
			else el.appendText('nothing planned');
		}, false)),
		comingUp: (items) => items.map((item): Row => {
			if (item.what === 'commitment') {
				// Whose it is, as "Name: text", unless it is yours (then the prefix naming you goes).
				const owner = !item.yours && item.owner !== undefined ? item.owner : undefined;
				const text = owner === undefined ? item.commitment.text : `${owner}: ${dropOwnerPrefix(item.commitment.text)}`;
				return rows.commitmentRow(item.commitment, 'Due', (el) => rows.addDate(el, '', item.date), { dropOwner: item.yours, text });
			}
			return {
				render: (list, origin) => {
					const target = rows.targetOf(item);
					const row = rows.startItem(list, target);
					const main = row.createDiv({ cls: 'ro-dashboard__main' });
					main.createSpan({ cls: 'ro-dashboard__badge', text: item.what === 'planned' ? '1-on-1' : 'Check in' });
					rows.addMainLink(main, target, (el) => el.setText(item.person.name));
					rows.addDate(row.createDiv({ cls: 'ro-dashboard__meta' }), '', item.date);
					if (item.what === 'check-in') rows.addPersonActions(row, item.person, origin, { withContact: true, withTalk: false });
				},
			};
		}),
		problems: (items) => items.map((problem) => ({
			render: (list) => {
				const target = rows.targetOf(problem);
				const row = rows.startItem(list, target);
				rows.addMainLink(row.createDiv({ cls: 'ro-dashboard__main' }), target, (el) => el.setText(problem.path));
				row.createDiv({ cls: 'ro-dashboard__meta', text: problem.message });
				const explain = actions.explainNote;
				if (explain && target) rows.addButton(row.createDiv({ cls: 'ro-dashboard__actions' }), 'Explain', () => explain(target.path));
			},
		})),
		slipping: (items) => items.map((item) => rows.personRow(item.person, (el) => {
			el.appendText(`assessment ${item.from} → ${item.to} · `);
			rows.addDate(el, 'on ', item.date);
		}, true)),
	};
}

function rowsOf<F extends DashboardSectionField>(builders: RowBuilders, model: FollowUpModel, field: F): Row[] {
	return builders[field](model[field]);
}

/** The sections in the one order of `DASHBOARD_SECTIONS`, those hidden when empty left out. */
export function describeSections(shown: ShownModel, actions: DashboardActions, display: DashboardDisplay): SectionRows[] {
	const builders = listRowBuilders(new DashboardRows(shown, actions, display), actions);
	return DASHBOARD_SECTIONS.map((section) => ({ id: section.id, title: section.title, hint: section.hint, hiddenWhenEmpty: section.hiddenWhenEmpty, rows: rowsOf(builders, shown.model, section.field) }))
		.filter((section) => section.rows.length > 0 || !section.hiddenWhenEmpty);
}
