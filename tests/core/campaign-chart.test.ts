/**
 * The campaign chart (issue #17) on a small vault, every expected number worked out by hand from the
 * notes below. Today is 2026-11-30: the slipping window starts 2026-10-31, "not assessed in 90 days"
 * means a last dated assessment before 2026-09-01.
 */
import { describe, expect, it } from 'vitest';
import { buildDerivation } from '../../src/core/derive';
import { toChartJson } from '../../src/core/chart-json';
import { showChart } from '../../src/core/chart-shown';
import { normalizeSettings, type Settings } from '../../src/settings';
import { indexNotes } from '../builders/fixture-vault';

const TODAY = '2026-11-30';

function person(props: string, body = ''): string {
	return `---\ntype: person\n${props}\n---\n${body}`;
}

function talk(who: string, date: string, props = ''): string {
	return `---\ntype: one-on-one\nperson: "[[${who}]]"\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n${props}\n---\n## Agitate\nWe talked.\n`;
}

const VAULT: Record<string, string> = {
	'Places/Warehouse 4.md': '# Warehouse 4\n',
	'Issues/Mandatory overtime.md': '# Mandatory overtime\n',
	// Nights: a committee member whose support slipped 2 → 4 inside the 30 days.
	'People/Ana Ruiz.md': person('workplace: "[[Warehouse 4]]"\ndepartment: Nights\nrole: committee'),
	'1-on-1s/2026-11-01 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-01', 'assessment: 2\nissues: ["[[Mandatory overtime]]"]'),
	'1-on-1s/2026-11-20 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-20', 'assessment: 4\nissues: ["[[Mandatory overtime]]"]'),
	// Same workplace written as text, department in another case; a drop outside the 30 days.
	'People/Ben Okafor.md': person('workplace: Warehouse 4\ndepartment: nights\nled-by: "[[Ana Ruiz]]"'),
	'1-on-1s/2026-10-01 Ben Okafor.md': talk('Ben Okafor', '2026-10-01', 'assessment: 2'),
	'1-on-1s/2026-10-20 Ben Okafor.md': talk('Ben Okafor', '2026-10-20', 'assessment: 3\nissues: Mandatory overtime'),
	// Days: a leader assessed only on the note (no dated assessment), leading two coworkers and a place.
	'People/Cal Diaz.md': person('workplace: "[[Warehouse 4]]"\ndepartment: Days\nrole: leader\nassessment: 1\nleads: ["[[Ana Ruiz]]", "[[Dee Park]]", "[[Warehouse 4]]", "[[Eve Stone]]"]'),
	'1-on-1s/2026-11-25 Cal Diaz.md': talk('Cal Diaz', '2026-11-25'),
	'People/Dee Park.md': person('workplace: "[[Warehouse 4]]"\ndepartment: Days\nassessment: 5'),
	// Inactive: counts nowhere, though she is on the committee, slipped and raised an issue.
	'People/Eve Stone.md': person('workplace: "[[Warehouse 4]]"\ndepartment: Days\nrole: committee\nstatus: inactive'),
	'1-on-1s/2026-11-01 Eve Stone.md': talk('Eve Stone', '2026-11-01', 'assessment: 1'),
	'1-on-1s/2026-11-15 Eve Stone.md': talk('Eve Stone', '2026-11-15', 'assessment: 3\nissues: [Heat]'),
	// A third department, at an unresolved workplace, with a shift and no committee member.
	'People/Fay Wong.md': person('workplace: "[[Clinic]]"\ndepartment: Front desk\nshift: Evening'),
	'1-on-1s/2026-08-01 Fay Wong.md': talk('Fay Wong', '2026-08-01', 'assessment: 1\nissues: [Parking]'),
	// No unit yet; a planned talk's issue is not raised yet.
	'People/Gus Lee.md': person('role: contact'),
	'1-on-1s/2026-11-10 Gus Lee.md': talk('Gus Lee', '2026-11-10', 'assessment: 3\nissues: [Parking]'),
	'1-on-1s/2026-12-05 Gus Lee.md': talk('Gus Lee', '2026-12-05', 'issues: [Breaks]'),
};

function settingsWith(raw: Record<string, unknown> = {}): Settings {
	const { settings, warnings } = normalizeSettings({ yourName: 'Sam Rivera', ...raw });
	expect(warnings).toEqual([]);
	return settings;
}

