/**
 * The incremental derivation (core/derive-incremental.ts): after each edit an organizer makes — a
 * commitment ticked or added, an alias changed, a person note or a talk renamed, a new talk that
 * follows others up, a note deleted or excluded, a person note created for a name that had none —
 * the dashboard is updated in place (not rebuilt) and says exactly what a from-scratch build of the
 * same vault says: the same people, talks in the same order, the same owners, the same lists in the
 * same order with the same texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChartJson } from '../../src/core/chart-json';
import { buildDerivation, deriveDashboard, deriveDashboardSteps, deriveOnce, readDerivationPath, type Derivation } from '../../src/core/derive';
import { parseNote } from '../../src/core/note-parser';
import { findYourKey } from '../../src/core/people';
import { VaultIndex } from '../../src/core/vault-index';
import { normalizeSettings } from '../../src/settings';
import { person, talk } from '../support/builders';

const TODAY = '2026-11-29';

/** A value with every getter read (display text is built lazily) and class instances as plain objects. */
function toPlain(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(toPlain);
	if (value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(value)) out[key] = toPlain((value as Record<string, unknown>)[key]);
	if ('displayText' in value) out.displayText = (value as { displayText: unknown }).displayText;
	return out;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Everything a derivation says. Only what has no order of its own is sorted (the people map, the
 * key sets, the commitments of the whole vault, the table's problems): lists keep their order.
 */
function describeExactly(d: Derivation): unknown {
	const people = [...d.people.people.entries()]
		.sort(([a], [b]) => byText(a, b))
		.map(([key, p]) => ({ key, id: p.id, name: p.name, note: p.note ?? null, talks: p.talks.map((t) => ({ date: t.date, note: t.note })) }));
	const commitments = [...d.people.commitments]
		.sort((a, b) => byText(a.note.path, b.note.path) || a.commitment.line - b.commitment.line)
		.map((c) => ({ path: c.note.path, commitment: c.commitment, ownerKey: c.ownerKey, ownerName: c.ownerName, yours: c.yours, ownerRule: c.ownerRule }));
	const problems = [...d.people.problems].sort((a, b) => byText(a.path, b.path));
	const names = d.redactionNames.map((n) => `${n.name.toLowerCase()} = ${[...new Set(n.aliases.map((a) => a.toLowerCase()))].sort().join(', ')}`).sort();
	return {
		revision: d.revision,
		today: d.today,
		people,
		you: [...d.people.youKeys].sort(),
		excluded: [...d.people.excludedKeys].sort(),
		problems,
		commitments,
		followUps: toPlain(d.followUps),
		chart: toChartJson(d.chart),
		names,
	};
}

const personNote = (aliases: readonly string[], extra: Readonly<Record<string, string>> = {}): string => person({ aliases, ...extra }, 'Knows [[Ana Ruiz]].\n');

/** The person notes an edit may write: several alias sets, inactive, assessed, with a check-in interval. */
const PERSON_TEXTS = [
	personNote([]),
	personNote(['Mari']),
	personNote(['Jojo', 'Maria']),
	personNote(['Ana']),
	personNote(['Sam']),
	personNote([], { status: 'left' }),
	personNote(['Mari'], { 'contact-every': '7', assessment: '2' }),
	personNote([], { 'next-contact': '2026-12-01', 'last-contact': '2026-11-20' }),
];

const TALK_PEOPLE = ['Mari', 'Jo Chen', 'Jojo', 'Ana Ruiz', 'People/Jo Chen', 'Maria Lopez', 'Sam Rivera', 'Sam', 'Ben Okafor', 'Jo Chen (conflict 2026-11-20)', 'Notes/x', '../People/Ana Ruiz'];
const TASKS = [
	'- [ ] bring the petition 📅 2026-11-05',
	'- [x] talk to nights ✅ 2026-11-20',
	'- [ ] [[Maria Lopez]]: sign the card',
	'- [ ] ask about shifts [owner:: [[Sam Rivera]]]',
	'- [ ] [[Ana Ruiz]]: bring two from the dock 📅 2026-12-02',
	'- [ ] [[Jo Chen]]: call the steward',
	'- [ ] Jojo: ask the dock 📅 2026-11-30',
	'- [-] an old idea',
	'',
];

const personPaths = ['People/Maria Lopez.md', 'People/Jo Chen.md', 'Staff/Jo Chen.md', 'People/Ana Ruiz.md', 'People/Sam Rivera.md', 'People/Ben Okafor.md', 'People/Jo Chen (conflict 2026-11-20).md'];
const talkPaths = ['1-on-1s/2026-11-01 a.md', '1-on-1s/2026-11-10 b.md', '1-on-1s/2026-11-20 c.md', '1-on-1s/2026-11-29 d.md', '1-on-1s/2026-12-01 e.md', '1-on-1s/2026-11-10 b (2).md', '1-on-1s/2026-11-10 b (conflict 2026-11-12).md'];
const otherPaths = ['Notes/x.md', 'Mari.md', 'Jo Chen.md'];
const allPaths = [...personPaths, ...talkPaths, ...otherPaths];

const talkText = fc
	.record({
		who: fc.subarray(TALK_PEOPLE, { minLength: 1, maxLength: 2 }),
		date: fc.constantFrom('2026-11-01', '2026-11-10', '2026-11-20', '2026-11-29', '2026-12-01', '2026-12-03'),
		organizer: fc.constantFrom('Sam Rivera', 'Jo Chen', null),
		tasks: fc.subarray(TASKS, { maxLength: 3 }),
		assessment: fc.constantFrom(undefined, '2', '4'),
		own: fc.boolean(),
	})
	.map(({ who, date, organizer, tasks, assessment, own }) => {
		const base = talk(who[0], date, { organizer, properties: { person: who.map((name) => `[[${name}]]`), ...(assessment ? { assessment } : {}) } });
		return `${base}## Organize\n${tasks.join('\n')}\n${own ? 'We talked about nights.\n' : ''}`;
	});

/** One organizer's edit. */
const edit = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('person' as const), path: fc.constantFrom(...personPaths), text: fc.constantFrom(...PERSON_TEXTS) }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('talk' as const), path: fc.constantFrom(...talkPaths), text: talkText }) },
	{ weight: 4, arbitrary: fc.record({ kind: fc.constant('commitment' as const), path: fc.constantFrom(...talkPaths), change: fc.constantFrom('tick', 'add', 'drop', 'due') }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('alias' as const), path: fc.constantFrom(...personPaths), aliases: fc.subarray(['Mari', 'Jojo', 'Ana', 'Sam', 'Maria']) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), path: fc.constantFrom(...allPaths), to: fc.constantFrom(...allPaths, 'People/Mary Lopez.md', '1-on-1s/2026-11-25 moved.md', 'Archive/Jo Chen.md') }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('new-talk' as const), who: fc.constantFrom(...TALK_PEOPLE), date: fc.constantFrom('2026-11-15', '2026-11-28', TODAY, '2026-12-02'), n: fc.nat(3) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...allPaths) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('exclude' as const), path: fc.constantFrom(...personPaths, 'Templates/Jo Chen.md') }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('other' as const), path: fc.constantFrom(...otherPaths), text: fc.constantFrom('just a note with [[Jo Chen]]', '---\ntype: [broken\n---\n', '---\naliases: [Mari]\n---\n') }) },
);

