/**
 * The Campaign chart view: opened by its command in the main area, it shows the same numbers as
 * `relational-organizer chart --format json` on the same vault, lists the people behind a number on
 * click, honours privacy mode, and the dashboard shows Support slipping only when it has someone.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ChartJson } from '../../src/core/chart-json';
import { captureIo, writeVault } from '../builders/temp-vault';
import { TFile } from '../fake-obsidian/index';
import { openDashboard, pinToday, runCommand, sectionSummary, startPlugin, waitFor, waitForIndex, whenViewsRendered, openChart } from './harness';

const TODAY = '2026-11-30';
const person = (props: string): string => `---\ntype: person\n${props}\n---\n`;
const talk = (who: string, date: string, props: string): string =>
	`---\ntype: one-on-one\nperson: "[[${who}]]"\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n${props}\n---\n## Agitate\nTalked.\n`;

const FILES: Record<string, string> = {
	'Places/Warehouse 4.md': '# Warehouse 4\n',
	'People/Ana Ruiz.md': person('workplace: "[[Warehouse 4]]"\ndepartment: Nights\nrole: committee\nleads: ["[[Ben Okafor]]"]'),
	'People/Ben Okafor.md': person('workplace: Warehouse 4\ndepartment: Days'),
	'People/Cy Dunn.md': person('workplace: Warehouse 4\ndepartment: Days\nassessment: 5'),
	'1-on-1s/2026-11-01 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-01', 'assessment: 2\nissues: ["[[Heat]]"]'),
	'1-on-1s/2026-11-20 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-20', 'assessment: 4'),
	'1-on-1s/2026-11-05 Ben Okafor.md': talk('Ben Okafor', '2026-11-05', 'assessment: 1\nissues: [Heat]'),
};

/** Each unit row as the view shows it: name and the numbers of its cells. */
function unitRows(el: HTMLElement): string[][] {
	return Array.from(el.querySelectorAll('.ro-chart__unit')).map((row) => [
		row.querySelector('.ro-chart__unit-name')?.textContent ?? '',
		...Array.from(row.querySelectorAll('.ro-chart__count')).map((b) => b.textContent ?? ''),
	]);
}

