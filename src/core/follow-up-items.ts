/**
 * The items of the follow-up dashboard model (DESIGN §3): what each list holds, as plain data that
 * the views render and the CLI prints. `follow-ups.ts` builds them; `follow-ups-update.ts` keeps
 * them up to date.
 */
import type { SectionKey } from './aeiou';
import type { SlippingItem } from './assessment-history';
import type { CalendarDate } from './model';
import type { PersonRef } from './people';
import type { NoteProblem } from './problems';

/** A commitment as the lists show it. */
export interface CommitmentRef {
	/** As written (links in `[[…]]`), for the report. */
	readonly text: string;
	/** As reading view shows it (`[[Sam Rivera]]` → `Sam Rivera`), for the pane. */
	readonly displayText: string;
	/** Path of the 1-on-1 note it is in. */
	readonly source: string;
	/** 1-based line. */
	readonly line: number;
	/** The whole line as written, for line-exact edits ("Mark done"). */
	readonly raw: string;
	readonly due?: CalendarDate;
	readonly recurring: boolean;
	readonly format: 'tasks' | 'dataview';
}

export interface FollowUpItem {
	/** 'debrief' for done commitments, 'support' for open ones. */
	readonly kind: 'debrief' | 'support';
	readonly commitment: CommitmentRef;
	readonly owner: PersonRef;
	readonly followUpDate: CalendarDate;
}

export interface StalledItem {
	readonly commitment: CommitmentRef;
	readonly owner: PersonRef;
	readonly followUpDate: CalendarDate;
	readonly daysStalled: number;
}

export interface PromiseItem {
	readonly commitment: CommitmentRef;
	readonly overdue: boolean;
}

export interface CheckInItem {
	readonly person: PersonRef;
	readonly lastContact: CalendarDate;
	readonly nextCheckIn: CalendarDate;
	readonly daysOver: number;
	/** AEIOU stages of the latest held talk that have content of their own (DESIGN §3), in order. */
	readonly lastTalkStages: readonly SectionKey[];
}

export interface NoOneOnOneItem {
	readonly person: PersonRef;
	/** Always empty (no held talk yet); there so every person item has the same shape. */
	readonly lastTalkStages: readonly SectionKey[];
	/** The earliest planned 1-on-1, if any. */
	readonly planned?: CalendarDate;
}

export type ComingUpItem =
	| {
			readonly what: 'commitment';
			readonly date: CalendarDate;
			readonly text: string;
			readonly commitment: CommitmentRef;
			/** Whose it is (the owner's name); absent when the note names nobody. */
			readonly owner?: string;
			/** True for your own promise. */
			readonly yours: boolean;
	  }
	| { readonly what: 'planned'; readonly date: CalendarDate; readonly text: string; readonly person: PersonRef; readonly source: string }
	| { readonly what: 'check-in'; readonly date: CalendarDate; readonly text: string; readonly person: PersonRef };

export interface FollowUpModel {
	readonly today: CalendarDate;
	readonly followUp: readonly FollowUpItem[];
	readonly stalled: readonly StalledItem[];
	readonly yourPromises: readonly PromiseItem[];
	readonly checkIn: readonly CheckInItem[];
	readonly noOneOnOne: readonly NoOneOnOneItem[];
	readonly comingUp: readonly ComingUpItem[];
	readonly problems: readonly NoteProblem[];
	/** Support slipping (issue #17): assessments that moved towards opposed in the last 30 days. */
	readonly slipping: readonly SlippingItem[];
}
