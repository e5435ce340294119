/**
 * A plain-text `Editor` over one document, as a `MarkdownView` in source mode gives it. Positions are
 * d.ts `EditorPosition` (`line` 0-based, `ch` 0-based).
 */
import { guard, registerApiClass } from './not-implemented';

/** d.ts `EditorPosition`. */
export interface EditorPosition {
	line: number;
	ch: number;
}

/** d.ts `EditorRange`. */
export interface EditorRange {
	from: EditorPosition;
	to: EditorPosition;
}

/** d.ts `EditorRangeOrCaret`. */
export interface EditorRangeOrCaret {
	from: EditorPosition;
	to?: EditorPosition;
}

/** d.ts `EditorChange`. */
export interface EditorChange extends EditorRangeOrCaret {
	text: string;
}

/** d.ts `EditorTransaction`. */
export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selections?: EditorRangeOrCaret[];
	selection?: EditorRangeOrCaret;
}

/** d.ts `EditorSelection`. */
export interface EditorSelection {
	anchor: EditorPosition;
	head: EditorPosition;
}

export class Editor {
	private text = '';
	private selection: EditorSelection = { anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } };
	private focused = false;

	/** @param onChange called after every edit (the view marks itself dirty and requests a save). */
	constructor(private readonly onChange: (text: string) => void = () => {}) {
		return guard(this, new.target);
	}

	private lines(): string[] {
		return this.text.split('\n');
	}

	private clamp(pos: EditorPosition): EditorPosition {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		return { line, ch: Math.max(0, Math.min(pos.ch, lines[line].length)) };
	}

	private ordered(): EditorRange {
		const { anchor, head } = this.selection;
		const a = this.posToOffset(anchor);
		const h = this.posToOffset(head);
		return a <= h ? { from: anchor, to: head } : { from: head, to: anchor };
	}

	private edit(next: string): void {
		this.text = next;
		this.onChange(next);
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.text;
	}

	/** Replaces the whole document (cursor to the start, as the app does). */
	setValue(content: string): void {
		this.selection = { anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } };
		this.edit(content);
	}

	/** d.ts: "Get the text at line (0-indexed)". */
	getLine(line: number): string {
		return this.lines()[line] ?? '';
	}

	setLine(n: number, text: string): void {
		const lines = this.lines();
		if (n < 0 || n >= lines.length) return;
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: lines[n].length });
	}

	/** d.ts: "Gets the number of lines in the document". */
	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lines().length - 1;
	}

	getSelection(): string {
		const { from, to } = this.ordered();
		return this.getRange(from, to);
	}

	somethingSelected(): boolean {
		return this.getSelection().length > 0;
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	replaceSelection(replacement: string): void {
		const { from, to } = this.ordered();
		this.replaceRange(replacement, from, to);
		const end = this.offsetToPos(this.posToOffset(from) + replacement.length);
		this.selection = { anchor: end, head: end };
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const start = this.posToOffset(from);
		const end = to ? this.posToOffset(to) : start;
		this.edit(this.text.slice(0, start) + replacement + this.text.slice(end));
	}

	/**
	 * d.ts `transaction(tx: EditorTransaction, origin?: string)`: all changes at once, as one undo
	 * step. As in CodeMirror, which the app's editor is, every change's positions refer to the
	 * document before the transaction and changes must not overlap; `selection` refers to the
	 * document after it. Counted in `transactionCount`, so a test can see one edit was one step.
	 */
	transaction(tx: EditorTransaction, origin?: string): void {
		void origin;
		const changes: EditorChange[] = [...(tx.changes ?? [])];
		if (tx.replaceSelection !== undefined) {
			const { from, to } = this.ordered();
			changes.push({ from, to, text: tx.replaceSelection });
		}
		const resolved = changes
			.map((change, order) => ({ start: this.posToOffset(change.from), end: this.posToOffset(change.to ?? change.from), text: change.text, order }))
			.sort((a, b) => a.start - b.start || a.order - b.order);
		for (let i = 1; i < resolved.length; i++) {
			if (resolved[i].start < resolved[i - 1].end) throw new Error('fake obsidian: Editor.transaction changes overlap');
		}
		let next = this.text;
		for (const change of resolved.slice().reverse()) next = next.slice(0, change.start) + change.text + next.slice(change.end);
		this.transactionCount++;
		this.edit(next);
		const selection = tx.selections?.[0] ?? tx.selection;
		if (selection) this.setSelection(selection.from, selection.to ?? selection.from);
	}

	/** Test-only (read as `editor['transactionCount']`): how many transactions ran, one per undo step. */
	private transactionCount = 0;

	getCursor(which: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
		if (which === 'from') return this.ordered().from;
		if (which === 'to') return this.ordered().to;
		return { ...this.selection[which] };
	}

	listSelections(): EditorSelection[] {
		return [{ anchor: { ...this.selection.anchor }, head: { ...this.selection.head } }];
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const at = this.clamp(typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos);
		this.selection = { anchor: at, head: at };
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.selection = { anchor: this.clamp(anchor), head: this.clamp(head ?? anchor) };
	}

	focus(): void {
		this.focused = true;
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	scrollIntoView(): void {}

	posToOffset(pos: EditorPosition): number {
		const { line, ch } = this.clamp(pos);
		const lines = this.lines();
		let offset = 0;
		for (let i = 0; i < line; i++) offset += lines[i].length + 1;
		return offset + ch;
	}

	offsetToPos(offset: number): EditorPosition {
		const lines = this.lines();
		let rest = Math.max(0, Math.min(offset, this.text.length));
		for (let line = 0; line < lines.length; line++) {
			if (rest <= lines[line].length) return { line, ch: rest };
			rest -= lines[line].length + 1;
		}
		return { line: lines.length - 1, ch: lines[lines.length - 1].length };
	}
}
registerApiClass(Editor, 'Editor');
