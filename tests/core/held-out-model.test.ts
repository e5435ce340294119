/**
 * A held-out model of the DESIGN §3 rules: a reviewer's own reading of them, written from the text
 * without the core, run against the core on generated vaults (people with every interval rule,
 * talks held, planned, on the same day and being prepared today, commitments with every owner form
 * and status). The model is small on purpose: one name per talk, Your name set, no time of day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFollowUps } from '../../src/core/follow-ups';
import { toReportJson, type ReportJson } from '../../src/core/report-json';
import { normalizeSettings } from '../../src/settings';
import { indexNotes } from '../builders/fixture-vault';

const TODAY = '2026-12-01';
const NAMES = ['Ana Ruiz', 'Ben Okafor', 'Cy Diaz', 'Dee Park', 'Eli Moss'] as const;
const YOU = 'Sam Rivera';
const STALL_DAYS = 14;
const DEBRIEF_WINDOW = 30;
const COMING_UP = 7;
const BY_ASSESSMENT: Record<number, number | undefined> = { 1: 7, 2: 14, 3: 14, 4: 30, 5: undefined };

/** A day `offset` days from today, by UTC arithmetic of the model's own. */
function day(offset: number): string {
	const base = Date.UTC(2026, 11, 1);
	return new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
}

interface PersonSpec {
	readonly note: boolean;
	readonly contactEvery?: 0 | 'none' | 3 | 10;
	readonly role?: 'Shop committee' | 'contact' | 'leader';
	readonly assessment?: number;
	readonly inactive: boolean;
	readonly lastContact?: number;
	readonly nextContact?: number;
}

type OwnerSpec = { readonly kind: 'default' } | { readonly kind: 'prefix'; readonly who: number } | { readonly kind: 'you' } | { readonly kind: 'field'; readonly who: number };

interface TaskSpec {
	readonly owner: OwnerSpec;
	readonly status: ' ' | 'x' | '-' | '/';
	readonly due?: number;
	readonly completion?: number;
	readonly created?: number;
}

interface TalkSpec {
	readonly who: number;
	readonly day: number;
	readonly nextContact?: number;
	readonly assessment?: number;
	readonly content: boolean;
	readonly tasks: readonly TaskSpec[];
}

interface VaultSpec {
	readonly people: readonly PersonSpec[];
	readonly talks: readonly TalkSpec[];
}

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

const personArb: fc.Arbitrary<PersonSpec> = fc.record({
	note: fc.boolean(),
	contactEvery: maybe(fc.constantFrom(0 as const, 'none' as const, 3 as const, 10 as const)),
	role: maybe(fc.constantFrom('Shop committee' as const, 'contact' as const, 'leader' as const)),
	assessment: maybe(fc.integer({ min: 1, max: 5 })),
	inactive: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
	lastContact: maybe(fc.integer({ min: -40, max: 5 })),
	nextContact: maybe(fc.integer({ min: -30, max: 12 })),
});

const ownerArb: fc.Arbitrary<OwnerSpec> = fc.oneof(
	{ arbitrary: fc.constant({ kind: 'default' as const }), weight: 3 },
	{ arbitrary: fc.record({ kind: fc.constant('prefix' as const), who: fc.integer({ min: 0, max: NAMES.length - 1 }) }), weight: 2 },
	{ arbitrary: fc.constant({ kind: 'you' as const }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant('field' as const), who: fc.integer({ min: 0, max: NAMES.length - 1 }) }), weight: 1 },
);

const taskArb: fc.Arbitrary<TaskSpec> = fc.record({
	owner: ownerArb,
	status: fc.constantFrom(' ' as const, ' ' as const, 'x' as const, '-' as const, '/' as const),
	due: maybe(fc.integer({ min: -40, max: 12 })),
	completion: maybe(fc.integer({ min: -40, max: 0 })),
	created: maybe(fc.integer({ min: -45, max: 0 })),
});

