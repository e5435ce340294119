/**
 * README, "Acting from the pane": Mark done appends ` ✅ today` after the line's last character,
 * before a trailing `^block-id`, and keeps any trailing spaces where they were; `[/]` and other
 * open statuses become `[x]`. A block id the dashboard read (trailing spaces after it included)
 * stays the last thing on the line, so links to the block keep working.
 */
import { describe, expect, it } from 'vitest';
import { fake, itemButton, itemWith, openDashboard, pinToday, readNote, startPlugin, waitForIndex } from './harness';

const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const HEAD = '---\ntype: one-on-one\nperson: ["[[Maria Lopez]]"]\ndate: 2026-11-10\n---\n## Organize\n';

async function markDone(line: string, text: string): Promise<string> {
	const running = await startPlugin({ files: { 'People/Maria Lopez.md': '---\ntype: person\n---\n', [TALK]: `${HEAD}${line}\nAfter.\n` } });
	await waitForIndex(running);
	const el = await openDashboard(running);
	itemButton(itemWith(el, 'follow-up', text), 'Mark done').click();
	await fake.settle();
	return readNote(running, TALK);
}

describe('Mark done, as the README describes it', () => {
	pinToday('2026-11-29');

	it('keeps trailing spaces where they were', async () => {
		expect(await markDone('- [ ] call Jo 📅 2026-11-20   ', 'call Jo')).toBe(`${HEAD}- [x] call Jo 📅 2026-11-20 ✅ 2026-11-29   \nAfter.\n`);
	});

	it('writes the date before a block id that has spaces after it', async () => {
		expect(await markDone('- [ ] call Jo 📅 2026-11-20 ^nights  ', 'call Jo')).toBe(`${HEAD}- [x] call Jo 📅 2026-11-20 ✅ 2026-11-29 ^nights  \nAfter.\n`);
	});

	it('turns an in-progress [/] into [x]', async () => {
		expect(await markDone('- [/] call Jo 📅 2026-11-20 ^nights', 'call Jo')).toBe(`${HEAD}- [x] call Jo 📅 2026-11-20 ✅ 2026-11-29 ^nights\nAfter.\n`);
	});
});
