/**
 * The stable JSON report of DESIGN §5, for scripts: a plain projection of the follow-up model.
 */
import type { FollowUpModel } from './follow-ups';

/** The DESIGN §5 JSON shape (more fields may be added, none removed). */
export interface ReportJson {
	readonly today: string;
	readonly followUp: readonly {
		kind: 'debrief' | 'support';
		text: string;
		owner: string;
		source: string;
		line: number;
		followUpDate: string;
		due: string | null;
	}[];
	readonly stalled: readonly { text: string; owner: string; source: string; line: number; daysStalled: number }[];
	readonly yourPromises: readonly { text: string; source: string; line: number; due: string | null }[];
	readonly checkIn: readonly { person: string; path: string | null; lastContact: string; nextCheckIn: string; daysOver: number; lastTalkStages?: readonly string[] }[];
	readonly noOneOnOne: readonly { person: string; path: string | null; planned: string | null; lastTalkStages?: readonly string[] }[];
	/**
	 * `source`: the commitment's or the planned talk's note, the person note of a check-in (null
	 * without one); `line`: the commitment's line, else null; `owner`: whose commitment, else null.
	 */
	readonly comingUp: readonly {
		date: string;
		what: 'commitment' | 'planned' | 'check-in';
		text: string;
		source: string | null;
		line: number | null;
		owner: string | null;
	}[];
	readonly problems: readonly { path: string; message: string; line?: number }[];
	/** Support slipping (issue #17; docs/chart.md). */
	readonly slipping: readonly { person: string; path: string | null; from: number; to: number; date: string; source: string }[];
}

/** Projects the model onto the DESIGN §5 JSON shape (field order as documented). */
export function toReportJson(model: FollowUpModel): ReportJson {
	return {
		today: model.today,
		followUp: model.followUp.map((item) => ({
			kind: item.kind,
			text: item.commitment.text,
			owner: item.owner.name,
			source: item.commitment.source,
			line: item.commitment.line,
			followUpDate: item.followUpDate,
			due: item.commitment.due ?? null,
		})),
		stalled: model.stalled.map((item) => ({
			text: item.commitment.text,
			owner: item.owner.name,
			source: item.commitment.source,
			line: item.commitment.line,
			daysStalled: item.daysStalled,
		})),
		yourPromises: model.yourPromises.map((item) => ({
			text: item.commitment.text,
			source: item.commitment.source,
			line: item.commitment.line,
			due: item.commitment.due ?? null,
		})),
		checkIn: model.checkIn.map((item) => ({
			person: item.person.name,
			path: item.person.path ?? null,
			lastContact: item.lastContact,
			nextCheckIn: item.nextCheckIn,
			daysOver: item.daysOver,
			lastTalkStages: item.lastTalkStages,
		})),
		noOneOnOne: model.noOneOnOne.map((item) => ({
			person: item.person.name,
			path: item.person.path ?? null,
			planned: item.planned ?? null,
			lastTalkStages: item.lastTalkStages,
		})),
		comingUp: model.comingUp.map((item) => ({
			date: item.date,
			what: item.what,
			text: item.text,
			source: item.what === 'commitment' ? item.commitment.source : item.what === 'planned' ? item.source : item.person.path ?? null,
			line: item.what === 'commitment' ? item.commitment.line : null,
			owner: item.what === 'commitment' ? item.owner ?? null : null,
		})),
		problems: model.problems.map((p) => (p.line === undefined ? { path: p.path, message: p.message } : { ...p })),
		slipping: model.slipping.map((item) => ({
			person: item.person.name,
			path: item.person.path ?? null,
			from: item.from,
			to: item.to,
			date: item.date,
			source: item.source,
		})),
	};
}
