/**
 * Held-out review of Mark done (DESIGN §4): on every shape of task line an organizer writes, it
 * changes exactly that one line, to `[x]` plus `✅ today` (Tasks format) or `[completion:: today]`
 * (a line whose date fields are inline fields), before a trailing block id, and no other byte of
 * the note. Expected lines written by hand from DESIGN §2/§4 and the README's decisions.
 */
import { describe, expect, it } from 'vitest';
import { itemWith, pinToday, readNote, waitFor } from './harness';
import { clickAction, lastNotice, MARIA, mariaNote, replaceOnce, startPane, TALK, talkWith, TODAY } from './held-out-actions-support';

const body = [
	'> [!todo] Next steps',
	'> - [ ] Ask Jo about nights 📅 2026-11-20',
	'',
	'1. [ ] Count the signatures 📅 2026-11-21',
	'',
	'- [ ] Collect the petition #petition 📅 2026-11-20 ^petition',
	'\t- [ ] Print copies 📅 2026-11-19',
	'- [/] Draft the flyer 📅 2026-11-18',
	'* [ ] Call the steward [owner:: [[Maria Lopez]]] 📅 2026-11-17',
	'- [ ] Visit the break room (due:: 2026-11-16)',
	'- [ ] Meet the night crew 📅\ufe0f 2026-11-15',
	'- [ ] Book the room [due:: 2026-11-22] ^room',
	'- [ ] [due:: 2026-11-23] Reserve the hall',
	'- [ ] Think about the schedule',
	'- [ ] Sign up the new hires [created:: 2026-11-01]',
	'- [ ] Ask about breaks 📅 2026-11-13  ',
	'+ [>] Talk to the cooks 📅 2026-11-12',
	'',
];
const talk = talkWith(body);

/** [text shown in the pane, the line as written, the line expected after Mark done]. */
const cases: ReadonlyArray<readonly [string, string, string]> = [
	['Ask Jo about nights', '> - [ ] Ask Jo about nights 📅 2026-11-20', `> - [x] Ask Jo about nights 📅 2026-11-20 ✅ ${TODAY}`],
	['Count the signatures', '1. [ ] Count the signatures 📅 2026-11-21', `1. [x] Count the signatures 📅 2026-11-21 ✅ ${TODAY}`],
	['Collect the petition', '- [ ] Collect the petition #petition 📅 2026-11-20 ^petition', `- [x] Collect the petition #petition 📅 2026-11-20 ✅ ${TODAY} ^petition`],
	['Print copies', '\t- [ ] Print copies 📅 2026-11-19', `\t- [x] Print copies 📅 2026-11-19 ✅ ${TODAY}`],
	['Draft the flyer', '- [/] Draft the flyer 📅 2026-11-18', `- [x] Draft the flyer 📅 2026-11-18 ✅ ${TODAY}`],
	// An owner field is not a date field: the line's dates are emoji, so it is a Tasks line.
	['Call the steward', '* [ ] Call the steward [owner:: [[Maria Lopez]]] 📅 2026-11-17', `* [x] Call the steward [owner:: [[Maria Lopez]]] 📅 2026-11-17 ✅ ${TODAY}`],
	['Visit the break room', '- [ ] Visit the break room (due:: 2026-11-16)', `- [x] Visit the break room (due:: 2026-11-16) [completion:: ${TODAY}]`],
	['Meet the night crew', '- [ ] Meet the night crew 📅\ufe0f 2026-11-15', `- [x] Meet the night crew 📅\ufe0f 2026-11-15 ✅ ${TODAY}`],
	['Book the room', '- [ ] Book the room [due:: 2026-11-22] ^room', `- [x] Book the room [due:: 2026-11-22] [completion:: ${TODAY}] ^room`],
	['Reserve the hall', '- [ ] [due:: 2026-11-23] Reserve the hall', `- [x] [due:: 2026-11-23] Reserve the hall [completion:: ${TODAY}]`],
	// No date field at all: Tasks' format, the default of the plugin most organizers tick with.
	['Think about the schedule', '- [ ] Think about the schedule', `- [x] Think about the schedule ✅ ${TODAY}`],
	['Sign up the new hires', '- [ ] Sign up the new hires [created:: 2026-11-01]', `- [x] Sign up the new hires [created:: 2026-11-01] [completion:: ${TODAY}]`],
	['Ask about breaks', '- [ ] Ask about breaks 📅 2026-11-13  ', `- [x] Ask about breaks 📅 2026-11-13 ✅ ${TODAY}  `],
	['Talk to the cooks', '+ [>] Talk to the cooks 📅 2026-11-12', `+ [x] Talk to the cooks 📅 2026-11-12 ✅ ${TODAY}`],
];