const talkArb: fc.Arbitrary<TalkSpec> = fc
	.record({
		who: fc.integer({ min: 0, max: NAMES.length - 1 }),
		day: fc.integer({ min: -45, max: 10 }),
		nextContact: maybe(fc.integer({ min: -30, max: 14 })),
		assessment: maybe(fc.integer({ min: 1, max: 5 })),
		content: fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())),
		tasks: fc.array(taskArb, { maxLength: 3 }),
	})
	// A talk without content of its own has no tasks either (a task is content).
	.map((t) => (t.content ? t : { ...t, tasks: [] }));

const vaultArb: fc.Arbitrary<VaultSpec> = fc.record({
	people: fc.tuple(personArb, personArb, personArb, personArb, personArb),
	// Some talks on one day with one person, to exercise the (2) suffix.
	talks: fc.array(talkArb, { maxLength: 9 }).chain((talks) =>
		fc.array(fc.integer({ min: 0, max: Math.max(0, talks.length - 1) }), { maxLength: talks.length > 0 ? 2 : 0 }).map((copies) => [
			...talks,
			...copies.map((i) => ({ ...talks[i], nextContact: talks[i].nextContact === undefined ? 3 : undefined, assessment: talks[i].assessment === undefined ? 4 : undefined })),
		]),
	),
});

interface WrittenTalk {
	readonly spec: TalkSpec;
	readonly path: string;
	/** Its place among this person's talks on its day (0 = no suffix). */
	readonly suffix: number;
	readonly lines: readonly { task: TaskSpec; line: number; text: string }[];
}

/** The vault's notes, written as an organizer would (DESIGN §2). */
function writeVault(spec: VaultSpec): { notes: Record<string, string>; talks: WrittenTalk[] } {
	const notes: Record<string, string> = {};
	spec.people.forEach((p, i) => {
		if (!p.note) return;
		const props = ['type: person'];
		if (p.contactEvery !== undefined) props.push(`contact-every: ${p.contactEvery}`);
		if (p.role !== undefined) props.push(`role: ${p.role}`);
		if (p.assessment !== undefined) props.push(`assessment: ${p.assessment}`);
		if (p.inactive) props.push('status: inactive');
		if (p.lastContact !== undefined) props.push(`last-contact: ${day(p.lastContact)}`);
		if (p.nextContact !== undefined) props.push(`next-contact: ${day(p.nextContact)}`);
		notes[`People/${NAMES[i]}.md`] = `---\n${props.join('\n')}\n---\n`;
	});
	const seen = new Map<string, number>();
	const talks = spec.talks.map((t, ti): WrittenTalk => {
		const base = `${day(t.day)} ${NAMES[t.who]}`;
		const suffix = seen.get(base) ?? 0;
		seen.set(base, suffix + 1);
		const path = `1-on-1s/${base}${suffix === 0 ? '' : ` (${suffix + 1})`}.md`;
		const props = ['type: one-on-one', `person: ["[[${NAMES[t.who]}]]"]`, `date: ${day(t.day)}`, `organizer: "[[${YOU}]]"`];
		if (t.nextContact !== undefined) props.push(`next-contact: ${day(t.nextContact)}`);
		if (t.assessment !== undefined) props.push(`assessment: ${t.assessment}`);
		const lines = ['---', ...props, '---'];
		if (t.content) lines.push('## Agitate', 'Talked about the rota.', '## Organize');
		else lines.push('## Agitate', '%% What is wrong, in their words? %%', '## Organize', '%% Who does what, by when? %%', '- [ ] ');
		const written = t.tasks.map((task, k) => {
			const prefix = task.owner.kind === 'prefix' ? `[[${NAMES[task.owner.who]}]]: ` : task.owner.kind === 'you' ? `[[${YOU}]]: ` : '';
			const field = task.owner.kind === 'field' ? ` [owner:: [[${NAMES[task.owner.who]}]]]` : '';
			const text = `${prefix}Step ${ti}-${k}${field}`;
			let fields = '';
			if (task.created !== undefined) fields += ` ➕ ${day(task.created)}`;
			if (task.due !== undefined) fields += ` 📅 ${day(task.due)}`;
			if (task.status === 'x' && task.completion !== undefined) fields += ` ✅ ${day(task.completion)}`;
			lines.push(`- [${task.status}] ${text}${fields}`);
			return { task, line: lines.length, text };
		});
		notes[path] = `${lines.join('\n')}\n`;
		return { spec: t, path, suffix, lines: written };
	});
	return { notes, talks };
}

