/**
 * Domain types shared by the parser, the index, the models and the views.
 *
 * Everything here is plain, readonly data: the index keeps only these facts (strings copied out of
 * the source text), never syntax trees or file texts. See DESIGN §2 for the formats they come from.
 */

/** A calendar date `YYYY-MM-DD`, the same day in every time zone (never a UTC instant). */
export type CalendarDate = string;

/** What a note is, from its `type` property. */
export type NoteKind = NoteFacts['kind'];

/** A wiki link or a plain name used as a reference: `[[target#subpath|display]]` or `Maria Lopez`. */
export interface LinkRef {
	/** The link target without `#subpath` and `|display`, trimmed; for a plain name, the name. */
	readonly target: string;
	/** The part after `#`, without the `#`, when present. */
	readonly subpath?: string;
	/** The part after `|`, when present. */
	readonly display?: string;
	/** True when written as a wiki link (`[[…]]`), false for a plain name. */
	readonly isLink: boolean;
}

/** A typed front-matter value. Dates and date-times are reduced to calendar dates. */
export type PropertyValue =
	| { readonly kind: 'text'; readonly text: string }
	| { readonly kind: 'link'; readonly link: LinkRef }
	| { readonly kind: 'number'; readonly value: number }
	| { readonly kind: 'boolean'; readonly value: boolean }
	| { readonly kind: 'date'; readonly date: CalendarDate; readonly time?: string }
	| { readonly kind: 'list'; readonly items: readonly PropertyValue[] }
	| { readonly kind: 'null' };

/** Something wrong with a note, reported under "Notes to fix" instead of thrown. */
export interface Problem {
	/** Human-readable, organizer-facing sentence (no stack traces). */
	readonly message: string;
	/** 1-based line the problem is on, when known. */
	readonly line?: number;
}

/** A heading in the body. */
export interface Heading {
	/** 1-based line. */
	readonly line: number;
	/** 1–6. */
	readonly level: number;
	/** Heading text, trimmed, without the `#` marks. */
	readonly text: string;
}

import type { SectionKey } from './aeiou';

export type { SectionKey } from './aeiou';

/**
 * Status of a commitment: `[ ]` open, `[x]`/`[X]` done, `[-]` cancelled, any other character open.
 * A done or cancelled one carries the date its ✅ / ❌ (or `completion::` / `cancelled::`) field gives.
 */
export type CommitmentStatus =
	| { readonly kind: 'open' }
	| { readonly kind: 'done'; readonly doneOn?: CalendarDate }
	| { readonly kind: 'cancelled'; readonly cancelledOn?: CalendarDate };

/** A task list item in a 1-on-1 note (DESIGN §2, Commitments). */
export interface Commitment {
	/** 1-based line of the task. */
	readonly line: number;
	/** The whole source line as written (without the line ending), for line-exact edits. */
	readonly raw: string;
	/** The character between the brackets: ' ', 'x', 'X', '-', '/', '>', … */
	readonly statusChar: string;
	readonly status: CommitmentStatus;
	/**
	 * The task text without the list marker, checkbox, date fields (emoji or inline), priority,
	 * recurrence, 🆔/⛔/🏁 fields and trailing `^block-id`; whitespace collapsed and trimmed. A leading
	 * `[[Name]]: ` owner prefix and an `[owner:: …]` field stay in the text (DESIGN §2 strips neither).
	 */
	readonly text: string;
	readonly due?: CalendarDate;
	readonly created?: CalendarDate;
	readonly scheduled?: CalendarDate;
	readonly start?: CalendarDate;
	/** `[owner:: [[Name]]]` (or `(owner:: …)`): an explicit owner. */
	readonly ownerField?: LinkRef;
	/**
	 * A leading `[[Name]]: ` (colon required). It is the owner only when Name resolves to a person or
	 * to you; the parser cannot know, so the index decides.
	 */
	readonly ownerPrefix?: LinkRef;
	/** True when the line carries 🔁 (left to the Tasks plugin by "Mark done"). */
	readonly recurring: boolean;
	/** 'dataview' when its date fields are inline fields, else 'tasks'. */
	readonly format: 'tasks' | 'dataview';
	/** The AEIOU section the line is in, if any. */
	readonly section?: SectionKey;
}

