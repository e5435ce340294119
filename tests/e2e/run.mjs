#!/usr/bin/env node
/**
 * End-to-end: the BUILT plugin in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core; never a downloaded browser), loaded as Obsidian loads a plugin, over our fake
 * Obsidian bundled for the browser, with the release styles.css and a stylesheet of Obsidian's CSS
 * variables. Every byte is injected (setContent / addStyleTag / addScriptTag); any request other
 * than data:, blob: or about:, any page error and any console error fails the run.
 *
 * Prints `e2e: N passed, N failed`; exit code 1 on any failure. Screenshots go to
 * tests/e2e/screenshots/ (git-ignored).
 *
 * Run: `node tests/e2e/run.mjs` (builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { buildVault } from './vault.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const CHROMIUM = '/usr/bin/chromium';
const started = performance.now();

let passed = 0;
let failed = 0;
/** Records one assertion. */
function check(name, ok, detail = '') {
	if (ok) passed++;
	else failed++;
	console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${ok || !detail ? '' : `\n         ${detail}`}`);
}

function finish() {
	console.log(`e2e: ${passed} passed, ${failed} failed (${((performance.now() - started) / 1000).toFixed(1)} s)`);
	process.exit(failed > 0 ? 1 : 0);
}

// 1. Chromium from the system, or a clear way to get it.
if (!existsSync(CHROMIUM)) {
	console.error(`e2e: ${CHROMIUM} is missing. Install it (as root): apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation`);
	check('Chromium is installed', false);
	finish();
}

// 2. The release build, exactly as shipped.
const build = spawnSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: root, encoding: 'utf8' });
check('the production build succeeds', build.status === 0, `${build.stdout}\n${build.stderr}`.trim());
if (build.status !== 0) finish();
const mainJs = readFileSync(join(root, 'main.js'), 'utf8');
const stylesCss = readFileSync(join(root, 'styles.css'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

// 3. The fake, bundled for the browser as a global the page's `require('obsidian')` returns.
const fakeBuild = await esbuild.build({
	entryPoints: [join(root, 'tests/fake-obsidian/index.ts')],
	bundle: true,
	format: 'iife',
	globalName: '__fakeObsidian',
	platform: 'browser',
	target: 'es2021',
	write: false,
	logLevel: 'silent',
});
const fakeJs = fakeBuild.outputFiles[0].text;
const FORBIDDEN = [/\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /\beval\(/, /new Function\(/];
check('the fake bundle builds no HTML from strings and evaluates no code', !FORBIDDEN.some((re) => re.test(fakeJs)), FORBIDDEN.filter((re) => re.test(fakeJs)).join(', '));

const varsCss = readFileSync(join(here, 'obsidian-vars.css'), 'utf8');
const shellCss = readFileSync(join(here, 'app-shell.css'), 'utf8');
const inPageJs = readFileSync(join(here, 'in-page.js'), 'utf8');
// The app's loader: the module text inside a function of (module, exports, require).
const pluginFactory = `window.__pluginFactory = function (module, exports, require) {\n${mainJs}\n};`;

const shotsDir = join(here, 'screenshots');
mkdirSync(shotsDir, { recursive: true });

const browser = await chromium.launch({
	executablePath: CHROMIUM,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

/** A fresh page with the app loaded, the plugin enabled and the dashboard opened over `files`. */
async function openApp(label, files, theme) {
	const context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	const problems = [];
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (/^(data|blob|about):/.test(url)) return route.continue();
		problems.push(`request: ${url}`);
		return route.abort();
	});
	page.on('request', (request) => {
		if (!/^(data|blob|about):/.test(request.url())) problems.push(`request: ${request.url()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>e2e</title></head><body></body></html>');
	await page.addStyleTag({ content: varsCss });
	await page.addStyleTag({ content: shellCss });
	await page.addStyleTag({ content: stylesCss });
	await page.addScriptTag({ content: fakeJs });
	await page.addScriptTag({ content: pluginFactory });
	await page.addScriptTag({ content: inPageJs });
	const started = await page.evaluate((args) => window.__e2e.start(args), { files, manifest, theme });
	check(`${label}: the index finishes and the command "Open follow-up dashboard" runs`, started.ready && started.ran, JSON.stringify(started));
	await page.evaluate(() => document.fonts.ready);
	return { context, page, problems };
}

function assertClean(label, problems) {
	check(`${label}: no network request, page error or console error`, problems.length === 0, problems.join('\n         '));
}

const { files, expected } = buildVault();
const results = {};

try {
	for (const theme of ['light', 'dark']) {
		const label = `dashboard (${theme})`;
		const { context, page, problems } = await openApp(label, files, theme);
		const m = await page.evaluate(() => window.__e2e.measure());
		results[theme] = m;
		check(`${label}: the view is open in the right sidebar`, m.found);
		if (m.found) {
			const titles = m.sections.map((s) => s.title);
			check(`${label}: the section headings are shown in order`, JSON.stringify(titles) === JSON.stringify(Object.keys(expected)), titles.join(' | '));
			for (const [title, count] of Object.entries(expected)) {
				const section = m.sections.find((s) => s.title === title);
				check(`${label}: "${title}" shows ${count}`, section?.count === count && (count === 0 || section.items === count), JSON.stringify(section));
			}
			check(`${label}: debrief and support badges are shown`, m.badges.includes('Debrief') && m.badges.includes('Offer support'), m.badges.join(', '));
			check(`${label}: a badge's colour differs from the body text`, m.badgeColor !== null && m.badgeColor !== m.textColor, `${m.badgeColor} vs ${m.textColor}`);
			check(`${label}: badge text is readable (contrast ≥ 3)`, m.badgeContrast >= 3, String(m.badgeContrast));
			check(`${label}: item text is readable (contrast ≥ 4.5)`, m.linkContrast >= 4.5, String(m.linkContrast));
			check(`${label}: Obsidian's font size variable applies (13px)`, m.fontSize === '13px', m.fontSize);
			check(`${label}: items are separated by a border`, m.itemBorder === '1px', m.itemBorder);
			check(`${label}: no text overflows its box or the sidebar`, m.overflowing.length === 0, m.overflowing.join('\n         '));
			check(`${label}: no notice on a clean start`, m.notices.length === 0, m.notices.join(' | '));
		}
		const shot = join(shotsDir, `dashboard-${theme}.png`);
		await page.screenshot({ path: shot, fullPage: false });
		console.log(`       screenshot: ${relative(root, shot)}`);

		if (theme === 'light') {
			const opened = await page.evaluate(() => window.__e2e.clickFirstFollowUp());
			check('clicking a commitment opens its note at its line', opened.path?.startsWith('1-on-1s/') && /^- \[ \] /.test(opened.lineText ?? ''), JSON.stringify(opened));
			check('commitment links take keyboard focus', opened.focused);
			const { live, baseline } = await page.evaluate(() => window.__e2e.stop());
			check('unloading releases every listener, interval, command, view type, tab and ribbon icon', JSON.stringify(live) === JSON.stringify({ ...baseline, openViews: live.openViews }) && live.listeners === baseline.listeners, `${JSON.stringify(live)} vs ${JSON.stringify(baseline)}`);
		}
		assertClean(label, problems);
		await context.close();
	}
	if (results.light?.found && results.dark?.found) {
		check('light and dark themes give different text and background colours', results.light.textColor !== results.dark.textColor && results.light.background !== results.dark.background, `${results.light.textColor}/${results.light.background} vs ${results.dark.textColor}/${results.dark.background}`);
	}

	const empty = await openApp('empty vault', {}, 'light');
	const m = await empty.page.evaluate(() => window.__e2e.measure());
	check('empty vault: the empty state tells a new user how to start', m.found && (m.emptyText ?? '').includes('Nothing to follow up yet.') && (m.emptyText ?? '').includes('one-on-one'), m.emptyText ?? '');
	check('empty vault: no text overflows', m.found && m.overflowing.length === 0, (m.overflowing ?? []).join('\n         '));
	const shot = join(shotsDir, 'dashboard-empty-light.png');
	await empty.page.screenshot({ path: shot });
	console.log(`       screenshot: ${relative(root, shot)}`);
	assertClean('empty vault', empty.problems);
	await empty.context.close();
} catch (error) {
	check('the e2e run completes', false, error instanceof Error ? error.stack ?? error.message : String(error));
} finally {
	await browser.close();
}
finish();
