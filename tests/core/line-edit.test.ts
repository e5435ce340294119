/**
 * The line-exact edit (DESIGN §4): Mark done writes what Tasks and Dataview write, on the one line
 * the index read, and nothing else; undo puts the line back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRefusal, markCommitmentDone, replaceIndexedLine } from '../../src/core/line-edit';
import { parseNote } from '../../src/core/note-parser';

const TODAY = '2026-11-29';

function done(text: string, line: number, raw: string): string {
	const result = markCommitmentDone(text, { line, raw }, TODAY);
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result.text;
}

describe('markCommitmentDone', () => {
	it('ticks a Tasks-style line and appends the done date', () => {
		expect(done('# Talk\n- [ ] sign the petition 📅 2026-11-20\n', 2, '- [ ] sign the petition 📅 2026-11-20'))
			.toBe('# Talk\n- [x] sign the petition 📅 2026-11-20 ✅ 2026-11-29\n');
	});

	it('puts the done date before a trailing block id', () => {
		expect(done('- [ ] sign it 📅 2026-11-20 ^abc-1', 1, '- [ ] sign it 📅 2026-11-20 ^abc-1'))
			.toBe('- [x] sign it 📅 2026-11-20 ✅ 2026-11-29 ^abc-1');
	});

	it('writes [completion:: today] on a Dataview-format line', () => {
		expect(done('- [ ] bring the contract [due:: 2026-12-01]\n', 1, '- [ ] bring the contract [due:: 2026-12-01]'))
			.toBe('- [x] bring the contract [due:: 2026-12-01] [completion:: 2026-11-29]\n');
	});

	it('ticks an in-progress box, a numbered item and a task in a callout', () => {
		expect(done('1. [/] call Jo', 1, '1. [/] call Jo')).toBe('1. [x] call Jo ✅ 2026-11-29');
		expect(done('> - [ ] call Jo', 1, '> - [ ] call Jo')).toBe('> - [x] call Jo ✅ 2026-11-29');
		expect(done('\t* [ ] call Jo', 1, '\t* [ ] call Jo')).toBe('\t* [x] call Jo ✅ 2026-11-29');
	});

	it('keeps CRLF line endings, a BOM and a missing final newline', () => {
		expect(done('\ufeff---\r\ntype: one-on-one\r\n---\r\n- [ ] call Jo\r\nend', 4, '- [ ] call Jo'))
			.toBe('\ufeff---\r\ntype: one-on-one\r\n---\r\n- [x] call Jo ✅ 2026-11-29\r\nend');
	});

	it('follows the line when lines were inserted above it', () => {
		expect(done('new line\n- [ ] call Jo\n', 1, '- [ ] call Jo')).toBe('new line\n- [x] call Jo ✅ 2026-11-29\n');
	});

	it('refuses when the line changed, or appears twice', () => {
		expect(markCommitmentDone('- [ ] call Jo today\n', { line: 1, raw: '- [ ] call Jo' }, TODAY)).toEqual({ ok: false, reason: 'line-missing' });
		expect(markCommitmentDone('x\n- [ ] call Jo\n- [ ] call Jo\n', { line: 1, raw: '- [ ] call Jo' }, TODAY)).toEqual({ ok: false, reason: 'line-ambiguous' });
	});

	it('edits the indexed line even when an equal line exists elsewhere', () => {
		expect(done('- [ ] call Jo\n- [ ] call Jo\n', 2, '- [ ] call Jo')).toBe('- [ ] call Jo\n- [x] call Jo ✅ 2026-11-29\n');
	});

	it('leaves recurring tasks to the Tasks plugin', () => {
		expect(markCommitmentDone('- [ ] stewards meeting 🔁 every week 📅 2026-11-20', { line: 1, raw: '- [ ] stewards meeting 🔁 every week 📅 2026-11-20' }, TODAY))
			.toEqual({ ok: false, reason: 'recurring' });
		expect(markCommitmentDone('- [ ] stewards meeting [repeat:: every week]', { line: 1, raw: '- [ ] stewards meeting [repeat:: every week]' }, TODAY))
			.toEqual({ ok: false, reason: 'recurring' });
	});

	it('leaves a task the Tasks plugin deletes when done (🏁 delete) to that plugin, and marks one it keeps', () => {
		const refused = (raw: string) => markCommitmentDone(raw, { line: 1, raw }, TODAY);
		expect(refused('- [ ] book the hall 🏁 delete 📅 2026-11-20')).toEqual({ ok: false, reason: 'deleted-when-done' });
		expect(refused('- [ ] book the hall 🏁 Delete')).toEqual({ ok: false, reason: 'deleted-when-done' });
		expect(refused('- [ ] book the hall [onCompletion:: delete]')).toEqual({ ok: false, reason: 'deleted-when-done' });
		expect(refused('- [ ] book the hall (onCompletion:: delete)')).toEqual({ ok: false, reason: 'deleted-when-done' });
		expect(done('- [ ] book the hall 🏁 keep', 1, '- [ ] book the hall 🏁 keep')).toBe('- [x] book the hall 🏁 keep ✅ 2026-11-29');
		// Only the field deletes: the word in the text, or the flag inside inline code, does not.
		expect(done('- [ ] ask them to delete the group chat', 1, '- [ ] ask them to delete the group chat')).toBe('- [x] ask them to delete the group chat ✅ 2026-11-29');
		expect(done('- [ ] explain `🏁 delete` to Jo', 1, '- [ ] explain `🏁 delete` to Jo')).toBe('- [x] explain `🏁 delete` to Jo ✅ 2026-11-29');
		expect(describeRefusal('deleted-when-done')).toBe('This task is set to be deleted when done (🏁 delete): mark it done in the note, so the Tasks plugin can delete it.');
	});

	it('refuses done and cancelled tasks and lines that are no task', () => {
		expect(markCommitmentDone('- [x] call Jo', { line: 1, raw: '- [x] call Jo' }, TODAY)).toEqual({ ok: false, reason: 'already-done' });
		expect(markCommitmentDone('- [-] call Jo', { line: 1, raw: '- [-] call Jo' }, TODAY)).toEqual({ ok: false, reason: 'cancelled' });
		expect(markCommitmentDone('call Jo', { line: 1, raw: 'call Jo' }, TODAY)).toEqual({ ok: false, reason: 'not-a-task' });
	});

	it('replaces the done date a reopened task still carries, and keeps one that is part of the text', () => {
		expect(done('- [ ] call Jo 📅 2026-11-20 ✅ 2026-10-05 ^b1', 1, '- [ ] call Jo 📅 2026-11-20 ✅ 2026-10-05 ^b1'))
			.toBe('- [x] call Jo 📅 2026-11-20 ✅ 2026-11-29 ^b1');
		expect(done('- [ ] call Jo [completion:: 2026-10-05] [due:: 2026-11-20]', 1, '- [ ] call Jo [completion:: 2026-10-05] [due:: 2026-11-20]'))
			.toBe('- [x] call Jo [due:: 2026-11-20] [completion:: 2026-11-29]');
		expect(done('- [ ] check ✅ 2026-10-05 is on the form 📅 2026-11-20', 1, '- [ ] check ✅ 2026-10-05 is on the form 📅 2026-11-20'))
			.toBe('- [x] check ✅ 2026-10-05 is on the form 📅 2026-11-20 ✅ 2026-11-29');
		const text = done('- [ ] call Jo ✅ 2026-10-05 📅 2026-11-20', 1, '- [ ] call Jo ✅ 2026-10-05 📅 2026-11-20');
		expect(parseNote('1-on-1s/2026-10-01 Jo.md', `---\ntype: one-on-one\ndate: 2026-10-01\n---\n${text}`).commitments[0]).toMatchObject({ status: { kind: 'done', doneOn: TODAY }, due: '2026-11-20' });
	});

	it('writes a line the parser reads as done on today', () => {
		const text = done('---\ntype: one-on-one\ndate: 2026-11-01\n---\n- [ ] call Jo 📅 2026-11-20 ^b1\n', 5, '- [ ] call Jo 📅 2026-11-20 ^b1');
		const [commitment] = parseNote('1-on-1s/2026-11-01 Jo.md', text).commitments;
		expect(commitment).toMatchObject({ status: { kind: 'done', doneOn: TODAY }, due: '2026-11-20', text: 'call Jo' });
	});
});

const lineText = fc.oneof(
	fc.constantFrom('', '# Organize', '- [ ] call Jo', '- [ ] call Jo', '* [x] done ✅ 2026-11-01', 'text', '> - [ ] in a quote ^id'),
	fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ' ')),
);
const ending = fc.constantFrom('\n', '\r\n');

describe('line edit properties', () => {
	it('changes only its line, and undo restores the text exactly', () => {
		fc.assert(
			fc.property(
				fc.boolean(),
				fc.array(fc.tuple(lineText, ending), { minLength: 1, maxLength: 12 }),
				fc.boolean(),
				fc.nat(),
				fc.constantFrom(' 📅 2026-12-01', ' [due:: 2026-12-01]', ' ^blk', '', '  '),
				(bom, rows, finalNewline, pick, tail) => {
					const at = pick % rows.length;
					rows[at] = [`- [ ] the task${tail}`, rows[at][1]];
					const text = (bom ? '\ufeff' : '') + rows.map(([l, e], i) => l + (i < rows.length - 1 || finalNewline ? e : '')).join('');
					const result = markCommitmentDone(text, { line: at + 1, raw: rows[at][0] }, TODAY);
					expect(result.ok).toBe(true);
					if (!result.ok) return;
					expect(result.line).toBe(at + 1);
					// Everything before and after the edited line is byte-identical.
					const prefix = (bom ? '\ufeff' : '') + rows.slice(0, at).map(([l, e]) => l + e).join('');
					expect(result.text.startsWith(prefix + result.after)).toBe(true);
					expect(result.text.slice(prefix.length + result.after.length)).toBe(text.slice(prefix.length + rows[at][0].length));
					const undone = replaceIndexedLine(result.text, { line: result.line, raw: result.after }, result.before);
					expect(undone.ok && undone.text).toBe(text);
				},
			),
		);
	});
});