function chartOf(notes: Record<string, string>, raw: Record<string, unknown> = {}, today = TODAY) {
	return buildDerivation(indexNotes(notes), settingsWith(raw), today).chart;
}

const UNIT_ZERO = { workplace: null, department: null, shift: null, people: 0, assessed: 0, supportive: 0, opposed: 0, committee: 0, leaders: 0, noOneOnOne: 0, organizingCommittee: 0, committeeShare: 0, supportShare: 0 };

describe('the campaign chart', () => {
	it('counts each unit of active people, grouping a workplace written as a link or as text', () => {
		const json = toChartJson(chartOf(VAULT));
		expect(json.units).toEqual([
			{ ...UNIT_ZERO, workplace: 'Clinic', department: 'Front desk', shift: 'Evening', label: 'Clinic · Front desk · Evening', people: 1, assessed: 1, supportive: 1, supportShare: 100, committeeStanding: 'none', supportReached: true },
			{ ...UNIT_ZERO, workplace: 'Warehouse 4', department: 'Days', label: 'Warehouse 4 · Days', people: 2, assessed: 2, supportive: 1, opposed: 1, leaders: 1, noOneOnOne: 1, organizingCommittee: 1, committeeShare: 50, committeeStanding: 'above', supportShare: 50, supportReached: false },
			{ ...UNIT_ZERO, workplace: 'Warehouse 4', department: 'Nights', label: 'Warehouse 4 · Nights', people: 2, assessed: 2, committee: 1, organizingCommittee: 1, committeeShare: 50, committeeStanding: 'above', supportReached: false },
			{ ...UNIT_ZERO, label: 'No unit yet', people: 1, assessed: 1, committeeStanding: 'none', supportReached: false },
		]);
	});

	it('keeps the people behind each number, and the workplace note it resolved to', () => {
		const days = chartOf(VAULT).units[1];
		expect(days.people.map((p) => p.name)).toEqual(['Cal Diaz', 'Dee Park']);
		expect(days.noOneOnOne).toEqual([{ name: 'Dee Park', path: 'People/Dee Park.md' }]);
		expect(days.workplacePath).toBe('Places/Warehouse 4.md');
	});

	it('counts an issue once per person, from held talks of active people, most people first', () => {
		expect(toChartJson(chartOf(VAULT)).issues).toEqual([
			{ issue: 'Mandatory overtime', path: 'Issues/Mandatory overtime.md', people: 2, lastRaised: '2026-11-20', units: ['Warehouse 4 · Nights'] },
			{ issue: 'Parking', path: null, people: 2, lastRaised: '2026-11-10', units: ['Clinic · Front desk · Evening', 'No unit yet'] },
		]);
	});

	it('lists support slipping inside the 30 days only, and the same list on the dashboard', () => {
		const derivation = buildDerivation(indexNotes(VAULT), settingsWith(), TODAY);
		const expected = [{ person: 'Ana Ruiz', path: 'People/Ana Ruiz.md', from: 2, to: 4, date: '2026-11-20', source: '1-on-1s/2026-11-20 Ana Ruiz.md' }];
		expect(toChartJson(derivation.chart).slipping).toEqual(expected);
		expect(derivation.followUps.slipping.map((s) => s.person.name)).toEqual(['Ana Ruiz']);
	});

	it('lists people not assessed in 90 days: never assessed on a dated talk first, then the oldest', () => {
		expect(toChartJson(chartOf(VAULT)).staleAssessments).toEqual([
			{ person: 'Cal Diaz', path: 'People/Cal Diaz.md', assessedOn: null },
			{ person: 'Dee Park', path: 'People/Dee Park.md', assessedOn: null },
			{ person: 'Fay Wong', path: 'People/Fay Wong.md', assessedOn: '2026-08-01' },
		]);
	});

	it("gives each leader and committee member their people to check in with (leads ∪ led-by)", () => {
		expect(toChartJson(chartOf(VAULT)).leaders).toEqual([
			// Ben wrote led-by Ana; his check-in (14 days after 2026-10-20) is due.
			{ leader: 'Ana Ruiz', path: 'People/Ana Ruiz.md', leads: 1, checkIn: ['Ben Okafor'], noOneOnOne: [] },
			// Cal leads Ana (committee: 7 days after 2026-11-20, due) and Dee (no 1-on-1); not the place, not inactive Eve.
			{ leader: 'Cal Diaz', path: 'People/Cal Diaz.md', leads: 2, checkIn: ['Ana Ruiz'], noOneOnOne: ['Dee Park'] },
		]);
	});

	it('follows the direction of the scale for "towards opposed" and the bands for supportive and opposed', () => {
		const chart = chartOf(VAULT, { assessmentDirection: 'higher-is-supportive', supportiveBand: { from: 4, to: 5 }, opposedBand: { from: 1, to: 1 } });
		// Ana 2 → 4 is now towards supportive; no one moved down inside the window.
		expect(chart.slipping).toEqual([]);
		const days = toChartJson(chart).units[1];
		expect([days.supportive, days.opposed]).toEqual([1, 1]); // Dee (5) supportive, Cal (1) opposed
	});

	it('counts a change on the first day of the window (today − 30), not the day before', () => {
		const notes = (date: string): Record<string, string> => ({
			'People/Jo Chen.md': person('department: Nights'),
			'1-on-1s/2026-09-01 Jo Chen.md': talk('Jo Chen', '2026-09-01', 'assessment: 2'),
			[`1-on-1s/${date} Jo Chen.md`]: talk('Jo Chen', date, 'assessment: 3'),
			'1-on-1s/2026-11-29 Jo Chen.md': talk('Jo Chen', '2026-11-29', 'assessment: 3'),
		});
		expect(chartOf(notes('2026-10-31')).slipping.map((s) => [s.from, s.to, s.date])).toEqual([[2, 3, '2026-10-31']]);
		expect(chartOf(notes('2026-10-30')).slipping).toEqual([]);
	});
});

