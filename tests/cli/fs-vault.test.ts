import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from '../../src/cli/fs-vault';
import { writeVault } from '../builders/temp-vault';
import { person } from '../support/builders';


describe('reading a vault folder', () => {
	it('skips the config folder, .trash, hidden folders, excluded folders, the Templates folder and template files', () => {
		const dir = writeVault({
			'People/Maria Lopez.md': person(),
			'.trash/People/Old.md': person(),
			'.hidden/Secret.md': person(),
			'.obsidian/snippets/x.md': person(),
			'.obsidian/templates.json': JSON.stringify({ folder: 'Meta/Templates' }),
			'.obsidian/plugins/relational-organizer/data.json': JSON.stringify({
				excludedFolders: ['Archive'],
				oneOnOneTemplate: 'Forms/1-on-1',
				personTemplate: 'Forms/Person.md',
			}),
			'Archive/Ex.md': person(),
			'Meta/Templates/Person {{title}}.md': person(),
			'Forms/1-on-1.md': '---\ntype: one-on-one\nperson: "[[{{person}}]]"\ndate: "{{date}}"\n---\n',
			'Forms/Person.md': person(),
			'Forms/Other.md': person(),
			'notes.txt': person(),
		});
		const { index } = loadVault(dir, '.obsidian');
		expect([...index.notes()].map((n) => n.path).sort()).toEqual(['Forms/Other.md', 'People/Maria Lopez.md']);
	});

	it('reads the settings from another config folder and warns about invalid values', () => {
		const dir = writeVault({
			'.config/plugins/relational-organizer/data.json': JSON.stringify({ yourName: 'Sam Rivera', stallDays: 'many' }),
		});
		const { settings, warnings } = loadVault(dir, '.config');
		expect(settings.yourName).toBe('Sam Rivera');
		expect(settings.stallDays).toBe(14);
		expect(warnings).toHaveLength(1);
	});

	it('survives a corrupt data.json with the defaults and a warning', () => {
		const dir = writeVault({ '.obsidian/plugins/relational-organizer/data.json': '{"yourName": ' });
		const { settings, warnings } = loadVault(dir, '.obsidian');
		expect(settings.yourName).toBe('');
		expect(warnings).toHaveLength(1);
	});

	it('refuses a path that is not a folder', () => {
		const dir = writeVault({ 'a.md': '' });
		expect(() => loadVault(join(dir, 'a.md'), '.obsidian')).toThrow(/not a folder \(it is a file\)/);
	});
});
