/**
 * Which lines are tasks, and with which status character, held to Obsidian's own parser: what
 * `metadataCache.listItems` reports is what the user, Tasks and Dataview see (DESIGN §6). Each
 * note below is a file whose cached metadata Obsidian recorded, published by the Tasks plugin as
 * test data (obsidian-tasks-group/obsidian-tasks, tests/Obsidian/__test_data__/<name>.json: the
 * `fileContents` and the `listItems` with a `task` field). Each case names that file; the expected
 * lines are Obsidian's 0-based `position.start.line` + 1 and its `task` character, copied by hand.
 * Both the automatic path (fast path, or remark when it is unsure) and remark alone must agree with
 * Obsidian; where remark's block structure disagrees, our Obsidian layer on top decides, and the
 * case says so.
 */
import { describe, expect, it } from 'vitest';
import { explainNote } from '../../src/core/explain';
import { parseNote, readNoteStructure, toParseOptions } from '../../src/core/note-parser';
import { VaultIndex } from '../../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../../src/settings';

/** A 1-on-1 by folder (no front matter, so the lines are Obsidian's). */
const PATH = '1-on-1s/2026-11-20 Jo Chen.md';
const OPTIONS = toParseOptions(DEFAULT_SETTINGS);

interface ObsidianCase {
	/** The test-data file Obsidian's output was recorded in. */
	readonly recorded: string;
	readonly text: string;
	/** Obsidian's task list items: [1-based line, status character]. */
	readonly tasks: ReadonlyArray<readonly [number, string]>;
	/** Lines that look like tasks but are none for Obsidian, and the reason our explanation gives. */
	readonly notTasks?: ReadonlyArray<readonly [number, RegExp]>;
}

