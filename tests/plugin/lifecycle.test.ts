import { describe, expect, it } from 'vitest';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/plugin/dashboard-view';
import { dashboardView, fake, openDashboard, startPlugin, stopPlugin, waitForIndex } from './harness';

describe('plugin lifecycle', () => {
	it('registers its view, command, ribbon icon and settings tab on load', async () => {
		const running = await startPlugin();
		const live = fake.liveResources(running.app);
		expect(fake.commandIds(running.app)).toContain('relational-organizer:open-follow-up-dashboard');
		expect(fake.commandIds(running.app)).toContain('relational-organizer:open-relationship-map');
		expect(fake.commandIds(running.app)).toContain('relational-organizer:open-campaign-chart');
		// The dashboard, the relationship map and the campaign chart.
		expect(live.viewTypes).toBe(3);
		expect(live.ribbonIcons).toBe(2);
		expect(live.settingTabs).toBe(1);
		expect(document.querySelector('.side-dock-ribbon-action')?.getAttribute('aria-label')).toBe('Open follow-up dashboard');
	});

	it('releases every event, interval, command, view and tab when unloaded', async () => {
		const running = await startPlugin({ files: { 'People/Maria Lopez.md': '---\ntype: person\n---\n' } });
		await waitForIndex(running);
		await openDashboard(running);
		const open = fake.liveResources(running.app);
		expect(open.listeners).toBeGreaterThan(running.baseline.listeners);
		expect(open.intervals).toBe(1); // the dashboard's day-change check
		await stopPlugin(running);
		expect(fake.liveResources(running.app)).toEqual({ ...running.baseline, openViews: 0 });
	});

	it('does not react to the vault\'s start-up create events (it indexes after layout-ready)', async () => {
		const running = await startPlugin({ files: { 'a.md': '', 'b.md': '' } });
		await waitForIndex(running);
		expect(running.plugin.indexer.getProgress()).toEqual({ done: 2, total: 2, ready: true });
	});

	it('opens a deferred dashboard leaf from the saved layout when the command runs', async () => {
		const running = await startPlugin({ deferViews: true, restore: [{ type: DASHBOARD_VIEW_TYPE, side: 'right' }] });
		const leaf = running.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
		expect(leaf.isDeferred).toBe(true);
		expect(leaf.view).not.toBeInstanceOf(DashboardView);
		await openDashboard(running);
		expect(running.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
		expect(dashboardView(running)).toBeInstanceOf(DashboardView);
	});
});