/** The vault as files: text, or excluded (indexed by path only). */
type Vault = Map<string, string | 'excluded'>;

function indexVault(vault: Vault): VaultIndex {
	const index = new VaultIndex();
	for (const [path, text] of vault) {
		if (text === 'excluded') index.upsertUnread(path);
		else index.upsert(parseNote(path, text));
	}
	return index;
}

/** Applies one edit to the vault and the index as the plugin does; false when it changes nothing. */
function applyEdit(o: typeof edit extends fc.Arbitrary<infer T> ? T : never, vault: Vault, index: VaultIndex): boolean {
	const write = (path: string, text: string): void => {
		vault.set(path, text);
		index.upsert(parseNote(path, text));
	};
	switch (o.kind) {
		case 'person':
		case 'talk':
		case 'other':
			write(o.path, o.text);
			return true;
		case 'alias': {
			const before = vault.get(o.path);
			if (before === undefined || before === 'excluded') return false;
			write(o.path, before.replace(/^aliases: .*$/m, `aliases: [${o.aliases.map((a) => JSON.stringify(a)).join(', ')}]`));
			return true;
		}
		case 'commitment': {
			const before = vault.get(o.path);
			if (before === undefined || before === 'excluded') return false;
			const lines = before.split('\n');
			const task = lines.findIndex((line) => line.startsWith('- ['));
			if (o.change === 'tick' && task >= 0) lines[task] = lines[task].replace(/^- \[[ x]\]/, (box) => (box === '- [ ]' ? '- [x]' : '- [ ]'));
			else if (o.change === 'add') lines.push('- [ ] [[Jo Chen]]: bring the sign-up sheet 📅 2026-11-30');
			else if (o.change === 'drop' && task >= 0) lines.splice(task, 1);
			else if (o.change === 'due' && task >= 0) lines[task] = `${lines[task]} 📅 2026-11-20`;
			else return false;
			write(o.path, lines.join('\n'));
			return true;
		}
		case 'rename': {
			const text = vault.get(o.path);
			if (text === undefined || text === 'excluded' || vault.has(o.to) || o.to === o.path) return false;
			vault.delete(o.path);
			vault.set(o.to, text);
			index.rename(o.path, parseNote(o.to, text));
			return true;
		}
		case 'new-talk': {
			const path = `1-on-1s/${o.date} ${o.who.replace(/\//g, ' ')} new ${o.n}.md`;
			write(path, talk(o.who, o.date, { organize: '- [ ] bring one more coworker\nWe went over what they did since.' }));
			return true;
		}
		case 'remove':
			if (!vault.has(o.path)) return false;
			vault.delete(o.path);
			index.remove(o.path);
			return true;
		case 'exclude':
			vault.set(o.path, 'excluded');
			index.upsertUnread(o.path);
			return true;
	}
}

