/**
 * Invariants of the dashboard model (DESIGN §3) over generated vaults, on top of the hand-written
 * rule table: whatever the notes say, a commitment is in at most one of Follow up / Stalled / Your
 * promises, nobody is both "Check in with" and "No 1-on-1 yet", you are never listed, cancelled
 * commitments never show, dates fall in their windows, and lists are in their documented order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { buildFollowUps } from '../../src/core/follow-ups';
import { normalizeSettings } from '../../src/settings';
import { indexNotes } from '../builders/fixture-vault';

const TODAY = '2026-11-29';
const NAMES = ['Maria Lopez', 'Jo Chen', 'Ana Ruiz', 'Sam Rivera', 'Lee Park'];
const date = fc.integer({ min: -60, max: 20 }).map((d) => addDays(TODAY, d));

const task = fc.record({
	status: fc.constantFrom(' ', 'x', '-', '/'),
	text: fc.constantFrom('sign the petition', 'talk to nights', 'bring the contract'),
	due: fc.option(date, { nil: undefined }),
	done: fc.option(date, { nil: undefined }),
	owner: fc.option(fc.constantFrom(...NAMES, 'Nobody Known'), { nil: undefined }),
	prefix: fc.boolean(),
});

const talk = fc.record({
	person: fc.constantFrom(...NAMES, 'Tom Baker'),
	date,
	nextContact: fc.option(date, { nil: undefined }),
	tasks: fc.array(task, { maxLength: 4 }),
});

const person = fc.record({
	name: fc.constantFrom(...NAMES),
	status: fc.constantFrom(undefined, 'active', 'left'),
	contactEvery: fc.constantFrom(undefined, 0, 7, 'none'),
	lastContact: fc.option(date, { nil: undefined }),
	nextContact: fc.option(date, { nil: undefined }),
	role: fc.constantFrom(undefined, 'leader', 'contact'),
});

interface GeneratedTask {
	readonly status: string;
	readonly text: string;
	readonly due?: string;
	readonly done?: string;
	readonly owner?: string;
	readonly prefix: boolean;
}

function renderTask(x: GeneratedTask): string {
	const owner = x.owner ? (x.prefix ? `[[${x.owner}]]: ` : '') : '';
	const ownerField = x.owner && !x.prefix ? ` [owner:: [[${x.owner}]]]` : '';
	const due = x.due ? ` 📅 ${x.due}` : '';
	const done = x.status === 'x' && x.done ? ` ✅ ${x.done}` : '';
	return `- [${x.status}] ${owner}${x.text}${ownerField}${due}${done}`;
}

describe('follow-up model invariants (property)', () => {
	it('holds for any small vault', () => {
		fc.assert(
			fc.property(fc.uniqueArray(person, { maxLength: 5, selector: (p) => p.name }), fc.array(talk, { maxLength: 8 }), fc.boolean(), (people, talks, setYourName) => {
				const notes: Record<string, string> = {};
				for (const p of people) {
					const lines = ['---', 'type: person'];
					if (p.status) lines.push(`status: ${p.status}`);
					if (p.contactEvery !== undefined) lines.push(`contact-every: ${p.contactEvery}`);
					if (p.lastContact) lines.push(`last-contact: ${p.lastContact}`);
					if (p.nextContact) lines.push(`next-contact: ${p.nextContact}`);
					if (p.role) lines.push(`role: ${p.role}`);
					notes[`People/${p.name}.md`] = [...lines, '---', ''].join('\n');
				}
				talks.forEach((t, i) => {
					notes[`1-on-1s/${t.date} ${t.person} ${i}.md`] = [
						'---', 'type: one-on-one', `person: ["[[${t.person}]]"]`, `date: ${t.date}`, 'organizer: "[[Sam Rivera]]"',
						...(t.nextContact ? [`next-contact: ${t.nextContact}`] : []),
						'---', '## Organize', ...t.tasks.map(renderTask), '',
					].join('\n');
				});
				const { settings } = normalizeSettings(setYourName ? { yourName: 'Sam Rivera' } : {});
				const model = buildFollowUps(indexNotes(notes), settings, TODAY);

				const seen = new Set<string>();
				for (const ref of [...model.followUp, ...model.stalled, ...model.yourPromises].map((i) => i.commitment)) {
					const key = `${ref.source}:${ref.line}`;
					expect(seen.has(key), key).toBe(false);
					seen.add(key);
					expect(ref.raw).not.toMatch(/^- \[-\]/);
				}
				for (const item of model.comingUp) {
					expect(item.date > TODAY && item.date <= addDays(TODAY, 7)).toBe(true);
					if (item.what === 'commitment') expect(item.commitment.raw).not.toMatch(/^- \[-\]/);
				}
				const checkIn = new Set(model.checkIn.map((i) => i.person.name));
				for (const item of model.noOneOnOne) expect(checkIn.has(item.person.name)).toBe(false);
				// Sam is you when named in the settings. With Your name empty, an organizer is "you" only in
				// the notes they organized, and someone with a person note stays in people lists (DESIGN §2).
				if (setYourName || (talks.length > 0 && !people.some((p) => p.name === 'Sam Rivera'))) {
					for (const item of [...model.checkIn, ...model.noOneOnOne]) expect(item.person.name).not.toBe('Sam Rivera');
				}
				for (const item of model.followUp) expect(item.followUpDate <= TODAY).toBe(true);
				for (const item of model.stalled) expect(item.daysStalled).toBeGreaterThanOrEqual(0);
				for (const item of model.checkIn) expect(item.daysOver).toBeGreaterThanOrEqual(0);
				const inactive = new Set(people.filter((p) => p.status === 'left').map((p) => p.name));
				for (const item of [...model.followUp, ...model.stalled]) expect(inactive.has(item.owner.name)).toBe(false);
				for (const item of [...model.checkIn, ...model.noOneOnOne]) expect(inactive.has(item.person.name)).toBe(false);
				const followUpDates = model.followUp.map((i) => i.followUpDate);
				expect(followUpDates).toEqual([...followUpDates].sort());
				const daysOver = model.checkIn.map((i) => i.daysOver);
				expect(daysOver).toEqual([...daysOver].sort((a, b) => b - a));
			}),
			{ numRuns: 300 },
		);
	}, 60_000);
});