const noticeText: Readonly<Record<string, string>> = {
	'Collect the petition': 'Collect the petition #petition',
	'Call the steward': 'Call the steward [owner:: Maria Lopez]',
};

describe('Mark done on each shape of task line (held out)', () => {
	pinToday(TODAY);

	it.each(cases)('"%s": changes only its own line, as written by hand', async (shown, before, after) => {
		const { running, el } = await startPane({ [MARIA]: mariaNote, [TALK]: talk });
		await clickAction(el, 'follow-up', shown, 'Mark done');
		expect(await readNote(running, TALK)).toBe(replaceOnce(talk, `\n${before}\n`, `\n${after}\n`));
		// The Notice names the task by its text: tags and an owner field are part of it (README).
		expect(lastNotice()).toBe(`Marked done: ${noticeText[shown] ?? shown}Undo`);
		await waitFor(() => itemWith(el, 'follow-up', shown)?.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief');
		// The person note is not touched by a line edit.
		expect(await readNote(running, MARIA)).toBe(mariaNote);
	});

	it('ticks a nested task without touching its parent, and the parent keeps Mark done', async () => {
		const { running, el } = await startPane({ [MARIA]: mariaNote, [TALK]: talk });
		await clickAction(el, 'follow-up', 'Print copies', 'Mark done');
		expect(await readNote(running, TALK)).toContain('\n- [ ] Collect the petition #petition 📅 2026-11-20 ^petition\n');
		await waitFor(() => itemWith(el, 'follow-up', 'Print copies')?.querySelector('.ro-dashboard__badge')?.textContent === 'Debrief');
		expect(itemWith(el, 'follow-up', 'Collect the petition')?.querySelector('.ro-dashboard__badge')?.textContent).toBe('Offer support');
	});

	it('keeps CRLF line ends, a BOM, and a last line without a line end', async () => {
		const crlf = `\ufeff${talkWith(['- [ ] Ask Jo about nights 📅 2026-11-20', '- [ ] Book the room [due:: 2026-11-22]'], '\r\n')}`;
		const { running, el } = await startPane({ [MARIA]: mariaNote, [TALK]: crlf });
		await clickAction(el, 'follow-up', 'Book the room', 'Mark done');
		const expected = crlf.replace(/- \[ \] Book the room \[due:: 2026-11-22\]$/, `- [x] Book the room [due:: 2026-11-22] [completion:: ${TODAY}]`);
		expect(expected).not.toBe(crlf);
		expect(await readNote(running, TALK)).toBe(expected);
		await clickAction(el, 'follow-up', 'Ask Jo about nights', 'Mark done');
		expect(await readNote(running, TALK)).toBe(expected.replace('- [ ] Ask Jo about nights 📅 2026-11-20\r\n', `- [x] Ask Jo about nights 📅 2026-11-20 ✅ ${TODAY}\r\n`));
	});

	it('leaves a Dataview-format recurring task ([repeat:: …]) to the Tasks plugin, with a Notice', async () => {
		const recurring = talkWith(['- [ ] Weekly stewards call [repeat:: every week] [due:: 2026-11-14]', '']);
		const { running, el } = await startPane({ [MARIA]: mariaNote, [TALK]: recurring });
		await clickAction(el, 'follow-up', 'Weekly stewards call', 'Mark done');
		expect(await readNote(running, TALK)).toBe(recurring);
		expect(lastNotice()).toContain('recurring task');
	});
});
