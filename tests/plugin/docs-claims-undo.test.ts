/**
 * README, "Acting from the pane": undo stays in memory for the session, for the last 20 actions.
 * The 21st action back cannot be undone any more; the 20 newest can, newest first.
 */
import { describe, expect, it } from 'vitest';
import { ActionHistory } from '../../src/plugin/actions/action-history';

describe('Undo last action', () => {
	it('keeps the last 20 actions, newest first', async () => {
		const history = new ActionHistory();
		const undone: number[] = [];
		for (let i = 1; i <= 21; i++) {
			history.record({ label: `action ${i}`, undo: async () => { undone.push(i); return { ok: true, message: `Undid action ${i}` }; } });
		}
		const outcomes: Array<string | undefined> = [];
		for (let i = 0; i < 21; i++) outcomes.push((await history.undo())?.message);
		expect(undone).toEqual(Array.from({ length: 20 }, (_, k) => 21 - k));
		expect(outcomes.at(0)).toBe('Undid action 21');
		expect(outcomes.at(19)).toBe('Undid action 2');
		// The oldest was forgotten: nothing left to undo.
		expect(outcomes.at(20)).toBeUndefined();
		expect(history.hasEntries()).toBe(false);
	});
});
