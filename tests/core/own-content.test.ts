/**
 * A 1-on-1's content of its own (DESIGN §3): text outside comments and outside the carried-forward
 * block. It decides whether a talk dated today is held yet, and which AEIOU stages it covered.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/note-parser';
import { isSyncConflictCopy } from '../../src/core/sync-conflict';

function conversationOf(body: string): { hasOwnContent: boolean; stagesWithContent: readonly string[] } {
	const facts = parseNote('1-on-1s/2026-11-29 Maria Lopez.md', `---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\n---\n${body}`);
	if (facts.kind !== 'one-on-one') throw new Error('not a 1-on-1');
	return facts.conversation;
}

const TEMPLATE = [
	'%% ro:carried-forward %%',
	'- Ask two coworkers (from [[2026-11-20 Maria Lopez]])',
	'%% /ro:carried-forward %%',
	'## Agitate',
	'%% What is the issue for them? %%',
	'## Educate',
	'## Organize',
	'- [ ] ',
	'## Uplift',
	'',
].join('\n');

describe('content of its own', () => {
	it('is none in a fresh template: headings, %% prompts, an empty checkbox and the carried-forward block', () => {
		expect(conversationOf(TEMPLATE)).toMatchObject({ hasOwnContent: false, stagesWithContent: [] });
	});

	it('is the text written under a section, which names the stage it covered', () => {
		const written = TEMPLATE.replace('## Educate\n', '## Educate\nExplained the grievance steps.\n').replace('- [ ] \n', '- [ ] Talk to nights\n');
		expect(conversationOf(written)).toMatchObject({ hasOwnContent: true, stagesWithContent: ['educate', 'organize'] });
	});

	it('is text outside any section too, but never inside a multi-line %% comment', () => {
		expect(conversationOf('Met at the gate.\n').hasOwnContent).toBe(true);
		expect(conversationOf('%%\nPrompt: ask about the schedule\n%%\n').hasOwnContent).toBe(false);
	});
});

describe('sync-conflict copies', () => {
	it('are the names sync tools give copies, at the end of the file name', () => {
		for (const name of [
			'2026-11-20 Jo Chen.sync-conflict-20261120-101010-ABCDEFG',
			"2026-11-20 Jo Chen (Sam's conflicted copy 2026-11-21)",
			'2026-11-20 Jo Chen (conflicted copy 2026-11-21 101010)',
			'2026-11-20 Jo Chen (conflict 2026-11-21)',
		]) expect(isSyncConflictCopy(name), name).toBe(true);
	});

	it('are not talks about a conflict', () => {
		for (const name of ['Jo Chen (conflict with supervisor)', 'Jo Chen shift conflict 2026-11-21', 'Conflict resolution training']) {
			expect(isSyncConflictCopy(name), name).toBe(false);
		}
	});
});
