import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as obsidian from 'obsidian';
import { createFakeApp, debounce, fake, normalizePath, Vault } from '../fake-obsidian/index';

describe('unimplemented members', () => {
	it('throws a clear error for a real API member the fake lacks', () => {
		const app = createFakeApp();
		expect(() => (app.vault as unknown as Record<string, unknown>).getResourcePath).toThrow('fake obsidian: Vault.getResourcePath is not implemented');
		expect(() => (app as unknown as { keymap: unknown }).keymap).toThrow('fake obsidian: App.keymap is not implemented');
	});

	it('throws for a top-level export the fake lacks', () => {
		const requestUrl = (obsidian as unknown as Record<string, unknown>).requestUrl as () => unknown;
		expect(() => requestUrl()).toThrow('fake obsidian: requestUrl is not implemented');
	});

	it('leaves names outside the real API undefined (a subclass field, `then`)', () => {
		const vault = new Vault() as unknown as Record<string, unknown>;
		expect(vault.somethingOfMine).toBeUndefined();
		expect(vault.then).toBeUndefined();
	});

	it('resolves `obsidian` to the fake under vitest', () => {
		expect(obsidian.Vault).toBe(Vault);
	});
});

describe('debounce', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('without resetTimer, runs once at the first call\'s deadline with the latest arguments', () => {
		const calls: string[] = [];
		const d = debounce((s: string) => calls.push(s), 1000);
		d('a');
		vi.advanceTimersByTime(500);
		d('b');
		vi.advanceTimersByTime(500);
		expect(calls).toEqual(['b']);
	});

	it('with resetTimer, restarts the wait on every call (the d.ts example)', () => {
		const calls: string[] = [];
		const d = debounce((s: string) => calls.push(s), 1000, true);
		d('Hello world');
		vi.advanceTimersByTime(500);
		d('World, hello');
		vi.advanceTimersByTime(999);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(calls).toEqual(['World, hello']);
	});

	it('cancel drops the pending call; run fires it now', () => {
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 100);
		d(1).cancel();
		vi.advanceTimersByTime(200);
		d(2);
		expect(d.run()).toBe(1);
		vi.advanceTimersByTime(200);
		expect(calls).toEqual([2]);
	});
});

describe('normalizePath', () => {
	it('cleans slashes, non-breaking spaces and Unicode form', () => {
		expect(normalizePath('//People\\\\Maria/')).toBe('People/Maria');
		expect(normalizePath('')).toBe('/');
		expect(normalizePath('a\u00A0b')).toBe('a b');
		expect(normalizePath('Jose\u0301')).toBe('Jos\u00E9');
	});
});

describe('DOM helpers', () => {
	it('builds elements from DomElementInfo, as text', () => {
		const el = document.body.createDiv({ cls: 'a b', text: '<b>x</b>', attr: { 'data-x': 1, hidden: null } });
		const link = el.createEl('a', { href: '#', text: 'go', prepend: true });
		expect(el.className).toBe('a b');
		expect(el.textContent).toBe('go<b>x</b>');
		expect(el.querySelector('b')).toBeNull();
		expect(el.getAttr('data-x')).toBe('1');
		expect(el.firstChild).toBe(link);
		el.toggleClass('a', false);
		el.addClass('c');
		expect(el.hasClass('a')).toBe(false);
		expect(el.hasClass('c')).toBe(true);
		el.setCssProps({ '--ro-colour': '#123456' });
		expect(el.style.getPropertyValue('--ro-colour')).toBe('#123456');
		el.empty();
		expect(el.childNodes).toHaveLength(0);
		el.detach();
		expect(el.isConnected).toBe(false);
	});
});

describe('Notice', () => {
	it('is recorded for tests to read', () => {
		createFakeApp();
		new obsidian.Notice('Saved.');
		expect(fake.noticeTexts()).toEqual(['Saved.']);
		expect(document.querySelector('.notice-container .notice')?.textContent).toBe('Saved.');
	});
});

describe('fileManager.trashFile', () => {
	it('removes the note from the vault and fires delete, as moving it to the trash does', async () => {
		const app = createFakeApp({ files: { 'People/Jo.md': 'x' } });
		const deleted: string[] = [];
		app.vault.on('delete', (file: { path: string }) => deleted.push(file.path));
		const file = app.vault.getFileByPath('People/Jo.md');
		if (!file) throw new Error('seeded file missing');
		await app.fileManager.trashFile(file);
		expect(app.vault.getFileByPath('People/Jo.md')).toBeNull();
		expect(deleted).toEqual(['People/Jo.md']);
	});
});
