import { describe, expect, it } from 'vitest';
import { fake, createFakeApp, TFile, TFolder, type TAbstractFile } from '../fake-obsidian/index';

describe('fake Vault', () => {
	it('refuses to create a file over an existing one', async () => {
		const app = createFakeApp({ files: { 'People/Maria Lopez.md': 'hello' } });
		await expect(app.vault.create('People/Maria Lopez.md', 'other')).rejects.toThrow('File already exists.');
		expect(await app.vault.read(app.vault.getFileByPath('People/Maria Lopez.md') as TFile)).toBe('hello');
	});

	it('refuses to create a file in a folder that does not exist', async () => {
		const app = createFakeApp();
		await expect(app.vault.create('Nowhere/note.md', '')).rejects.toThrow(/does not exist/);
		await app.vault.createFolder('Nowhere');
		const file = await app.vault.create('Nowhere/note.md', 'x');
		expect(file).toBeInstanceOf(TFile);
		expect(file.parent).toBeInstanceOf(TFolder);
		expect(file.basename).toBe('note');
	});

	it('fires create, modify, rename and delete with the file (and the old path on rename)', async () => {
		const app = createFakeApp({ files: { 'a.md': 'one' } });
		const seen: string[] = [];
		app.vault.on('create', (file: TAbstractFile) => seen.push(`create ${file.path}`));
		app.vault.on('modify', (file: TAbstractFile) => seen.push(`modify ${file.path}`));
		app.vault.on('rename', (file: TAbstractFile, oldPath: string) => seen.push(`rename ${oldPath} -> ${file.path}`));
		app.vault.on('delete', (file: TAbstractFile) => seen.push(`delete ${file.path}`));
		const a = app.vault.getFileByPath('a.md') as TFile;
		await app.vault.process(a, (text) => `${text} two`);
		await app.vault.rename(a, 'b.md');
		const c = await app.vault.create('c.md', '');
		await app.vault.delete(c);
		expect(seen).toEqual(['modify a.md', 'rename a.md -> b.md', 'create c.md', 'delete c.md']);
		expect(await app.vault.read(a)).toBe('one two');
		expect(app.vault.getFileByPath('a.md')).toBeNull();
		expect(app.vault.getAbstractFileByPath('b.md')).toBe(a);
	});

	it('keeps the config folder out of the file tree but reachable through the adapter', async () => {
		const app = createFakeApp({ files: { 'n.md': '' }, configFiles: { 'templates.json': '{"folder":"Templates"}' } });
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(['n.md']);
		expect(await app.vault.adapter.exists('.obsidian/templates.json')).toBe(true);
		expect(await app.vault.adapter.read('.obsidian/templates.json')).toBe('{"folder":"Templates"}');
		await expect(app.vault.adapter.read('.obsidian/missing.json')).rejects.toThrow(/ENOENT/);
	});

	it('releases a listener on offref', () => {
		const app = createFakeApp();
		const before = fake.liveResources(app).listeners;
		const ref = app.vault.on('modify', () => {});
		expect(fake.liveResources(app).listeners).toBe(before + 1);
		app.vault.offref(ref);
		expect(fake.liveResources(app).listeners).toBe(before);
	});
});

describe('fake MetadataCache', () => {
	it('announces `changed` after a modify, on a later task, and not on rename', async () => {
		const app = createFakeApp({ files: { 'n.md': '---\nk: 1\n---\nbody' } });
		const file = app.vault.getFileByPath('n.md') as TFile;
		const changed: string[] = [];
		app.metadataCache.on('changed', (f: TFile, data: string) => changed.push(`${f.path}: ${data}`));
		await app.vault.modify(file, '---\nk: 2\n---\nbody');
		expect(changed).toEqual([]); // not synchronous with the write
		await fake.settle();
		expect(changed).toEqual(['n.md: ---\nk: 2\n---\nbody']);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ k: 2 });
		await app.vault.rename(file, 'm.md');
		await fake.settle();
		expect(changed).toHaveLength(1);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ k: 2 });
	});

	it('reads dates as strings, as the app does', () => {
		const app = createFakeApp({ files: { 'n.md': '---\ndate: 2026-11-28\n---\n' } });
		expect(app.metadataCache.getCache('n.md')?.frontmatter).toEqual({ date: '2026-11-28' });
	});
});

describe('fake FileManager.processFrontMatter', () => {
	it('rewrites the YAML block, dropping comments, and leaves the body byte for byte', async () => {
		const body = '## Organize\r\n- [ ] call Jo 📅 2026-12-03  \n\n%% prompt %%\n';
		const app = createFakeApp({ files: { 'n.md': `---\ntype: person # a comment\nlast-contact: 2026-11-02\n---\n${body}` } });
		const file = app.vault.getFileByPath('n.md') as TFile;
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm['last-contact'] = '2026-11-29';
			fm.knows = ['[[Jo Chen]]'];
		});
		const text = await app.vault.read(file);
		expect(text).toBe(`---\ntype: person\nlast-contact: 2026-11-29\nknows:\n  - '[[Jo Chen]]'\n---\n${body}`);
	});

	it('adds a block to a note without one', async () => {
		const app = createFakeApp({ files: { 'n.md': 'just text' } });
		const file = app.vault.getFileByPath('n.md') as TFile;
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.type = 'person';
		});
		expect(await app.vault.read(file)).toBe('---\ntype: person\n---\njust text');
	});

	it('throws on unparseable YAML and leaves the note alone', async () => {
		const app = createFakeApp({ files: { 'n.md': '---\na: [unclosed\n---\nbody' } });
		const file = app.vault.getFileByPath('n.md') as TFile;
		await expect(app.fileManager.processFrontMatter(file, () => {})).rejects.toThrow();
		expect(await app.vault.read(file)).toBe('---\na: [unclosed\n---\nbody');
	});
});
