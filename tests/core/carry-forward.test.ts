import { describe, expect, it } from 'vitest';
import { collectCarriedForward, renderCarriedForwardBlock } from '../../src/core/carry-forward';
import { DEFAULT_SECTION_NAMES } from '../../src/core/aeiou';
import { formatLinkTarget } from '../../src/core/note-links';
import { buildPeopleTable, toPersonKey } from '../../src/core/people';
import { findFirstSectionLine, readSectionContent } from '../../src/core/template-sections';
import { indexNotes } from '../builders/fixture-vault';

const maria = '---\ntype: person\n---\n';
const talk = (date: string, body: string, person = '[[Maria Lopez]]') => `---\ntype: one-on-one\nperson: "${person}"\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n---\n${body}`;

const notes = {
	'People/Maria Lopez.md': maria,
	'1-on-1s/2026-11-01 Maria Lopez.md': talk('2026-11-01', [
		'## Organize',
		'- [ ] Talk to two coworkers 📅 2026-11-20',
		'- [x] Sign the card ✅ 2026-11-05',
		'- [x] Post the flyer ✅ 2026-11-12',
		'- [-] Call the steward',
		'- [ ] [[Sam Rivera]]: bring the contract',
		'```',
		'- [ ] a task in a code block',
		'```',
		'%% - [ ] a task in a comment %%',
	].join('\n')),
	'1-on-1s/2026-11-10 Maria Lopez.md': talk('2026-11-10', '## Agitate\nOvertime.\n## Organize\n- [x] Bring a coworker\n'),
	'1-on-1s/2026-12-20 Maria Lopez.md': talk('2026-12-20', '## Organize\n- [ ] A planned ask\n'),
};

describe('collectCarriedForward', () => {
	const index = indexNotes(notes);
	const table = buildPeopleTable(index, '');

	it('carries open commitments and those done since the last held talk, never cancelled, yours, or ones in code or comments', () => {
		const [maria] = collectCarriedForward(table, [toPersonKey({ kind: 'note', path: 'People/Maria Lopez.md' })], '2026-11-30');
		expect(maria.lastTalk?.date).toBe('2026-11-10');
		expect(maria.items.map((item) => `${item.status} ${item.text} ${item.sourcePath}:${item.line}`)).toEqual([
			'open Talk to two coworkers 1-on-1s/2026-11-01 Maria Lopez.md:8',
			'open A planned ask 1-on-1s/2026-12-20 Maria Lopez.md:8',
			'done Post the flyer 1-on-1s/2026-11-01 Maria Lopez.md:10',
			'done Bring a coworker 1-on-1s/2026-11-10 Maria Lopez.md:10',
		]);
	});

	it('carries every done one when there was no held talk yet', () => {
		const [maria] = collectCarriedForward(table, [toPersonKey({ kind: 'note', path: 'People/Maria Lopez.md' })], '2026-10-01');
		expect(maria.lastTalk).toBeUndefined();
		expect(maria.items.filter((item) => item.status === 'done').map((item) => item.text)).toEqual(['Sign the card', 'Post the flyer', 'Bring a coworker']);
	});

	it('gives an unknown person nothing', () => {
		const nobody = toPersonKey({ kind: 'unresolved', name: 'nobody' });
		expect(collectCarriedForward(table, [nobody], '2026-11-30')).toEqual([{ key: nobody, items: [] }]);
	});
});

