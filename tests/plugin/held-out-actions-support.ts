/**
 * Shared setup for the held-out tests of the dashboard's actions (Mark done, Log contact, Snooze,
 * opening a note): a vault, the pane, and what a person clicks and reads back.
 */
import type { TFile } from '../fake-obsidian/index';
import { fake, itemButton, itemWith, openDashboard, readNote, type Running, sectionItems, startPlugin, waitForIndex } from './harness';

export const TODAY = '2026-11-29';
export const MARIA = 'People/Maria Lopez.md';
export const TALK = '1-on-1s/2026-11-10 Maria Lopez.md';
export const mariaNote = '---\ntype: person\nrole: contact\n---\nMet at the night-shift meeting.\n';

/** A held 1-on-1 with Maria, organized by Sam, whose body is `lines` joined by `eol`. */
export function talkWith(lines: readonly string[], eol = '\n'): string {
	return ['---', 'type: one-on-one', 'person: ["[[Maria Lopez]]"]', 'date: 2026-11-10', 'organizer: "[[Sam Rivera]]"', '---', '## Organize', ...lines].join(eol);
}

/** Starts the plugin on `files`, waits for the index and opens the pane. */
export async function startPane(files: Readonly<Record<string, string>>, data?: unknown): Promise<{ running: Running; el: HTMLElement }> {
	const running = await startPlugin({ files, data });
	await waitForIndex(running);
	const el = await openDashboard(running);
	return { running, el };
}

/** Clicks an item's button and lets the write settle. */
export async function clickAction(el: HTMLElement, section: string, text: string, label: string): Promise<void> {
	itemButton(itemWith(el, section, text), label).click();
	await fake.settle();
}

/** The shown texts (commitment text or person name) of a section's items. */
export function shownTexts(el: HTMLElement, section: string): string[] {
	return sectionItems(el, section).map((item) => item.querySelector('.ro-dashboard__link, .ro-dashboard__name')?.textContent ?? '');
}

/** The newest notice's text. */
export function lastNotice(): string {
	return fake.noticeTexts().at(-1) ?? '';
}

/** Edits a note as another editor or a sync would, through the vault. */
export async function editNote(running: Running, path: string, edit: (text: string) => string): Promise<string> {
	const file = running.app.vault.getFileByPath(path) as TFile;
	await running.app.vault.process(file, edit);
	return readNote(running, path);
}

/** `text` with exactly one occurrence of `from` replaced; fails the test setup when there is not exactly one. */
export function replaceOnce(text: string, from: string, to: string): string {
	const at = text.indexOf(from);
	if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in the text exactly once`);
	return text.slice(0, at) + to + text.slice(at + from.length);
}
