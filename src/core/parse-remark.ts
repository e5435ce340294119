/**
 * The reference path: block structure from remark (unified + remark-parse + remark-frontmatter + the
 * GFM task list item extension). Only the structure is kept; the tree is dropped at once.
 *
 * The shared front-matter detector has already blanked the front matter lines (so `...` closers and
 * `---js` blocks end the same way on both paths); remark-frontmatter stays in the pipeline so this is
 * the pipeline DESIGN §6 names. GFM accepts only `[ ]`, `[x]` and `[X]`; a list item whose paragraph
 * starts with another single-character box such as `[/]` is a task in our Obsidian layer.
 */

import { unified } from 'unified';
import type { Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Nodes, Parents, Root } from 'mdast';
import type { BlockStructure, HeadingBlock, TaskBlock } from './block-structure';
import { isGfmStatusChar, matchCheckbox } from './obsidian-syntax';

/** Adds the GFM task list item syntax and its mdast conversion to a unified processor. */
function remarkTaskListItems(this: Processor): void {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(gfmTaskListItem());
	(data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTaskListItems).freeze();

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);

/** Maps an offset in the text to its 0-based line index and the index within that line. */
class LineMap {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) this.starts.push(index + 1);
	}

	locate(offset: number): { readonly lineIndex: number; readonly column: number } {
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.starts[middle] <= offset) low = middle;
			else high = middle - 1;
		}
		return { lineIndex: low, column: offset - this.starts[low] };
	}
}

function startOffset(node: Nodes): number | undefined {
	return node.position?.start.offset;
}

function readSetextText(node: Nodes & Parents, text: string): string {
	const first = node.children[0];
	const last = node.children[node.children.length - 1];
	const from = first === undefined ? undefined : startOffset(first);
	const to = last?.position?.end.offset;
	if (from === undefined || to === undefined) return '';
	return text.slice(from, to).split('\n').map((part) => part.replace(/^[ \t>]*/, '').trim()).join(' ').trim();
}

/** Where the checkbox of a task list item is, from its first paragraph. */
function locateTask(item: Nodes & Parents, lines: readonly string[], map: LineMap): TaskBlock | undefined {
	if (item.type !== 'listItem') return undefined;
	const paragraph = item.children.find((child) => child.type !== 'definition');
	if (paragraph === undefined || paragraph.type !== 'paragraph') return undefined;
	const offset = startOffset(paragraph);
	if (offset === undefined) return undefined;
	const { lineIndex, column } = map.locate(offset);
	const line = lines[lineIndex] ?? '';
	if (typeof item.checked === 'boolean') {
		// The GFM extension moves the paragraph's start past `[x] ` when text follows on the line.
		const shifted = column - 4;
		if (shifted >= 0 && line[shifted] === '[' && line[shifted + 2] === ']') return { lineIndex, column: shifted };
		return { lineIndex, column };
	}
	if (item.children[0] !== paragraph) return undefined;
	const box = matchCheckbox(line.slice(column));
	if (box === undefined || isGfmStatusChar(box.statusChar)) return undefined;
	return { lineIndex, column };
}

/**
 * Parses the body with remark and returns its block structure. `lines` are the note's lines (front
 * matter lines blank), `bodyStart` the first body line; earlier lines are opaque.
 */
export function scanBlocksRemark(lines: readonly string[], bodyStart: number): BlockStructure {
	const text = lines.join('\n');
	const tree: Root = processor.parse(text);
	const map = new LineMap(text);
	const opaque = new Uint8Array(lines.length);
	opaque.fill(1, 0, bodyStart);
	const headings: HeadingBlock[] = [];
	const tasks: TaskBlock[] = [];
	const pending: Array<{ readonly node: Nodes; readonly parentType: string }> = [{ node: tree, parentType: '' }];
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		const { node, parentType } = next;
		const start = node.position?.start.line;
		// micromark ends a fence that its list item or quote cut off at the start of the next line:
		// that line is not in the code.
		const endsAtLineStart = node.position !== undefined && node.position.end.column === 1 && node.position.end.line > node.position.start.line;
		const end = node.position === undefined ? undefined : node.position.end.line - (endsAtLineStart ? 1 : 0);
		if (node.type === 'code' || node.type === 'yaml' || (node.type === 'html' && FLOW_PARENTS.has(parentType))) {
			if (start !== undefined && end !== undefined) opaque.fill(1, start - 1, end);
			continue;
		}
		if (node.type === 'heading') {
			const offset = startOffset(node);
			if (offset !== undefined) {
				const { lineIndex, column } = map.locate(offset);
				if (lines[lineIndex]?.[column] === '#') headings.push({ lineIndex, level: node.depth, column });
				else headings.push({ lineIndex, level: node.depth, column: -1, setextText: readSetextText(node, text) });
			}
		}
		if (node.type === 'listItem') {
			const task = locateTask(node, lines, map);
			if (task !== undefined) tasks.push(task);
		}
		if ('children' in node) {
			for (let index = node.children.length - 1; index >= 0; index--) pending.push({ node: node.children[index], parentType: node.type });
		}
	}
	headings.sort((a, b) => a.lineIndex - b.lineIndex);
	tasks.sort((a, b) => a.lineIndex - b.lineIndex);
	return { headings, tasks, opaque };
}
