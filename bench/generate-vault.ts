/**
 * A generated organizing vault as an organizer's real one looks (issue 15): ~2.7 KB per note on
 * average; 10% person notes, 70% 1-on-1s in the DESIGN §2 format, 20% other notes (meeting minutes,
 * campaign plans, workplace notes); tasks in both formats (Tasks emoji and Dataview fields), wiki
 * links in text and properties, `%%` prompts, callouts with tasks, tables, inline code and a few
 * code fences. Deterministic for a given size and seed (mulberry32).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDays } from '../src/core/dates';

export interface GeneratedNote {
	readonly path: string;
	readonly text: string;
}

/** Bumped whenever the generator's output changes, so cached vaults on disk are rewritten. */
export const GENERATOR_VERSION = 2;

const FIRST = ['Maria', 'Jo', 'Ana', 'Sam', 'Lee', 'Dev', 'Kim', 'Ben', 'Cara', 'Eli', 'Fay', 'Ned', 'Max', 'Lia', 'Tom', 'Zoë', 'Ravi', 'Ifeoma', 'Luz', 'Oskar'];
const LAST = ['Lopez', 'Chen', 'Ruiz', 'Rivera', 'Park', 'Okafor', 'Nguyen', 'Baker', 'Singh', 'Haddad', 'Kowalski', 'Ångström', 'Moreau', 'Silva'];
const ISSUES = ['Mandatory overtime', 'Heat on the dock', 'Short staffing', 'Scheduling app', 'Break room', 'Parking fees', 'Pay scale'];
const WORKPLACES = ['Warehouse 4', 'Warehouse 7', 'Sort center', 'Pharmacy', 'Front office'];
const SENTENCES = [
	'They have been on nights for three years and the rota changes every week without notice.',
	'Most of the loading crew skipped lunch twice this month because the trucks came late.',
	'The supervisor said the overtime is voluntary, but nobody who refused got the good shifts.',
	'We talked about what a petition could win and who on the shift would sign first.',
	'They were worried about retaliation; I explained what protected concerted activity means.',
	'Their kid starts school in the fall, so the schedule matters more than the pay right now.',
	'Heat on the dock hit 34 °C on Tuesday and the fans in bay 3 are still broken.',
	'They know everyone on the forklift crew and could bring two of them to the next meeting.',
	'Management held a captive-audience meeting last week; they said it felt like a threat.',
	'They want a fair way to hand out overtime, posted a week ahead, by seniority.',
	'We went through the `#rota` channel screenshots together and picked the three worst weeks.',
	'I asked who they trust most on the shift; they named two people without hesitating.',
];

