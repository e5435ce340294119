/**
 * Edge cases of the note parser against DESIGN §2 and §6: each test here once failed and documents
 * one bug. Expected values are derived by hand from DESIGN (quoted in the comments). Speed is shown
 * by what the parser did (which path read the note, the cost it counted), never by the clock:
 * bench/run.ts times these inputs ("pathological inputs", bench/measure-hostile.ts).
 */
import { describe, expect, it } from 'vitest';
import { isSimpleEnoughForRemark, isSmallEnoughForRemark, splitLines } from '../../src/core/note-parser';
import { estimateRemarkCost } from '../../src/core/parse-fast';
import type { RemarkCost } from '../../src/core/parse-fast';
import { parseAllFacts } from './parse-all-facts';

const ONE_ON_ONE = '---\ntype: one-on-one\nperson: "[[Ana Ruiz]]"\ndate: 2026-11-28\n---\n';
const FRONT_MATTER_LINES = 5;
const NOT_FULLY_CHECKED = 'This note is too large or complex to check fully: its tasks and headings from this line on may be misread. Check them with Explain this note, or split the note.';

/** The cost the fast path counts for remark over a note made of ONE_ON_ONE and `body`. */
function costOf(body: string): RemarkCost {
	const lines = splitLines(`${ONE_ON_ONE}${body}`);
	return estimateRemarkCost(lines.map((line, index) => (index < FRONT_MATTER_LINES ? '' : line)), FRONT_MATTER_LINES);
}

/** The note kept its fast-path facts, was not sent to remark, and says it was not fully checked. */
function expectKeptFastFacts(body: string): void {
	const note = parseAllFacts('n.md', `${ONE_ON_ONE}${body}`);
	expect(note.parsePath).toBe('fast-unsure');
	expect(note.problems.map((problem) => problem.message)).toContain(NOT_FULLY_CHECKED);
	expect(isSimpleEnoughForRemark(costOf(body))).toBe(false);
}

describe('pathological inputs stay linear (DESIGN §6 "a linear fast path")', () => {
	// comment-mask.ts searched for `-->` again from every `<!--`, to the end of the line, when none
	// closed it: quadratic. Measured: 80 KB 2.8 s, 160 KB 15 s, 320 KB 49 s (fast path, no remark).
	// Through alternating `%%` and `<!--` too (each `<!--` after a closed `%%` comment scanned for
	// `-->` to the end of the line): 240 KB 5.8 s. The bench times both lines (now ~50 ms together);
	// here only what they read, with a timeout generous enough for a loaded CI machine.
	it('a line of HTML comment openers without a closer, alone or after %%, is masked', () => {
		const openers = parseAllFacts('n.md', `${ONE_ON_ONE}- [ ] note ${'<!--'.repeat(40_000)}\n`);
		const alternating = parseAllFacts('n.md', `${ONE_ON_ONE}x ${'%%<!--'.repeat(40_000)}\n`);
		expect(openers.commitments).toHaveLength(1);
		expect(openers.parsePath).toBe('fast');
		expect(alternating.commitments).toHaveLength(0);
		expect(alternating.parsePath).toBe('fast');
	}, 120_000);

	// DESIGN §6: remark "is super-linear on some inputs ... notes above a size or complexity bound never
	// go to remark". isSmallEnoughForRemark counts only length, emphasis and inline delimiters, so deeply
	// nested list markers on one line (fast path: "nested block on a list item line") went to remark.
	// Measured: 5 KB 3.8 s, 10 KB 12.7 s, 20 KB 72 s. The fast path now counts the nesting for remark.
	it('a 6 KB note of nested bullet markers is not sent to remark', () => {
		const body = `${'- '.repeat(3_000)}[ ] a\n`;
		expect(isSmallEnoughForRemark(`${ONE_ON_ONE}${body}`)).toBe(true);
		expect(costOf(body)).toMatchObject({ maxNesting: 3_000, containerMarkers: 3_000 });
		expectKeptFastFacts(body);
	});

	// Same with ordered markers. Measured: 30 KB 30 s, 60 KB 110 s.
	it('a 15 KB note of nested ordered markers is not sent to remark', () => {
		const body = `${'1. '.repeat(5_000)}\n`;
		expect(costOf(body)).toMatchObject({ maxNesting: 5_000 });
		expectKeptFastFacts(body);
	});

	// A list in a quote followed by many lazy continuation lines (fast path: "structure inside a quote").
	// Measured: 20 KB 2.9 s, 40 KB 9.9 s, 80 KB 55 s.
	// The fast path now follows quotes itself (lazy lines included), so it reads this note alone.
	it('a quoted list with 20,000 lazy continuation lines is not sent to remark', () => {
		const body = `> - [ ] a\n${'b\n'.repeat(20_000)}`;
		expect(costOf(body)).toMatchObject({ lazyLines: 20_000, maxQuoteDepth: 1 });
		expect(isSimpleEnoughForRemark(costOf(body))).toBe(false);
		const note = parseAllFacts('n.md', `${ONE_ON_ONE}${body}`);
		expect(note.parsePath).toBe('fast');
		expect(note.commitments.map((commitment) => commitment.line)).toEqual([FRONT_MATTER_LINES + 1]);
	});

	// Deep quote nesting on one line. Measured: 20 KB 2.3 s, 40 KB 14 s.
	it('a line of 40,000 quote markers is not sent to remark', () => {
		const body = `${'>'.repeat(40_000)} - [ ] a\n`;
		expect(costOf(body)).toMatchObject({ maxQuoteDepth: 40_000 });
		expectKeptFastFacts(body);
	});

	it('ordinary unsure notes still go to remark', () => {
		const body = '## Organize\n<div>\n- [ ] in html\n</div>\n\n- [ ] a\n  - [ ] b\n    - [x] c\n';
		expect(isSimpleEnoughForRemark(costOf(body))).toBe(true);
		expect(parseAllFacts('n.md', `${ONE_ON_ONE}${body}`).parsePath).toBe('remark');
	});
});