const CASES: Readonly<Record<string, ObsidianCase>> = {
	'tasks in a callout, one nested': {
		recorded: 'callout.json',
		text: "# callout\n\n> [!todo]\n> - [ ] #task Task in 'callout'\n>     - [ ] #task Task indented in 'callout'\n\n```tasks\nnot done\npath includes {{query.file.path}}\n```\n",
		tasks: [[4, ' '], [5, ' ']],
	},
	'tasks in a quote, one nested': {
		recorded: 'blockquote.json',
		text: "# blockquote\n\n> - [ ] #task Task in 'blockquote'\n>     - [ ] #task Task indented in 'blockquote'\n",
		tasks: [[3, ' '], [4, ' ']],
	},
	'tasks three callouts deep, lines starting with a space': {
		recorded: 'callouts_nested_issue_2890_labelled.json',
		text: ' > [!Calendar]+ MONTH\n >> [!Check]+ GROUP\n >>> [!Attention]+ Correction TITLE\n >>> Some stuff goes here\n >>> - [ ] #task Correction1\n >>> - [ ] #task Correction2\n >>> - [ ] #task Correction3\n >>> - [ ] #task Correction4\n\n```tasks\nnot done\npath includes {{query.file.path}}\n```\n',
		tasks: [[5, ' '], [6, ' '], [7, ' '], [8, ' ']],
	},
	'a task in a %% block right after a paragraph, and inline %% comments in tasks': {
		// remark reads `%%` as paragraph text and the next line as a list item interrupting it: a task.
		// Obsidian makes the block a comment section: no task. Our comment layer follows Obsidian.
		recorded: 'comments_markdown_style.json',
		text: "# comments_markdown_style\n\nWhole task line is ignored by Obsidian's `cachedMetadata`:\n%%\n- [ ] #task Whole task in 'comments_markdown_style'\n%%\n\n- [ ] #task Whole task in 'comments_markdown_style' - with commented-out tag: %% #i-am-parsed-by-obsidian  %% - is recognised by Obsidian's `cachedMetadata`\n- [ ] #task Whole task in 'comments_markdown_style' - with commented-out link: %% [[comments_html_style]]  %% - is recognised by Obsidian's `cachedMetadata`\n",
		tasks: [[8, ' '], [9, ' ']],
		notTasks: [[5, /^inside a %% or HTML comment/]],
	},
	'a task in an HTML comment block, and inline HTML comments in tasks': {
		recorded: 'comments_html_style.json',
		text: "# comments_html_style\n\nWhole task line is ignored by Obsidian's `cachedMetadata`:\n<!--\n- [ ] #task Whole task in 'comments_html_style'\n-->\n\n- [ ] #task Whole task in 'comments_html_style' - with commented-out tag: <!-- #i-am-ignored-by-obsidian  --> - is ignored by Obsidian's `cachedMetadata`, but Tasks recognises it\n- [ ] #task Whole task in 'comments_html_style' - with commented-out link: <!-- [[comments_markdown_style]]  --> - is ignored by Obsidian's `cachedMetadata`\n",
		tasks: [[8, ' '], [9, ' ']],
		notTasks: [[5, /^inside a code block or an HTML block/]],
	},
	'status characters, custom ones included': {
		recorded: 'list_statuses.json',
		text: '`cachedMetadata.listItems` have a `task` field which is the single-character "status symbol".\n\n- [ ] #task Todo\n- [/] #task In Progress\n- [x] #task Done ✅ 2024-05-26\n- [-] #task Cancelled ❌ 2024-05-26\n',
		tasks: [[3, ' '], [4, '/'], [5, 'x'], [6, '-']],
	},
	'numbers and punctuation right after the checkbox': {
		recorded: 'numbered_tasks_issue_3481.json',
		text: "# numbered_tasks_issue_3481\n\nSee https://github.com/obsidian-tasks-group/obsidian-tasks/issues/3481.\n\n- [ ] 1. #task Task 1 in 'numbered_tasks_issue_3481'\n- [ ] 2 #task Task 2 in 'numbered_tasks_issue_3481'\n- [ ] 3) #task Task 3 in 'numbered_tasks_issue_3481'\n- [ ] 4 - #task Task 4 in 'numbered_tasks_issue_3481'\n- [ ] 5: #task Task 5 in 'numbered_tasks_issue_3481'\n- [ ] (6) #task Task 6 in 'numbered_tasks_issue_3481'\n\nThe file [[numbered_tasks_issue_3481_searches]] shows how Obsidian and some plugins parse the above data.\n",
		tasks: [[5, ' '], [6, ' '], [7, ' '], [8, ' '], [9, ' '], [10, ' ']],
	},
	'nested tasks with code blocks inside them': {
		recorded: 'code_block_in_task.json',
		text: "# code_block_in_task\n\n## Tasks with code blocks - code-blocks wrongly hidden\n\n- [ ] #task Task in 'code_block_in_task' level-1-a\n    - [ ] #task Task in 'code_block_in_task' level-2-a\n      ```sh\n      ls -la\n      ```\n    - [ ] #task Task in 'code_block_in_task' level-2-b\n- [ ] #task Task in 'code_block_in_task' level-1-b\n  ```sh\n  ls -la\n  ```\n- [ ] #task Task in 'code_block_in_task' level-1-c\n\nRelated issues:\n\n- #3344: [Code block in list doesn't render in Reading mode](https://github.com/obsidian-tasks-group/obsidian-tasks/issues/3344)\n- #2061: [Multi-line tasks (indented lines below a task items) are not shown in Reading mode and Tasks query results](https://github.com/obsidian-tasks-group/obsidian-tasks/issues/2061)\n\n## Non-tasks with code blocks - code blocks rendered correctly\n\n- [ ] Non-task in 'code_block_in_task' level-1-a\n    - [ ] Non-task in 'code_block_in_task' level-2-a\n      ```sh\n      ls -la\n      ```\n    - [ ] Non-task in 'code_block_in_task' level-2-b\n- [ ] Non-task in 'code_block_in_task' level-1-b\n  ```sh\n  ls -la\n  ```\n- [ ] Non-task in 'code_block_in_task' level-1-c\n",
		tasks: [[5, ' '], [6, ' '], [10, ' '], [11, ' '], [15, ' '], [24, ' '], [25, ' '], [29, ' '], [30, ' '], [34, ' ']],
	},
	'a task-looking line in a fenced code block, an HTML comment and a %% comment': {
		recorded: 'non_tasks.json',
		text: "# non_tasks\n\n```tasks\npath includes {{query.file.path}}\n```\n\n```\n- [ ] I look like a task but am in a code block\n```\n\nBelow is an HTML comment in `<!-- .... ->`, so the \"task\" inside is not seen by Obsidian or any of its task-based plugins.\n\n<!--\n- [ ] I look like a task but am in an HTML comment\n-->\n\nBelow is an Obsidian comment in `%% ... %%`, so the \"task\" inside is not seen by Obsidian or any of its task-based plugins.\n\n%%\n- [ ] I look like a task but am in an Obsidian (percent) comment\n%%\n",
		tasks: [],
		notTasks: [[8, /^inside a code block/], [14, /^inside a code block or an HTML block/], [20, /^inside a %% or HTML comment/]],
	},
};

