import { describe, expect, it } from 'vitest';
import { createSerialSave } from '../../src/plugin/serial-save';

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createSerialSave', () => {
	it('writes one at a time; requests made during a write get one more write, of the newest value', async () => {
		let value = 'a';
		const written: string[] = [];
		let inFlight = 0;
		let most = 0;
		const save = createSerialSave(async () => {
			inFlight++;
			most = Math.max(most, inFlight);
			const now = value;
			await tick(10);
			written.push(now);
			inFlight--;
		});
		const first = save();
		await tick(1);
		// The first write is under way: these two share the next one.
		value = 'b';
		const second = save();
		value = 'c';
		const third = save();
		expect(third).toBe(second);
		await Promise.all([first, second, third]);
		expect(written).toEqual(['a', 'c']);
		expect(most).toBe(1);
	});

	it('joins requests made before the queued write started into that write', async () => {
		let count = 0;
		const save = createSerialSave(async () => {
			count++;
			await tick();
		});
		await Promise.all([save(), save(), save()]);
		expect(count).toBe(1);
	});

	it('goes on after a failed write, rejecting only the callers that write covered', async () => {
		let fail = true;
		const save = createSerialSave(async () => {
			await tick();
			if (fail) throw new Error('disk full');
		});
		const failed = save();
		await expect(failed).rejects.toThrow('disk full');
		fail = false;
		await expect(save()).resolves.toBeUndefined();
	});
});