type Lists = Pick<ReportJson, 'followUp' | 'stalled' | 'yourPromises' | 'checkIn' | 'noOneOnOne' | 'comingUp'>;

/** The dashboard, by the reviewer's reading of DESIGN §3. */
function modelDashboard(spec: VaultSpec, talks: readonly WrittenTalk[]): Lists {
	const isHeld = (t: TalkSpec): boolean => t.day < 0 || (t.day === 0 && t.content);
	const named = new Set(talks.map((t) => t.spec.who));
	const isPerson = (i: number): boolean => spec.people[i].note || named.has(i);
	const inactive = (name: string): boolean => {
		const i = NAMES.indexOf(name as (typeof NAMES)[number]);
		return i >= 0 && spec.people[i].note && spec.people[i].inactive;
	};
	const order = (a: WrittenTalk, b: WrittenTalk): number => a.spec.day - b.spec.day || a.suffix - b.suffix;

	const out: Lists = { followUp: [], stalled: [], yourPromises: [], checkIn: [], noOneOnOne: [], comingUp: [] };
	const followUp = out.followUp as ReportJson['followUp'][number][];
	const stalled = out.stalled as ReportJson['stalled'][number][];
	const yours = out.yourPromises as ReportJson['yourPromises'][number][];
	const checkIn = out.checkIn as ReportJson['checkIn'][number][];
	const noOne = out.noOneOnOne as ReportJson['noOneOnOne'][number][];
	const comingUp = out.comingUp as ReportJson['comingUp'][number][];

	const sorted = [...talks].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	for (const talk of sorted) {
		for (const { task, line, text } of talk.lines) {
			if (task.status === '-') continue;
			const talkPerson = NAMES[talk.spec.who];
			const owner =
				task.owner.kind === 'you'
					? YOU
					: task.owner.kind === 'field'
						? NAMES[task.owner.who]
						: task.owner.kind === 'prefix' && isPerson(task.owner.who)
							? NAMES[task.owner.who]
							: talkPerson;
			if (inactive(owner)) continue;
			const done = task.status === 'x';
			const due = task.due === undefined ? null : day(task.due);
			if (!done && task.due !== undefined && task.due > 0 && task.due <= COMING_UP) comingUp.push({ date: day(task.due), what: 'commitment', text });
			if (owner === YOU) {
				if (!done) yours.push({ text, source: talk.path, line, due });
				continue;
			}
			const fud = done ? (task.completion ?? talk.spec.day) : (task.due ?? (task.created ?? talk.spec.day) + STALL_DAYS);
			if (fud > 0) continue;
			const followedUp = talks.some((t) => t !== talk && NAMES[t.spec.who] === owner && isHeld(t.spec) && t.spec.day >= fud);
			if (!followedUp) {
				if (done && fud < -DEBRIEF_WINDOW) continue;
				followUp.push({ kind: done ? 'debrief' : 'support', text, owner, source: talk.path, line, followUpDate: day(fud), due });
			} else if (!done) {
				stalled.push({ text, owner, source: talk.path, line, daysStalled: 0 - fud });
			}
		}
	}

	NAMES.forEach((name, i) => {
		const p = spec.people[i];
		if (!isPerson(i) || (p.note && p.inactive)) return;
		const path = p.note ? `People/${name}.md` : null;
		const mine = talks.filter((t) => t.spec.who === i).sort(order);
		const held = mine.filter((t) => isHeld(t.spec));
		const planned = mine.filter((t) => !isHeld(t.spec));
		for (const t of planned) if (t.spec.day > 0 && t.spec.day <= COMING_UP) comingUp.push({ date: day(t.spec.day), what: 'planned', text: name });
		if (held.length === 0) {
			const first = planned.length === 0 ? null : Math.min(...planned.map((t) => t.spec.day));
			noOne.push({ person: name, path, planned: first === null ? null : day(first) });
			return;
		}
		const latest = held[held.length - 1];
		const lastContact = Math.max(latest.spec.day, p.note && p.lastContact !== undefined && p.lastContact <= 0 ? p.lastContact : -Infinity);
		const assessment = (p.note ? p.assessment : undefined) ?? [...held].reverse().find((t) => t.spec.assessment !== undefined)?.spec.assessment;
		const ownEvery = p.note ? p.contactEvery : undefined;
		const role = p.note ? p.role : undefined;
		const interval =
			ownEvery !== undefined
				? ownEvery === 0 || ownEvery === 'none'
					? undefined
					: ownEvery
				: role === 'Shop committee' || role === 'leader'
					? 7
					: assessment === undefined
						? 14
						: BY_ASSESSMENT[assessment];
		const ownNext = p.note ? p.nextContact : undefined;
		const next =
			ownNext !== undefined && ownNext > lastContact
				? ownNext
				: latest.spec.nextContact !== undefined && latest.spec.nextContact > lastContact
					? latest.spec.nextContact
					: interval === undefined
						? undefined
						: lastContact + interval;
		if (next === undefined || planned.length > 0) return;
		if (next <= 0) checkIn.push({ person: name, path, lastContact: day(lastContact), nextCheckIn: day(next), daysOver: 0 - next });
		else if (next <= COMING_UP) comingUp.push({ date: day(next), what: 'check-in', text: name });
	});

	const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
	followUp.sort((a, b) => byText(a.followUpDate, b.followUpDate) || byText(a.source, b.source) || a.line - b.line);
	stalled.sort((a, b) => b.daysStalled - a.daysStalled || byText(a.source, b.source) || a.line - b.line);
	checkIn.sort((a, b) => b.daysOver - a.daysOver || byText(a.person, b.person));
	noOne.sort((a, b) => byText(a.person, b.person));
	return out;
}

