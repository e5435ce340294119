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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { chartScenario } from './chart-scenario.mjs';
import { runMapScenarios } from './map-scenarios.mjs';
import { buildHostileVault, buildVault, dayFromToday } from './vault.mjs';
import { buildLeakyVault, findNameWords, KEPT } from '../fixtures/redaction/leaky-vault.mjs';

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
const mapPageJs = readFileSync(join(here, 'map-page.js'), 'utf8');
// The app's loader: the module text inside a function of (module, exports, require).
const pluginFactory = `window.__pluginFactory = function (module, exports, require) {\n${mainJs}\n};`;

const shotsDir = join(here, 'screenshots');
mkdirSync(shotsDir, { recursive: true });

const browser = await chromium.launch({
	executablePath: CHROMIUM,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

/**
 * A fresh page with the app loaded, the plugin enabled and the dashboard opened over `files`;
 * `data` is the plugin's saved settings (`data.json`), if any.
 */
async function openApp(label, files, theme, data) {
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
	await page.addScriptTag({ content: mapPageJs });
	const started = await page.evaluate((args) => window.__e2e.start(args), { files, manifest, theme, data });
	check(`${label}: the index finishes and the command "Open follow-up dashboard" runs`, started.ready && started.ran, JSON.stringify(started));
	await page.evaluate(() => document.fonts.ready);
	return { context, page, problems };
}

function shoot(page, name) {
	const shot = join(shotsDir, name);
	return page.screenshot({ path: shot }).then(() => console.log(`       screenshot: ${relative(root, shot)}`));
}

/** The people of the normal vault (buildVault), including you (the organizer). */
const PEOPLE = ['Maria Lopez', 'Jo Chen', 'Ana Ruiz', 'Sam Rivera'];

/**
 * Keyboard only: from a click on the dashboard's title (which sets where sequential focus
 * navigation starts, as a person reading the pane would), Tab reaches the first "Follow up" link,
 * it shows a focus ring, and Enter opens its note at its line.
 */
async function keyboardScenario(label, page) {
	await page.click('.ro-dashboard__title');
	const path = [];
	let at = null;
	for (let i = 0; i < 10; i++) {
		await page.keyboard.press('Tab');
		at = await page.evaluate(() => window.__e2e.focused());
		path.push(`${at.tag}.${at.cls}: ${at.text?.slice(0, 40)}`);
		if (at.isFirstFollowUp || !at.inDashboard) break;
	}
	check(`${label}: Tab from the dashboard reaches the first "Follow up" link`, at?.isFirstFollowUp === true, path.join(' → '));
	// Before it: only the toolbar's buttons, the first run's "Who are you?" field with its Save and
	// Not now (this vault has no "Your name"), and the section's collapse toggle, each a visible control.
	const before = path.slice(0, -1);
	const visibleStop = (stop) => /ro-dashboard__(tool|toggle|name-prompt-input)\b/.test(stop) || /^BUTTON\.(mod-cta)?: (Save|Not now)$/.test(stop);
	check(`${label}: only toolbar buttons, the name prompt and the section toggle come before it (no hidden focus stops)`, at?.isFirstFollowUp === true && before.length <= 7 && before.every(visibleStop), path.join(' → '));
	check(`${label}: the focused link shows a focus ring`, at?.focusVisible === true && (!/^none\b/.test(at.outline ?? 'none') || (at.boxShadow ?? 'none') !== 'none'), JSON.stringify(at));
	if (!at?.isFirstFollowUp) return;
	await page.keyboard.press('Enter');
	await page.evaluate(() => window.__e2e.settle(5));
	const opened = await page.evaluate(() => window.__e2e.openedNote());
	check(`${label}: Enter on it opens its note at its line`, opened.path === at.path && /^- \[ \] /.test(opened.lineText ?? '') && (opened.lineText ?? '').includes(at.text ?? '\0'), `${JSON.stringify(opened)} (link to ${at.path})`);
}

/**
 * A hostile vault (DESIGN §6): markup in names and task text stays text, `---js` front matter
 * never runs and is listed under "Notes to fix", 2 MB of `[` stops nothing, no request is made.
 */
/** A 1-on-1 of a vault (to edit). */
function firstOneOnOne(vaultFiles) {
	return Object.keys(vaultFiles).find((path) => path.startsWith('1-on-1s/') && vaultFiles[path].includes('type: one-on-one'));
}

async function hostileScenario() {
	const label = 'hostile vault (light)';
	const { files: hostileFiles, hostile } = buildHostileVault();
	const { context, page, problems } = await openApp(label, hostileFiles, 'light');
	// An <img onerror> would fire only after its (blocked) load fails: give it the time to.
	await page.waitForTimeout(300);
	const v = await page.evaluate(() => window.__e2e.inspect());
	check(`${label}: the view is open`, v.found);
	if (v.found) {
		const s = (id) => v.sections[id] ?? { text: '', links: [], metas: [] };
		check(`${label}: nothing in the notes ran (window.__pwned is undefined)`, v.pwned === null, `window.__pwned = ${v.pwned}`);
		check(`${label}: no script, img, iframe (or other embedding) element in the dashboard`, v.dangerous.length === 0, v.dangerous.join('\n         '));
		check(`${label}: no href/src from a note and no inline event handler`, v.foreignHrefs.length === 0 && v.inlineHandlers.length === 0, [...v.foreignHrefs, ...v.inlineHandlers].join(', '));
		check(`${label}: nothing injected anywhere under the view (script, img, iframe, object, embed, svg with handlers, on* attributes, javascript: URLs)`, v.injected.length === 0, v.injected.join('\n         '));
		check(`${label}: the task with embeds and javascript: links shows as text under "Follow up"`, s('follow-up').links.some((t) => t.includes('secret.png') && t.includes('javascript:window.__pwned=17') && t.includes('<svg onload=')), s('follow-up').links.join(' | '));
		check(`${label}: a javascript: person and a person named with <img onerror> show as text`, s('check-in').links.concat(s('no-one-on-one').links, s('follow-up').metas).some((t) => t.includes(hostile.javascriptPerson)) && v.text.includes(hostile.embedPerson), v.text);
		check(`${label}: the <img>/<a>/javascript: task shows as text under "Follow up"`, s('follow-up').links.includes(hostile.imgTask), s('follow-up').links.join(' | '));
		check(`${label}: the <iframe>/javascript: link task shows as text under "Follow up"`, s('follow-up').links.includes(hostile.iframeTask), s('follow-up').links.join(' | '));
		check(`${label}: the <script> person shows as text as the owner in "Follow up"`, s('follow-up').metas.some((m) => m.includes(hostile.scriptPerson)), s('follow-up').metas.join(' | '));
		check(`${label}: the ---js note is listed under "Notes to fix"`, s('problems').links.includes(hostile.jsNote), s('problems').text);
		check(`${label}: a name with quotes and ampersands shows verbatim under "No 1-on-1 yet"`, s('no-one-on-one').links.includes(hostile.ampersandPerson), s('no-one-on-one').links.join(' | '));
		check(`${label}: the normal notes are still listed`,
			s('follow-up').links.includes('Talk to two coworkers on nights about the schedule')
				&& s('check-in').links.includes('Maria Lopez') && s('check-in').links.includes('Jo Chen')
				&& s('no-one-on-one').links.includes('Ana Ruiz') && s('your-promises').text.includes('bring a copy of the contract'),
			JSON.stringify(v.sections));
		const m = await page.evaluate(() => window.__e2e.measure());
		check(`${label}: no text overflows its box or the sidebar`, m.overflowing.length === 0, m.overflowing.join('\n         '));
	}
	await shoot(page, 'dashboard-hostile-light.png');
	if (v.found) {
		// This vault is taller than the pane: scroll, change a note, and the pane stays where it was.
		const scroll = await page.evaluate((path) => window.__e2e.scrollThenEdit(path, '- [ ] one more thing to follow up 📅 2026-01-05'), firstOneOnOne(hostileFiles));
		check(`${label}: the dashboard keeps its scroll position when a note change re-renders it`, scroll.max > 0 && scroll.before > 0 && scroll.rerendered && scroll.after === scroll.before, JSON.stringify(scroll));
	}
	assertClean(label, problems);
	await context.close();
}

/** Privacy mode (saved settings): initials instead of names, everywhere in the dashboard. */
async function privacyScenario() {
	const label = 'privacy mode (dark)';
	const { context, page, problems } = await openApp(label, files, 'dark', { privacyMode: true });
	const v = await page.evaluate(() => window.__e2e.inspect());
	check(`${label}: the view is open`, v.found);
	if (v.found) {
		const shown = [v.texts, ...v.allAttributes].join('\n');
		const full = PEOPLE.filter((name) => shown.includes(name));
		check(`${label}: no person's full name anywhere in the dashboard`, full.length === 0, `shown: ${full.join(', ')}\n         ${v.text}`);
		const parts = PEOPLE.flatMap((name) => name.split(' ')).filter((part) => new RegExp(`\\b${part}\\b`).test(shown));
		check(`${label}: no first or last name on its own either`, parts.length === 0, `shown: ${parts.join(', ')}`);
		const checkIn = v.sections['check-in']?.links ?? [];
		const owners = v.sections['follow-up']?.metas ?? [];
		check(`${label}: initials are shown instead (ML for Maria Lopez, JC for Jo Chen)`,
			checkIn.includes('ML') && checkIn.includes('JC') && owners.some((meta) => meta.startsWith('ML · ')) && (v.sections['no-one-on-one']?.links ?? []).includes('AR'),
			`${checkIn.join(' | ')} / ${owners.join(' | ')}`);
		const m = await page.evaluate(() => window.__e2e.measure());
		const counts = Object.fromEntries(m.sections.map((sec) => [sec.title, sec.count]));
		check(`${label}: the lists are the same as without privacy mode`, Object.entries(expected).every(([title, count]) => counts[title] === count), JSON.stringify(counts));
		check(`${label}: no notice (the saved settings are valid)`, v.notices.length === 0, v.notices.join(' | '));
	}
	await shoot(page, 'dashboard-privacy-dark.png');
	assertClean(label, problems);
	await context.close();
}

/**
 * Privacy mode turned on over the open dashboard: in the same task as the command, before the
 * pane's debounced redraw, the pane is not visible (computed style); once redrawn, it is, in initials.
 */
async function privacyToggleScenario() {
	const label = 'privacy mode turned on (light)';
	const { context, page, problems } = await openApp(label, files, 'light');
	const atOnce = await page.evaluate(() => {
		const el = document.querySelector('.ro-dashboard');
		const before = el ? getComputedStyle(el).visibility : 'none';
		window.__e2e.runPluginCommand('toggle-privacy-mode');
		return { before, after: el ? getComputedStyle(el).visibility : 'none', name: el?.querySelector('.ro-dashboard__link, .ro-dashboard__name') ? getComputedStyle(el.querySelector('.ro-dashboard__link, .ro-dashboard__name')).visibility : 'none' };
	});
	check(`${label}: the pane is hidden in the same task as the command, names included`, atOnce.before === 'visible' && atOnce.after === 'hidden' && atOnce.name === 'hidden', JSON.stringify(atOnce));
	await page.evaluate(() => window.__e2e.settle(40));
	await page.waitForFunction(() => getComputedStyle(document.querySelector('.ro-dashboard')).visibility === 'visible', null, { timeout: 5000 }).catch(() => undefined);
	const v = await page.evaluate(() => window.__e2e.inspect());
	const visible = await page.evaluate(() => getComputedStyle(document.querySelector('.ro-dashboard')).visibility);
	const full = PEOPLE.filter((name) => [v.texts, ...v.allAttributes].join('\n').includes(name));
	check(`${label}: redrawn, the pane is visible again, in initials`, visible === 'visible' && full.length === 0 && (v.sections['check-in']?.links ?? []).includes('ML'), `${visible}; shown: ${full.join(', ')}`);
	assertClean(label, problems);
	await context.close();
}

/**
 * Privacy mode over a vault holding every class of name §5 lists (tests/fixtures/redaction): no word
 * of any name, in any case or Unicode form, in the pane's text or in any attribute (data-* included).
 */
async function privacyLeaksScenario() {
	const label = 'privacy mode, every kind of name (light)';
	const { context, page, problems } = await openApp(label, buildLeakyVault((n) => dayFromToday(n)), 'light', { privacyMode: true });
	const v = await page.evaluate(() => window.__e2e.inspect());
	check(`${label}: the view is open`, v.found);
	if (v.found) {
		const shown = [v.texts, ...v.allAttributes].join('\n');
		const leaked = [...new Set([...findNameWords(shown), ...findNameWords(shown.normalize('NFD'))])];
		check(`${label}: no word of any name in text or attributes`, leaked.length === 0, `shown: ${leaked.join(', ')}`);
		check(`${label}: the workplace is kept`, KEPT.every((kept) => shown.includes(kept)), v.text);
		check(`${label}: the lists are still there (8 to follow up: a talk whose person is a workplace note is a note to fix)`, (v.sections['follow-up']?.links ?? []).length === 8, JSON.stringify(v.sections['follow-up']?.links));
	}
	await shoot(page, 'dashboard-privacy-leaks-light.png');
	assertClean(label, problems);
	await context.close();
}

/**
 * Waits until `check(items)` holds for a section's items, in the page; returns whether it did. The
 * 20 s bound only turns a hang into a failed check: a loaded machine may take seconds to re-render.
 */
async function waitForSection(page, section, check) {
	try {
		await page.waitForFunction(({ section, source }) => {
			const items = window.__e2e.sectionItems(section);
			return window[source](items);
		}, { section, source: await registerCheck(page, check) }, { timeout: 20_000 });
		return true;
	} catch {
		return false;
	}
}

let checkCount = 0;
/** Puts a predicate into the page as a named function (its source is ours, not a note's). */
async function registerCheck(page, check) {
	const name = `__check${checkCount++}`;
	await page.addScriptTag({ content: `window.${name} = ${check.toString()};` });
	return name;
}

/**
 * Acting from the pane in Chromium: Mark done changes the source line and the pane; Undo from the
 * Notice restores the line; Log contact and Snooze write the person's properties and move them out
 * of "Check in with"; the "Undo last action" command reverts the snooze.
 */
async function actionsScenario() {
	const label = 'actions (light)';
	const { context, page, problems } = await openApp(label, files, 'light');
	const talk = Object.keys(files).find((path) => path.endsWith('Maria Lopez.md') && path.startsWith('1-on-1s/'));
	const taskLine = files[talk].split('\n').find((line) => line.includes('Talk to two coworkers'));
	const today = dayFromToday(0);
	await shoot(page, 'actions-before-light.png');
	check(`${label}: "Mark done" is offered on the open commitment`, await page.evaluate(() => window.__e2e.clickItemButton('follow-up', 'Talk to two coworkers', 'Mark done')));
	const after = await page.evaluate((path) => window.__e2e.noteText(path), talk);
	check(`${label}: Mark done ticks the source line and adds ✅ today`, after === files[talk].replace(taskLine, `${taskLine.replace('- [ ]', '- [x]')} ✅ ${today}`), after ?? 'null');
	check(`${label}: the pane shows it as a debrief now`, await waitForSection(page, 'follow-up', (items) => items.some((i) => i.text.startsWith('Talk to two coworkers') && i.badge === 'Debrief')));
	await shoot(page, 'actions-after-mark-done-light.png');
	check(`${label}: the Notice offers Undo, and Undo restores the note exactly`, await page.evaluate(() => window.__e2e.clickNoticeUndo()) && (await page.evaluate((path) => window.__e2e.noteText(path), talk)) === files[talk]);
	check(`${label}: after Undo the pane offers support again`, await waitForSection(page, 'follow-up', (items) => items.some((i) => i.text.startsWith('Talk to two coworkers') && i.badge === 'Offer support')));

	check(`${label}: "Log contact" is offered under "Check in with"`, await page.evaluate(() => window.__e2e.clickItemButton('check-in', 'Maria Lopez', 'Log contact')));
	const maria = await page.evaluate(() => window.__e2e.noteText('People/Maria Lopez.md'));
	check(`${label}: Log contact sets last-contact to today`, (maria ?? '').includes(`last-contact: ${today}\n`), maria ?? 'null');
	check(`${label}: Maria leaves "Check in with"`, await waitForSection(page, 'check-in', (items) => items.length === 1 && items[0].text === 'Jo Chen'));

	check(`${label}: "Snooze" opens its choices`, await page.evaluate(() => window.__e2e.clickItemButton('check-in', 'Jo Chen', 'Snooze')));
	await shoot(page, 'actions-snooze-light.png');
	check(`${label}: choosing "In 7 days" sets next-contact`, await page.evaluate(() => window.__e2e.clickModalButton('In 7 days'))
		&& ((await page.evaluate(() => window.__e2e.noteText('People/Jo Chen.md'))) ?? '').includes(`next-contact: ${dayFromToday(7)}\n`));
	check(`${label}: Jo moves to "Coming up"`, await waitForSection(page, 'coming-up', (items) => items.some((i) => i.text === 'Jo Chen')));
	check(`${label}: "Undo last action" reverts the snooze`, await page.evaluate(() => window.__e2e.runCommand('undo-last-action'))
		&& !((await page.evaluate(() => window.__e2e.noteText('People/Jo Chen.md'))) ?? '').includes('next-contact'));
	check(`${label}: "Log 1-on-1" is offered under "No 1-on-1 yet"`, await page.evaluate(() => window.__e2e.clickItemButton('no-one-on-one', 'Ana Ruiz', 'Log 1-on-1')));
	const anaTalk = `1-on-1s/${today} Ana Ruiz.md`;
	let created = null;
	for (let i = 0; i < 50 && created === null; i++) created = await page.evaluate((path) => window.__e2e.noteText(path), anaTalk);
	check(`${label}: Log 1-on-1 creates today's talk with Ana`, (created ?? '').includes('person: ["[[Ana Ruiz]]"]'), created ?? 'null');
	// A new talk with nothing written in it yet is planned for today (DESIGN §3): Ana stays listed.
	check(`${label}: Ana stays in "No 1-on-1 yet" while the new talk is empty`, await waitForSection(page, 'no-one-on-one', (items) => items.some((i) => i.text === 'Ana Ruiz')));
	check(`${label}: Undo trashes the unchanged new note`, await page.evaluate(() => window.__e2e.clickNoticeUndo()) && (await page.evaluate((path) => window.__e2e.noteText(path), anaTalk)) === null);
	const notices = await page.evaluate(() => window.__e2e.notices());
	check(`${label}: each action said what it did`, notices.some((n) => n.startsWith('Marked done: Talk to two')) && notices.some((n) => n.startsWith('Logged contact with Maria Lopez')) && notices.some((n) => n.startsWith('Next check-in with Jo Chen')), notices.join(' | '));
	assertClean(label, problems);
	await context.close();
}

/** New 1-on-1…: the picker renders, real typing filters it, Enter creates the note and opens it. */
async function newOneOnOneScenario() {
	const label = 'new 1-on-1 (light)';
	const { context, page, problems } = await openApp(label, files, 'light');
	const ran = await page.evaluate(() => window.__e2e.runPluginCommand('new-one-on-one'));
	await page.evaluate(() => window.__e2e.settle(3));
	const before = await page.evaluate(() => window.__e2e.picker());
	check(`${label}: the command opens a visible picker with its input focused`, ran && before.open && before.visible && before.inputFocused, JSON.stringify(before));
	check(`${label}: it offers the people, "New person…" and a group talk`, before.open && ['Ana Ruiz', 'Jo Chen', 'Maria Lopez', 'New person…'].every((item) => before.items.includes(item)), JSON.stringify(before.items));
	await page.keyboard.type('ana');
	await page.evaluate(() => window.__e2e.settle(3));
	const typed = await page.evaluate(() => window.__e2e.picker());
	check(`${label}: typing filters it to the matching person, selected first`, typed.selected === 'Ana Ruiz', JSON.stringify(typed));
	await shoot(page, 'new-one-on-one-picker-light.png');
	await page.keyboard.press('Enter');
	let opened = { path: null };
	for (let i = 0; i < 50 && !opened.path; i++) {
		await page.evaluate(() => window.__e2e.settle(2));
		opened = await page.evaluate(() => window.__e2e.openedNote());
	}
	const text = opened.path ? await page.evaluate((path) => window.__e2e.readFile(path), opened.path) : null;
	check(`${label}: Enter creates "1-on-1s/<today> Ana Ruiz.md" and opens it`, /^1-on-1s\/\d{4}-\d{2}-\d{2} Ana Ruiz\.md$/.test(opened.path ?? ''), JSON.stringify(opened));
	check(`${label}: the note names the person and has the five sections`, !!text && text.includes('person: ["[[Ana Ruiz]]"]') && ['Agitate', 'Educate', 'Inoculate', 'Organize', 'Uplift'].every((s) => text.includes(`## ${s}\n`)), text ?? '');
	check(`${label}: the cursor is in the first section`, opened.line !== null && !!text && text.split('\n')[opened.line - 2]?.startsWith('%%'), JSON.stringify(opened));
	check(`${label}: the picker is gone`, !(await page.evaluate(() => window.__e2e.picker())).open);
	assertClean(label, problems);
	await context.close();
}

/** Explain this note on the hostile 1-on-1: the modal renders in Chromium and every line of the note stays text. */
/**
 * Issue 15: the longest main-thread gap (10 ms heartbeat in the page) during the first index of
 * the bench's generated 10k vault, on opening the dashboard, the campaign chart and the map, and on
 * re-rendering after one edit. Printed and written to tests/e2e/stalls.json (git-ignored) for the
 * bench, never asserted (speed is the bench's, not a test's); only that each view shows is checked.
 * Opt-in (`--stalls`, or `--stalls-only` for this alone, or E2E_STALLS=1): the vault is 26 MB and
 * takes a while.
 */
async function stallScenario() {
	const size = Number(process.env.E2E_STALL_NOTES ?? 10_000);
	const generator = await esbuild.build({ entryPoints: [join(root, 'bench/generate-vault.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
	const { generateVault } = await import(`data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].text).toString('base64')}`);
	const files = Object.fromEntries(generateVault(size, '2026-11-29', 1).map((note) => [note.path, note.text]));
	const context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>e2e</title></head><body></body></html>');
	await page.addStyleTag({ content: stylesCss });
	await page.addScriptTag({ content: fakeJs });
	await page.addScriptTag({ content: pluginFactory });
	await page.addScriptTag({ content: inPageJs });
	const editPath = Object.keys(files).find((path) => /^type: one-on-one$/m.test(files[path]) && files[path].includes('- [ ]'));
	const result = await page.evaluate((args) => window.__e2e.measureStalls(args), { files, manifest, editPath });
	check(`stalls, ${size} notes: the first index finishes and the dashboard opens`, result.ready && result.ran && result.items > 0, JSON.stringify(result));
	check(`stalls, ${size} notes: the chart and the map open, and an edit re-renders the dashboard`, result.chartShown && result.mapShown && result.rerendered, JSON.stringify(result));
	const rows = [
		{ measure: 'first index', ms: result.indexGap, note: `ending at note ${result.indexGapAt}; the pass took ${(result.indexMs / 1000).toFixed(1)} s` },
		{ measure: 'opening the dashboard', ms: result.openGap },
		{ measure: 'opening the campaign chart', ms: result.chartGap },
		{ measure: 'opening the relationship map', ms: result.mapGap },
		{ measure: 're-rendering after one edit', ms: result.editGap },
	];
	console.log(`       print (not an assertion): longest main-thread gap, ${size} notes:`);
	for (const row of rows) console.log(`         ${row.measure}: ${row.ms.toFixed(0)} ms${row.note ? ` (${row.note})` : ''}`);
	// For the bench to read as rows (git-ignored).
	writeFileSync(join(here, 'stalls.json'), `${JSON.stringify({ notes: size, measuredAt: new Date().toISOString(), rows: rows.map((row) => ({ ...row, ms: Math.round(row.ms) })) }, null, '\t')}\n`);
	await context.close();
}

async function explainScenario() {
	const label = 'explain this note (dark)';
	const { files: hostileFiles, hostile } = buildHostileVault();
	const { context, page, problems } = await openApp(label, hostileFiles, 'dark');
	const path = Object.keys(hostileFiles).find((p) => p.endsWith(' hostile.md'));
	const opened = await page.evaluate((p) => window.__e2e.openInEditor(p), path);
	const ran = opened && (await page.evaluate(() => window.__e2e.runPluginCommand('explain-this-note')));
	await page.evaluate(() => window.__e2e.settle(5));
	await page.waitForTimeout(300);
	const modal = await page.evaluate(() => window.__e2e.explainModal());
	check(`${label}: the command opens a visible modal`, ran && modal.open && modal.visible, JSON.stringify(modal).slice(0, 300));
	if (modal.open) {
		check(`${label}: it shows what the note is and its tasks`, modal.blocks.includes('What this note is') && modal.blocks.includes('Tasks'), modal.blocks.join(' | '));
		check(`${label}: the <img>/<a>/javascript: task shows as text`, modal.lines.some((line) => line.includes(hostile.imgTask)), modal.lines.join('\n         '));
		check(`${label}: the <script> person shows as text`, modal.lines.some((line) => line.includes(hostile.scriptPerson)), modal.lines.join('\n         '));
		check(`${label}: nothing in the note ran, and the modal holds only text elements without attributes`, modal.pwned === null && modal.dangerous.length === 0 && modal.attributes.length === 0, `${modal.pwned} ${modal.dangerous.join(',')} ${modal.attributes.join(',')}`);
		check(`${label}: no line overflows its box`, modal.overflowing.length === 0, modal.overflowing.join('\n         '));
	}
	await shoot(page, 'explain-modal-dark.png');
	assertClean(label, problems);
	await context.close();
}

/** A narrow sidebar and a phone-sized window: nothing overflows. */
async function narrowScenario() {
	for (const [label, width, viewport, theme] of [['narrow sidebar (dark)', 240, 1000, 'dark'], ['mobile width (light)', 360, 360, 'light']]) {
		const { context, page, problems } = await openApp(label, files, theme);
		await page.setViewportSize({ width: viewport, height: 900 });
		await page.addStyleTag({ content: `.workspace-split.mod-right-split { width: ${width}px; }${viewport <= 400 ? ' .workspace-ribbon, .workspace-split.mod-root { display: none; }' : ''}` });
		const m = await page.evaluate(() => window.__e2e.measure());
		check(`${label}: no text overflows its box or the sidebar`, m.found && m.overflowing.length === 0, (m.overflowing ?? []).join('\n         '));
		await shoot(page, `dashboard-${viewport <= 400 ? 'mobile' : 'narrow'}-${theme}.png`);
		assertClean(label, problems);
		await context.close();
	}
}

function assertClean(label, problems) {
	check(`${label}: no network request, page error or console error`, problems.length === 0, problems.join('\n         '));
}

const { files, expected } = buildVault();
const results = {};

try {
	if (process.argv.includes('--stalls-only')) {
		await stallScenario();
		await browser.close();
		finish();
	}
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

		if (theme === 'dark') await keyboardScenario('keyboard (dark)', page);
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
	check('empty vault: it offers New 1-on-1 and New person', await empty.page.evaluate(() => ['New 1-on-1', 'New person'].every((label) => Array.from(document.querySelectorAll('.ro-dashboard__empty button')).some((b) => b.textContent === label))));
	check('empty vault: no text overflows', m.found && m.overflowing.length === 0, (m.overflowing ?? []).join('\n         '));
	const shot = join(shotsDir, 'dashboard-empty-light.png');
	await empty.page.screenshot({ path: shot });
	console.log(`       screenshot: ${relative(root, shot)}`);
	assertClean('empty vault', empty.problems);
	await empty.context.close();

	await hostileScenario();
	await privacyScenario();
	await privacyToggleScenario();
	await privacyLeaksScenario();
	await actionsScenario();
	await narrowScenario();
	await newOneOnOneScenario();
	await chartScenario({ openApp, check, shoot, assertClean, root });
	await explainScenario();
	await runMapScenarios({ openApp, check, shoot, assertClean, manifest });
	if (process.argv.includes('--stalls') || process.env.E2E_STALLS === '1') await stallScenario();
} catch (error) {
	check('the e2e run completes', false, error instanceof Error ? error.stack ?? error.message : String(error));
} finally {
	await browser.close();
}
finish();