describe('the incremental derivation', () => {
	const yourNames = ['', 'Sam Rivera', 'Jo Chen', '[[Maria Lopez]]', 'Ana Ruiz'];

	it('equals a from-scratch build after any sequence of edits, and takes the incremental path for each', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...yourNames),
				fc.constantFrom(TODAY, '2026-11-12'),
				fc.array(fc.record({ path: fc.constantFrom(...allPaths), text: fc.oneof(fc.constantFrom(...PERSON_TEXTS), talkText) }), { maxLength: 8 }),
				fc.array(edit, { minLength: 1, maxLength: 25 }),
				(yourName, today, start, edits) => {
					const options = normalizeSettings({ yourName }).settings;
					const vault: Vault = new Map();
					for (const { path, text } of start) vault.set(path, text);
					const index = indexVault(vault);
					let previous = indexVault(vault);
					deriveDashboard(index, options, today);
					for (const o of edits) {
						const revision = index.revision;
						if (!applyEdit(o, vault, index)) continue;
						const rebuilt = indexVault(vault);
						const derived = deriveDashboard(index, options, today);
						// Only "Your name" coming to name someone else rebuilds (every commitment's "yours" may change).
						const youMoved = yourName !== '' && findYourKey(previous, yourName) !== findYourKey(rebuilt, yourName);
						if (index.revision !== revision) expect(readDerivationPath(index)).toBe(youMoved ? 'rebuilt' : 'updated');
						const expected = describeExactly(buildDerivation(rebuilt, options, today));
						expect({ ...(describeExactly(derived) as object), revision: 0 }).toEqual({ ...(expected as object), revision: 0 });
						previous = rebuilt;
					}
				},
			),
			{ numRuns: 200 },
		);
	}, 120_000);

	it('lists the talks of a person created for a name that had no note, with their commitments', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('1-on-1s/2026-11-01 Ana.md', talk('Ana Ruiz', '2026-11-01', { organize: '- [ ] bring the petition' })));
		const before = deriveDashboard(index, normalizeSettings({}).settings, TODAY);
		expect(before.followUps.followUp.map((item) => item.owner)).toEqual([{ name: 'Ana Ruiz' }]);
		index.upsert(parseNote('People/Ana Ruiz.md', person({ aliases: [] })));
		const after = deriveDashboard(index, normalizeSettings({}).settings, TODAY);
		expect(readDerivationPath(index)).toBe('updated');
		expect(after.followUps.followUp.map((item) => item.owner)).toEqual([{ name: 'Ana Ruiz', path: 'People/Ana Ruiz.md' }]);
	});

	it('moves a commitment from Follow up to Stalled when a new talk follows its owner up', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('People/Jo Chen.md', person({})));
		index.upsert(parseNote('1-on-1s/2026-11-01 Jo.md', talk('Jo Chen', '2026-11-01', { organize: '- [ ] bring the petition 📅 2026-11-05' })));
		const options = normalizeSettings({}).settings;
		expect(deriveDashboard(index, options, TODAY).followUps.followUp.map((item) => item.commitment.text)).toEqual(['bring the petition']);
		index.upsert(parseNote('1-on-1s/2026-11-20 Jo.md', talk('Jo Chen', '2026-11-20', { organize: 'We talked about the petition.' })));
		const after = deriveDashboard(index, options, TODAY);
		expect(readDerivationPath(index)).toBe('updated');
		expect(after.followUps.followUp).toEqual([]);
		expect(after.followUps.stalled.map((item) => [item.commitment.text, item.daysStalled])).toEqual([['bring the petition', 24]]);
	});

	it('derived once (the CLI), says what a full build says; a later edit is then rebuilt, not updated, and still right', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('People/Jo Chen.md', person({})));
		index.upsert(parseNote('1-on-1s/2026-11-01 Jo.md', talk('Jo Chen', '2026-11-01', { organize: '- [ ] bring the petition 📅 2026-11-05' })));
		const options = normalizeSettings({}).settings;
		const once = deriveOnce(index, options, TODAY);
		expect(describeExactly(once)).toEqual(describeExactly(buildDerivation(index, options, TODAY)));
		expect(once.followUps.followUp.map((item) => item.commitment.text)).toEqual(['bring the petition']);
		// Asked again unchanged, any caller gets the same derivation back.
		expect(deriveDashboard(index, options, TODAY)).toBe(once);
		index.upsert(parseNote('1-on-1s/2026-11-20 Jo.md', talk('Jo Chen', '2026-11-20', { organize: 'We talked about the petition.' })));
		const after = deriveDashboard(index, options, TODAY);
		expect(readDerivationPath(index)).toBe('rebuilt');
		expect(after.followUps.stalled.map((item) => [item.commitment.text, item.daysStalled])).toEqual([['bring the petition', 24]]);
	});

	it('keeps each derivation\'s commitments as they were when it was made, read after later edits', () => {
		const index = new VaultIndex();
		const options = normalizeSettings({}).settings;
		index.upsert(parseNote('1-on-1s/2026-11-01 Jo.md', talk('Jo Chen', '2026-11-01', { organize: '- [ ] bring the petition' })));
		deriveDashboard(index, options, TODAY);
		index.upsert(parseNote('1-on-1s/2026-11-01 Jo.md', talk('Jo Chen', '2026-11-01', { organize: '- [x] bring the petition\n- [ ] call the steward' })));
		const first = deriveDashboard(index, options, TODAY);
		index.remove('1-on-1s/2026-11-01 Jo.md');
		index.upsert(parseNote('1-on-1s/2026-11-02 Ana.md', talk('Ana Ruiz', '2026-11-02', { organize: '- [ ] sign the card' })));
		const second = deriveDashboard(index, options, TODAY);
		expect(readDerivationPath(index)).toBe('updated');
		const texts = (d: Derivation): string[] => d.people.commitments.map((c) => `${c.commitment.text} ${c.commitment.status.kind}`);
		expect(texts(first)).toEqual(['bring the petition done', 'call the steward open']);
		expect(texts(second)).toEqual(['sign the card open']);
	});

	it('builds in steps a caller may pause between, equal to a build in one go; a build the index changed under starts again', () => {
		const index = new VaultIndex();
		for (let i = 0; i < 1200; i++) {
			const day = `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`;
			index.upsert(parseNote(`1-on-1s/${day} Person ${i % 300} ${i}.md`, talk(`Person ${i % 300}`, day, { organize: `- [ ] bring ${i} coworkers 📅 ${day}` })));
		}
		const options = normalizeSettings({}).settings;
		const steps = deriveDashboardSteps(index, options, TODAY);
		let count = 0;
		let next = steps.next();
		while (next.done !== true) {
			count++;
			// A change while the caller pauses: the build sees two revisions, so it starts again.
			if (count === 3) index.upsert(parseNote('1-on-1s/2026-11-28 Ana.md', talk('Ana Ruiz', '2026-11-28', { organize: '- [ ] sign the card' })));
			next = steps.next();
		}
		expect(count).toBeGreaterThan(10);
		expect(next.value.revision).toBe(index.revision);
		expect(describeExactly(next.value)).toEqual(describeExactly(buildDerivation(index, options, TODAY)));
		expect(deriveDashboard(index, options, TODAY)).toBe(next.value);
	});

	it('equals a from-scratch build when notes change while a stepped build is paused', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...yourNames),
				fc.array(fc.record({ path: fc.constantFrom(...allPaths), text: fc.oneof(fc.constantFrom(...PERSON_TEXTS), talkText) }), { maxLength: 10 }),
				fc.array(fc.tuple(fc.nat(4), edit), { minLength: 1, maxLength: 6 }),
				(yourName, start, edits) => {
					const options = normalizeSettings({ yourName }).settings;
					const vault: Vault = new Map();
					for (const { path, text } of start) vault.set(path, text);
					const index = indexVault(vault);
					const steps = deriveDashboardSteps(index, options, TODAY);
					let next = steps.next();
					let step = 0;
					while (next.done !== true) {
						for (const [at, o] of edits) if (at === step) applyEdit(o, vault, index);
						step++;
						next = steps.next();
					}
					for (const [at, o] of edits) if (at >= step) applyEdit(o, vault, index);
					const expected = describeExactly(buildDerivation(indexVault(vault), options, TODAY));
					expect({ ...(describeExactly(deriveDashboard(index, options, TODAY)) as object), revision: 0 }).toEqual({ ...(expected as object), revision: 0 });
					expect(next.value.revision).toBeLessThanOrEqual(index.revision);
				},
			),
			{ numRuns: 150 },
		);
	}, 120_000);
});
