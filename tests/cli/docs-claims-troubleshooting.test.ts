/**
 * The guide's troubleshooting table (docs/guide.md, "Troubleshooting: my 1-on-1 doesn't show up")
 * quotes what Explain says in each usual case. Each row's quoted excerpts are read from the guide
 * itself and must appear, in order, in what `relational-organizer explain` prints for a note made
 * for that case (an excerpt's "…" stands for any text, "line N" for a line number). So a change of
 * wording on either side shows here. Today is 2026-12-01, "Your name" Sam Rivera, excluded folder
 * Archive, core Templates folder Templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

const GUIDE = readFileSync(join(__dirname, '..', '..', 'docs', 'guide.md'), 'utf8');

/** The table's rows: the case (first column) → the backticked excerpts of the second column. */
function guideRows(): Map<string, string[]> {
	const start = GUIDE.indexOf('| the case |');
	const table = GUIDE.slice(start, GUIDE.indexOf('\n\n', start)).split('\n').slice(2);
	const rows = new Map<string, string[]>();
	for (const line of table) {
		const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
		rows.set(cells[1], [...cells[2].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
	}
	return rows;
}

function excerptPattern(excerpt: string): RegExp {
	// The guide puts spaces around a "…" as prose does; the text it stands for may start with a comma.
	const pieces = excerpt.split(/\s*…\s*/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/line N\b/g, 'line \\d+'));
	return new RegExp(pieces.join('[\\s\\S]*?'));
}

const talk = (person: string, date: string, body: string, extra = ''): string =>
	`---\ntype: one-on-one\nperson: ["[[${person}]]"]\ndate: ${date}\norganizer: "[[Sam Rivera]]"\n${extra}---\n${body}`;

const filler = Array.from({ length: 5_100 }, (_, i) => `Line ${i} of a running log.`).join('\n');

const FILES: Record<string, string> = {
	'.obsidian/plugins/relational-organizer/data.json': JSON.stringify({ yourName: 'Sam Rivera', excludedFolders: ['Archive'] }),
	'.obsidian/templates.json': JSON.stringify({ folder: 'Templates' }),
	'People/Jo Chen.md': '---\ntype: person\n---\n',
	'People/Ana Ruiz.md': '---\ntype: person\nstatus: left\n---\n',
	'People/Dee Park.md': '---\ntype: person\n---\n',
	'Notes/Random thoughts.md': 'Nothing about anyone.\n',
	'People/Talk with Jo.md': 'We talked on Tuesday.\n',
	'People/Typo.md': '---\ntype: persn\n---\n',
	'Archive/Old.md': '---\ntype: person\n---\n',
	'Templates/1-on-1.md': '---\ntype: one-on-one\nperson: "{{person}}"\n---\n## Agitate\n',
	'People/Jo Chen.sync-conflict-20261101-101010-ABCDEF.md': '---\ntype: person\n---\n',
	'Notes/Warehouse 4.md': '# Warehouse 4\n',
	'1-on-1s/2026-11-05 Warehouse 4.md': talk('Warehouse 4', '2026-11-05', 'Walked the floor.\n'),
	'1-on-1s/2026-11-15 Jo Chen.md': talk('Jo Chen', '2026-13-40', 'Talked.\n'),
	'1-on-1s/2026-11-16 Jo Chen.md': talk('Jo Chen', '2026-11-16', 'Talked.\n', 'assessment: 22\n'),
	'1-on-1s/2026-12-10 Jo Chen.md': talk('Jo Chen', '2026-12-10', ''),
	'1-on-1s/2026-12-01 Jo Chen.md': talk('Jo Chen', '2026-12-01', '## Agitate\n%% What is wrong? %%\n## Organize\n- [ ]\n'),
	'1-on-1s/2026-11-10 Jo Chen.md': talk('Jo Chen', '2026-11-10', [
		'## Organize',
		'```',
		'- [ ] A task in code',
		'```',
		'%%',
		'- [ ] A task in a comment',
		'%%',
		'- [ ] 📅 2026-11-05',
		'- [ ] [[Sam Rivera]]: bring a copy of the contract 📅 2026-12-20',
		'- [-] Hand out flyers',
		'- [ ] Ask the night crew about the schedule 📅 2026-11-20',
		'- [x] Sign the petition ✅ 2026-11-15',
		'- [ ] Bring a coworker 📅 2026-12-08',
		'',
	].join('\n')),
	'1-on-1s/2026-11-24 Jo Chen.md': talk('Jo Chen', '2026-11-24', 'Followed up on the schedule.\n'),
	'1-on-1s/2026-10-20 Ana Ruiz.md': talk('Ana Ruiz', '2026-10-20', '- [ ] Call the steward 📅 2026-10-25\n'),
	'1-on-1s/2026-10-10 Dee Park.md': talk('Dee Park', '2026-10-10', '- [x] Post the flyer ✅ 2026-10-20\n'),
	'1-on-1s/2026-11-01 Dee Park.md': talk('Dee Park', '2026-11-01', `<div>\n\n- [ ] A task in HTML\n\n</div>\n\n${filler}\n`),
};

/** Which note shows each row's case. */
const NOTE_FOR: Record<string, string> = {
	'no `type`, outside the folders': 'Notes/Random thoughts.md',
	'the wrong folder / folder implies type': 'People/Talk with Jo.md',
	'an unknown type': 'People/Typo.md',
	'an excluded note': 'Archive/Old.md',
	'a template': 'Templates/1-on-1.md',
	'a sync-conflict copy': 'People/Jo Chen.sync-conflict-20261101-101010-ABCDEF.md',
	'`person` is not a person': '1-on-1s/2026-11-05 Warehouse 4.md',
	'a bad date': '1-on-1s/2026-11-15 Jo Chen.md',
	'an assessment off the scale': '1-on-1s/2026-11-16 Jo Chen.md',
	'a future date': '1-on-1s/2026-12-10 Jo Chen.md',
	'a talk dated today, nothing written yet': '1-on-1s/2026-12-01 Jo Chen.md',
	'a task in code': '1-on-1s/2026-11-10 Jo Chen.md',
	'a task in a comment': '1-on-1s/2026-11-10 Jo Chen.md',
	'a task in a callout': '1-on-1s/2026-11-10 Jo Chen.md',
	'an empty task': '1-on-1s/2026-11-10 Jo Chen.md',
	'the owner is you': '1-on-1s/2026-11-10 Jo Chen.md',
	'the owner is inactive': '1-on-1s/2026-10-20 Ana Ruiz.md',
	'a cancelled commitment': '1-on-1s/2026-11-10 Jo Chen.md',
	'followed up by a later talk': '1-on-1s/2026-11-10 Jo Chen.md',
	'past the debrief window': '1-on-1s/2026-10-10 Dee Park.md',
	'not yet due': '1-on-1s/2026-11-10 Jo Chen.md',
	'a large note the fast path was unsure of': '1-on-1s/2026-11-01 Dee Park.md',
};

const vault = writeVault(FILES);

function explain(note: string): string {
	const io = captureIo();
	const code = runCli(['explain', vault, note, '--today', '2026-12-01'], io);
	expect(io.stderr).toEqual([]);
	expect(code).toBe(0);
	return io.stdout.join('\n');
}

describe('the guide\'s troubleshooting table', () => {
	const rows = guideRows();

	it('has a note here for every case it lists', () => {
		expect([...rows.keys()].sort()).toEqual(Object.keys(NOTE_FOR).sort());
	});

	for (const [label, excerpts] of rows) {
		it(`${label}: Explain says what the guide quotes`, () => {
			// Only the callout row quotes nothing: there is nothing special to say.
			expect(excerpts.length > 0).toBe(label !== 'a task in a callout');
			const text = explain(NOTE_FOR[label]);
			for (const excerpt of excerpts) expect(text).toMatch(excerptPattern(excerpt));
		});
	}

	it('a task in a callout is a commitment like any other', () => {
		const io = captureIo();
		const callout = writeVault({ ...FILES, '1-on-1s/2026-11-10 Jo Chen.md': talk('Jo Chen', '2026-11-10', '> [!note]\n> - [ ] Ask about nights 📅 2026-11-20\n') });
		expect(runCli(['explain', callout, '1-on-1s/2026-11-10 Jo Chen.md', '--today', '2026-12-01', '--format', 'json'], io)).toBe(0);
		const json = JSON.parse(io.stdout.join('\n')) as { tasks: Array<{ text: string; commitment: boolean; lists: string[] }> };
		expect(json.tasks).toEqual([expect.objectContaining({ text: 'Ask about nights', commitment: true, lists: ['stalled'] })]);
	});

	it('for a person note, says why they are in no list: a 1-on-1 is planned, or there is no held 1-on-1 yet', () => {
		// Jo's talk of today has nothing written yet, so it is the planned one, before Dec 10's.
		expect(explain('People/Jo Chen.md')).toContain('in no list, because a 1-on-1 is planned for 2026-12-01');
		const alone = writeVault({ 'People/Ben Okafor.md': '---\ntype: person\n---\n' });
		const again = captureIo();
		expect(runCli(['explain', alone, 'People/Ben Okafor.md', '--today', '2026-12-01'], again)).toBe(0);
		expect(again.stdout.join('\n')).toContain('there is no held 1-on-1 yet');
	});
});
