import { describe, expect, it } from 'vitest';
import { buildNameMatcher, findInitials } from '../../src/core/redact';

const person = (name: string, aliases: string[] = []) => ({ name, aliases });

describe('redaction to initials', () => {
	it('turns names into initials', () => {
		expect(findInitials('Maria Lopez')).toBe('ML');
		expect(findInitials('jo-anne chen')).toBe('JAC');
		expect(findInitials('Ægir')).toBe('Æ');
	});

	it('replaces every known name, any case, in paths and text', () => {
		const r = buildNameMatcher([person('Maria Lopez', ['Mari']), person('Jo Chen')]);
		expect(r.redact('1-on-1s/2026-11-28 Maria Lopez.md')).toBe('1-on-1s/2026-11-28 ML.md');
		expect(r.redact('[[jo chen]]: call MARI back')).toBe('[[JC]]: call ML back');
	});

	it('does not replace names inside other words', () => {
		const r = buildNameMatcher([person('Ana')]);
		expect(r.redact('Ana met Banana and Anastasia')).toBe('A met Banana and Anastasia');
	});

	it('replaces adjacent names separated by one character', () => {
		const r = buildNameMatcher([person('Ana Ruiz'), person('Jo Chen')]);
		expect(r.redact('Ana Ruiz,Jo Chen')).toBe('AR,JC');
	});

	it('gives colliding initials a digit, independent of input order', () => {
		const a = buildNameMatcher([person('Maria Lopez'), person('Mark Li')]);
		const b = buildNameMatcher([person('Mark Li'), person('Maria Lopez')]);
		expect(a.labelOf('Maria Lopez')).toBe('ML');
		expect(a.labelOf('Mark Li')).toBe('ML2');
		expect(b.labelOf('Mark Li')).toBe('ML2');
	});

	it('replaces the longest name first', () => {
		const r = buildNameMatcher([person('Maria'), person('Maria Lopez')]);
		expect(r.redact('Maria Lopez and Maria')).toBe('ML and M');
	});
});

describe('what counts as a name (DESIGN §5)', () => {
	it('replaces a surname or a first name alone, also glued to initials by a hyphen', () => {
		const r = buildNameMatcher([person('Maria Lopez')]);
		expect(r.redact('ask Lopez about the grievance')).toBe('ask ML about the grievance');
		expect(r.redact('maria said no; ML-lopez')).toBe('ML said no; ML-ML');
	});

	it('shows a word two people share as its initial only', () => {
		const r = buildNameMatcher([person('Maria Lopez'), person('Maria Chen')]);
		expect(r.redact('Maria called')).toBe('M called');
	});

	it('matches NFD text (as macOS writes file names) against an NFC name, and the other way round', () => {
		const nfc = 'José Núñez';
		const r = buildNameMatcher([person(nfc)]);
		expect(r.redact(`People/${nfc.normalize('NFD')}.md`)).toBe('People/JN.md');
		const r2 = buildNameMatcher([person(nfc.normalize('NFD'))]);
		expect(r2.redact(`talk to ${nfc} and NÚÑEZ`)).toBe('talk to JN and JN');
	});

	it('matches a Turkish İ, whose lower case is longer, without shifting what follows', () => {
		const r = buildNameMatcher([person('İpek Yılmaz')]);
		expect(r.redact('call İPEK YILMAZ, then ipek; yilmaz too')).toBe('call İY, then İY; İY too');
		expect(r.redact('İİİ İpek x')).toBe('İİİ İY x');
	});

	it('gives a numbered label to a Han name and to a name whose initials would spell it', () => {
		const r = buildNameMatcher([person('王小明'), person('X'), person('J R')]);
		const labels = [r.labelOf('王小明'), r.labelOf('X'), r.labelOf('J R')].sort();
		expect(labels).toEqual(['Person 1', 'Person 2', 'Person 3']);
		expect(r.redact('请王小明签名')).toBe(`请${r.labelOf('王小明')}签名`);
	});

	it('never makes a label that reads as a name', () => {
		const r = buildNameMatcher([person('Al'), person('Anna Lee')]);
		expect(r.labelOf('Anna Lee')).toMatch(/^Person \d$/);
	});

	it('keeps dates and numbers that are words of a name', () => {
		const r = buildNameMatcher([person('Maria Lopez 12')]);
		expect(r.redact('People/Maria Lopez 12.md due 2026-12-12')).toBe('People/ML1.md due 2026-12-12');
	});
});