describe('committee share and support threshold edges', () => {
	/** One department of `size` people: the first `committee` on the committee, the first `supportive` assessed 2, the rest 3. */
	function unitOf(size: number, committee: number, supportive: number) {
		const notes: Record<string, string> = {};
		for (let i = 1; i <= size; i++) {
			const name = `Worker ${String(i).padStart(2, '0')}`;
			notes[`People/${name}.md`] = person(`department: Dock\nassessment: ${i <= supportive ? 2 : 3}${i <= committee ? '\nrole: committee' : ''}`);
		}
		return toChartJson(chartOf(notes)).units[0];
	}

	it.each([
		[20, 1, 'below', 5],
		[20, 2, 'within', 10],
		[20, 3, 'within', 15],
		[20, 4, 'above', 20],
		[7, 1, 'within', 14],
		[6, 1, 'above', 17],
		[10, 0, 'none', 0],
	] as const)('%i people, %i on the committee: %s the 10–15%% target (%i%%)', (size, committee, standing, share) => {
		const unit = unitOf(size, committee, 0);
		expect([unit.committeeStanding, unit.committeeShare]).toEqual([standing, share]);
	});

	it.each([
		[20, 13, true, 65],
		[20, 12, false, 60],
		[3, 2, true, 67],
	] as const)('%i people, %i supportive: threshold 65%% reached %s (%i%%)', (size, supportive, reached, share) => {
		const unit = unitOf(size, 0, supportive);
		expect([unit.supportReached, unit.supportShare]).toEqual([reached, share]);
	});
});

describe('the shown chart', () => {
	it('redacts names and paths but keeps workplaces, departments, issues and counts', () => {
		const derivation = buildDerivation(indexNotes(VAULT), settingsWith(), TODAY);
		const shown = showChart(derivation.chart, (text) => derivation.redactor.redact(text));
		const json = JSON.stringify(toChartJson(shown.chart));
		for (const name of ['Ana', 'Ruiz', 'Ben Okafor', 'Cal Diaz', 'Dee Park', 'Fay Wong']) expect(json).not.toContain(name);
		// (Warehouse 4 is redacted here: Cal's `leads` names it, and a relation value counts as a name.)
		expect(json).toContain('Clinic · Front desk · Evening');
		expect(json).toContain('Mandatory overtime');
		expect(toChartJson(shown.chart).units.map((u) => u.people)).toEqual([1, 2, 2, 1]);
		// The note behind a redacted person is still known, beside the chart.
		expect(shown.pathOf(shown.chart.slipping[0].person)).toBe('People/Ana Ruiz.md');
	});
});
