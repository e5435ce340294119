import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { buildLeakyVault, findNameWords, KEPT } from '../fixtures/redaction/leaky-vault.mjs';
import { openDashboard, pinToday, startPlugin, waitForIndex } from './harness';

const TODAY = '2026-11-29';
const files = buildLeakyVault((days) => addDays(TODAY, days));

/** Everything the pane shows or carries: its text, one node per line, and every attribute value (title, aria-label, data-*…). */
function shownInPane(el: HTMLElement): string {
	const out: string[] = [];
	for (const node of Array.from(el.querySelectorAll('*'))) {
		for (const name of node.getAttributeNames()) out.push(node.getAttribute(name) ?? '');
		for (const child of Array.from(node.childNodes)) if (child.nodeType === 3) out.push(child.textContent ?? '');
	}
	return out.join('\n');
}

describe('privacy mode on a vault holding every kind of name (DESIGN §4, §5)', () => {
	pinToday(TODAY);

	it('shows the names when privacy mode is off, so the check below means something', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const shown = shownInPane(await openDashboard(running));
		expect(findNameWords(shown)).toEqual(expect.arrayContaining(['Lopez', 'İpek', 'Núñez', 'Nowak', 'Bogdan', 'Hana', 'Olamide', '王小明']));
	});

	it('shows no word of any name in the pane, in text or in any attribute', async () => {
		const running = await startPlugin({ files, data: { privacyMode: true } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const shown = shownInPane(el);
		expect(findNameWords(shown)).toEqual([]);
		expect(findNameWords(shown.normalize('NFD'))).toEqual([]);
		for (const kept of KEPT) expect(shown).toContain(kept);
		expect(el.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__count')?.textContent).toBe('8');
	});

	it('still opens the real note from a redacted item', async () => {
		const running = await startPlugin({ files, data: { privacyMode: true } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		const link = Array.from(el.querySelectorAll<HTMLElement>('.ro-dashboard__section--follow-up .ro-dashboard__link')).find((a) => a.textContent === 'ask ML about the grievance');
		// Privacy mode writes no path into attributes at all (DESIGN §4): the link is found by its text.
		expect(link).toBeDefined();
		expect(link?.hasAttribute('data-path')).toBe(false);
		link?.click();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(running.app.workspace.getActiveFile()?.path).toBe('1-on-1s/2026-11-09 Maria Lopez.md');
	});
});