describe('the campaign chart view', () => {
	pinToday(TODAY);

	it('shows the numbers the CLI prints for the same vault', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		const el = await openChart(running);
		const io = captureIo();
		expect(runCli(['chart', writeVault({ ...FILES, '.obsidian/plugins/relational-organizer/data.json': JSON.stringify({ yourName: 'Sam Rivera' }) }), '--today', TODAY, '--format', 'json'], io)).toBe(0);
		const json = JSON.parse(io.stdout.join('\n')) as ChartJson;
		expect(unitRows(el)).toEqual(json.units.map((u) => [u.department ?? '', ...[u.people, u.assessed, u.supportive, u.opposed, u.organizingCommittee, u.noOneOnOne].map(String)]));
		// Hand-checked: Days has Ben (1, supportive) and Cy (5, opposed); Nights has Ana (4, committee).
		expect(unitRows(el)).toEqual([
			['Days', '2', '2', '1', '1', '0', '1'],
			['Nights', '1', '1', '0', '0', '1', '0'],
		]);
		expect(el.querySelector('.ro-chart__section--issues .ro-chart__item')?.textContent).toContain('Heat · 2 people · last raised 2026-11-05');
		expect(el.querySelector('.ro-chart__section--slipping .ro-chart__item')?.textContent).toBe('Ana Ruiz · 2 → 4 on 2026-11-20');
		expect(el.querySelector('.ro-chart__section--leaders .ro-chart__item')?.textContent).toContain('Check in with: Ben Okafor');
		expect(el.textContent).not.toMatch(/target|conversion/i);
	});

	it('lists the people behind a number when it is clicked', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		const el = await openChart(running);
		const opposed = el.querySelector<HTMLButtonElement>('.ro-chart__unit .ro-chart__cell--opposed .ro-chart__count');
		opposed?.click();
		expect(el.querySelector('.ro-chart__details')?.textContent).toBe('Warehouse 4 · Days — Opposed: Cy Dunn');
	});

	it('shows initials in privacy mode, and never a path', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera', privacyMode: true } });
		await waitForIndex(running);
		const el = await openChart(running);
		el.querySelectorAll<HTMLButtonElement>('.ro-chart__count').forEach((b) => b.click());
		expect(el.textContent).not.toMatch(/Ana|Ruiz|Ben|Okafor|Cy Dunn|People\//);
		const attributes = Array.from(el.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).map((a) => a.value)).join(' ');
		expect(attributes).not.toMatch(/Ana|Ruiz|Okafor|People\//);
		expect(el.textContent).toContain('Warehouse 4');
	});

	it('shows a long list 50 at a time, with "Show N more"', async () => {
		const leaders: Record<string, string> = {};
		for (let i = 1; i <= 52; i++) leaders[`People/Leader ${String(i).padStart(2, '0')}.md`] = person('workplace: Warehouse 4\ndepartment: Nights\nrole: leader');
		const running = await startPlugin({ files: { ...FILES, ...leaders }, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		const el = await openChart(running);
		const items = (): number => el.querySelectorAll('.ro-chart__section--leaders .ro-chart__item').length;
		// 52 leaders and Ana (committee).
		expect(el.querySelector('.ro-chart__section--leaders .ro-chart__section-count')?.textContent).toBe('53');
		expect(items()).toBe(50);
		const more = el.querySelector<HTMLButtonElement>('.ro-chart__section--leaders .ro-chart__more');
		expect(more?.textContent).toBe('Show 3 more');
		more?.click();
		await whenViewsRendered(running);
		expect(items()).toBe(53);
		expect(el.querySelector('.ro-chart__section--leaders .ro-chart__more')).toBeNull();
	});

	it('updates live when a note changes', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		const el = await openChart(running);
		await running.app.vault.modify(running.app.vault.getFileByPath('People/Cy Dunn.md') as TFile, person('workplace: Warehouse 4\ndepartment: Days\nassessment: 5\nstatus: left'));
		await waitFor(() => unitRows(el)[0]?.[1] === '1');
		expect(unitRows(el)[0]).toEqual(['Days', '1', '1', '1', '0', '0', '0']);
	});

	it('shows a change made while its tab was in the background once it is brought forward', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		const el = await openChart(running);
		// The map opens in a tab of its own, in front of the chart's.
		runCommand(running, 'open-relationship-map');
		await whenViewsRendered(running);
		expect(el.isShown()).toBe(false);
		const revision = running.plugin.indexer.index.revision;
		await running.app.vault.modify(running.app.vault.getFileByPath('People/Cy Dunn.md') as TFile, person('workplace: Warehouse 4\ndepartment: Days\nassessment: 5\nstatus: left'));
		await waitFor(() => running.plugin.indexer.index.revision > revision);
		await whenViewsRendered(running);
		runCommand(running, 'open-campaign-chart');
		await waitFor(() => el.isShown() && unitRows(el)[0]?.[1] === '1');
		expect(unitRows(el)[0]).toEqual(['Days', '1', '1', '1', '0', '0', '0']);
	});
});

describe('the dashboard', () => {
	pinToday(TODAY);

	it('shows Support slipping when someone slipped, and leaves it out when no one did', async () => {
		const running = await startPlugin({ files: FILES, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(sectionSummary(el)).toContain('Support slipping 1');
		expect(el.querySelector('.ro-dashboard__section--support-slipping .ro-dashboard__item')?.textContent).toContain('Ana Ruiz');

		const calm = { ...FILES, '1-on-1s/2026-11-20 Ana Ruiz.md': talk('Ana Ruiz', '2026-11-20', 'assessment: 2') };
		const other = await startPlugin({ files: calm, data: { yourName: 'Sam Rivera' } });
		await waitForIndex(other);
		expect(sectionSummary(await openDashboard(other)).some((s) => s.startsWith('Support slipping'))).toBe(false);
	});
});
