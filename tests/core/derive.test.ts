/**
 * deriveDashboard (core/derive.ts): one derivation per index revision, options and today, equal to
 * a from-scratch build of the same vault after any edits, renames and alias changes. An alias or a
 * new person note re-points references made in other notes, which the cache must not miss.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChartJson } from '../../src/core/chart-json';
import { buildDerivation, deriveDashboard, type Derivation } from '../../src/core/derive';
import { parseNote } from '../../src/core/note-parser';
import { VaultIndex } from '../../src/core/vault-index';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/settings';
import { person, talk } from '../support/builders';

const TODAY = '2026-11-29';

const personNote = (aliases: readonly string[], status = 'active'): string => person({ status, aliases }, 'Knows [[Ana Ruiz]].\n');
const talkNote = (who: string, date: string, organize: string): string => talk(who, date, { organize });

/** What a derivation says, in an order that does not depend on the order notes were indexed in. */
function describeDerivation(d: Derivation): unknown {
	const people = [...d.people.people.entries()]
		.map(([key, p]) => ({ key, id: p.id, name: p.name, note: p.note?.path ?? null, talks: p.talks.map((t) => `${t.date} ${t.note.path}`) }))
		.sort((a, b) => (a.key < b.key ? -1 : 1));
	const commitments = d.people.commitments
		.map((c) => `${c.note.path}:${c.commitment.line} ${c.ownerKey ?? '-'} ${c.ownerName ?? '-'} ${String(c.yours)}`)
		.sort();
	const names = d.redactionNames
		.map((n) => `${n.name.toLowerCase()} = ${[...new Set(n.aliases.map((a) => a.toLowerCase()))].sort().join(', ')}`)
		.sort();
	return { people, you: [...d.people.youKeys].sort(), commitments, followUps: d.followUps, chart: toChartJson(d.chart), names };
}

