/**
 * `TAbstractFile`, `TFile`, `TFolder`: real classes, so the plugin's `instanceof TFile` checks work
 * exactly as in the app.
 */
import { guard, registerApiClass } from './not-implemented';
import type { Vault } from './vault';

/** d.ts: "This can be either a `TFile` or a `TFolder`." */
export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path.split('/').pop() ?? path;
		return guard(this, new.target);
	}

	/** Moves the object to `path` (the vault calls this on rename), keeping its identity. */
	protected setPath(path: string): void {
		this.path = path;
		this.name = path.split('/').pop() ?? path;
	}
}
registerApiClass(TAbstractFile, 'TAbstractFile');

/** File statistics; the d.ts `FileStats`. */
export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export class TFile extends TAbstractFile {
	stat: FileStats;
	basename = '';
	extension = '';

	constructor(vault: Vault, path: string, stat: FileStats) {
		super(vault, path);
		this.stat = stat;
		this.setPath(path);
	}

	protected override setPath(path: string): void {
		super.setPath(path);
		// d.ts: basename is the name without the extension; extension has no dot.
		const dot = this.name.lastIndexOf('.');
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : '';
	}
}
registerApiClass(TFile, 'TFile');

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === '/';
	}
}
registerApiClass(TFolder, 'TFolder');
