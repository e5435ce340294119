// @vitest-environment node
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AEIOU_STAGES } from '../../src/core/aeiou';
import { addDays, daysBetween, isCalendarDate } from '../../src/core/dates';
import { buildDemoNotes, type DemoFile } from '../../src/demo/build-demo-notes';
import { DEMO_SOURCES } from '../../src/demo/demo-sources';
import { fillTodayTokens, renderDemoNote } from '../../src/demo/render-demo-note';

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
		const withoutPerson = oneOnOnes(files).filter((f) => (frontMatter(f).person as unknown[]).length === 0);
		expect(withoutPerson.map((f) => f.path)).toEqual([`1-on-1s/${addDays(TODAY, -2)} Lunch on the dock.md`]);
		for (const talk of oneOnOnes(files)) {
			const person = frontMatter(talk).person;
			if ((person as unknown[]).length === 0) continue;
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

describe('the demo sources in demo/notes/', () => {
	const root = join(__dirname, '../../demo/notes');
	const onDisk: { path: string; text: string }[] = [];
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.md')) onDisk.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
		}
	};
	walk(root);

	it('are exactly what the bundled module holds (run "node scripts/bundle-demo-notes.mjs" after editing one)', () => {
		const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
		expect([...DEMO_SOURCES].sort(byPath)).toEqual(onDisk.sort(byPath));
	});

	it('leave no token or placeholder unfilled in any note', () => {
		for (const f of buildDemoNotes('2026-12-01')) {
			expect(f.path, f.path).not.toContain('{{');
			expect(f.text, f.path).not.toContain('{{');
		}
	});
});

describe('fillTodayTokens', () => {
	it('counts days from today, across month, year and leap-day ends', () => {
		expect(fillTodayTokens('{{today}}', '2026-12-01')).toBe('2026-12-01');
		expect(fillTodayTokens('{{today-3}} and {{today+7}}', '2026-12-01')).toBe('2026-11-28 and 2026-12-08');
		expect(fillTodayTokens('{{today+31}}', '2026-12-01')).toBe('2027-01-01');
		expect(fillTodayTokens('{{today+1}}', '2028-02-28')).toBe('2028-02-29');
		expect(fillTodayTokens('{{today-365}}', '2027-03-15')).toBe('2026-03-15');
	});

	it('reads spaces and any case, and leaves other placeholders as written', () => {
		expect(fillTodayTokens('{{ today - 2 }} {{Today+2}}', '2026-12-01')).toBe('2026-11-29 2026-12-03');
		expect(fillTodayTokens('{{date}} {{today*2}} {{todays}}', '2026-12-01')).toBe('{{date}} {{today*2}} {{todays}}');
	});
});

describe('renderDemoNote', () => {
	const talk = (body: string, properties = ''): DemoFile =>
		renderDemoNote({ path: '1-on-1s/{{today-1}} Ana Ruiz.md', text: `---\ntype: one-on-one\nperson: ["[[Ana Ruiz]]"]\ndate: {{today-1}}\nkind: debrief\n${properties}---\n${body}` }, '2026-12-01');

	it('writes a 1-on-1 as the built-in template gives it: its properties in order, every prompt, the talk\'s text under each prompt', () => {
		const note = talk('Met at the gate.\n\n## Organize\n- [ ] Ask two coworkers 📅 {{today+3}}\n', 'assessment: 2\nissues: ["[[Heat]]"]\n');
		expect(note.path).toBe('1-on-1s/2026-11-30 Ana Ruiz.md');
		const fm = frontMatter(note);
		expect(Object.keys(fm)).toEqual(['type', 'person', 'date', 'organizer', 'kind', 'assessment', 'next-contact', 'issues']);
		expect(fm).toMatchObject({ person: ['[[Ana Ruiz]]'], date: '2026-11-30', organizer: '[[Sam Rivera]]', kind: 'debrief', assessment: 2, 'next-contact': null, issues: ['[[Heat]]'] });
		const body = note.text.slice(note.text.indexOf('\n---\n') + 5);
		const organize = AEIOU_STAGES.find((s) => s.key === 'organize')!;
		expect(body.startsWith('Met at the gate.\n\n## Agitate\n')).toBe(true);
		expect(body).toContain(`## Organize\n%% ${organize.prompt} %%\n- [ ] Ask two coworkers 📅 2026-12-04\n`);
		for (const stage of AEIOU_STAGES) expect(body).toContain(`## ${stage.heading}\n%% ${stage.prompt} %%\n`);
	});

	it('refuses a source with a heading that is no AEIOU section, or a section written twice', () => {
		expect(() => talk('## Agitat\n- typo\n')).toThrow(/not an AEIOU section/);
		expect(() => talk('## Uplift\n- a\n\n## Uplift\n- b\n')).toThrow(/twice/);
	});

	it('writes a person through the person template, the source\'s properties winning over its defaults', () => {
		const note = renderDemoNote({ path: 'People/Tomas Ortega.md', text: '---\ntype: person\nstatus: left\nknows: ["[[Ana Ruiz]]"]\n---\nMoved away.\n' }, '2026-12-01');
		const fm = frontMatter(note);
		expect(fm.status).toBe('left');
		expect(fm.knows).toEqual(['[[Ana Ruiz]]']);
		expect(Object.keys(fm)).toEqual(expect.arrayContaining(['aliases', 'workplace', 'role', 'assessment', 'contact-every', 'recruited-by']));
		expect(note.text.endsWith('%%\nMoved away.\n')).toBe(true);
	});

	it('writes any other note as it is, its dates filled', () => {
		expect(renderDemoNote({ path: 'Home.md', text: '# Home\nBuilt {{today}}.\n' }, '2026-12-01')).toEqual({ path: 'Home.md', text: '# Home\nBuilt 2026-12-01.\n' });
	});
});

describe('the planned talks, as New 1-on-1 would have made them today', () => {
	const today = '2026-12-01';
	const notes = buildDemoNotes(today);
	const text = (path: string): string => notes.find((f) => f.path === path)!.text;

	it("carry forward what their person left open, linked to its note, in Uplift after the prompt", () => {
		const renee = text(`1-on-1s/${addDays(today, 5)} Renee Jackson.md`);
		const uplift = renee.slice(renee.indexOf('## Uplift\n'));
		expect(uplift.split('\n').slice(2, 5)).toEqual([
			'%% ro:carried-forward %%',
			`- Offer support: Door-knock the third floor of Building A about the rent increase (due ${addDays(today, -4)}) — [[${addDays(today, -18)} Renee Jackson]]`,
			'%% /ro:carried-forward %%',
		]);
	});

	it('carry nothing for someone with no commitments of their own (your promise to Dev is yours)', () => {
		expect(text(`1-on-1s/${addDays(today, 3)} Dev Patel.md`)).not.toContain('ro:carried-forward');
		expect(text(`1-on-1s/${addDays(today, 6)} Hector Vega.md`)).not.toContain('ro:carried-forward');
	});

	it('leave the held talks without a carried block', () => {
		for (const f of oneOnOnes(notes)) if (String(frontMatter(f).date) <= today) expect(f.text, f.path).not.toContain('ro:carried-forward');
	});
});
