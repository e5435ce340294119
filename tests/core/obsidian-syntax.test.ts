import { describe, expect, it } from 'vitest';
import { dropOwnerPrefix, findInlineFieldsInLine, findWikiLinks, matchCheckbox, parseReference, readAtxHeadingText, showLinksAsText } from '../../src/core/obsidian-syntax';
import { parseCommitmentLine } from '../../src/core/commitment-line';
import { maskLines } from '../../src/core/comment-mask';
import { findFirstDate, readDateText } from '../../src/core/date-text';

describe('wiki links', () => {
	it('splits target, subpath and display', () => {
		expect(findWikiLinks('see [[A#B|c]] and ![[d.png]] [[]]').map((match) => match.link)).toEqual([
			{ target: 'A', subpath: 'B', display: 'c', isLink: true },
			{ target: 'd.png', isLink: true },
		]);
		expect(parseReference('  Maria Lopez ')).toEqual({ target: 'Maria Lopez', isLink: false });
		expect(parseReference('[[X\\|y]]')).toEqual({ target: 'X', display: 'y', isLink: true });
	});
});

describe('inline fields', () => {
	it('reads full-line, bracketed and parenthesised fields', () => {
		expect(findInlineFieldsInLine('- recruited-by:: [[Sam Rivera]]')).toEqual([{ start: 2, end: 31, key: 'recruited-by', value: '[[Sam Rivera]]', bracketed: false }]);
		expect(findInlineFieldsInLine('a [Due:: 2026-12-01] b (owner:: [[Jo]])').map((field) => [field.key, field.value])).toEqual([['due', '2026-12-01'], ['owner', '[[Jo]]']]);
		expect(findInlineFieldsInLine('**Knows**:: [[Jo]]').map((field) => field.key)).toEqual(['knows']);
		expect(findInlineFieldsInLine('no field here: https://x.y')).toEqual([]);
	});
});

describe('checkboxes and headings', () => {
	it('needs text after the box', () => {
		expect(matchCheckbox('[/] a')).toEqual({ statusChar: '/' });
		expect(matchCheckbox('[ ]')).toBeUndefined();
		expect(matchCheckbox('[ ]a')).toBeUndefined();
		expect(matchCheckbox('[[a]] b')).toBeUndefined();
	});
	it('strips closing sequences', () => {
		expect(readAtxHeadingText('## Organize ##')).toBe('Organize');
		expect(readAtxHeadingText('# a#')).toBe('a#');
		expect(readAtxHeadingText('### ###')).toBe('');
	});
});

describe('dates', () => {
	it('validates real calendar days', () => {
		expect(readDateText('2024-02-29')).toEqual({ date: '2024-02-29' });
		expect(readDateText('2026-02-29')).toBeUndefined();
		expect(readDateText('2026-11-28T23:59')).toEqual({ date: '2026-11-28', time: '23:59' });
		expect(readDateText('2026-11-28T24:00')).toBeUndefined();
		expect(findFirstDate('2026-13-01 then 2026-11-28 Jo')).toBe('2026-11-28');
	});
});

describe('comments', () => {
	it('masks %% comments across lines but not inside code spans or opaque lines', () => {
		const opaque = new Uint8Array(5);
		opaque[3] = 1;
		const { visible, plain } = maskLines(['a %% b', 'c', 'd %% e `%%` f', '%% code', 'g <!-- h --> i'], opaque);
		expect(visible).toEqual(['a     ', ' ', '     e `%%` f', '', 'g            i']);
		expect(plain[2]).toBe('     e      f');
	});
});

describe('parseCommitmentLine', () => {
	const read = (raw: string) => parseCommitmentLine(raw, raw, raw, raw.indexOf('['), 1);

	it('accepts U+FE0F after an emoji and stops at a field in the middle', () => {
		expect(read('- [ ] a ⏳\uFE0F 2026-12-01').commitment.scheduled).toBe('2026-12-01');
		expect(read('- [ ] a 📅 2026-12-01 b').commitment.due).toBeUndefined();
	});

	it('reads emoji fields before an inline owner field', () => {
		const { commitment } = read('- [ ] a 📅 2026-12-03 [owner:: [[Jo]]]');
		expect(commitment).toMatchObject({ text: 'a [owner:: [[Jo]]]', due: '2026-12-03', ownerField: { target: 'Jo', isLink: true }, format: 'tasks' });
	});

	it('treats a bad date as absent and reports it', () => {
		const { commitment, problems } = read('- [ ] a ✅ 2026-13-01');
		expect(commitment.status).toEqual({ kind: 'open' });
		expect(problems).toEqual([{ message: expect.stringContaining('2026-13-01') as unknown as string, line: 1 }]);
	});

	it('keeps the raw line and strips the block id', () => {
		const { commitment } = read('1. [x] done ✅ 2026-11-30 ^abc-1');
		expect(commitment).toMatchObject({ raw: '1. [x] done ✅ 2026-11-30 ^abc-1', text: 'done', status: { kind: 'done', doneOn: '2026-11-30' } });
	});
});

describe('showLinksAsText', () => {
	it('shows links the way reading view does', () => {
		expect(showLinksAsText('[[Sam Rivera]]: bring the contract')).toBe('Sam Rivera: bring the contract');
		expect(showLinksAsText('ask [[People/Jo Chen|Jo]] and [[Notes#Plan]]')).toBe('ask Jo and Notes > Plan');
		expect(showLinksAsText('plain [text] and [[]] stay')).toBe('plain [text] and [[]] stay');
	});
});

describe('inline field keys', () => {
	it('canonicalizes keys as Dataview does', () => {
		expect(findInlineFieldsInLine('Recruited By:: [[Sam Rivera]]').map((f) => f.key)).toEqual(['recruited-by']);
		expect(findInlineFieldsInLine('[**Works  With**:: [[Jo]]]').map((f) => f.key)).toEqual(['works-with']);
	});
});

describe('dropOwnerPrefix (pane and report alike)', () => {
	it('drops the prefix the line parser reads as the owner, and only that', () => {
		expect(dropOwnerPrefix('[[Sam Rivera]]: bring the contract')).toBe('bring the contract');
		expect(dropOwnerPrefix('[[People/Sam Rivera|Sam]]:\tbring the contract')).toBe('bring the contract');
		// Not an owner prefix for the parser (no space after the colon, or an empty link): kept as written.
		expect(dropOwnerPrefix('[[Sam Rivera]]:bring the contract')).toBe('[[Sam Rivera]]:bring the contract');
		expect(dropOwnerPrefix('[[]]: bring the contract')).toBe('[[]]: bring the contract');
		expect(dropOwnerPrefix('ask [[Sam Rivera]]: about shifts')).toBe('ask [[Sam Rivera]]: about shifts');
	});
});
