/**
 * The in-page vault of the e2e run: three people and two 1-on-1s with overdue commitments, dated
 * relative to today (the dashboard computes for the browser's local today), so every list renders.
 */

/** `YYYY-MM-DD` of today + `days`, in local time (as the plugin's `calendarDateAt`). */
export function dayFromToday(days, now = new Date()) {
	const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
	const pad = (n) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Path → text of the vault, and the counts a person would expect on the dashboard (worked out by hand from DESIGN §3). */
export function buildVault(now = new Date()) {
	const day = (n) => dayFromToday(n, now);
	const files = {
		'People/Maria Lopez.md': '---\ntype: person\nrole: committee\nassessment: 2\nworkplace: "[[Warehouse 4]]"\n---\n',
		'People/Jo Chen.md': '---\ntype: person\nassessment: 3\n---\n',
		'People/Ana Ruiz.md': '---\ntype: person\n---\n',
		[`1-on-1s/${day(-19)} Maria Lopez.md`]: [
			'---',
			'type: one-on-one',
			'person: ["[[Maria Lopez]]"]',
			`date: ${day(-19)}`,
			'organizer: "[[Sam Rivera]]"',
			'---',
			'## Agitate',
			'Mandatory overtime on nights, announced the day before.',
			'## Organize',
			`- [ ] Talk to two coworkers on nights about the schedule 📅 ${day(-9)}`,
			`- [x] Bring the petition to the break room ✅ ${day(-6)}`,
			`- [ ] [[Sam Rivera]]: bring a copy of the contract [due:: ${day(2)}]`,
			'## Uplift',
			'',
		].join('\n'),
		[`1-on-1s/${day(-30)} Jo Chen.md`]: [
			'---',
			'type: one-on-one',
			'person: "[[Jo Chen]]"',
			`date: ${day(-30)}`,
			'organizer: "[[Sam Rivera]]"',
			'---',
			'## Organize',
			`- [ ] Ask the night lead about the overtime rules 📅 ${day(-20)}`,
			`- [ ] Find out which supervisors approved the mandatory overtime schedule changes on the loading dock and whether the steward was ever consulted about any of it 📅 ${day(-15)}`,
			'',
		].join('\n'),
	};
	// Follow up: Maria's two (support + debrief) and Jo's two. Your promises: the contract copy
	// (owner Sam = the organizer = you). Check in with: Maria (committee: every 7 days) and Jo
	// (assessment 3: every 14). No 1-on-1 yet: Ana. Coming up: the contract copy, due in 2 days.
	const expected = {
		'Follow up': 4,
		Stalled: 0,
		'Your promises': 1,
		'Check in with': 2,
		'No 1-on-1 yet': 1,
		'Coming up': 1,
	};
	return { files, expected };
}

/** A person note's name with quotes, an apostrophe, ampersands and an already-escaped entity (shown verbatim). */
export const AMPERSAND_PERSON = `Dana "DJ" O'Neil & Co &amp; Sons`;

/** A person note whose name holds markup with a handler (shown verbatim). */
export const EMBED_PERSON = '<img src=x onerror=window.__pwned=10> Eve';

/** Task text with an embed, a javascript: wiki link and Markdown link, and an <svg> with a handler. */
const hostileEmbedTask = 'see ![[secret.png]] and ![[People/Maria Lopez]] then [[javascript:window.__pwned=16|click]] or [x](javascript:window.__pwned=17) <svg onload="window.__pwned=18"></svg>';

/**
 * The normal vault plus hostile notes (DESIGN §6: note text is always text; front matter never
 * runs): markup in a person link and in task text, a `---js` front matter that would set
 * `window.__pwned` if evaluated, 2 MB of `[`, and a person named with quotes and ampersands.
 */
export function buildHostileVault(now = new Date()) {
	const day = (n) => dayFromToday(n, now);
	const { files } = buildVault(now);
	const hostile = {
		[`1-on-1s/${day(-19)} hostile.md`]: [
			'---',
			'type: one-on-one',
			'person: "[[<script>window.__pwned=1</script>]]"',
			`date: ${day(-19)}`,
			'organizer: "[[Sam Rivera]]"',
			'---',
			'## Organize',
			`- [ ] <img src=x onerror="window.__pwned=2"> sign the petition <a href="https://example.com">x</a> then javascript:window.__pwned=4 📅 ${day(-12)}`,
			`- [ ] <iframe src="https://example.com/frame"></iframe> ask about [the contract](javascript:window.__pwned=5) 📅 ${day(-11)}`,
			'',
		].join('\n'),
		// Embeds, javascript: links and markup in a heading, task text, a person's name and properties.
		[`1-on-1s/${day(-18)} embeds.md`]: [
			'---',
			'type: one-on-one',
			'person: "[[javascript:window.__pwned=6]]"',
			`date: ${day(-18)}`,
			'organizer: "[[Sam Rivera]]"',
			'tags: ["<img src=x onerror=window.__pwned=7>", "![[secret.png]]"]',
			'---',
			'## <img src=x onerror="window.__pwned=8"> ![[secret.png]] [go](javascript:window.__pwned=9)',
			'## Organize',
			`- [ ] ${hostileEmbedTask} 📅 ${day(-10)}`,
			'',
		].join('\n'),
		[`People/${EMBED_PERSON}.md`]: [
			'---',
			'type: person',
			'role: "<img src=x onerror=window.__pwned=11>"',
			'workplace: "<script>window.__pwned=12</script>"',
			'department: "![[secret.png]]"',
			'aliases: ["[go](javascript:window.__pwned=13)"]',
			'knows: ["[[javascript:window.__pwned=14]]"]',
			'---',
			'# <svg onload="window.__pwned=15"></svg> ![[secret.png]]',
			'',
		].join('\n'),
		[`1-on-1s/${day(-5)} js.md`]: '---js\n{ type: "one-on-one", person: (window.__pwned = 3), date: "2020-01-01" }\n---\nbody\n',
		'Notes/brackets.md': '['.repeat(2 * 1024 * 1024),
		[`People/${AMPERSAND_PERSON}.md`]: '---\ntype: person\n---\n',
	};
	return {
		files: { ...files, ...hostile },
		hostile: {
			scriptPerson: '<script>window.__pwned=1</script>',
			imgTask: '<img src=x onerror="window.__pwned=2"> sign the petition <a href="https://example.com">x</a> then javascript:window.__pwned=4',
			iframeTask: '<iframe src="https://example.com/frame"></iframe> ask about [the contract](javascript:window.__pwned=5)',
			jsNote: `1-on-1s/${day(-5)} js.md`,
			ampersandPerson: AMPERSAND_PERSON,
			embedTask: hostileEmbedTask,
			embedPerson: EMBED_PERSON,
			javascriptPerson: 'javascript:window.__pwned=6',
		},
	};
}

/** Names with markup for the map (shown as text, never parsed). */
export const HTML_PERSON = '<img src=x onerror="window.__pwned=6"> & <b>Bo';
export const HTML_TARGET = '<svg onload=window.__pwned=7>';

/**
 * The map's vault: the normal one plus ties between people in two workplaces, a person whose name
 * is markup, and a tie to a markup-named person without a note.
 */
export function buildMapVault(now = new Date()) {
	const { files } = buildVault(now);
	return {
		...files,
		'People/Maria Lopez.md': '---\ntype: person\nrole: committee\nassessment: 2\nworkplace: "[[Warehouse 4]]"\ndepartment: Nights\nknows: ["[[Jo Chen]]", "[[Ana Ruiz]]"]\nrecruited-by: "[[Sam Rivera]]"\n---\n',
		'People/Jo Chen.md': '---\ntype: person\nassessment: 3\nworkplace: "[[Warehouse 4]]"\ndepartment: Nights\nknows: ["[[Dev Patel]]"]\n---\n',
		'People/Ana Ruiz.md': '---\ntype: person\nworkplace: "[[Warehouse 4]]"\ndepartment: Receiving\nassessment: 1\nleads: ["[[Kim Osei]]", "[[Lee Park]]"]\n---\n',
		'People/Dev Patel.md': '---\ntype: person\nworkplace: "[[Warehouse 4]]"\ndepartment: Receiving\nassessment: 4\n---\n',
		'People/Kim Osei.md': '---\ntype: person\nworkplace: "[[Depot 9]]"\nassessment: 5\n---\n',
		'People/Lee Park.md': '---\ntype: person\nworkplace: "[[Depot 9]]"\nknows: ["[[Kim Osei]]"]\n---\n',
		'People/Sam Rivera.md': '---\ntype: person\nrole: leader\nassessment: 1\n---\n',
		[`People/${HTML_PERSON}.md`]: `---\ntype: person\nworkplace: "[[Depot 9]]"\nassessment: 3\nknows: ["[[Lee Park]]", "[[${HTML_TARGET}]]"]\n---\n`,
	};
}

/** `count` people over 8 workplaces × 5 departments, three random `knows` links each (the bench's graph). */
export function buildLargeMapVault(count) {
	let seed = 42;
	const random = () => {
		seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
		return seed / 4294967296;
	};
	const name = (i) => `Person ${String(i).padStart(4, '0')}`;
	const files = {};
	for (let i = 0; i < count; i++) {
		const links = Array.from({ length: 3 }, () => `"[[${name(Math.floor(random() * count))}]]"`).join(', ');
		files[`People/${name(i)}.md`] = `---\ntype: person\nworkplace: "[[Site ${i % 8}]]"\ndepartment: Dept ${i % 5}\nassessment: ${1 + (i % 5)}\nknows: [${links}]\n---\n`;
	}
	return files;
}
