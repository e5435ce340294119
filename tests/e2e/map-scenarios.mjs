/**
 * The relationship map in Chromium: light and dark screenshots, markup in names shown as text,
 * nodes and shown labels that never overlap (real boxes), keyboard focus moving between people
 * with real key presses, and a heartbeat measurement at 2,000 people (printed, not asserted:
 * DESIGN's performance rule — numbers go to the report, never into a timed test).
 */
import { buildLargeMapVault, buildMapVault, HTML_PERSON, HTML_TARGET } from './vault.mjs';

/** Runs every map scenario with run.mjs's helpers. */
export async function runMapScenarios({ openApp, check, shoot, assertClean, manifest }) {
	for (const theme of ['light', 'dark']) await themeScenario(theme, { openApp, check, shoot, assertClean, manifest });
	await keyboardScenario({ openApp, check, assertClean, manifest });
	await largeScenario({ openApp, check, shoot, assertClean, manifest });
}

async function themeScenario(theme, { openApp, check, shoot, assertClean, manifest }) {
	const label = `map (${theme})`;
	const { context, page, problems } = await openApp(label, buildMapVault(), theme);
	const opened = await page.evaluate((id) => window.__e2eMap.open(id), manifest.id);
	check(`${label}: "Open relationship map" opens the map in the main area`, opened.ran && opened.open, JSON.stringify(opened));
	await page.waitForTimeout(300);
	const v = await page.evaluate(() => window.__e2eMap.inspect());
	if (v.found) {
		// 8 person notes (Sam, the organizer, among them) and the markup-named person without a note.
		check(`${label}: every person is drawn (8 notes, 1 without a note)`, v.nodes === 9, `${v.nodes} nodes: ${v.labels.join(' | ')}`);
		check(`${label}: the map fills the main area`, v.size.width > 400 && v.size.height > 500, JSON.stringify(v.size));
		check(`${label}: labels are shown at the opening zoom`, v.labels.length === v.nodes, v.labels.join(' | '));
		// The digit is the assessment's cue that is not colour: readable wherever the names are.
		check(`${label}: every node's assessment digit is shown at the opening zoom, at 7 px or more`, v.badges === v.nodes && v.badgePx >= 7, `${v.badges} digits, smallest ${v.badgePx.toFixed(1)} px at zoom ${v.zoom}`);
		// Shortened to fit its cell on the map; whole in the tooltip.
		check(`${label}: a name made of markup is shown as its text`, v.labels.includes('<img src=x onerr…') && v.names.some((n) => n.startsWith(`${HTML_PERSON},`)) && v.names.some((n) => n.startsWith(`${HTML_TARGET},`)), `${v.labels.join(' | ')}\n         ${v.names.join(' | ')}`);
		check(`${label}: nothing from a note ran, and no element or handler came from markup`, v.pwned === null && v.foreign.length === 0 && v.handlers.length === 0, `${v.pwned} ${v.foreign.join(',')} ${v.handlers.join(',')}`);
		check(`${label}: no two nodes overlap`, v.nodeOverlaps.length === 0, v.nodeOverlaps.join('\n         '));
		check(`${label}: no two shown labels overlap, and each fits its cell`, v.labelOverlaps.length === 0 && v.tooWide.length === 0, [...v.labelOverlaps, ...v.tooWide].join('\n         '));
		check(`${label}: ties are drawn`, v.edges >= 8, String(v.edges));
		check(`${label}: the assessment colour fills a node`, v.shapeFill !== null && v.shapeFill !== v.background, `${v.shapeFill} on ${v.background}`);
	}
	await shoot(page, `map-${theme}.png`);
	// Zoomed in on one department, for a closer look at labels and edges.
	await page.evaluate(() => window.__e2eMap.chooseScope('Warehouse 4 · Nights'));
	await shoot(page, `map-nights-${theme}.png`);
	if (theme === 'light') {
		await page.evaluate(() => window.__e2eMap.chooseScope('All workplaces'));
		const r = await page.evaluate(() => window.__e2eMap.inspect());
		check(`${label}: the theme gives the map the page's background`, r.background !== 'rgba(0, 0, 0, 0)', r.background);
	}
	assertClean(label, problems);
	await context.close();
	return v;
}

