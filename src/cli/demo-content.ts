/**
 * The demo vault's notes (DESIGN §5, `relational-organizer demo`). Pure: no Node, no Obsidian; the
 * CLI writes these files, tests read them. Every date is `today` plus or minus some days, so the
 * dashboard has items in every list whatever day the demo is built. All people, workplaces and
 * stories are made up.
 *
 * Where each note lands, worked out by hand for today = T with the DESIGN §3 defaults (stall days
 * 14, debrief window 30, coming-up window 7 = (T, T+7], intervals 1→7, 2→14, 3→14, 4→30, 5→none,
 * unassessed→14, role leader/committee → 7). "Followed up" = a held 1-on-1 with the owner, other
 * than the task's own note, dated on or after the follow-up date. Sam Rivera is the `organizer` of
 * every 1-on-1, so Sam is "you": never in the people lists, and `[[Sam Rivera]]: …` tasks are yours.
 *
 * Follow up (Uplift), oldest follow-up date first:
 *   - Offer support — Jo Chen, T-21 note, undated "Ask around nights…": stall-day rule, created
 *     T-21 (the note's date) + 14 = T-7 ≤ T; Jo has no later held 1-on-1.
 *   - Debrief — Maria Lopez, T-12 note, "Bring two night-shift coworkers…" ✅ T-5: within 30 days;
 *     Maria's latest held 1-on-1 is that same note.
 *   - Offer support — Renee Jackson, T-18 note, "Door-knock the third floor…" [due:: T-4]
 *     (Dataview format): Renee's only later 1-on-1 is planned (T+5), not held.
 *   - Debrief — Ana Ruiz, T-9 note, "Hold a lunch-break meeting…" [completion:: T-3] (Dataview).
 *   - Offer support — Ana Ruiz, T-9 note, task inside a `> [!note]` callout, 📅 T-1.
 * Stalled:
 *   - Maria Lopez, T-26 note, "Get the overtime sign-up sheet posted…" 📅 T-19, still open, and
 *     Maria's T-12 1-on-1 came after it: daysStalled 19.
 * Your promises:
 *   - overdue — T-12 Maria note, "[[Sam Rivera]]: bring a copy of the contract's overtime article"
 *     [due:: T-2].
 *   - upcoming — T+3 Dev Patel note (planned), "[[Sam Rivera]]: print the heat-safety fact sheet…"
 *     📅 T+2.
 *   - undated (listed last) — T-6 Keisha note, "[[Sam Rivera]]: find out when the hospital's
 *     staffing committee next meets".
 * Check in with (daysOver, descending):
 *   - Jo Chen, 7: last contact T-21; his 1-on-1's next-contact T-7 (= T-21 + 14 for assessment 3).
 *   - Ana Ruiz, 2: last contact T-9; her 1-on-1's next-contact T-2 (= role leader, 7 days).
 *   - Priya Nair, 1: last 1-on-1 T-50 but `last-contact: T-31` (a phone call) is later, so last
 *     contact is T-31; her 1-on-1's next-contact T-40 is not after that, so the assessment-4
 *     interval applies: T-31 + 30 = T-1.
 *   Not listed: Renee Jackson (T-18 + 7 = T-11 is past, but she has a planned 1-on-1 at T+5);
 *   Maria Lopez and Keisha Brown (check-ins still ahead, see Coming up); Tomas Ortega (status:
 *   left, so his open task 📅 T-20 is in no list either); Sam Rivera (you).
 * No 1-on-1 yet (by name):
 *   - Dev Patel (person note, unassessed, no held 1-on-1): planned T+3.
 *   - Hector Vega (no person note; named only as `person` of the planned T+6 1-on-1): planned T+6.
 * Coming up (T, T+7], by date:
 *   - T+2 commitment "[[Sam Rivera]]: print the heat-safety fact sheet…" (Dev's planned note).
 *   - T+2 check-in Maria Lopez: next-contact T+2 in her latest held 1-on-1 (T-12).
 *   - T+3 planned 1-on-1 Dev Patel.
 *   - T+4 commitment "Talk to two coworkers on nights about the overtime petition" (Maria, T-12).
 *   - T+4 check-in Keisha Brown: last contact T-6, `contact-every: 10` beats role leader (7).
 *   - T+5 planned 1-on-1 Renee Jackson.
 *   - T+6 commitment "Get five nurses on 4 West to sign…" (Keisha, T-6).
 *   - T+6 planned 1-on-1 Hector Vega.
 * Notes to fix:
 *   - "1-on-1s/<T-2> Lunch on the dock.md": a 1-on-1 without a person.
 * In no list on purpose: done tasks already followed up (Maria ✅ T-13, Ana ✅ T-14, Keisha
 * ✅ T-38); Priya's done task ✅ T-47 (older than the 30-day debrief window); Jo's cancelled `[-]`.
 *
 * Campaign chart (issue #17): units at three workplaces; issue heat led by Mandatory overtime (three
 * people); Support slipping — Maria Lopez, whose T-12 1-on-1 moved her assessment from 2 (T-26) to 3
 * (her note's `assessment: 2` is a current value without a date, not part of the history).
 *
 * Relationships for the map: `knows` (symmetric), `recruited-by` (front matter, and an inline
 * `recruited-by:: [[Maria Lopez]]` in Ana Ruiz's body), `leads`, `workplace` and `department`.
 */
