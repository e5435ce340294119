/**
 * Held-out review: strange note text in the plugin (docs/security-and-privacy.md, "Never falls over
 * on a strange note"): deep nesting, NUL bytes, lone surrogates from YAML escapes, terminal escapes
 * and bidi overrides, a zero-width space inside a name. The index finishes, the pane, the chart and the map draw, everything shows as
 * plain text, and privacy mode still hides the names written with such characters.
 */
import { describe, expect, it } from 'vitest';
import { leaked } from '../cli/held-out-trust-cli';
import { MAP_VIEW_TYPE, MapView } from '../../src/plugin/map-view';
import { openChart, openDashboard, pinToday, runCommand, startPlugin, waitForIndex, whenViewsRendered, type Running } from './harness';

const TODAY = '2026-11-20';
const deep = `${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i}`).join('\n')}\n${'>'.repeat(20000)} - [ ] quoted\n${'- '.repeat(20000)}[ ] listed\n`;

const FILES: Record<string, string> = {
	'People/Jo Chen.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-02 Jo Chen.md': `---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-02\n---\n## Organize\n${deep}`,
	'1-on-1s/2026-11-03 nul.md': '---\ntype: one-on-one\nperson: "[[Nu\0l]]"\ndate: 2026-11-03\n---\n## Organize\n- [ ] a\0b task 📅 2026-11-05\n',
	'1-on-1s/2026-11-04 lone.md': '---\ntype: one-on-one\nperson: "[[\\ud800Lo Vance]]"\ndate: 2026-11-04\n---\n## Organize\n- [ ] call them 📅 2026-11-08\n',
	'People/Ana\u202eRuiz.md': '---\ntype: person\nworkplace: "Dock\\e]52;c;cHduZWQ=\\a 4"\n---\n',
	'People/Kwame Asante.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-06 Kwame Asante.md': '---\ntype: one-on-one\nperson: "[[Kwame Asante]]"\ndate: 2026-11-06\n---\n## Organize\n- [ ] pasted from chat: ask Kwa\u200bme and Asan\u200ete 📅 2026-11-07\n',
	'1-on-1s/2026-11-05 Ana.md': '---\ntype: one-on-one\nperson: "[[Ana\u202eRuiz]]"\ndate: 2026-11-05\n---\n## Organize\n- [ ] copy \u001b]52;c;cHduZWQ=\u0007 now \u202eevil 📅 2026-11-06\n',
};

async function openAll(running: Running): Promise<HTMLElement[]> {
	const dashboard = await openDashboard(running);
	const chart = await openChart(running);
	runCommand(running, 'open-relationship-map');
	await whenViewsRendered(running);
	const map = running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0]?.view;
	if (!(map instanceof MapView)) throw new Error('the map did not open');
	await map.whenDrawn();
	return [dashboard, chart, map.contentEl];
}

describe('held-out: strange text in the plugin', () => {
	pinToday(TODAY);

	it('indexes everything and draws the pane, the chart and the map', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		const [dashboard] = await openAll(running);
		const followUp = dashboard.querySelector('.ro-dashboard__section--follow-up')?.textContent ?? '';
		// 3,000 nested tasks, the quoted one, the listed one, 'call them', 'copy' and 'pasted from chat'; the NUL note's properties cannot be read.
		expect(dashboard.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__count')?.textContent).toBe('3005');
		expect(followUp).toContain('copy \u001b]52;c;cHduZWQ=\u0007 now \u202eevil');
		expect(followUp).toContain('call them');
		expect(dashboard.querySelector('.ro-dashboard__section--problems')?.textContent).toContain('1-on-1s/2026-11-03 nul.md');
	}, 60_000);

	it('hides in privacy mode the names written with a bidi override, a lone surrogate or a zero-width space', async () => {
		const running = await startPlugin({ files: FILES, data: { privacyMode: true } });
		await waitForIndex(running);
		for (const el of await openAll(running)) {
			const text = [el.textContent ?? '', ...Array.from(el.querySelectorAll('*')).flatMap((n) => n.getAttributeNames().map((a) => n.getAttribute(a) ?? ''))].join('\n');
			for (const word of ['Ruiz', 'Ana', 'Vance', 'Jo Chen']) expect(text).not.toContain(word);
			// A zero-width space or a bidi mark inside a name draws as nothing: the name reads whole on screen.
			expect(leaked(text, ['Kwame', 'Asante'])).toEqual([]);
		}
	}, 60_000);
});
