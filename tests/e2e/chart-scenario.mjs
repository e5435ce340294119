/**
 * The Campaign chart in Chromium (issue #17): the demo vault written by the built CLI
 * (`dist/cli.js demo`), opened in the app, the chart opened by its command in the main area, and
 * its numbers compared with `dist/cli.js chart --format json` on the same vault and day. Light and
 * dark screenshots; no overflow; a click on a number lists the people behind it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { dayFromToday } from './vault.mjs';

/** Every Markdown file under `dir` (the config folder left out), path → text. */
function readVault(dir) {
	const files = {};
	const walk = (at) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '.obsidian') walk(path);
			} else if (entry.name.endsWith('.md')) files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return files;
}

/** What the chart view shows: unit rows (name and counts), sections' item counts, overflow. */
function inspectChart() {
	const el = document.querySelector('.ro-chart');
	if (!el) return { found: false };
	const rows = Array.from(el.querySelectorAll('.ro-chart__unit')).map((row) => [
		row.querySelector('.ro-chart__unit-name')?.textContent ?? '',
		...Array.from(row.querySelectorAll('.ro-chart__count')).map((b) => Number(b.textContent)),
	]);
	const count = (id) => el.querySelectorAll(`.ro-chart__section--${id} .ro-chart__item`).length;
	const overflowing = [];
	const box = el.getBoundingClientRect();
	for (const node of el.querySelectorAll('*')) {
		const r = node.getBoundingClientRect();
		if (r.width > 0 && (r.right > box.right + 1 || node.scrollWidth > node.clientWidth + 1) && getComputedStyle(node).overflow === 'visible') overflowing.push(`${node.className}: ${node.textContent?.slice(0, 40)}`);
	}
	const fill = el.querySelector('.ro-chart__bar-fill');
	return {
		found: true,
		inMainArea: el.closest('.mod-root') !== null,
		rows,
		workplaces: Array.from(el.querySelectorAll('.ro-chart__workplace-title')).map((h) => h.textContent),
		issues: count('issues'),
		slipping: Array.from(el.querySelectorAll('.ro-chart__section--slipping .ro-chart__item')).map((li) => li.textContent),
		leaders: count('leaders'),
		stale: count('stale'),
		fillWidth: fill ? fill.getBoundingClientRect().width : -1,
		textColor: getComputedStyle(el).color,
		text: el.textContent ?? '',
		overflowing,
	};
}

/**
 * Runs the chart scenario for both themes. `helpers` are run.mjs's own: openApp, check, shoot,
 * assertClean, and the package root.
 */
export async function chartScenario({ openApp, check, shoot, assertClean, root }) {
	const today = dayFromToday(0);
	const dir = join(mkdtempSync(join(tmpdir(), 'ro-e2e-chart-')), 'demo');
	const cli = join(root, 'dist/cli.js');
	const demo = spawnSync(process.execPath, [cli, 'demo', dir, '--today', today], { encoding: 'utf8' });
	check('chart: the built CLI writes the demo vault', demo.status === 0, `${demo.stdout}${demo.stderr}`);
	if (demo.status !== 0) return;
	const printed = spawnSync(process.execPath, [cli, 'chart', dir, '--today', today, '--format', 'json'], { encoding: 'utf8' });
	check('chart: the built CLI prints the chart as JSON', printed.status === 0, printed.stderr);
	const json = JSON.parse(printed.stdout);
	const files = readVault(dir);
	rmSync(dir, { recursive: true, force: true });
	const expectedRows = json.units.map((u) => [
		[u.department, u.shift].filter((part) => part !== null).join(' · ') || (u.workplace === null ? 'No unit yet' : 'No department yet'),
		u.people, u.assessed, u.supportive, u.opposed, u.organizingCommittee, u.noOneOnOne,
	]);
	const colours = {};
	for (const theme of ['light', 'dark']) {
		const label = `campaign chart (${theme})`;
		const { context, page, problems } = await openApp(label, files, theme, { yourName: 'Sam Rivera' });
		const ran = await page.evaluate(() => window.__e2e.runPluginCommand('open-campaign-chart'));
		await page.evaluate(() => window.__e2e.settle(5));
		await page.evaluate(() => window.__e2e.whenChartRendered());
		const v = await page.evaluate(inspectChart);
		check(`${label}: the command opens the chart in the main area`, ran && v.found && v.inMainArea, JSON.stringify({ ran, found: v.found }));
		if (v.found) {
			colours[theme] = v.textColor;
			check(`${label}: each unit row shows the CLI's numbers`, JSON.stringify(v.rows) === JSON.stringify(expectedRows), `${JSON.stringify(v.rows)}\n         vs ${JSON.stringify(expectedRows)}`);
			check(`${label}: at least two workplaces are shown`, v.workplaces.length >= 2, v.workplaces.join(' | '));
			check(`${label}: issue heat, slipping, stale and leaders match the CLI`,
				v.issues === json.issues.length && v.slipping.length === json.slipping.length && v.stale === json.staleAssessments.length && v.leaders === json.leaders.length,
				JSON.stringify({ issues: v.issues, slipping: v.slipping, stale: v.stale, leaders: v.leaders }));
			check(`${label}: the slipping person of the demo is listed`, v.slipping.some((text) => text.startsWith('Maria Lopez')), v.slipping.join(' | '));
			check(`${label}: bars are drawn (a fill has width)`, v.fillWidth > 0, String(v.fillWidth));
			check(`${label}: no "target" or "conversion" in the wording`, !/target|conversion/i.test(v.text));
			check(`${label}: no text overflows`, v.overflowing.length === 0, v.overflowing.join('\n         '));
			if (theme === 'light') {
				await page.click('.ro-chart__unit .ro-chart__cell--people .ro-chart__count');
				const details = await page.evaluate(() => document.querySelector('.ro-chart__details:not(.ro-chart__details--hidden)')?.textContent ?? '');
				check(`${label}: clicking a number lists the people behind it`, details.includes('People: ') && details.length > 'People: '.length + 3, details);
			}
		}
		await shoot(page, `chart-${theme}.png`);
		assertClean(label, problems);
		await context.close();
	}
	if (colours.light && colours.dark) check('campaign chart: light and dark themes give different text colours', colours.light !== colours.dark, `${colours.light} vs ${colours.dark}`);
}