/** A wiki link or embed in the body (not in front matter), outside code and comments. */
export interface BodyLink {
	readonly line: number;
	readonly link: LinkRef;
}

/** A Dataview inline field in the body (`key:: value`, `[key:: value]`, `(key:: value)`), outside code and comments. */
export interface InlineField {
	readonly line: number;
	/** Key as Dataview canonicalizes it: trimmed, lower-cased, spaces as `-` (`Recruited By` → `recruited-by`). */
	readonly key: string;
	/** Value as written, trimmed. */
	readonly value: string;
	/** Wiki links found in the value. */
	readonly links: readonly LinkRef[];
}

/** Which parser produced the facts (for the escalation statistics and "Notes to fix"). */
export type ParsePath = 'fast' | 'remark' | 'fast-unsure';

/** What every note has, whatever its kind. */
export interface BaseNoteFacts {
	/** Vault-relative path with `/` separators, e.g. `1-on-1s/2026-11-28 Maria Lopez.md`. */
	readonly path: string;
	/** File name without folder and `.md`. */
	readonly basename: string;
	/** The `type` property as written (trimmed), when it is text. */
	readonly typeValue?: string;
	/** Typed front matter, keys lower-cased. Empty when there is none or it is unparseable. */
	readonly properties: Readonly<Record<string, PropertyValue>>;
	/** `aliases` (and `alias`) as plain strings. */
	readonly aliases: readonly string[];
	readonly headings: readonly Heading[];
	/** Task list items; only filled for one-on-one notes. */
	readonly commitments: readonly Commitment[];
	readonly links: readonly BodyLink[];
	readonly inlineFields: readonly InlineField[];
	readonly problems: readonly Problem[];
	readonly parsePath: ParsePath;
}

/** A person note (`type: person`). */
export interface PersonNoteFacts extends BaseNoteFacts {
	readonly kind: 'person';
	readonly person: PersonFacts;
}

/** A 1-on-1 note (`type: one-on-one`, `1-on-1` or `1:1`). */
export interface OneOnOneNoteFacts extends BaseNoteFacts {
	readonly kind: 'one-on-one';
	readonly conversation: ConversationFacts;
}

/** Any other note: no `type`, or one we do not know. */
export interface OtherNoteFacts extends BaseNoteFacts {
	readonly kind: 'other';
}

/** Everything the plugin knows about one note, extracted once per change. */
export type NoteFacts = PersonNoteFacts | OneOnOneNoteFacts | OtherNoteFacts;

/** The typed front matter of a 1-on-1 note. */
export interface ConversationFacts {
	/** `person` values in order (single link, list, plain name, nested-list form all accepted). */
	readonly persons: readonly LinkRef[];
	/** `date` reduced to a calendar date, else the first YYYY-MM-DD in the file name. */
	readonly date?: CalendarDate;
	/** The time of a date-time `date` as written (`18:30`), to order talks on one day. */
	readonly time?: string;
	/**
	 * True when the note has content of its own: text outside comments, headings, empty list items
	 * and the carried-forward block (`%% ro:carried-forward %%` … `%% /ro:carried-forward %%`).
	 */
	readonly hasOwnContent: boolean;
	/** The AEIOU sections with content of their own, in section order. */
	readonly stagesWithContent: readonly SectionKey[];
	readonly organizer?: LinkRef;
	/** `kind` as written (initial, follow-up, …). */
	readonly kind?: string;
	readonly assessment?: number;
	readonly nextContact?: CalendarDate;
	/** `issues` values (links or names) in order; absent when there are none. */
	readonly issues?: readonly LinkRef[];
}

/** `contact-every`: a number of days, or never prompt. */
export type ContactEvery = { readonly kind: 'days'; readonly days: number } | { readonly kind: 'never' };

/** The typed front matter of a person note. */
export interface PersonFacts {
	readonly role?: string;
	readonly assessment?: number;
	readonly contactEvery?: ContactEvery;
	readonly lastContact?: CalendarDate;
	readonly nextContact?: CalendarDate;
	/** `status` lower-cased, e.g. 'active', 'inactive', 'left', 'archived'. */
	readonly status?: string;
	readonly workplace?: LinkRef;
	readonly department?: string;
	readonly shift?: string;
}
