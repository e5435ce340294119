/**
 * What the text and Markdown reports say (issue #9, "Wording"): a new user reads them without the
 * design at hand, so each line says what a date is and whose a commitment is.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMarkdown, formatText } from '../../src/cli/format-report';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report-json';
import { captureIo } from '../builders/temp-vault';

const REPORT: ReportJson = {
	today: '2026-12-01',
	followUp: [{ kind: 'support', text: 'Ask two coworkers', owner: 'Maria Lopez', source: '1-on-1s/2026-11-10 Maria Lopez.md', line: 8, followUpDate: '2026-11-24', due: '2026-11-24' }],
	stalled: [{ text: 'Bring the rota', owner: 'Jo Chen', source: '1-on-1s/2026-11-01 Jo Chen.md', line: 9, daysStalled: 19 }],
	yourPromises: [{ text: '[[Sam Rivera]]: print flyers', source: '1-on-1s/2026-11-10 Maria Lopez.md', line: 9, due: '2026-12-03' }],
	checkIn: [{ person: 'Ana Ruiz', path: 'People/Ana Ruiz.md', lastContact: '2026-11-10', nextCheckIn: '2026-11-24', daysOver: 7 }],
	noOneOnOne: [],
	comingUp: [
		{ date: '2026-12-03', what: 'commitment', text: 'Talk to nights', source: '1-on-1s/2026-11-10 Maria Lopez.md', line: 10, owner: 'Maria Lopez' },
		{ date: '2026-12-04', what: 'check-in', text: 'Lee Park', source: null, line: null, owner: null },
	],
	problems: [],
	slipping: [],
};

describe('text report wording', () => {
	const text = formatText(REPORT, false);

	it('says a check-in was due, not that one took place', () => {
		expect(text).toContain('check-in due 2026-11-24, 7 days ago');
		expect(text).not.toContain('check-in was');
	});

	it('says since what: the follow-up date, and for Stalled that they talked since', () => {
		expect(text).toContain('follow-up due since 2026-11-24');
		expect(text).toContain('still open 19 days after its follow-up date, 2026-11-12, though you have talked since');
	});

	it('does not repeat your own name under Your promises', () => {
		expect(text).toContain('  print flyers');
		expect(text).not.toContain('[[Sam Rivera]]: print flyers');
	});

	it('says whose each Coming up commitment is', () => {
		expect(text).toContain('2026-12-03  due  Maria Lopez: Talk to nights');
		expect(text).toContain('2026-12-04  check in  Lee Park');
	});
});

describe('markdown report', () => {
	const markdown = formatMarkdown(REPORT);

	it('escapes every name and text and links every row to its note the same way', () => {
		expect(markdown).toContain('- 2026-12-03 due: Maria Lopez: Talk to nights ([[1-on-1s/2026-11-10 Maria Lopez]])');
		expect(markdown).toContain('- print flyers (due 2026-12-03, [[1-on-1s/2026-11-10 Maria Lopez]])');
		expect(markdown).toContain('- [[People/Ana Ruiz|Ana Ruiz]]: last talked 2026-11-10, check-in due 2026-11-24, 7 days ago');
	});
});

describe('a vault without organizing notes', () => {
	it('says none were found and how to start, instead of seven empty lists', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ro-empty-'));
		mkdirSync(join(dir, 'Notes'));
		writeFileSync(join(dir, 'Notes', 'Shopping.md'), '- milk\n');
		const io = captureIo();
		expect(runCli(['report', dir, '--today', '2026-12-01'], io)).toBe(0);
		const out = io.stdout.join('\n');
		expect(out).toContain('No organizing notes found');
		expect(out).toContain('relational-organizer demo');
		expect(out).toContain('docs/guide.md');
		expect(out).not.toContain('nothing here');
	});
});

describe('a commitment shown next to its owner', () => {
	const report: ReportJson = {
		...REPORT,
		stalled: [{ text: '[[People/Sam Rivera|Sam]]: bring the rota', owner: 'Sam Rivera', source: '1-on-1s/2026-11-01 Jo Chen.md', line: 9, daysStalled: 3 }],
		comingUp: [
			{ date: '2026-12-03', what: 'commitment', text: '[[Sam Rivera]]: print the fact sheet', source: '1-on-1s/2026-11-10 Maria Lopez.md', line: 10, owner: 'Sam Rivera' },
			{ date: '2026-12-04', what: 'commitment', text: '[[Jo Chen]]: call Ana', source: '1-on-1s/2026-11-10 Maria Lopez.md', line: 11, owner: 'Maria Lopez' },
		],
	};

	it('does not repeat the owner named by a leading [[Owner]]: prefix', () => {
		const text = formatText(report, false);
		expect(text).toContain('Sam Rivera: print the fact sheet');
		expect(text).not.toContain('Sam Rivera: [[Sam Rivera]]');
		expect(text).toContain('Sam Rivera: bring the rota');
		const markdown = formatMarkdown(report);
		expect(markdown).not.toContain('Sam Rivera: \\[\\[Sam Rivera');
		expect(markdown).toContain('- Sam Rivera: bring the rota (');
		expect(markdown).toContain('- 2026-12-03 due: Sam Rivera: print the fact sheet (');
	});

	it('does not repeat the owner in Follow up and Stalled rows of the Markdown report either', () => {
		const markdown = formatMarkdown({
			...REPORT,
			followUp: [{ kind: 'support', text: '[[Jo Chen]]: draft the petition', owner: 'Jo Chen', source: '1-on-1s/2026-11-10 Jo Chen.md', line: 8, followUpDate: '2026-11-24', due: '2026-11-24' }],
		});
		expect(markdown).toContain('- **Offer support** Jo Chen: draft the petition (follow-up due since 2026-11-24');
		expect(markdown).not.toContain('\\[\\[Jo Chen\\]\\]');
	});

	it('keeps a prefix that names someone else, as written', () => {
		expect(formatText(report, false)).toContain('Maria Lopez: [[Jo Chen]]: call Ana');
	});
});
