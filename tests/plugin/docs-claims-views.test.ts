/**
 * The guide, "Large vaults": while the first reading of the vault runs, a view says
 * "Indexing N/M notes…" (the dashboard, the campaign chart and the map alike), then shows its
 * content once the reading is done. docs/explain.md: in privacy mode the Explain modal, like
 * `--redact`, shows the value of a property the plugin does not read as `…`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAP_VIEW_TYPE, type MapView } from '../../src/plugin/map-view';
import { TFile } from '../fake-obsidian/index';
import { Vault } from '../fake-obsidian/vault';
import { person, talk } from '../support/builders';
import { fake, openChart, openDashboard, pinToday, runCommand, startPlugin, waitFor, waitForIndex } from './harness';

describe('views during the first reading of the vault', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('say "Indexing 0/2 notes…" on the dashboard, the chart and the map, then show their content', async () => {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const original = Vault.prototype.cachedRead;
		vi.spyOn(Vault.prototype, 'cachedRead').mockImplementation(async function (this: Vault, file: TFile) {
			const text = await original.call(this, file);
			await gate;
			return text;
		});
		const running = await startPlugin({
			files: { 'People/Maria Lopez.md': person(), '1-on-1s/a.md': talk('Maria Lopez', '2026-11-10', { organize: '- [ ] call Jo 📅 2026-11-20' }) },
		});
		const dashboard = await openDashboard(running);
		const chart = await openChart(running);
		runCommand(running, 'open-relationship-map');
		await fake.settle();
		const map = (running.app.workspace.getLeavesOfType(MAP_VIEW_TYPE)[0].view as unknown as MapView).contentEl;
		expect(dashboard.querySelector('.ro-dashboard__indexing')?.textContent).toBe('Indexing 0/2 notes…');
		expect(chart.querySelector('.ro-chart__indexing')?.textContent).toBe('Indexing 0/2 notes…');
		expect(map.querySelector('.ro-map__status')?.textContent).toBe('Indexing 0/2 notes…');
		release();
		await waitForIndex(running);
		await waitFor(() => map.querySelector('.ro-map__status')?.textContent?.startsWith('Showing') === true);
		// Preparing the dashboard may take a few more frames on a loaded machine; then the lists show.
		await waitFor(() => dashboard.querySelector('.ro-dashboard__indexing') === null);
		expect(dashboard.querySelector('.ro-dashboard__section--follow-up')).not.toBeNull();
	}, 60_000);
});

describe('the Explain modal in privacy mode', () => {
	pinToday('2026-12-01');

	it('shows a property the plugin does not read as "…", and initials for the person', async () => {
		const running = await startPlugin({
			files: { 'People/Ana Ruiz.md': '---\ntype: person\nwitness: Dmitri Ivanov\nworkplace: Warehouse 4\n---\n' },
			data: { privacyMode: true },
		});
		await waitForIndex(running);
		await running.app.workspace.getLeaf(false).openFile(running.app.vault.getFileByPath('People/Ana Ruiz.md')!, { active: true });
		runCommand(running, 'explain-this-note');
		await fake.settle();
		const modal = fake.currentModals().at(-1);
		const lines = [...(modal?.contentEl.querySelectorAll('.ro-explain__line') ?? [])].map((el) => el.textContent ?? '');
		expect(lines).toContain('witness: …');
		expect(lines).toContain('workplace: Warehouse 4');
		expect([modal?.titleEl.textContent, ...lines].join('\n')).not.toMatch(/Dmitri|Ivanov|Ana|Ruiz/);
	});
});