describe('renderCarriedForwardBlock', () => {
	const items = [
		{ status: 'open', text: 'Talk to two coworkers', sourcePath: '1-on-1s/a.md', line: 7, due: '2026-11-20' },
		{ status: 'done', text: 'Post %%the%% flyer', sourcePath: '1-on-1s/a.md', line: 9, doneOn: '2026-11-12' },
	] as const;
	const sourceLinks = new Map([['1-on-1s/a.md', 'a']]);

	it('writes plain list items linking to their source, between the agreed markers, with the hint as a comment', () => {
		expect(renderCarriedForwardBlock([{ linkTarget: 'Maria Lopez', items, sourceLinks, emptySections: ['inoculate', 'uplift'] }], DEFAULT_SECTION_NAMES)).toBe([
			'%% ro:carried-forward %%',
			'%% Last time: no Inoculate, Uplift %%',
			'- Offer support: Talk to two coworkers (due 2026-11-20) — [[a]]',
			'- Debrief: Post %the% flyer (done 2026-11-12) — [[a]]',
			'%% /ro:carried-forward %%',
		].join('\n'));
	});

	it('lists each person\'s items under their name in a group talk', () => {
		expect(renderCarriedForwardBlock([
			{ linkTarget: 'Maria Lopez', items: [items[0]], sourceLinks },
			{ linkTarget: 'Jo Chen', items: [], sourceLinks, emptySections: ['educate'] },
			{ linkTarget: 'Ana Ruiz', items: [items[1]], sourceLinks },
		], { ...DEFAULT_SECTION_NAMES, educate: 'Plan' })).toBe([
			'%% ro:carried-forward %%',
			'- [[Maria Lopez]]',
			'\t- Offer support: Talk to two coworkers (due 2026-11-20) — [[a]]',
			'%% Last time with Jo Chen: no Plan %%',
			'- [[Ana Ruiz]]',
			'\t- Debrief: Post %the% flyer (done 2026-11-12) — [[a]]',
			'%% /ro:carried-forward %%',
		].join('\n'));
	});

	it('is empty when there is nothing to carry or hint', () => {
		expect(renderCarriedForwardBlock([{ linkTarget: 'Maria Lopez', items: [], sourceLinks }], DEFAULT_SECTION_NAMES)).toBe('');
	});
});

describe('readSectionContent', () => {
	it('finds the sections, in any case and level, bold or with a colon, and which hold text of their own', () => {
		const text = '---\ntitle: "## Agitate"\n---\n# AGITATE:\n%% prompt %%\n### **Educate**\nA plan.\n## Uplift\n%% ro:carried-forward %%\n- Offer support: x\n%% /ro:carried-forward %%\n## Notes\nnot a section\n```\n## Organize\n```\n';
		expect([...readSectionContent(text, DEFAULT_SECTION_NAMES)]).toEqual([['agitate', false], ['educate', true], ['uplift', false]]);
	});

	it('counts a multi-line comment as no content, and code as content', () => {
		expect([...readSectionContent('## Agitate\n%% a\nb %%\n## Educate\n```\nx\n```\n', DEFAULT_SECTION_NAMES)]).toEqual([['agitate', false], ['educate', true]]);
	});

	it('puts the cursor after the first section\'s prompt', () => {
		expect(findFirstSectionLine('---\na: 1\n---\n## Agitate\n%% p %%\n\n## Educate', DEFAULT_SECTION_NAMES)).toBe(5);
		expect(findFirstSectionLine('no sections', DEFAULT_SECTION_NAMES)).toBe(0);
	});
});

describe('formatLinkTarget', () => {
	const index = indexNotes({ 'People/Maria Lopez.md': maria, 'Maria Lopez.md': '', 'People/Jo Chen.md': maria });
	const lookup = { resolve: (ref: string) => index.resolve(ref)?.path, countNamed: (name: string) => (name.toLowerCase() === 'maria lopez' ? 2 : 1) };

	it('uses the real basename, path-qualified when the basename is ambiguous', () => {
		expect(formatLinkTarget({ kind: 'note', path: 'People/Jo Chen.md' }, lookup)).toBe('Jo Chen');
		expect(formatLinkTarget({ kind: 'note', path: 'People/Maria Lopez.md' }, lookup)).toBe('People/Maria Lopez');
		expect(formatLinkTarget({ kind: 'note', path: 'Maria Lopez.md' }, lookup)).toBe('Maria Lopez');
	});

	it('sanitizes a name without a note: quotes, colons, brackets, pipes and ../ cannot escape or break the link', () => {
		expect(formatLinkTarget({ kind: 'unresolved', name: 'Jo "JJ": [[x]] | ../../y' }, lookup)).toBe('Jo JJ x .. .. y');
	});
});
