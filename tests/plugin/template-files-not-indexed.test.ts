/**
 * The 1-on-1 and person template files named in the settings are never indexed (README: "Template
 * files are never indexed"; DESIGN §4): a template is a note with `type: one-on-one` and
 * placeholders, which would otherwise be a talk with a person called `{{person}}`, or a note to fix.
 * Naming one while the plugin runs takes it out of the lists at once.
 */
import { describe, expect, it } from 'vitest';
import { openDashboard, pinToday, startPlugin, waitFor, waitForIndex } from './harness';

const template = '---\ntype: one-on-one\nperson: ["{{person}}"]\ndate: "{{date}}"\n---\n## Organize\n- [ ] Ask {{person}} to sign 📅 2026-11-01\n';
const files = {
	'Forms/1-on-1.md': template,
	'Forms/Person.md': '---\ntype: person\n---\n',
};

describe('the template files of the settings', () => {
	pinToday('2026-11-29');

	it('are in no list and not under Notes to fix', async () => {
		const running = await startPlugin({ files, data: { oneOnOneTemplate: 'Forms/1-on-1', personTemplate: 'Forms/Person.md' } });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(el.textContent).not.toContain('{{person}}');
		expect(el.textContent).not.toContain('Person');
		expect(el.querySelectorAll('.ro-dashboard__item')).toHaveLength(0);
	});

	it('leave the lists when named in the settings while the pane is open', async () => {
		const running = await startPlugin({ files });
		await waitForIndex(running);
		const el = await openDashboard(running);
		expect(el.querySelectorAll('.ro-dashboard__item').length).toBeGreaterThan(0);
		await running.plugin.updateSettings({ ...running.plugin.settings, oneOnOneTemplate: 'Forms/1-on-1.md', personTemplate: 'Forms/Person' });
		await waitFor(() => running.plugin.indexer.getProgress().ready && el.querySelectorAll('.ro-dashboard__item').length === 0);
	});
});
