/**
 * Held-out review: people written with an initial (`A. Smith`, `J.R. Ewing`, common in notes) are
 * hidden as `AS` and `JRE`, and the one-letter words of everyone else's text stay as written: an
 * initial gives no one away ("initials never show more than one letter per word", DESIGN §5), and
 * a report where every "a" reads `Person 1` is of no use to the organizer who shares it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, leaked, vault } from './held-out-trust-cli';

let dir = '';
beforeAll(async () => {
	dir = vault({
		'People/A. Smith.md': '---\ntype: person\n---\n',
		'People/J.R. Ewing.md': '---\ntype: person\n---\n',
		'1-on-1s/2026-11-02 A. Smith.md': '---\ntype: one-on-one\nperson: "[[A. Smith]]"\ndate: 2026-11-02\n---\n## Organize\n- [ ] bring a flyer and plan B for R&D with Smith 📅 2026-11-05\n',
		'1-on-1s/2026-11-03 J.R. Ewing.md': '---\ntype: one-on-one\nperson: "[[J.R. Ewing]]"\ndate: 2026-11-03\n---\n## Organize\n- [ ] ask J.R. and Ewing if I can join 📅 2026-11-05\n',
	});
	await buildCli();
}, 60_000);

describe('held-out: --redact and names written with initials', () => {
	it('hides the names and keeps the one-letter words of the text', async () => {
		const r = await cli(['report', dir, '--today', '2026-11-20', '--format', 'json', '--redact']);
		expect(r.status, r.stderr).toBe(0);
		expect(leaked(r.stdout, ['Smith', 'Ewing'])).toEqual([]);
		const items = (JSON.parse(r.stdout) as { followUp: { text: string; owner: string; source: string }[] }).followUp;
		expect(items.map((i) => [i.owner, i.text, i.source])).toEqual([
			['AS', 'bring a flyer and plan B for R&D with AS', '1-on-1s/2026-11-02 AS.md'],
			// `J.R.` alone shows no more than the initials the label shows.
			['JRE', 'ask J.R. and JRE if I can join', '1-on-1s/2026-11-03 JRE.md'],
		]);
	}, 30_000);
});
