/**
 * `contact-every` is a whole number of days within sane bounds (1..3650, or 0/"none" for never);
 * anything else goes to Notes to fix and is ignored (issue #16: `0.5` gave "2026-11-1.5", `1e308` a
 * year of 2.7e305).
 */
import { describe, expect, it } from 'vitest';
import { buildFollowUps } from '../../../src/core/follow-ups';
import { parseNote } from '../../../src/core/note-parser';
import { buildPeopleTable } from '../../../src/core/people';
import { toReportJson } from '../../../src/core/report-json';
import { VaultIndex } from '../../../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../../../src/settings';

function reportFor(every: string): ReturnType<typeof toReportJson> {
	const index = new VaultIndex();
	index.upsert(parseNote('People/Ana Ruiz.md', `---\ntype: person\ncontact-every: ${every}\n---\n`));
	index.upsert(parseNote('1-on-1s/2026-11-01 Ana Ruiz.md', '---\ntype: one-on-one\nperson: "[[Ana Ruiz]]"\ndate: 2026-11-01\n---\n'));
	return toReportJson(buildFollowUps(index, DEFAULT_SETTINGS, '2026-11-29', buildPeopleTable(index, '')));
}

describe('contact-every', () => {
	it.each(['0.5', '1e308', '3651', '-3', '.Inf', '1.5'])('%s is not a whole number of days in 1..3650: Notes to fix, default interval used', (every) => {
		const report = reportFor(every);
		expect(report.problems.map((p) => p.path)).toEqual(['People/Ana Ruiz.md']);
		expect(report.problems[0]?.message).toContain('whole number of days');
		// The default (unassessed: 14 days) applies: due 2026-11-15.
		expect(report.checkIn).toEqual([{ person: 'Ana Ruiz', path: 'People/Ana Ruiz.md', lastContact: '2026-11-01', nextCheckIn: '2026-11-15', daysOver: 14, lastTalkStages: [] }]);
	});

	it.each([['1', '2026-11-02'], ['3650', undefined], ['10', '2026-11-11']])('%s days is read', (every, due) => {
		const report = reportFor(every);
		expect(report.problems).toEqual([]);
		expect(report.checkIn[0]?.nextCheckIn).toBe(due);
	});
});