function explain(text: string) {
	const index = new VaultIndex();
	index.upsert(parseNote(PATH, text, OPTIONS));
	return explainNote({ index, path: PATH, text, today: '2026-12-01', options: DEFAULT_SETTINGS });
}

describe('tasks as Obsidian sees them (metadataCache.listItems)', () => {
	it('says when the fast path was unsure, and why', () => {
		// An HTML block the fast path does not model: remark reads this small note instead.
		const explanation = explain('## Organize\n<div>\nnotes\n</div>\n\n- [ ] Call the steward\n');
		expect(explanation.parser).toBe('remark');
		expect(explanation.parserReason).toMatch(/^the fast path was unsure \(.*\(line 2\)\), and the note is small and simple enough for remark, the reference parser$/);
		expect(explanation.tasks.map((task) => task.line)).toEqual([6]);
	});

	for (const [name, spec] of Object.entries(CASES)) {
		it(`${name} (Obsidian: ${spec.recorded})`, () => {
			const explanation = explain(spec.text);
			expect(explanation.tasks.map((task) => [task.line, task.status])).toEqual(spec.tasks);
			// remark alone, under the same Obsidian layer, gives Obsidian's answer too.
			const byRemark = parseNote(PATH, spec.text, { ...OPTIONS, engine: 'remark' });
			expect(byRemark.commitments.map((c) => [c.line, c.statusChar])).toEqual(spec.tasks);
			// The fast path alone, wherever it is sure of itself (where it is not, remark reads small notes).
			if (readNoteStructure(spec.text, { ...OPTIONS, escalate: false }).unsureReason === undefined) {
				const fast = parseNote(PATH, spec.text, { ...OPTIONS, escalate: false });
				expect(fast.commitments.map((c) => [c.line, c.statusChar])).toEqual(spec.tasks);
			}
			const notTasks = explanation.notTasks.map((line) => line.line);
			expect(notTasks).toEqual((spec.notTasks ?? []).map(([line]) => line));
			for (const [line, why] of spec.notTasks ?? []) expect(explanation.notTasks.find((entry) => entry.line === line)?.why).toMatch(why);
		});
	}

	it('says when a note was too large for remark and the fast path kept its unsure reading', () => {
		const text = `## Organize\n<div>\nnotes\n</div>\n- [ ] Call the steward\n${'word '.repeat(25_000)}\n`;
		const explanation = explain(text);
		expect(explanation.parser).toBe('fast');
		expect(explanation.parserDetail).toBe('fast-unsure');
		expect(explanation.parserReason).toMatch(/but the note is too large or complex for remark, so the fast path's reading is kept: tasks and headings from line 2 on may be misread/);
		expect(explanation.problems.map((problem) => problem.message)).toContain('This note is too large or complex to check fully: its tasks and headings from this line on may be misread. Check them with Explain this note, or split the note.');
	});

	it('remark alone would take the task in a %% block after a paragraph for a list item: Obsidian does not, and neither do we', () => {
		const spec = CASES['a task in a %% block right after a paragraph, and inline %% comments in tasks'];
		const remark = readNoteStructure(spec.text, { ...OPTIONS, engine: 'remark' });
		// remark's block structure: a list item on line 5 (0-based 4), before our comment layer.
		expect(remark.structure.tasks.map((task) => task.lineIndex + 1)).toContain(5);
		expect(explain(spec.text).tasks.map((task) => task.line)).not.toContain(5);
	});
});
