/**
 * Acting from the pane in privacy mode (DESIGN §4): the pane shows the redacted model, yet every
 * action changes the real note, with the real line and the real name; its Notice says initials.
 */
import { describe, expect, it } from 'vitest';
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, openDashboard, pinToday, type Running, startPlugin, waitFor, waitForIndex } from './harness';

const TODAY = '2026-11-29';
const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
const maria = '---\ntype: person\n---\n';
const talk = [
	'---', 'type: one-on-one', 'person: "[[Maria Lopez]]"', 'date: 2026-11-10', 'organizer: "[[Sam Rivera]]"', '---',
	'- [ ] Ask Maria Lopez about the schedule 📅 2026-11-20',
	'',
].join('\n');
const leeTalk = '---\ntype: one-on-one\nperson: "[[Lee Park]]"\ndate: 2026-11-01\norganizer: "[[Sam Rivera]]"\n---\nTalked.\n';
const files = { 'People/Maria Lopez.md': maria, [TALK]: talk, '1-on-1s/2026-11-01 Lee Park.md': leeTalk };

async function start(): Promise<{ running: Running; el: HTMLElement }> {
	const running = await startPlugin({ files, data: { privacyMode: true } });
	await waitForIndex(running);
	return { running, el: await openDashboard(running) };
}

function read(running: Running, path: string): Promise<string> {
	return running.app.vault.read(running.app.vault.getFileByPath(path) as TFile);
}

describe('pane actions in privacy mode', () => {
	pinToday(TODAY);

	it('Mark done ticks the real line of the real note, and its Notice shows initials', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'follow-up', 'Ask ML about the schedule'), 'Mark done').click();
		await fake.settle();
		expect(await read(running, TALK)).toBe(talk.replace('- [ ] Ask Maria Lopez about the schedule 📅 2026-11-20', '- [x] Ask Maria Lopez about the schedule 📅 2026-11-20 ✅ 2026-11-29'));
		expect(fake.noticeTexts().at(-1)).toBe('Marked done: Ask ML about the scheduleUndo');
	});

	it('Create note names the note after the real person, not their initials', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'LP'), 'Create note').click();
		await waitFor(() => running.app.vault.getFileByPath('People/Lee Park.md') !== null);
		expect(fake.noticeTexts().at(-1)).toBe('Created a note for LP.Undo');
	});

	it('Log 1-on-1 writes the real name into the new talk', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'LP'), 'Log 1-on-1').click();
		await waitFor(() => running.app.vault.getFileByPath('1-on-1s/2026-11-29 Lee Park.md') !== null);
		expect(await read(running, '1-on-1s/2026-11-29 Lee Park.md')).toContain('[[Lee Park]]');
		expect(fake.noticeTexts().at(-1)).toBe('New 1-on-1 with LP.Undo');
	});

	it('Log contact writes into the real person note', async () => {
		const { running, el } = await start();
		itemButton(itemWith(el, 'check-in', 'ML'), 'Log contact').click();
		await fake.settle();
		expect(await read(running, 'People/Maria Lopez.md')).toContain('last-contact: 2026-11-29');
		expect(fake.noticeTexts().at(-1)).toBe('Logged contact with ML today.Undo');
	});
});
