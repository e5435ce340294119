/**
 * The vault of the held-out settings tests (tests/plugin/held-out-settings-*.test.ts and
 * tests/cli/held-out-settings-cli.test.ts): every setting the guide lists changes something an
 * organizer sees in it. Plain data, so the CLI tests can use it without the fake Obsidian.
 */
/** Today for every held-out settings test. */
export const TODAY = '2026-12-01';

/**
 * The vault. With the defaults, on 2026-12-01:
 * - Maria (assessment 2, interval 14): talk on 11-10 → check-in due 11-24: in Check in with.
 * - Jo (assessment 4, interval 30): talk on 11-05 → check-in 12-05: in Coming up, not Check in with.
 * - Ben: a person by folder only (People/, no type), no talk: in No 1-on-1 yet.
 * - Dee (Crew/, no type): no person until Crew is the people folder.
 * - Cal (Archive/, type person): in No 1-on-1 yet until Archive is excluded.
 * - "Talks/2026-11-20 Ben Okafor.md" has no type: a talk only once Talks is the 1-on-1 folder.
 * - Maria's talk: "call two coworkers" is undated (created 11-10 + stall 14 = 11-24: Offer support);
 *   "bring flyers" was done 11-08 (23 days ago, inside the 30-day debrief window: Debrief);
 *   "bring the contract" is Sam's (the organizer, so yours while Your name is empty), due 12-10,
 *   outside the 7-day Coming up window.
 * - "Templates/Talk.md" looks like a broken 1-on-1 (Notes to fix) until it is the 1-on-1 template.
 */
export const FILES: Readonly<Record<string, string>> = {
	'People/Maria Lopez.md': '---\ntype: person\nassessment: 2\nworkplace: Warehouse 4\n---\n',
	'People/Jo Chen.md': '---\ntype: person\nassessment: 4\nworkplace: Warehouse 4\nknows: "[[Maria Lopez]]"\nmentors: "[[Ben Okafor]]"\n---\n',
	'People/Ben Okafor.md': 'Works the loading dock.\n',
	'Crew/Dee Park.md': 'Nights.\n',
	'Archive/Cal Diaz.md': '---\ntype: person\n---\n',
	'Talks/2026-11-20 Ben Okafor.md': '---\nperson: "[[Ben Okafor]]"\ndate: 2026-11-20\n---\n## Agitate\nParking.\n',
	'1-on-1s/2026-11-10 Maria Lopez.md': [
		'---',
		'type: one-on-one',
		'person: "[[Maria Lopez]]"',
		'date: 2026-11-10',
		'organizer: "[[Sam Rivera]]"',
		'---',
		'## Agitate',
		'Overtime on nights.',
		'## Organize',
		'- [ ] call two coworkers',
		'- [x] bring flyers ✅ 2026-11-08',
		'- [ ] [[Sam Rivera]]: bring the contract 📅 2026-12-10',
		'',
	].join('\n'),
	'1-on-1s/2026-11-05 Jo Chen.md': '---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-05\norganizer: "[[Sam Rivera]]"\n---\n## Agitate\nSchedules.\n',
	'Templates/Talk.md': '---\ntype: one-on-one\nperson: "{{person}}"\n---\n## Grievances\n',
};