/** A small deterministic PRNG (mulberry32), so generated vaults are reproducible. */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Generates `count` notes relative to `today`. */
export function generateVault(count: number, today: string, seed = 1): GeneratedNote[] {
	const random = createRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
	const chance = (p: number): boolean => random() < p;
	const sentences = (n: number): string => Array.from({ length: n }, () => pick(SENTENCES)).join(' ');
	const peopleCount = Math.max(1, Math.round(count / 10));
	const people = Array.from({ length: peopleCount }, (_, i) => `${pick(FIRST)} ${pick(LAST)} ${i}`);
	const date = (): string => addDays(today, -Math.floor(random() * 120) + 10);
	const task = (due: string, text: string): string => {
		const box = chance(0.35) ? 'x' : ' ';
		if (chance(0.5)) return `- [${box}] ${text} ${chance(0.3) ? '⏫ ' : ''}📅 ${due}${box === 'x' ? ` ✅ ${addDays(due, -1)}` : ''}`;
		return `- [${box}] ${text} [due:: ${due}]${chance(0.3) ? ` [owner:: [[${pick(people)}]]]` : ''}`;
	};

	const notes: GeneratedNote[] = people.map((name, i) => ({
		path: `People/${name}.md`,
		text: [
			'---',
			'type: person',
			`aliases: [${name.split(' ')[0]}${i}]`,
			`workplace: "[[${pick(WORKPLACES)}]]"`,
			`department: ${pick(['Nights', 'Days', 'Loading', 'Pharmacy'])}`,
			`shift: ${pick(['nights', 'days', 'swing'])}`,
			`role: ${pick(['contact', 'committee', 'leader', 'contact'])}`,
			`assessment: ${1 + Math.floor(random() * 5)}`,
			`contact-every: ${pick([7, 14, 30])}`,
			`knows: ["[[${pick(people)}]]", "[[${pick(people)}]]"]`,
			`recruited-by: "[[${pick(people)}]]"`,
			'tags: [person, organizing]',
			'---',
			`# ${name}`,
			'',
			`Works ${pick(['nights', 'days'])} at [[${pick(WORKPLACES)}]]. ${sentences(3)}`,
			'',
			`mentor:: [[${pick(people)}]]`,
			`Cares about:: [[${pick(ISSUES)}]]`,
			'',
			'> [!info] How to reach them',
			'> Text after 6 pm; never at work. Prefers Spanish for anything long.',
			'',
			'## Notes',
			`- ${date()}: ${sentences(1)}`,
			`- ${date()}: ${sentences(1)}`,
			`- ${date()}: talked with [[${pick(people)}]] about [[${pick(ISSUES)}]].`,
			'',
			sentences(6),
			'',
			`- ${date()}: ${sentences(2)}`,
			'',
		].join('\n'),
	}));
	const otherCount = Math.round(count * 0.2);
	for (let i = 0; i < otherCount && notes.length < count; i++) {
		const day = date();
		const rows = Array.from({ length: 6 + Math.floor(random() * 8) }, () => `| [[${pick(people)}]] | ${pick(['yes', 'no', 'maybe'])} | ${pick(ISSUES)} | ${1 + Math.floor(random() * 5)} |`);
		notes.push({
			path: `${pick(['Meetings', 'Campaigns', 'Workplaces'])}/${day} ${pick(ISSUES)} ${i}.md`,
			text: [
				'---',
				`date: ${day}`,
				`tags: [${pick(['meeting', 'campaign', 'workplace'])}]`,
				`attendees: ["[[${pick(people)}]]", "[[${pick(people)}]]", "[[${pick(people)}]]"]`,
				'---',
				`# ${pick(ISSUES)} — ${day}`,
				'',
				sentences(4),
				'',
				'| Who | Signed | Issue | Assessment |',
				'| --- | --- | --- | --- |',
				...rows,
				'',
				'> [!todo] Agreed actions',
				`> - [ ] [[${pick(people)}]]: collect signatures on nights 📅 ${addDays(day, 5)}`,
				`> - [x] book the hall [completion:: ${addDays(day, 1)}]`,
				'',
				...(chance(0.1) ? ['```', '- [ ] not a task, in code', 'SELECT * FROM shifts;', '```', ''] : []),
				'## Discussion',
				sentences(8),
				'',
				`- ${sentences(1)}`,
				`  - ${sentences(1)} See [[${pick(ISSUES)}#Demands|the demands]].`,
				`- ${sentences(1)}`,
				'',
				'%% Minutes taken by the secretary; corrections go to the next meeting. %%',
				'',
			].join('\n'),
		});
	}
	for (let i = notes.length; i < count; i++) {
		const who = pick(people);
		const day = date();
		const due = addDays(day, 3 + Math.floor(random() * 20));
		notes.push({
			path: `1-on-1s/${day} ${who} ${i}.md`,
			text: [
				'---',
				'type: one-on-one',
				`person: "[[${who}]]"`,
				`date: ${day}`,
				'organizer: "[[Sam Rivera]]"',
				`kind: ${pick(['initial', 'follow-up', 'debrief'])}`,
				`assessment: ${1 + Math.floor(random() * 5)}`,
				`next-contact: ${addDays(day, 14)}`,
				`issues: ["[[${pick(ISSUES)}]]", "[[${pick(ISSUES)}]]"]`,
				'---',
				'## Agitate',
				'%% What is wrong, in their words? %%',
				`${sentences(5)} Talked with [[${pick(people)}]] too.`,
				'',
				sentences(4),
				'',
				'## Educate',
				'%% What would fix it, who decides? %%',
				sentences(5),
				'',
				`- ${sentences(1)}`,
				`- ${sentences(1)}`,
				'',
				...(chance(0.3) ? ['| Demand | Who decides |', '| --- | --- |', `| ${pick(ISSUES)} | the site manager |`, `| ${pick(ISSUES)} | HR |`, ''] : []),
				'## Inoculate',
				`${sentences(6)} Expect a captive-audience meeting.`,
				'',
				'## Organize',
				...(chance(0.05) ? ['```', '- [ ] not a task in code', '```', ''] : []),
				task(due, `Talk to two coworkers about [[${pick(ISSUES)}]]`),
				task(addDays(due, 2), 'Bring a copy of the contract'),
				`- [ ] [[Sam Rivera]]: send the meeting time ⏫ 📅 ${addDays(day, 2)}`,
				'',
				...(chance(0.4) ? ['> [!todo] Before next time', `> - [ ] ask [[${pick(people)}]] to join the call 📅 ${addDays(day, 4)}`, '> Bring the sign-up sheet.', ''] : []),
				'## Uplift',
				sentences(4),
				'',
			].join('\n'),
		});
	}
	return notes;
}

/**
 * Writes the vault to `dir` unless the same one is already there (a stamp file records size,
 * seed, today and generator version). Returns the number of bytes of Markdown.
 */
export function writeVault(dir: string, notes: readonly GeneratedNote[], stamp: string): number {
	const stampFile = join(dir, '.bench-stamp');
	const bytes = notes.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0);
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return bytes;
	rmSync(dir, { recursive: true, force: true });
	for (const note of notes) {
		const path = join(dir, note.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, note.text);
	}
	writeFileSync(stampFile, stamp);
	return bytes;
}