describe('deriveDashboard', () => {
	it('returns the same derivation while nothing changes, and a new one when the index, the options or today do', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('1-on-1s/2026-11-01 Jo Chen.md', talkNote('Jo Chen', '2026-11-01', '- [ ] sign the card')));
		const first = deriveDashboard(index, DEFAULT_SETTINGS, TODAY);
		expect(deriveDashboard(index, normalizeSettings({}).settings, TODAY)).toBe(first);
		expect(deriveDashboard(index, DEFAULT_SETTINGS, '2026-11-30')).not.toBe(first);
		// The chart's own options are part of what the derivation depends on.
		expect(deriveDashboard(index, normalizeSettings({ supportThreshold: 50 }).settings, TODAY)).not.toBe(first);
		expect(deriveDashboard(index, normalizeSettings({ committeeTarget: { from: 5, to: 15 } }).settings, TODAY)).not.toBe(deriveDashboard(index, DEFAULT_SETTINGS, TODAY));
		const other = deriveDashboard(index, normalizeSettings({ stallDays: 3 }).settings, TODAY);
		expect(other.followUps).not.toEqual(first.followUps);
		index.upsert(parseNote('People/Jo Chen.md', personNote([])));
		expect(deriveDashboard(index, DEFAULT_SETTINGS, TODAY).revision).toBe(index.revision);
	});

	it('collects the names to redact again when the relationship properties change, the index unchanged', () => {
		// A plain name under a relationship property is a person only once that property is one
		// (privacy mode must then hide it on the map, which reads the new setting at once).
		const index = new VaultIndex();
		index.upsert(parseNote('People/Ana Ruiz.md', person({ mentor: 'Zed Quill' })));
		const names = (d: Derivation): string[] => d.redactionNames.map((n) => n.name);
		expect(names(deriveDashboard(index, DEFAULT_SETTINGS, TODAY))).not.toContain('Zed Quill');
		const withMentor = normalizeSettings({ relationships: [...DEFAULT_SETTINGS.relationships, { property: 'mentor', reverse: 'mentee' }] }).settings;
		expect(withMentor.relationships.map((r) => r.property)).toContain('mentor');
		expect(names(deriveDashboard(index, withMentor, TODAY))).toContain('Zed Quill');
		expect(names(deriveDashboard(index, DEFAULT_SETTINGS, TODAY))).not.toContain('Zed Quill');
	});

	const paths = ['People/Maria Lopez.md', 'People/Jo Chen.md', 'Staff/Jo Chen.md', '1-on-1s/2026-11-01 a.md', '1-on-1s/2026-11-10 b.md', '1-on-1s/2026-12-01 c.md', 'Notes/x.md'];
	const texts = [
		personNote([]),
		personNote(['Mari']),
		personNote(['Jojo', 'Maria']),
		personNote([], 'left'),
		talkNote('Mari', '2026-11-01', '- [ ] bring the petition 📅 2026-11-05\n- [x] talk to nights ✅ 2026-11-20'),
		talkNote('Jo Chen', '2026-11-10', '- [ ] [[Maria Lopez]]: sign the card'),
		talkNote('Jojo', '2026-12-01', '- [ ] ask [[Ana Ruiz]] about shifts [owner:: [[Sam Rivera]]]'),
		talkNote('People/Jo Chen', '2026-11-02', ''),
		// The same talks with their commitments ticked, added or removed (the derivation updates
		// only those notes' commitments when nothing else in them changed).
		talkNote('Mari', '2026-11-01', '- [x] bring the petition 📅 2026-11-05 ✅ 2026-11-25\n- [x] talk to nights ✅ 2026-11-20'),
		talkNote('Mari', '2026-11-01', '- [ ] talk to nights\n- [ ] [[Jo Chen]]: bring two from the dock 📅 2026-12-02\n- [-] old idea'),
		talkNote('Jo Chen', '2026-11-10', '- [x] [[Maria Lopez]]: sign the card ✅ 2026-11-28\n- [ ] call the steward 📅 2026-12-01 [owner:: [[Sam Rivera]]]'),
		talkNote('Jo Chen', '2026-11-10', 'We talked about nights.'),
		talkNote('Jojo', '2026-12-01', '- [x] ask [[Ana Ruiz]] about shifts ✅ 2026-11-28 [owner:: [[Sam Rivera]]]\n- [ ] Jojo: ask the dock 📅 2026-11-30'),
		talkNote('People/Jo Chen', '2026-11-02', '- [ ] [[Staff/Jo Chen]]: come to the meeting'),
		'just a note with [[Jo Chen]]',
		// For the campaign chart: a unit by a workplace link or text, a leader, issues and dated assessments.
		person({ workplace: '"[[Notes/x]]"', department: 'Nights', role: 'committee', leads: '["[[Jo Chen]]"]' }),
		person({ workplace: 'x', department: 'nights', shift: 'Early' }),
		talk('Jo Chen', '2026-11-03', { properties: { assessment: '2', issues: '["[[Notes/x]]", Heat]' } }),
		talk('Mari', '2026-11-12', { properties: { assessment: '4', issues: 'Heat' } }),
		'---\ntype: [broken\n---\n',
		'',
	];
	// Commitment edits weigh most: they are what the derivation updates in place, and they only
	// reach a talk that earlier steps put in the vault.
	const op = fc.oneof(
		{ weight: 3, arbitrary: fc.record({ kind: fc.constant('upsert' as const), path: fc.constantFrom(...paths), text: fc.constantFrom(...texts) }) },
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }) },
		{ weight: 5, arbitrary: fc.record({ kind: fc.constant('commitment' as const), path: fc.constantFrom(...paths), change: fc.constantFrom('tick', 'add', 'drop', 'due') }) },
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), path: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }) },
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('options' as const), yourName: fc.constantFrom('', 'Sam Rivera', 'Jo Chen'), stallDays: fc.constantFrom(7, 14) }) },
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('day' as const), today: fc.constantFrom(TODAY, '2026-11-15', '2026-12-05') }) },
	);

	it('equals a from-scratch build after any sequence of edits (commitments added, ticked, removed), renames, alias changes, option and day changes', () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 4, maxLength: 30 }), (ops) => {
				const vault = new Map<string, string>();
				const index = new VaultIndex();
				let options = DEFAULT_SETTINGS;
				let today = TODAY;
				for (const o of ops) {
					if (o.kind === 'upsert') {
						vault.set(o.path, o.text);
						index.upsert(parseNote(o.path, o.text));
					} else if (o.kind === 'commitment') {
						// A commitment ticked, added, dropped or given a due date, in the note as it is now.
						const before = vault.get(o.path);
						if (before === undefined) continue;
						const lines = before.split('\n');
						const task = lines.findIndex((line) => line.startsWith('- ['));
						if (o.change === 'tick') lines[task < 0 ? 0 : task] = task < 0 ? lines[0] : lines[task].replace(/^- \[[ x]\]/, (box) => (box === '- [ ]' ? '- [x]' : '- [ ]'));
						else if (o.change === 'add') lines.push('- [ ] [[Jo Chen]]: bring the sign-up sheet 📅 2026-11-30');
						else if (o.change === 'drop' && task >= 0) lines.splice(task, 1);
						else if (o.change === 'due' && task >= 0) lines[task] = `${lines[task]} 📅 2026-11-20`;
						const text = lines.join('\n');
						vault.set(o.path, text);
						index.upsert(parseNote(o.path, text));
					} else if (o.kind === 'remove') {
						vault.delete(o.path);
						index.remove(o.path);
					} else if (o.kind === 'rename') {
						const text = vault.get(o.path);
						if (text === undefined || vault.has(o.to)) continue;
						vault.delete(o.path);
						vault.set(o.to, text);
						index.rename(o.path, parseNote(o.to, text));
					} else if (o.kind === 'options') {
						options = normalizeSettings({ yourName: o.yourName, stallDays: o.stallDays }).settings;
					} else {
						today = o.today;
					}
					// Derive after every step, as the pane does, so a stale cached derivation would show.
					const rebuilt = new VaultIndex();
					for (const [path, text] of vault) rebuilt.upsert(parseNote(path, text));
					expect(describeDerivation(deriveDashboard(index, options, today))).toEqual(describeDerivation(buildDerivation(rebuilt, options, today)));
				}
			}),
			{ numRuns: 150 },
		);
	}, 60_000);
});