async function keyboardScenario({ openApp, check, assertClean, manifest }) {
	const label = 'map keyboard (light)';
	const { context, page, problems } = await openApp(label, buildMapVault(), 'light');
	await page.evaluate((id) => window.__e2eMap.open(id), manifest.id);
	await page.evaluate(() => window.__e2eMap.focusSearch());
	const path = [];
	let at = null;
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		at = await page.evaluate(() => window.__e2eMap.focused());
		path.push(at.label ?? at.tag);
		if (at.isNode) break;
	}
	check(`${label}: Tab from the search reaches a person on the map`, at?.isNode === true, path.join(' → '));
	check(`${label}: the focused person shows a focus ring and its ties' labels`, at?.focusVisible === true && at.strokeWidth === '4px', JSON.stringify(at));
	const first = at?.label;
	const moves = [];
	for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
		await page.keyboard.press(key);
		const now = await page.evaluate(() => window.__e2eMap.focused());
		moves.push(`${key}: ${now.label}`);
	}
	const after = await page.evaluate(() => window.__e2eMap.focused());
	check(`${label}: arrow keys move focus from person to person`, after.isNode && new Set([first, ...moves.map((m) => m.split(': ')[1])]).size >= 3, `${first} → ${moves.join(' → ')}`);
	await page.keyboard.press('Enter');
	await page.evaluate(() => window.__e2e.settle(5));
	const opened = await page.evaluate(() => window.__e2e.openedNote());
	check(`${label}: Enter opens the focused person's note`, opened.path !== null && after.label?.startsWith(opened.path.replace(/^People\//, '').replace(/\.md$/, '')), `${JSON.stringify(opened)} for ${after.label}`);
	assertClean(label, problems);
	await context.close();
}

async function largeScenario({ openApp, check, shoot, assertClean, manifest }) {
	const label = 'map at 2,000 people (light)';
	const { context, page, problems } = await openApp(label, buildLargeMapVault(2000), 'light');
	await page.evaluate(() => window.__e2eMap.startHeartbeat());
	const opened = await page.evaluate((id) => window.__e2eMap.open(id), manifest.id);
	await page.waitForTimeout(200);
	const openGap = await page.evaluate(() => window.__e2eMap.stopHeartbeat());
	check(`${label}: the map opens`, opened.open);
	const v = await page.evaluate(() => window.__e2eMap.inspect());
	check(`${label}: it opens on one workplace at a time`, v.nodes === 250 && /^Showing 250 of 2000 people/.test(v.status ?? ''), `${v.nodes}: ${v.status}`);
	check(`${label}: no two nodes and no two shown labels overlap`, v.nodeOverlaps.length === 0 && v.labelOverlaps.length === 0, [...v.nodeOverlaps, ...v.labelOverlaps].slice(0, 5).join('\n         '));
	await shoot(page, 'map-2000-light.png');

	// Panning with the real mouse (drag), then zooming with the wheel.
	const centre = await page.evaluate(() => window.__e2eMap.svgCentre());
	const before = await page.evaluate(() => window.__e2eMap.transform());
	await page.evaluate(() => window.__e2eMap.startHeartbeat());
	await page.mouse.move(centre.x, centre.y);
	await page.mouse.down();
	for (let i = 1; i <= 30; i++) await page.mouse.move(centre.x + i * 8, centre.y + i * 4);
	await page.mouse.up();
	for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -120);
	await page.waitForTimeout(100);
	const panGap = await page.evaluate(() => window.__e2eMap.stopHeartbeat());
	const after = await page.evaluate(() => window.__e2eMap.transform());
	check(`${label}: dragging and the wheel move and zoom the map`, before !== after, `${before} → ${after}`);
	const zoomed = await page.evaluate(() => window.__e2eMap.inspect());
	check(`${label}: zoomed in, labels are shown and none overlap`, zoomed.labels.length > 0 && zoomed.labelOverlaps.length === 0, `${zoomed.labels.length} labels; ${zoomed.labelOverlaps.slice(0, 3).join(' | ')}`);
	// Names stop growing past 14 px type (a line box of about 17 px) however far the map is zoomed in.
	check(`${label}: zoomed in (×${zoomed.zoom?.toFixed(2)}), names stay at reading size`, zoomed.zoom > 1 && zoomed.labelHeight > 8 && zoomed.labelHeight <= 20, `tallest name ${zoomed.labelHeight.toFixed(1)} px`);
	await shoot(page, 'map-2000-zoomed-light.png');

	// Everyone at once, drawn in slices.
	await page.evaluate(() => window.__e2eMap.startHeartbeat());
	await page.evaluate(() => window.__e2eMap.chooseScope('All workplaces'));
	await page.waitForTimeout(100);
	const allGap = await page.evaluate(() => window.__e2eMap.stopHeartbeat());
	const all = await page.evaluate(() => window.__e2eMap.inspect());
	check(`${label}: "All workplaces" draws all 2,000`, all.nodes === 2000, String(all.nodes));
	console.log(`       heartbeat (longest main-thread gap), 2,000 people: open ${openGap} ms, pan + zoom ${panGap} ms, all workplaces ${allGap} ms`);
	assertClean(label, problems);
	await context.close();
}
