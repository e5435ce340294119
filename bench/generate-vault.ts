/**
 * A generated organizing vault for benchmarks and the escalation statistics: 10% person notes, 90%
 * 1-on-1s in the DESIGN §2 format with AEIOU sections and commitments, ~3% of notes with a code
 * fence. Deterministic for a given size and seed.
 */
import { addDays } from '../src/core/dates';

export interface GeneratedNote {
	readonly path: string;
	readonly text: string;
}

const FIRST = ['Maria', 'Jo', 'Ana', 'Sam', 'Lee', 'Dev', 'Kim', 'Ben', 'Cara', 'Eli', 'Fay', 'Ned', 'Max', 'Lia', 'Tom', 'Zoë'];
const LAST = ['Lopez', 'Chen', 'Ruiz', 'Rivera', 'Park', 'Okafor', 'Nguyen', 'Baker', 'Singh', 'Haddad', 'Kowalski', 'Ångström'];

/** A small deterministic PRNG (mulberry32), so generated vaults are reproducible. */
function createRandom(seed: number): () => number {
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
	const peopleCount = Math.max(1, Math.round(count / 10));
	const people = Array.from({ length: peopleCount }, (_, i) => `${pick(FIRST)} ${pick(LAST)} ${i}`);
	const notes: GeneratedNote[] = people.map((name, i) => ({
		path: `People/${name}.md`,
		text: [
			'---',
			'type: person',
			`aliases: [${name.split(' ')[0]}${i}]`,
			'workplace: "[[Warehouse 4]]"',
			`department: ${pick(['Nights', 'Days', 'Loading', 'Pharmacy'])}`,
			`role: ${pick(['contact', 'committee', 'leader', 'contact'])}`,
			`assessment: ${1 + Math.floor(random() * 5)}`,
			`knows: ["[[${pick(people)}]]", "[[${pick(people)}]]"]`,
			`recruited-by: "[[${pick(people)}]]"`,
			'---',
			`# ${name}`,
			'',
			`Works ${pick(['nights', 'days'])}. Cares about ${pick(['overtime', 'heat', 'staffing', 'rent'])}.`,
			'',
		].join('\n'),
	}));
	for (let i = notes.length; i < count; i++) {
		const who = pick(people);
		const date = addDays(today, -Math.floor(random() * 120) + 10);
		const due = addDays(date, 3 + Math.floor(random() * 20));
		const fence = random() < 0.03 ? ['```', '- [ ] not a task in code', '```', ''] : [];
		notes.push({
			path: `1-on-1s/${date} ${who} ${i}.md`,
			text: [
				'---',
				'type: one-on-one',
				`person: ["[[${who}]]"]`,
				`date: ${date}`,
				'organizer: "[[Sam Rivera]]"',
				`kind: ${pick(['initial', 'follow-up', 'debrief'])}`,
				`assessment: ${1 + Math.floor(random() * 5)}`,
				`next-contact: ${addDays(date, 14)}`,
				'issues: ["[[Mandatory overtime]]"]',
				'---',
				'## Agitate',
				'%% What is wrong, in their words? %%',
				`They are worried about ${pick(['mandatory overtime', 'the heat on the dock', 'short staffing', 'the rent increase'])}. Talked with [[${pick(people)}]].`,
				'',
				'## Educate',
				'%% What would fix it, who decides? %%',
				'A petition signed by most of the shift could move the manager.',
				'',
				'## Inoculate',
				'Expect a captive-audience meeting.',
				'',
				'## Organize',
				...fence,
				`- [ ] Talk to two coworkers about the schedule 📅 ${due}`,
				`- [${random() < 0.4 ? 'x' : ' '}] Bring a copy of the contract [due:: ${addDays(due, 2)}]`,
				`- [ ] [[Sam Rivera]]: send the meeting time ⏫ 📅 ${addDays(date, 2)}`,
				'',
				'## Uplift',
				'',
			].join('\n'),
		});
	}
	return notes;
}
