/**
 * `FileManager.processFrontMatter`: the one way the plugin changes properties. Rewrites only the
 * YAML block and leaves the body byte for byte.
 */
import { dump, load, CORE_SCHEMA } from 'js-yaml';
import { TFile, type TAbstractFile } from './files';
import { guard, registerApiClass } from './not-implemented';
import type { DataWriteOptions, Vault } from './vault';

const BLOCK = /^---\r?\n([\s\S]*?)(?:\r?\n)?---[ \t]*(?:\r?\n|$)/;

export class FileManager {
	constructor(private readonly vault: Vault) {
		return guard(this, new.target);
	}

	/**
	 * d.ts: "Atomically read, modify, and save the frontmatter of a note. The frontmatter is passed in
	 * as a JS object, and should be mutated directly to achieve the desired result." "@throws
	 * YAMLParseError if the YAML parsing fails" "@throws any errors that your callback function
	 * throws". The block is re-serialized from the object, so YAML comments and the original quoting
	 * are lost, as in the app. Dates stay strings (core schema). A note without a block gets one; a
	 * block left empty is removed (what the Properties view does when the last property goes).
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		await this.vault.process(
			file,
			(text) => {
				const match = BLOCK.exec(text);
				const body = match ? text.slice(match[0].length) : text;
				const parsed: unknown = match ? load(match[1], { schema: CORE_SCHEMA }) : {};
				const frontmatter = parsed === null || parsed === undefined ? {} : parsed;
				if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
					throw new Error('YAMLParseError: front matter is not a map of properties');
				}
				fn(frontmatter as Record<string, unknown>);
				if (Object.keys(frontmatter).length === 0) return body;
				const yaml = dump(frontmatter, { schema: CORE_SCHEMA, lineWidth: -1 });
				return `---\n${yaml}---\n${body}`;
			},
			options,
		);
	}

	/**
	 * d.ts: "Remove a file or a folder from the vault according the user's preferred 'trash' options
	 * (either moving the file to .trash/ or the OS trash bin)." The fake has no trash folder: the file
	 * leaves the vault and `delete` fires, which is what a plugin observes either way.
	 */
	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file);
	}

	/** d.ts `renameFile`: "Rename or move a file safely, and update all links to it". Links are not updated in the fake. */
	async renameFile(file: TFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}
}
registerApiClass(FileManager, 'FileManager');
