/**
 * Snooze: when to check in next — in 3, 7 or 14 days, or on a date the user picks. Buttons and a
 * date field, so every choice is reachable with Tab and Enter.
 */
import { Modal, type App } from 'obsidian';
import { addDays, isCalendarDate } from '../../core/dates';
import type { CalendarDate } from '../../core/model';

/** The quick choices, in days from today. */
export const SNOOZE_DAYS: readonly number[] = [3, 7, 14];

/** Asks when to check in next; calls `choose` with the picked calendar date, after today. */
export class SnoozeModal extends Modal {
	constructor(
		app: App,
		private readonly title: string,
		private readonly today: CalendarDate,
		private readonly choose: (date: CalendarDate) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.title);
		this.modalEl.addClass('ro-snooze');
		const quick = this.contentEl.createDiv({ cls: 'ro-snooze__quick' });
		for (const days of SNOOZE_DAYS) {
			const date = addDays(this.today, days);
			const button = quick.createEl('button', { cls: 'ro-snooze__choice', text: `In ${days} days` });
			button.setAttr('aria-label', `In ${days} days (${date})`);
			button.addEventListener('click', () => this.pick(date));
		}
		const picked = this.contentEl.createDiv({ cls: 'ro-snooze__picked' });
		const input = picked.createEl('input', { cls: 'ro-snooze__date', type: 'date' });
		input.min = addDays(this.today, 1);
		input.value = addDays(this.today, 7);
		input.setAttr('aria-label', 'Pick a date');
		const confirm = picked.createEl('button', { cls: 'mod-cta', text: 'Snooze to this date' });
		const error = this.contentEl.createDiv({ cls: 'ro-snooze__error', attr: { role: 'alert' } });
		const submit = (): void => {
			if (isCalendarDate(input.value) && input.value > this.today) this.pick(input.value);
			else error.setText(`Pick a day after today (${this.today}).`);
		};
		confirm.addEventListener('click', submit);
		input.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') submit();
		});
		quick.querySelector<HTMLButtonElement>('button')?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private pick(date: CalendarDate): void {
		this.close();
		this.choose(date);
	}
}
