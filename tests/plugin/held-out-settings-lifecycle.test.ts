/**
 * Held out (DESIGN §4 "registerEvent/registerInterval for everything"; STYLE 7; the guide's
 * Settings): turning the plugin off and on again in the same app leaves nothing twice (views,
 * commands, ribbon icons, listeners, intervals, sections of the pane), and the second load reads
 * what was saved.
 */
import { describe, expect, it, vi } from 'vitest';
import manifest from '../../manifest.json';
import RelationalOrganizerPlugin from '../../src/main';
import { DASHBOARD_VIEW_TYPE } from '../../src/plugin/dashboard-view';
import { dashboardView, fake, openDashboard, pinToday, startPlugin, stopPlugin, waitForIndex, type Running } from './harness';
import { FILES, TODAY, shows, typeSetting } from './held-out-settings-support';
import { createFakeApp } from '../fake-obsidian/index';

/** Turns the plugin on again in the same app, as the Community plugins toggle does. */
async function restart(running: Running): Promise<Running> {
	await stopPlugin(running);
	const plugin = await fake.loadPlugin(running.app, RelationalOrganizerPlugin as never, manifest) as unknown as RelationalOrganizerPlugin;
	await fake.settle();
	const again = { ...running, plugin };
	await waitForIndex(again);
	return again;
}

describe('off and on again in the same app', { timeout: 30_000 }, () => {
	pinToday(TODAY);

	it('registers everything once, and the restored pane shows each list once', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		await openDashboard(running);
		const first = fake.liveResources(running.app);
		const again = await restart(running);
		// The fake leaves a closed view's leaf empty (it does not restore views, as the app does):
		// the command opens the pane again, once.
		const el = await openDashboard(again);
		expect(fake.liveResources(again.app)).toEqual(first);
		expect(again.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
		expect(dashboardView(again)?.contentEl).toBe(el);
		expect(el.querySelectorAll('.ro-dashboard__section--check-in')).toHaveLength(1);
		expect(el.querySelectorAll('.ro-dashboard__section--follow-up')).toHaveLength(1);
		expect(document.querySelectorAll('.side-dock-ribbon-action')).toHaveLength(first.ribbonIcons);
	});

	it('three times off and on leaves as many listeners and intervals as one', async () => {
		let running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		await openDashboard(running);
		const first = fake.liveResources(running.app);
		for (let i = 0; i < 3; i++) {
			running = await restart(running);
			await openDashboard(running);
		}
		expect(fake.liveResources(running.app)).toEqual(first);
		await stopPlugin(running);
		expect(fake.liveResources(running.app)).toEqual({ ...running.baseline, openViews: 0 });
	});

	it('reads the saved settings on the second load', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		await typeSetting(running, 'Your name', 'Maria Lopez');
		await typeSetting(running, 'Stall days', '30');
		fake.closeSettings(running.app);
		const again = await restart(running);
		expect(again.plugin.settings.yourName).toBe('Maria Lopez');
		expect(again.plugin.settings.stallDays).toBe(30);
		const el = await openDashboard(again);
		expect(shows(el, 'your-promises', 'call two coworkers')).toBe(true);
	});

	it('stops reading when turned off while a folder change waits to be read, and reads the new folder next time', async () => {
		const running = await startPlugin({ files: FILES });
		await waitForIndex(running);
		const rebuild = vi.spyOn(running.plugin.indexer, 'rebuild');
		await typeSetting(running, 'People folder', 'Crew');
		await stopPlugin(running);
		await new Promise((resolve) => setTimeout(resolve, 900));
		expect(rebuild).not.toHaveBeenCalled();
		const again = await restart(running);
		const el = await openDashboard(again);
		expect(shows(el, 'no-one-on-one', 'Dee Park')).toBe(true);
	});

	it('turned off during the first reading of a large vault, leaves nothing behind', async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 3000; i++) files[`Notes/n${i}.md`] = `Note ${i} [[People/Maria Lopez]]\n- [ ] a task\n`;
		const app = createFakeApp({ files });
		const baseline = fake.liveResources(app);
		const plugin = await fake.loadPlugin(app, RelationalOrganizerPlugin as never, manifest) as unknown as RelationalOrganizerPlugin;
		// The layout becomes ready (the first pass starts) and the plugin is turned off at once.
		app.workspace['markLayoutReady']();
		await fake.settle(1);
		expect(plugin.indexer.getProgress().ready).toBe(false);
		await stopPlugin({ app, plugin, baseline });
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(fake.liveResources(app)).toEqual({ ...baseline, openViews: 0 });
		expect(plugin.indexer.getProgress().ready).toBe(false);
	});
});
