import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/note-parser';
import { VaultIndex } from '../../src/core/vault-index';
import { buildFollowUps } from '../../src/core/follow-ups';
import { buildPeopleTable, toPersonKey } from '../../src/core/people';
import { toReportJson } from '../../src/core/report-json';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { person, talk } from '../support/builders';


describe('VaultIndex', () => {
	it('resolves a reference made before the person note exists, once it is added', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('1-on-1s/a.md', talk('Mari', '2026-11-20')));
		expect(index.resolve('Mari')).toBeUndefined();
		index.upsert(parseNote('People/Maria Lopez.md', person({ aliases: ['Mari'] })));
		expect(index.resolve('Mari')?.path).toBe('People/Maria Lopez.md');
		expect(buildPeopleTable(index, '').people.get(toPersonKey({ kind: 'note', path: 'People/Maria Lopez.md' }))?.talks.map((t) => t.note.path)).toEqual(['1-on-1s/a.md']);
	});

	it('changes its revision on every effective change only', () => {
		const index = new VaultIndex();
		const r0 = index.revision;
		index.upsert(parseNote('a.md', 'hello'));
		expect(index.revision).not.toBe(r0);
		const r1 = index.revision;
		index.remove('missing.md');
		expect(index.revision).toBe(r1);
		index.remove('a.md');
		expect(index.revision).not.toBe(r1);
	});

	it('renames a note: the old path is gone, the new identity is indexed', () => {
		const index = new VaultIndex();
		index.upsert(parseNote('People/Jo.md', person()));
		index.rename('People/Jo.md', parseNote('People/Jo Chen.md', person()));
		expect(index.get('People/Jo.md')).toBeUndefined();
		expect(index.resolve('Jo')).toBeUndefined();
		expect(index.resolve('Jo Chen')?.path).toBe('People/Jo Chen.md');
	});

	it('keeps facts only: no note text is retained', () => {
		const index = new VaultIndex();
		const secret = 'UNIQUE-BODY-TEXT-'.repeat(50);
		index.upsert(parseNote('Notes/x.md', `# Title\n\n${secret}\n`));
		expect(JSON.stringify(index.snapshot())).not.toContain(secret);
	});
});

describe('VaultIndex incremental maintenance (property)', () => {
	const paths = ['People/Maria Lopez.md', 'People/Jo Chen.md', 'Archive/Jo Chen.md', '1-on-1s/a.md', '1-on-1s/b.md', 'Notes/Mari.md'];
	const texts = [
		person({ aliases: ['Mari'] }),
		person(),
		talk('Mari', '2026-11-20', { organize: '- [ ] call Jo 📅 2026-11-25' }),
		talk('Jo Chen', '2026-12-01', { organize: '- [x] [[Maria Lopez]]: flyer ✅ 2026-11-28' }),
		talk('People/Jo Chen', '2026-11-02'),
		'just a note with [[Jo Chen]]',
		'---\ntype: [broken\n---\n',
		'',
	];
	const op = fc.oneof(
		fc.record({ kind: fc.constant('upsert' as const), path: fc.constantFrom(...paths), text: fc.constantFrom(...texts) }),
		fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }),
		fc.record({ kind: fc.constant('rename' as const), path: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }),
	);

	it('equals an index rebuilt from scratch after any sequence of upserts, renames and removes', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
				const vault = new Map<string, string>();
				const index = new VaultIndex();
				for (const o of ops) {
					if (o.kind === 'upsert') {
						vault.set(o.path, o.text);
						index.upsert(parseNote(o.path, o.text));
					} else if (o.kind === 'remove') {
						vault.delete(o.path);
						index.remove(o.path);
					} else {
						const text = vault.get(o.path);
						if (text === undefined || vault.has(o.to)) continue;
						vault.delete(o.path);
						vault.set(o.to, text);
						index.rename(o.path, parseNote(o.to, text));
					}
				}
				const rebuilt = new VaultIndex();
				for (const [path, text] of vault) rebuilt.upsert(parseNote(path, text));
				expect(index.snapshot()).toEqual(rebuilt.snapshot());
				// Everything derived from the index agrees too (names of unresolved people, owners, lists).
				const report = (i: VaultIndex): unknown => toReportJson(buildFollowUps(i, DEFAULT_SETTINGS, '2026-11-29'));
				expect(report(index)).toEqual(report(rebuilt));
			}),
			{ numRuns: 300 },
		);
	}, 60_000);
});
