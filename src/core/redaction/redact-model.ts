/**
 * The one redaction step (DESIGN §4 privacy mode, §5 `--redact`), applied to the derived dashboard
 * model: display fields (names, task text, every shown path, problem messages) are replaced, and
 * the identity actions need (source path, line, raw line) stays behind opaque handles.
 *
 * A {@link ShownModel} is what every view renders: `model` holds only what may be shown (and, in a
 * redacted model, nothing else: serializing it leaks no name), and `targetOf` maps an item of that
 * model back to the note it stands for. The item objects themselves are the handles: the target is
 * kept in a table beside the model, never in it, so it is never rendered nor serialized.
 */
import type { SlippingItem } from '../assessment-history';
import type { CommitmentRef, ComingUpItem, FollowUpModel, PersonRef } from '../follow-ups';
import type { NoteProblem } from '../problems';
import type { NameMatcher } from './name-matcher';

/** The note an item stands for: what "open" and the line-exact edits of DESIGN §4 need. Never shown. */
export interface NoteTarget {
	readonly path: string;
	/** 1-based line, for commitments and problems. */
	readonly line?: number;
	/** The whole line as indexed, for line-exact edits. */
	readonly raw?: string;
}

/** An item of a shown model that opens a note. */
export type ShownItem = CommitmentRef | PersonRef | NoteProblem | ComingUpItem | SlippingItem;

/** A dashboard model ready to show, with the identities of its items kept aside. */
export interface ShownModel {
	/** What to show. When `redacted`, its every string is safe to render, log or serialize. */
	readonly model: FollowUpModel;
	/** True when names were replaced ({@link redactModel}). */
	readonly redacted: boolean;
	/**
	 * The note behind an item of `model` (a commitment, a person, a problem or a coming-up row),
	 * or undefined for an item that opens nothing (a person without a note) or is not from `model`.
	 */
	targetOf(item: ShownItem): NoteTarget | undefined;
}

type Show = (text: string) => string;

/**
 * Quoted text the problem messages write themselves (not note text), kept by redaction: the hint of
 * what to write (`add person: "[[Name]]"`) and the properties the plugin reads (`"last-contact" is
 * "…"` says which one to fix).
 */
const OWN_QUOTES = new Set(['person', 'one-on-one', '1-on-1', '1:1', 'key: value', '[[Name]]', 'date', 'last-contact', 'next-contact', 'assessment', 'contact-every']);

/**
 * A problem message with names replaced and the note's own text taken out: messages quote note
 * text (a YAML error's reason, an unknown `type`) in double quotes or as a `!<tag>`, and a name the
 * vault never declares (inside front matter that could not be read) must not pass through.
 */
function showProblemMessage(message: string, show: Show): string {
	const quoted = message.replace(/"([^"]*)"/g, (all, inner: string) => (OWN_QUOTES.has(inner) ? all : '"…"')).replace(/!<[^>]*>/g, '!<…>');
	return show(quoted);
}

function project(model: FollowUpModel, show: Show, redacted: boolean): ShownModel {
	const targets = new Map<object, NoteTarget>();
	const showPath = (path: string): string => show(path);
	const commitment = (ref: CommitmentRef): CommitmentRef => {
		const shown: CommitmentRef = {
			text: show(ref.text),
			displayText: show(ref.displayText),
			source: showPath(ref.source),
			line: ref.line,
			// The raw line is identity (for line-exact edits), not display: read it through targetOf.
			raw: redacted ? '' : ref.raw,
			due: ref.due,
			recurring: ref.recurring,
			format: ref.format,
		};
		targets.set(shown, { path: ref.source, line: ref.line, raw: ref.raw });
		return shown;
	};
	const person = (ref: PersonRef): PersonRef => {
		const shown: PersonRef = ref.path === undefined ? { name: show(ref.name) } : { name: show(ref.name), path: showPath(ref.path) };
		if (ref.path !== undefined) targets.set(shown, { path: ref.path });
		return shown;
	};
	const comingUp = (item: ComingUpItem): ComingUpItem => {
		let shown: ComingUpItem;
		let target: NoteTarget | undefined;
		if (item.what === 'commitment') {
			const ref = commitment(item.commitment);
			shown = { ...item, text: show(item.text), commitment: ref, ...(item.owner === undefined ? {} : { owner: show(item.owner) }) };
			target = targets.get(ref);
		} else if (item.what === 'planned') {
			shown = { ...item, text: show(item.text), person: person(item.person), source: showPath(item.source) };
			target = { path: item.source };
		} else {
			shown = { ...item, text: show(item.text), person: person(item.person) };
			target = item.person.path === undefined ? undefined : { path: item.person.path };
		}
		if (target) targets.set(shown, target);
		return shown;
	};
	const problem = (item: NoteProblem): NoteProblem => {
		const message = redacted ? showProblemMessage(item.message, show) : item.message;
		const shown: NoteProblem = item.line === undefined ? { path: showPath(item.path), message } : { path: showPath(item.path), message, line: item.line };
		targets.set(shown, item.line === undefined ? { path: item.path } : { path: item.path, line: item.line });
		return shown;
	};
	const slipping = (item: SlippingItem): SlippingItem => {
		const shown: SlippingItem = { ...item, person: person(item.person), source: showPath(item.source) };
		targets.set(shown, { path: item.source });
		return shown;
	};
	const shownModel: FollowUpModel = {
		today: model.today,
		followUp: model.followUp.map((i) => ({ ...i, commitment: commitment(i.commitment), owner: person(i.owner) })),
		stalled: model.stalled.map((i) => ({ ...i, commitment: commitment(i.commitment), owner: person(i.owner) })),
		yourPromises: model.yourPromises.map((i) => ({ ...i, commitment: commitment(i.commitment) })),
		checkIn: model.checkIn.map((i) => ({ ...i, person: person(i.person) })),
		noOneOnOne: model.noOneOnOne.map((i) => ({ ...i, person: person(i.person) })),
		comingUp: model.comingUp.map(comingUp),
		problems: model.problems.map(problem),
		slipping: model.slipping.map(slipping),
	};
	return { model: shownModel, redacted, targetOf: (item) => targets.get(item) };
}

/** The model as it is, ready to show (privacy mode off; `--redact` not given). */
export function showModel(model: FollowUpModel): ShownModel {
	return project(model, (text) => text, false);
}

/**
 * The model with every name replaced through `matcher` (build it once per derivation with
 * `buildNameMatcher(collectRedactionNames(…))`): names, task text, every shown path and problem
 * messages (quoted note text in them is dropped too); `raw` is emptied (it is identity, behind
 * `targetOf`). Dates, counts and lines are kept.
 * Linear in the model's text.
 */
export function redactModel(model: FollowUpModel, matcher: NameMatcher): ShownModel {
	// Paths, owner names and task texts repeat across items (every commitment of a note has its path;
	// a commitment can be in two lists): each distinct string is redacted once.
	const seen = new Map<string, string>();
	return project(model, (text) => {
		let shown = seen.get(text);
		if (shown === undefined) {
			shown = matcher.redact(text);
			seen.set(text, shown);
		}
		return shown;
	}, true);
}

/**
 * One problem message as privacy mode shows it: names replaced through `matcher`, and the note's
 * own text that the message quotes taken out (a YAML error quotes the note). The same step
 * {@link redactModel} applies to every problem.
 */
export function redactProblemMessage(message: string, matcher: NameMatcher): string {
	return showProblemMessage(message, (text) => matcher.redact(text));
}
