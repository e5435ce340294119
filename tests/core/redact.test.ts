import { describe, expect, it } from 'vitest';
import { buildRedactor, toInitials } from '../../src/core/redact';

describe('redaction to initials', () => {
	it('turns names into initials', () => {
		expect(toInitials('Maria Lopez')).toBe('ML');
		expect(toInitials('jo-anne chen')).toBe('JAC');
		expect(toInitials('Ægir')).toBe('Æ');
	});

	it('replaces every known name, any case, in paths and text', () => {
		const r = buildRedactor([{ name: 'Maria Lopez', aliases: ['Mari'] }, { name: 'Jo Chen' }]);
		expect(r.redact('1-on-1s/2026-11-28 Maria Lopez.md')).toBe('1-on-1s/2026-11-28 ML.md');
		expect(r.redact('[[jo chen]]: call MARI back')).toBe('[[JC]]: call ML back');
	});

	it('does not replace names inside other words', () => {
		const r = buildRedactor([{ name: 'Ana' }]);
		expect(r.redact('Ana met Banana and Anastasia')).toBe('A met Banana and Anastasia');
	});

	it('replaces adjacent names separated by one character', () => {
		const r = buildRedactor([{ name: 'Ana Ruiz' }, { name: 'Jo Chen' }]);
		expect(r.redact('Ana Ruiz,Jo Chen')).toBe('AR,JC');
	});

	it('gives colliding initials a digit, independent of input order', () => {
		const a = buildRedactor([{ name: 'Maria Lopez' }, { name: 'Mark Li' }]);
		const b = buildRedactor([{ name: 'Mark Li' }, { name: 'Maria Lopez' }]);
		expect(a.initialsOf('Maria Lopez')).toBe('ML');
		expect(a.initialsOf('Mark Li')).toBe('ML2');
		expect(b.initialsOf('Mark Li')).toBe('ML2');
	});

	it('replaces the longest name first', () => {
		const r = buildRedactor([{ name: 'Maria' }, { name: 'Maria Lopez' }]);
		expect(r.redact('Maria Lopez and Maria')).toBe('ML and M');
	});
});
