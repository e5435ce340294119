/**
 * The block structure of a note body, as both parse paths report it: the one thing the fast path
 * and remark must agree on. Everything else (links, fields, comments, commitments) is read from the
 * lines by the shared Obsidian layer.
 */

/** A heading. `column` is the index of the first `#` of an ATX heading; setext headings carry their text. */
export interface HeadingBlock {
	/** 0-based line index. */
	readonly lineIndex: number;
	readonly level: number;
	/** Index of the first `#` in the line, or -1 for a setext heading. */
	readonly column: number;
	readonly setextText?: string;
}

/** A task list item: the line of its first paragraph and the index of its `[` in that line. */
export interface TaskBlock {
	readonly lineIndex: number;
	readonly column: number;
}

/** Block structure of a body. Opaque lines are inside code or HTML blocks, or the front matter. */
export interface BlockStructure {
	readonly headings: readonly HeadingBlock[];
	readonly tasks: readonly TaskBlock[];
	/** 1 for each 0-based line index that is inside code, an HTML block or the front matter. */
	readonly opaque: Uint8Array;
}