describe('commitment text of long task lines (Commitment.text: "whitespace collapsed and trimmed")', () => {
	// commitment-line.ts cut a line longer than TAIL_LENGTH (2000) into head + tail and trimmed the tail,
	// so a space exactly at the cut was lost: "…aaa bbb…" became "…aaabbb…".
	it('keeps the space that falls at the 2000-character cut', () => {
		const text = `${'a'.repeat(100)} ${'b'.repeat(1_999)}`;
		const note = parseAllFacts('n.md', `${ONE_ON_ONE}- [ ] ${text}\n`);
		expect(note.commitments[0].text).toBe(text);
	});

	// DESIGN §2: only "a trailing `^block-id`" is stripped. The tail after the cut was matched with
	// BLOCK_ID's `^` alternative as if it started the line, so a `^` glued to a word in the middle of a
	// long line stripped the whole last 2000 characters.
	it('does not strip the last 2000 characters as a block id when a ^ sits at the cut', () => {
		const text = `${'x'.repeat(100)}^abc${'y'.repeat(1_996)}`;
		const note = parseAllFacts('n.md', `${ONE_ON_ONE}- [ ] ${text}\n`);
		expect(note.commitments[0].text).toBe(text);
	});

	// The same for a trailing tag: a `#` glued to a word at the cut is not a tag of its own.
	it('does not split off a tag when a # glued to a word sits at the cut', () => {
		const text = `${'x'.repeat(100)}#${'t'.repeat(1_999)}`;
		const note = parseAllFacts('n.md', `${ONE_ON_ONE}- [ ] ${text}\n`);
		expect(note.commitments[0].text).toBe(text);
	});

	it('still strips a trailing block id, and reads the fields before it, on a long line', () => {
		const text = `${'w '.repeat(1_500)}end`;
		const note = parseAllFacts('n.md', `${ONE_ON_ONE}- [ ] ${text} 📅 2026-12-03 ^abc-1\n`);
		expect(note.commitments[0].text).toBe(text);
		expect(note.commitments[0].due).toBe('2026-12-03');
	});
});

describe('1-on-1 properties', () => {
	// DESIGN §2: a 1-on-1 names its person in `person`; a person "named as person of a 1-on-1 without a
	// note" is shown as an unresolved person. An empty link `[[]]` (a template placeholder) names nobody,
	// so it should give the "names no person" problem, not an unresolved person called "[[]]".
	it('an empty link in person names no person', () => {
		const note = parseAllFacts('2026-11-28 Ana.md', '---\ntype: one-on-one\nperson: "[[]]"\ndate: 2026-11-28\n---\n');
		expect(note.kind === 'one-on-one' ? note.conversation.persons : undefined).toEqual([]);
		expect(note.problems.map((problem) => problem.message)).toContain('This 1-on-1 names no person: add person: "[[Name]]" to its properties.');
	});

	it('nor does an empty link with spaces, in a list, or beside another empty link', () => {
		for (const value of ['"[[ ]]"', '["[[]]"]', '"[[]], [[]]"']) {
			const note = parseAllFacts('2026-11-28 Ana.md', `---\ntype: one-on-one\nperson: ${value}\ndate: 2026-11-28\n---\n`);
			expect(note.kind === 'one-on-one' ? note.conversation.persons : undefined, value).toEqual([]);
		}
	});
});

describe('empty inline date fields', () => {
	it('reads `[due:: ]` left empty by a template as no date, without a problem', () => {
		const note = parseAllFacts('1-on-1s/2026-11-20 Jo.md', '---\ntype: one-on-one\nperson: "[[Jo]]"\ndate: 2026-11-20\n---\n- [ ] ask about shifts [due:: ]\n');
		expect(note.commitments).toHaveLength(1);
		expect(note.commitments[0]).toMatchObject({ text: 'ask about shifts', status: { kind: 'open' } });
		expect(note.commitments[0].due).toBeUndefined();
		expect(note.problems).toEqual([]);
	});
});

describe('Dataview-format task fields', () => {
	it('strips priority, repeat and id fields from the text and reads repeat as recurring, as their emoji forms', () => {
		const note = parseAllFacts('1-on-1s/2026-11-20 Jo.md', '---\ntype: one-on-one\nperson: "[[Jo]]"\ndate: 2026-11-20\n---\n- [ ] call the steward [priority:: high] [repeat:: every week] [id:: a1] [due:: 2026-12-01]\n- [ ] bring flyers [dependsOn:: a1] (onCompletion:: delete)\n');
		expect(note.commitments.map((c) => [c.text, c.recurring, c.due])).toEqual([
			['call the steward', true, '2026-12-01'],
			['bring flyers', false, undefined],
		]);
	});
});