/** DESIGN leaves ties in Your promises and Coming up unordered: both sides put them in one order. */
function settleTies(lists: Lists): unknown {
	const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
	const dueKey = (due: string | null): string => due ?? '9999-99-99';
	return {
		followUp: lists.followUp.map(({ kind, text, owner, source, line, followUpDate, due }) => ({ kind, text, owner, source, line, followUpDate, due })),
		stalled: lists.stalled.map(({ text, owner, source, line, daysStalled }) => ({ text, owner, source, line, daysStalled })),
		yourPromises: lists.yourPromises
			.map(({ text, source, line, due }) => ({ text, source, line, due }))
			.sort((a, b) => byText(dueKey(a.due), dueKey(b.due)) || byText(a.source, b.source) || a.line - b.line),
		checkIn: lists.checkIn.map(({ person, path, lastContact, nextCheckIn, daysOver }) => ({ person, path, lastContact, nextCheckIn, daysOver })),
		noOneOnOne: lists.noOneOnOne.map(({ person, path, planned }) => ({ person, path, planned })),
		comingUp: lists.comingUp
			.map(({ date, what, text }) => ({ date, what, text }))
			.sort((a, b) => byText(a.date, b.date) || byText(a.what, b.what) || byText(a.text, b.text)),
	};
}

describe('held-out model of the follow-up rules (DESIGN §3)', () => {
	const { settings } = normalizeSettings({ yourName: YOU });

	it('keeps Your promises overdue first and Coming up by date, as the model does before ties', () => {
		fc.assert(
			fc.property(vaultArb, (spec) => {
				const { notes } = writeVault(spec);
				const report = toReportJson(buildFollowUps(indexNotes(notes, settings), settings, TODAY));
				const dues = report.yourPromises.map((p) => p.due ?? '9999-99-99');
				expect(dues).toEqual([...dues].sort());
				const dates = report.comingUp.map((c) => c.date);
				expect(dates).toEqual([...dates].sort());
			}),
			{ numRuns: 200 },
		);
	});

	it('shows what the model shows on generated vaults', () => {
		fc.assert(
			fc.property(vaultArb, (spec) => {
				const { notes, talks } = writeVault(spec);
				const report = toReportJson(buildFollowUps(indexNotes(notes, settings), settings, TODAY));
				expect(report.problems).toEqual([]);
				expect(settleTies(report)).toEqual(settleTies(modelDashboard(spec, talks)));
			}),
			{ numRuns: 400 },
		);
	});
});
