import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { P } from './aeiou-prompts';
import { buildFollowUps } from '../../src/core/follow-ups';
import { fake, runCommand, startPlugin, waitFor, waitForIndex, type Running } from './harness';

/** A date as the app's clock (noon local, so every time zone has the same calendar day). */
function setToday(date: string): void {
	vi.setSystemTime(new Date(`${date}T12:00:00`));
}

async function newOneOnOne(running: Running, query: string, path: string): Promise<string> {
	runCommand(running, 'new-one-on-one');
	await fake.typeInSuggestModal(query);
	fake.pressKey('Enter');
	await waitFor(() => running.app.vault.getFileByPath(path) !== null);
	await fake.settle();
	return running.app.vault.read(running.app.vault.getFileByPath(path)!);
}

/** What the organizer types and saves (Mark done included, as the Tasks plugin writes it). */
async function edit(running: Running, path: string, change: (text: string) => string): Promise<void> {
	const file = running.app.vault.getFileByPath(path)!;
	const revision = running.plugin['indexer'].index.revision;
	await running.app.vault.process(file, change);
	await waitFor(() => running.plugin['indexer'].index.revision !== revision);
}

function followUpList(running: Running, today: string): string[] {
	const model = buildFollowUps(running.plugin['indexer'].index, running.plugin.settings, today);
	return model.followUp.map((item) => `${item.kind}: ${item.commitment.text}`);
}

const FIRST = '1-on-1s/2026-11-10 Maria Lopez.md';
const SECOND = '1-on-1s/2026-11-24 Maria Lopez.md';
const THIRD = '1-on-1s/2026-11-28 Maria Lopez.md';

describe('the 1-on-1 loop: three talks in a row, each carrying forward what the last one left', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	async function firstTalk(): Promise<Running> {
		setToday('2026-11-10');
		const running = await startPlugin({ data: { yourName: 'Sam Rivera' } });
		await waitForIndex(running);
		runCommand(running, 'new-person');
		const form = document.querySelector<HTMLFormElement>('.ro-name-prompt')!;
		fake.typeInto(form.querySelector('input')!, 'Maria Lopez');
		form.requestSubmit();
		await waitFor(() => running.app.vault.getFileByPath('People/Maria Lopez.md') !== null);
		await waitForIndex(running);
		const text = await newOneOnOne(running, 'Maria', FIRST);
		expect(text).not.toContain('ro:carried-forward');
		await edit(running, FIRST, (t) => t
			.replace(`## Agitate\n%% ${P.agitate} %%\n`, `## Agitate\n%% ${P.agitate} %%\nMandatory overtime on nights.\n`)
			.replace(`## Organize\n%% ${P.organize} %%\n`, `## Organize\n%% ${P.organize} %%\n- [ ] Talk to two coworkers about the schedule 📅 2026-11-20\n- [ ] Bring the overtime sheet\n- [ ] [[Sam Rivera]]: bring a copy of the contract\n\`\`\`\n- [ ] an example task inside code, never a commitment\n\`\`\`\n`));
		return running;
	}

	it('carries the open commitments into the second talk, then the done one (as a debrief) into the third, and neither after that', async () => {
		const running = await firstTalk();

		setToday('2026-11-24');
		const second = await newOneOnOne(running, 'Maria', SECOND);
		expect(second).toContain(`## Uplift
%% ${P.uplift} %%
%% ro:carried-forward %%
%% Last time: no Educate, Inoculate, Uplift %%
- Offer support: Talk to two coworkers about the schedule (due 2026-11-20) — [[2026-11-10 Maria Lopez]]
- Offer support: Bring the overtime sheet — [[2026-11-10 Maria Lopez]]
%% /ro:carried-forward %%
`);
		expect(second).toContain('kind: follow-up');
		await edit(running, SECOND, (t) => t.replace(`## Educate\n%% ${P.educate} %%\n`, `## Educate\n%% ${P.educate} %%\nA petition to the shift manager.\n`));

		setToday('2026-11-25');
		await edit(running, FIRST, (t) => t.replace('- [ ] Talk to two coworkers about the schedule 📅 2026-11-20', '- [x] Talk to two coworkers about the schedule 📅 2026-11-20 ✅ 2026-11-25'));

		setToday('2026-11-28');
		const third = await newOneOnOne(running, 'Maria', THIRD);
		expect(third).toContain(`%% ro:carried-forward %%
%% Last time: no Agitate, Inoculate, Organize, Uplift %%
- Offer support: Bring the overtime sheet — [[2026-11-10 Maria Lopez]]
- Debrief: Talk to two coworkers about the schedule (done 2026-11-25) — [[2026-11-10 Maria Lopez]]
%% /ro:carried-forward %%
`);
		await edit(running, THIRD, (t) => t.replace(`## Agitate\n%% ${P.agitate} %%\n`, `## Agitate\n%% ${P.agitate} %%\nThe petition went round.\n`));

		setToday('2026-12-05');
		const fourth = await newOneOnOne(running, 'Maria', '1-on-1s/2026-12-05 Maria Lopez.md');
		expect(fourth).toContain('- Offer support: Bring the overtime sheet — [[2026-11-10 Maria Lopez]]\n');
		expect(fourth).not.toContain('Talk to two coworkers');
		expect(fourth).not.toContain('example task');
		expect(fourth).not.toContain('contract');
	}, 60_000);

	// DESIGN §3: a talk dated today holding only the template and the carried-forward block is
	// still planned, so preparing it follows nothing up.
	it('preparing the next talk leaves the Follow up list as it was', async () => {
		const running = await firstTalk();
		setToday('2026-11-24');
		const before = followUpList(running, '2026-11-24');
		// The undated one follows up 11-10 + 14 stall days = 11-24, today.
		expect(before).toEqual(['support: Talk to two coworkers about the schedule', 'support: Bring the overtime sheet']);
		await newOneOnOne(running, 'Maria', SECOND);
		await waitFor(() => running.plugin['indexer'].index.get(SECOND) !== undefined);
		expect(followUpList(running, '2026-11-24')).toEqual(before);
	}, 60_000);
});
