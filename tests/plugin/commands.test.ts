/**
 * The command table (src/plugin/commands.ts): every entry is in the palette under the plugin's id,
 * and a command with `isAvailable` is offered only while it holds (d.ts, `checkCallback`: "If
 * checking is true, then this function should not perform any action … return whether this command
 * can be executed at the moment").
 */
import { describe, expect, it } from 'vitest';
import { ActionHistory } from '../../src/plugin/actions/action-history';
import { COMMANDS, registerCommands, type CommandContext } from '../../src/plugin/commands';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { fake, PLUGIN_ID, startPlugin } from './harness';

describe('registerCommands', () => {
	it('puts every command of the table in the palette', async () => {
		const running = await startPlugin();
		const ids = fake.commandIds(running.app);
		for (const command of COMMANDS) expect(ids).toContain(`${PLUGIN_ID}:${command.id}`);
	});

	it('offers a command with isAvailable only while it holds, and runs it only when chosen', async () => {
		const running = await startPlugin();
		let available = false;
		let runs = 0;
		const context: CommandContext = {
			app: running.app as never, indexer: undefined as never, getSettings: () => DEFAULT_SETTINGS, history: new ActionHistory(), togglePrivacy: async () => {},
		};
		registerCommands(running.plugin, context, [
			{ id: 'test-only', name: 'Test only', isAvailable: () => available, run: () => { runs++; } },
		]);
		expect(fake.runCommand(running.app, `${PLUGIN_ID}:test-only`)).toBe(false);
		expect(runs).toBe(0);
		available = true;
		expect(fake.runCommand(running.app, `${PLUGIN_ID}:test-only`)).toBe(true);
		expect(runs).toBe(1);
	});
});
