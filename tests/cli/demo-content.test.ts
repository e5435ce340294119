// @vitest-environment node
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { buildDemoNotes, type DemoFile } from '../../src/cli/demo-content';
import { addDays, daysBetween, isCalendarDate } from '../../src/core/dates';

const TODAY = '2026-11-29';
const DATE = /\d{4}-\d{2}-\d{2}/g;

/** The front matter of a note as plain data (dates stay strings under the core schema). */
function frontMatter(file: DemoFile): Record<string, unknown> {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(file.text);
	if (!m) return {};
	return (yaml.load(m[1], { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
}

function oneOnOnes(files: readonly DemoFile[]): DemoFile[] {
	return files.filter((f) => f.path.startsWith('1-on-1s/'));
}

describe('buildDemoNotes', () => {
	const files = buildDemoNotes(TODAY);

	it('gives every file a unique .md path', () => {
		const paths = files.map((f) => f.path);
		expect(new Set(paths).size).toBe(paths.length);
		for (const path of paths) expect(path).toMatch(/\.md$/);
		expect(paths).toContain('Home.md');
		expect(paths).toContain('People/Sam Rivera.md');
		expect(paths).toContain('Warehouse 4.md');
		expect(paths).toContain('Issues/Mandatory overtime.md');
	});

	it('writes every 1-on-1 as type one-on-one with its date in the file name, organized by Sam Rivera', () => {
		const talks = oneOnOnes(files);
		expect(talks.length).toBeGreaterThanOrEqual(10);
		for (const talk of talks) {
			const fm = frontMatter(talk);
			expect(fm.type, talk.path).toBe('one-on-one');
			expect(fm.organizer, talk.path).toBe('[[Sam Rivera]]');
			expect(isCalendarDate(String(fm.date)), talk.path).toBe(true);
			expect(talk.path.startsWith(`1-on-1s/${String(fm.date)} `), talk.path).toBe(true);
		}
	});

	it('names a person in every 1-on-1 but the one meant for "Notes to fix"', () => {
		const withoutPerson = oneOnOnes(files).filter((f) => frontMatter(f).person === undefined);
		expect(withoutPerson.map((f) => f.path)).toEqual([`1-on-1s/${addDays(TODAY, -2)} Lunch on the dock.md`]);
		for (const talk of oneOnOnes(files)) {
			const person = frontMatter(talk).person;
			if (person === undefined) continue;
			expect(Array.isArray(person), talk.path).toBe(true);
			expect(String((person as unknown[])[0]), talk.path).toMatch(/^\[\[[^\]]+\]\]$/);
		}
	});

	it('holds past 1-on-1s and plans exactly the three meant to be ahead', () => {
		const planned = oneOnOnes(files)
			.filter((f) => String(frontMatter(f).date) > TODAY)
			.map((f) => [(frontMatter(f).person as string[])[0], daysBetween(TODAY, String(frontMatter(f).date))]);
		expect(planned.sort()).toEqual([
			['[[Dev Patel]]', 3],
			['[[Hector Vega]]', 6],
			['[[Renee Jackson]]', 5],
		]);
		// Hector Vega is named only in his planned 1-on-1: no person note.
		expect(files.some((f) => f.path === 'People/Hector Vega.md')).toBe(false);
	});

	it('gives every 1-on-1 all five AEIOU sections, each opening with an Obsidian comment prompt', () => {
		for (const talk of oneOnOnes(files)) {
			const lines = talk.text.split('\n');
			for (const heading of ['Agitate', 'Educate', 'Inoculate', 'Organize', 'Uplift']) {
				const at = lines.indexOf(`## ${heading}`);
				expect(at, `${talk.path} ${heading}`).toBeGreaterThan(0);
				expect(lines[at + 1], `${talk.path} ${heading}`).toMatch(/^%% .+ %%$/);
			}
		}
	});

	it('writes person notes with type person and parseable front matter', () => {
		const people = files.filter((f) => f.path.startsWith('People/'));
		expect(people.length).toBeGreaterThanOrEqual(8);
		for (const person of people) expect(frontMatter(person).type, person.path).toBe('person');
		expect(frontMatter(files.find((f) => f.path === 'People/Sam Rivera.md')!).role).toBe('leader');
		expect(people.some((f) => frontMatter(f).status === 'left')).toBe(true);
		expect(people.some((f) => frontMatter(f)['contact-every'] !== undefined)).toBe(true);
		expect(people.some((f) => /^recruited-by:: \[\[.+\]\]$/m.test(f.text))).toBe(true);
	});

	it('counts every date from today, so another today shifts them all by the same days', () => {
		const other = '2028-02-29';
		const shift = daysBetween(TODAY, other);
		const moved = buildDemoNotes(other);
		const shifted = (text: string): string => text.replace(DATE, (date) => addDays(date, shift));
		expect(moved.map((f) => ({ path: f.path, text: f.text }))).toEqual(
			files.map((f) => ({ path: shifted(f.path), text: shifted(f.text) })),
		);
		for (const f of moved) for (const date of f.text.match(DATE) ?? []) expect(isCalendarDate(date)).toBe(true);
	});

	it('keeps the tone: no sales or surveillance words', () => {
		for (const f of files) expect(f.text).not.toMatch(/\bconversion\b|\blead is\b|\bcold\b|overdue contact/i);
	});

	it('rejects a today that is not a calendar date', () => {
		expect(() => buildDemoNotes('2026-02-30')).toThrow();
	});
});