import { AEIOU_STAGES, type SectionKey } from '../core/aeiou';
import { addDays, isCalendarDate } from '../core/dates';

/** One file of the demo vault: vault-relative path and its text. */
export interface DemoFile {
	readonly path: string;
	readonly text: string;
}

/** The AEIOU sections of a 1-on-1, each opening with its template prompt as an Obsidian comment. */
type Sections = Partial<Readonly<Record<SectionKey, string>>>;

/** The body of a 1-on-1: an optional intro, then all five sections with their prompts. */
function aeiou(sections: Sections, intro = ''): string {
	const parts = AEIOU_STAGES.map(({ key, heading, prompt }) => {
		const content = sections[key]?.trim();
		return `## ${heading}\n%% ${prompt} %%\n${content ? `${content}\n` : ''}`;
	});
	return `${intro.trim() ? `${intro.trim()}\n\n` : ''}${parts.join('\n')}`;
}

/** Front matter from ordered key/value lines (values already in YAML syntax); undefined values are left out. */
function frontMatter(fields: readonly (readonly [string, string | undefined])[]): string {
	const lines = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
	return `---\n${lines.join('\n')}\n---\n`;
}

const link = (name: string): string => `"[[${name}]]"`;
const links = (...names: string[]): string => `[${names.map(link).join(', ')}]`;

const ORGANIZER = 'Sam Rivera';

interface OneOnOne {
	readonly person?: string;
	readonly date: string;
	readonly kind: string;
	readonly assessment?: number;
	readonly nextContact?: string;
	readonly issues: readonly string[];
	readonly intro?: string;
	readonly sections: Sections;
	/** File name after the date; defaults to the person. */
	readonly title?: string;
}

function oneOnOne(o: OneOnOne): DemoFile {
	const text =
		frontMatter([
			['type', 'one-on-one'],
			['person', o.person === undefined ? undefined : links(o.person)],
			['date', o.date],
			['organizer', link(ORGANIZER)],
			['kind', o.kind],
			['assessment', o.assessment === undefined ? undefined : String(o.assessment)],
			['next-contact', o.nextContact],
			['issues', links(...o.issues)],
		]) + aeiou(o.sections, o.intro);
	return { path: `1-on-1s/${o.date} ${o.title ?? o.person ?? 'Untitled'}.md`, text };
}

interface PersonNote {
	readonly name: string;
	readonly fields: readonly (readonly [string, string | undefined])[];
	readonly body: string;
}

function personNote(p: PersonNote): DemoFile {
	return { path: `People/${p.name}.md`, text: frontMatter([['type', 'person'], ...p.fields]) + p.body.trim() + '\n' };
}

