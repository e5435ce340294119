import { describe, expect, it } from 'vitest';
import { DATA_PATH, fake, openDashboard, pinToday, startPlugin, waitFor, waitForIndex, type Running } from './harness';
import { person, talk } from '../support/builders';

// Behaviour of the fake this relies on: `App.loadLocalStorage` / `saveLocalStorage` ("Retrieve value
// from `localStorage` for this vault." / "Save vault-specific value to `localStorage`."), and
// `Plugin.saveData` ("Write settings data to disk. Data is stored in `data.json` in the plugin folder.").

const TODAY = '2026-11-29';

/** Two of three talks are Dana Cole's; the third is Sam Rivera's. */
const files = {
	'People/Dana Cole.md': person({ role: 'organizer' }),
	'People/Jo Chen.md': person(),
	'1-on-1s/2026-11-01 Jo Chen.md': talk('Jo Chen', '2026-11-01', { organizer: 'Dana Cole' }),
	'1-on-1s/2026-11-08 Jo Chen.md': talk('Jo Chen', '2026-11-08', { organizer: 'Dana Cole' }),
	'1-on-1s/2026-11-15 Jo Chen.md': talk('Jo Chen', '2026-11-15', { organizer: 'Sam Rivera' }),
};

function prompt(el: HTMLElement): HTMLElement | null {
	return el.querySelector<HTMLElement>('.ro-dashboard__name-prompt');
}

function field(el: HTMLElement): HTMLInputElement {
	const input = prompt(el)?.querySelector<HTMLInputElement>('input');
	if (!input) throw new Error('no name field');
	return input;
}

function button(el: HTMLElement, label: string): HTMLButtonElement {
	const found = Array.from(prompt(el)?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((b) => b.textContent === label);
	if (!found) throw new Error(`no "${label}" button`);
	return found;
}

async function open(running: Running): Promise<HTMLElement> {
	await waitForIndex(running);
	return openDashboard(running);
}

describe('first run: "Who are you?"', () => {
	pinToday(TODAY);

	it('asks for the name at the top, pre-filled with the most frequent organizer, reachable by keyboard', async () => {
		const el = await open(await startPlugin({ files }));
		const box = prompt(el);
		expect(box?.textContent).toContain('Who are you?');
		// Right below the toolbar, before the lists.
		expect(box?.previousElementSibling?.classList.contains('ro-dashboard__toolbar')).toBe(true);
		expect(field(el).value).toBe('Dana Cole');
		expect(field(el).getAttribute('aria-label')).toBe('Your name');
		// Native controls only: a field and two buttons, each in the tab order.
		for (const control of [field(el), button(el, 'Save'), button(el, 'Not now')]) expect(control.tabIndex).toBe(0);
	});

	it('Save writes "Your name" to the settings and the prompt goes', async () => {
		const running = await startPlugin({ files });
		const el = await open(running);
		field(el).value = 'Dana Cole ';
		button(el, 'Save').click();
		await waitFor(() => prompt(el) === null);
		expect(running.plugin.settings.yourName).toBe('Dana Cole');
		const saved = JSON.parse(await running.app.vault.adapter.read(DATA_PATH)) as { yourName: string };
		expect(saved.yourName).toBe('Dana Cole');
	});

	it('Enter in the field saves too; an empty field saves nothing', async () => {
		const running = await startPlugin({ files });
		const el = await open(running);
		field(el).value = '  ';
		field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await fake.settle();
		expect(running.plugin.settings.yourName).toBe('');
		expect(prompt(el)).not.toBeNull();
		field(el).value = 'Sam Rivera';
		field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await waitFor(() => prompt(el) === null);
		expect(running.plugin.settings.yourName).toBe('Sam Rivera');
	});

	it('"Not now" hides it and is remembered when the pane opens again', async () => {
		const running = await startPlugin({ files });
		const el = await open(running);
		button(el, 'Not now').click();
		await fake.settle();
		expect(prompt(el)).toBeNull();
		expect(running.plugin.settings.yourName).toBe('');
		running.app.workspace.detachLeavesOfType('relational-organizer-dashboard');
		await fake.settle();
		const again = await openDashboard(running);
		expect(prompt(again)).toBeNull();
	});

	it('is not shown when "Your name" is set', async () => {
		const el = await open(await startPlugin({ files, data: { yourName: 'Dana Cole' } }));
		expect(prompt(el)).toBeNull();
	});

	it('in privacy mode, the field is empty and the suggestion shows only as initials in its hint', async () => {
		const el = await open(await startPlugin({ files, data: { privacyMode: true } }));
		expect(field(el).value).toBe('');
		expect(field(el).placeholder).toBe('Your name (most 1-on-1s: DC)');
		expect(prompt(el)?.textContent).not.toContain('Dana');
		expect(field(el).placeholder).not.toContain('Dana');
	});
});