/** The demo vault's notes for a given today (YYYY-MM-DD); every date is relative to today so every dashboard list has items. */
export function buildDemoNotes(today: string): readonly DemoFile[] {
	if (!isCalendarDate(today)) throw new Error(`Not a calendar date (YYYY-MM-DD): ${today}`);
	const d = (days: number): string => addDays(today, days);

	const home: DemoFile = {
		path: 'Home.md',
		text: `# Relational Organizer demo

This vault is made up: every person, workplace and story in it is invented, and every date is counted from the day the demo was built.
You are **Sam Rivera**, organizing at Warehouse 4, on 4 West at Mercy Valley Hospital and with the Maple Court tenants.
Each talk is a note in \`1-on-1s/\` (Agitate, Educate, Inoculate, Organize, Uplift); each person has a note in \`People/\`.
Open the follow-up dashboard to see who to check in with, what to debrief, where to offer support and what's coming up.
Open the relationship map to see who knows, recruited and leads whom.
`,
	};

	const warehouse: DemoFile = {
		path: 'Warehouse 4.md',
		text: `# Warehouse 4

Regional distribution centre, about 300 people on three shifts: receiving, picking, loading dock and nights.
Main issues so far: [[Mandatory overtime]] on nights, heat on the receiving floor, water and shade breaks.

Committee: [[Maria Lopez]] (nights), [[Ana Ruiz]] (receiving).
`,
	};

	const overtime: DemoFile = {
		path: 'Issues/Mandatory overtime.md',
		text: `---
tags: [issue]
---
# Mandatory overtime

Nights at [[Warehouse 4]] are being held over two to four hours with less than an hour's notice, most weeks.
Nurses on 4 West at Mercy Valley Hospital describe the same thing as "mandation" when the unit is short.

What people have said:
- "I can't plan childcare when I find out at 5 a.m. that I'm staying until 9." (nights, Warehouse 4)
- Refusing has been treated as a write-up on nights, but nobody has seen that in writing yet.

What would fix it: a posted sign-up list for voluntary overtime first, and a notice period before anyone is held over.
`,
	};

	const people: DemoFile[] = [
		personNote({
			name: 'Sam Rivera',
			fields: [
				['aliases', '[Sam]'],
				['role', 'leader'],
				['knows', links('Maria Lopez', 'Keisha Brown', 'Renee Jackson')],
			],
			body: `This is you, the organizer. Every 1-on-1 in this vault has \`organizer: "[[Sam Rivera]]"\`, so you never show up in the dashboard's people lists.
A task that starts with \`[[Sam Rivera]]: \` is one of your own promises.`,
		}),
		personNote({
			name: 'Maria Lopez',
			fields: [
				['aliases', '[Mari]'],
				['workplace', link('Warehouse 4')],
				['department', 'Night shift'],
				['role', 'committee'],
				['assessment', '2'],
				['status', 'active'],
				['knows', links('Jo Chen', 'Ana Ruiz')],
				['recruited-by', link('Sam Rivera')],
				['leads', links('Jo Chen', 'Dev Patel')],
			],
			body: `Picker on nights for six years. Two kids; her sister watches them overnight.
Everyone on nights asks her how to read the schedule. Joined the committee after the overtime petition started.`,
		}),
		personNote({
			name: 'Jo Chen',
			fields: [
				['aliases', '[Jo]'],
				['workplace', link('Warehouse 4')],
				['department', 'Night shift'],
				['role', 'contact'],
				['knows', links('Maria Lopez', 'Dev Patel')],
				['recruited-by', link('Maria Lopez')],
			],
			body: `Forklift driver on nights, started last year. Takes classes two mornings a week, so forced overtime hits him hard.
Assessment is in his 1-on-1, not here.`,
		}),
		personNote({
			name: 'Ana Ruiz',
			fields: [
				['aliases', '[Ana]'],
				['workplace', link('Warehouse 4')],
				['department', 'Receiving'],
				['role', 'leader'],
				['assessment', '1'],
				['knows', links('Maria Lopez', 'Tomas Ortega')],
				['leads', links('Dev Patel', 'Tomas Ortega')],
			],
			body: `Eleven years in receiving. The crew trusts her; she's the one who got the fans moved last summer.

recruited-by:: [[Maria Lopez]]`,
		}),
		personNote({
			name: 'Dev Patel',
			fields: [
				['aliases', '[Dev]'],
				['workplace', link('Warehouse 4')],
				['department', 'Loading dock'],
				['role', 'contact'],
				['knows', links('Ana Ruiz')],
			],
			body: `Loading dock, days. Ana says he spoke up in the break room about the heat. Not assessed yet: we haven't had a real conversation.`,
		}),
		personNote({
			name: 'Tomas Ortega',
			fields: [
				['workplace', link('Warehouse 4')],
				['department', 'Receiving'],
				['role', 'contact'],
				['assessment', '3'],
				['status', 'left'],
				['knows', links('Ana Ruiz')],
			],
			body: `Took a job at a distribution centre closer to home. Still friends with Ana; worth a coffee sometime, but not on the dashboard.`,
		}),
		personNote({
			name: 'Keisha Brown',
			fields: [
				['aliases', '[Kei]'],
				['workplace', link('Mercy Valley Hospital')],
				['department', '4 West (med-surg)'],
				['role', 'leader'],
				['assessment', '1'],
				['contact-every', '10'],
				['recruited-by', link('Sam Rivera')],
			],
			body: `Charge nurse on 4 West, nineteen years at Mercy Valley. Runs the unit's informal group chat.
Asked for a check-in every ten days rather than weekly: night rotations.`,
		}),
		personNote({
			name: 'Priya Nair',
			fields: [
				['workplace', link('Maple Court Apartments')],
				['department', 'Building B'],
				['role', 'contact'],
				['assessment', '4'],
				['last-contact', d(-31)],
				['knows', links('Renee Jackson')],
				['recruited-by', link('Renee Jackson')],
			],
			body: `Lives in Building B with her mother. Worried that speaking up could cost her the lease renewal.
Last contact was a phone call after the building meeting (logged with "Log contact", no 1-on-1 note).`,
		}),
		personNote({
			name: 'Renee Jackson',
			fields: [
				['aliases', '[Renee]'],
				['workplace', link('Maple Court Apartments')],
				['department', 'Building A'],
				['role', 'committee'],
				['assessment', '2'],
				['knows', links('Priya Nair')],
				['recruited-by', link('Sam Rivera')],
				['leads', links('Priya Nair')],
			],
			body: `Tenants' association committee, Building A. Retired school bus driver; knows almost everyone on her floor by name.`,
		}),
	];

	const talks: DemoFile[] = [
		oneOnOne({
			person: 'Maria Lopez',
			date: d(-26),
			kind: 'follow-up',
			assessment: 2,
			nextContact: d(-19),
			issues: ['Mandatory overtime'],
			sections: {
				agitate: `- Held over three times in two weeks, each time told at the end of the shift. Her sister had to miss work once to cover the kids.
- "It's not the hours, it's that they decide for us at five in the morning."`,
				educate: `- Plant manager signs off on overtime; the shift supervisor picks names. A voluntary sign-up sheet would take pressure off people with kids.
- A petition from nights asking for the sign-up sheet and 24 hours' notice is something most of nights could sign.`,
				inoculate: `- Expect the supervisor to say the sheet "isn't company policy". Maria worried about being seen as the troublemaker; we talked about going as a group so no one stands alone.`,
				organize: `- [ ] Get the overtime sign-up sheet posted where night shift can see it 📅 ${d(-19)}
- [x] Write down each forced-overtime shift for two weeks ✅ ${d(-13)}`,
				uplift: `- She'd already started telling coworkers about the petition on her own. Thanked her for that.`,
			},
		}),
		oneOnOne({
			person: 'Maria Lopez',
			date: d(-12),
			kind: 'follow-up',
			assessment: 3,
			nextContact: d(2),
			issues: ['Mandatory overtime'],
			sections: {
				agitate: `- Her overtime log: seven holdovers in two weeks across nights, four with under an hour's notice.`,
				educate: `- With the log, the petition can say exactly what is happening. Next step is more names from nights before we bring it to the plant manager.`,
				inoculate: `- The supervisor took the sign-up sheet down twice. He may try one-on-one chats with signers; agreed we tell each other if that happens.
- She is more worried than last time about being singled out; worth a longer talk soon.`,
				organize: `- [x] Bring two night-shift coworkers to Thursday's committee meeting ✅ ${d(-5)}
- [ ] Talk to two coworkers on nights about the overtime petition 📅 ${d(4)}
- [ ] [[Sam Rivera]]: bring a copy of the contract's overtime article [due:: ${d(-2)}]`,
				uplift: `- Debriefed the overtime log: she finished it, and it is the strongest thing we have. Told her so.
- The sign-up sheet is still not up. Next time: break it down (who asks, where it goes, what we say if it's taken down again).`,
			},
		}),
		oneOnOne({
			person: 'Jo Chen',
			date: d(-21),
			kind: 'initial',
			assessment: 3,
			nextContact: d(-7),
			issues: ['Mandatory overtime', 'Heat and water breaks'],
			sections: {
				agitate: `- Missed a class twice this month after being held over. Worried about failing the course.
- The forklift cabs have no airflow; last week a driver got dizzy near the end of the shift.`,
				educate: `- [[Maria Lopez|Mari]] is collecting the overtime log for a petition. He liked that it asks for notice, not for less work.`,
				inoculate: `- He's still new and worried about standing out. Talked through that signing together is safer than complaining alone; no pressure to sign today.`,
				organize: `- [ ] Ask around nights whether anyone has been written up for turning down overtime
- [-] Ask the shift supervisor for the heat log on his own ❌ ${d(-15)}`,
				uplift: `- First real talk. He asked good questions; wants to see who else signs first.`,
			},
		}),
		oneOnOne({
			person: 'Ana Ruiz',
			date: d(-30),
			kind: 'leader-development',
			assessment: 1,
			issues: ['Heat and water breaks'],
			sections: {
				agitate: `- Receiving hit 36 °C inside the trailers last month. Two people went home sick; nobody got extra breaks.`,
				educate: `- A letter from the whole receiving crew asking for water and shade breaks when it's over 30 °C. The site manager decides; corporate has a heat policy on paper.`,
				inoculate: `- Management may say "drink water on your own time". Some of the crew are afraid of losing hours if they complain.`,
				organize: `- [x] Map who on receiving worked the hottest shifts last month ✅ ${d(-14)}`,
				uplift: `- Ana is already the person the crew goes to. Talked about how to bring others in instead of carrying it alone.`,
			},
		}),
		oneOnOne({
			person: 'Ana Ruiz',
			date: d(-9),
			kind: 'debrief',
			assessment: 1,
			nextContact: d(-2),
			issues: ['Heat and water breaks'],
			sections: {
				agitate: `- The map showed eleven people on the hottest shifts, most of them on the trailers with no fan.`,
				educate: `- The heat-stress letter is ready. Plan: sign it as a crew, deliver it together at shift change.`,
				inoculate: `- If the site manager says the fans are "on order", ask for a date in writing.`,
				organize: `> [!note] Ana's plan for receiving
> - [ ] Ask the receiving crew to sign the heat-stress letter 📅 ${d(-1)}

- [x] Hold a lunch-break meeting about water and shade breaks [completion:: ${d(-3)}]`,
				uplift: `- Debriefed the heat map: done, and careful. She'd like [[Dev Patel]] from the dock at the next meeting.`,
			},
		}),
		oneOnOne({
			person: 'Dev Patel',
			date: d(3),
			kind: 'initial',
			issues: ['Heat and water breaks'],
			intro: `Planned. Ana will introduce us at lunch; mostly listen.`,
			sections: {
				organize: `- [ ] [[Sam Rivera]]: print the heat-safety fact sheet for Dev 📅 ${d(2)}`,
			},
		}),
		oneOnOne({
			person: 'Keisha Brown',
			date: d(-45),
			kind: 'initial',
			assessment: 1,
			nextContact: d(-35),
			issues: ['Short staffing', 'Mandatory overtime'],
			sections: {
				agitate: `- 4 West runs six nurses for 32 beds most nights; it used to be eight. She stays late charting almost every shift.
- "I'm scared I'll miss something. That's what keeps me up."`,
				educate: `- Safe-staffing ratios are decided by the nursing director and the budget committee. A petition from the unit, with the staffing grids behind it, is hard to ignore.`,
				inoculate: `- Management will say there's a hiring freeze and it's temporary. Some nurses fear being floated to worse units if they sign.`,
				organize: `- [x] Collect the 4 West staffing grids for the last six weeks ✅ ${d(-38)}`,
				uplift: `- She has been talking about this for years and is glad someone wants to do something with it.`,
			},
		}),
		oneOnOne({
			person: 'Keisha Brown',
			date: d(-6),
			kind: 'follow-up',
			assessment: 1,
			issues: ['Short staffing'],
			sections: {
				agitate: `- The grids show 4 West short on 27 of the last 42 shifts.`,
				educate: `- Petition first, then bring it to the staffing committee with as many 4 West nurses in the room as can make it.`,
				inoculate: `- Expect the director to meet people one at a time. Agreed: nobody meets alone; we go in twos.`,
				organize: `- [ ] Get five nurses on 4 West to sign the safe-staffing petition 📅 ${d(6)}
- [ ] [[Sam Rivera]]: find out when the hospital's staffing committee next meets`,
				uplift: `- Debriefed the staffing grids: she got every one, on her own time. Thanked her; she'll share them with the unit.`,
			},
		}),
		oneOnOne({
			person: 'Tomas Ortega',
			date: d(-35),
			kind: 'follow-up',
			assessment: 3,
			issues: ['Heat and water breaks'],
			sections: {
				agitate: `- The second fan for receiving never came.`,
				educate: `- Ana's heat letter could ask for it by name.`,
				inoculate: `- He's interviewing elsewhere and didn't want to be out front; that's fair.`,
				organize: `- [ ] Check whether receiving got the second fan 📅 ${d(-20)}`,
				uplift: `- Wished him luck with the interviews.`,
			},
		}),
		oneOnOne({
			person: 'Priya Nair',
			date: d(-50),
			kind: 'initial',
			assessment: 4,
			nextContact: d(-40),
			issues: ['Rent increase'],
			sections: {
				agitate: `- The notice says 14% more from next lease. Her mother's pension doesn't move.
- Repairs in Building B take months; her bathroom fan has been broken for months.`,
				educate: `- The association wants to ask the landlord to cap the increase and fix the repair backlog. Tenants negotiating together get further than one household at a time.`,
				inoculate: `- She's afraid the landlord won't renew if she signs anything. Talked about how the association keeps the list private and how many neighbours are in the same spot. No decision yet, and that's fine.`,
				organize: `- [x] Share the rent-increase notice with Renee ✅ ${d(-47)}`,
				uplift: `- Said she'd come to the building meeting if Renee came to get her.`,
			},
		}),
		oneOnOne({
			person: 'Renee Jackson',
			date: d(-18),
			kind: 'initial',
			assessment: 2,
			nextContact: d(5),
			issues: ['Rent increase'],
			sections: {
				agitate: `- "They raised it 9% last year and nothing got fixed. Now 14%." Her neighbour across the hall is thinking of moving out.`,
				educate: `- Goal: a meeting with the landlord with tenants from every floor, asking for a cap and a repair schedule. She knows someone on the fourth floor, Hector Vega, who has been keeping a repair list.`,
				inoculate: `- The landlord may offer individual deals to the loudest tenants to split the group. Agreed to bring any offer back to the association first.`,
				organize: `- [ ] Door-knock the third floor of Building A about the rent increase [due:: ${d(-4)}]`,
				uplift: `- Renee wants to build the association, not just win this one. Talked about taking on the Building B contacts.`,
			},
		}),
		oneOnOne({
			person: 'Renee Jackson',
			date: d(5),
			kind: 'follow-up',
			issues: ['Rent increase'],
			intro: `Planned. Ask how the third floor went before anything else.`,
			sections: {},
		}),
		oneOnOne({
			person: 'Hector Vega',
			date: d(6),
			kind: 'initial',
			issues: ['Rent increase'],
			intro: `Planned. Renee will introduce us; Hector keeps a list of unfixed repairs on the fourth floor. No person note yet.`,
			sections: {},
		}),
		oneOnOne({
			date: d(-2),
			title: 'Lunch on the dock',
			kind: 'initial',
			issues: ['Heat and water breaks'],
			intro: `Someone from the dock stopped by at lunch to ask about the heat letter. Add who it was to \`person\`.`,
			sections: {
				agitate: `- Says the dock doors are left shut to "keep the dust out" on the hottest afternoons.`,
			},
		}),
	];

	return [home, warehouse, overtime, ...people, ...talks];
}
