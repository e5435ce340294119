/**
 * The Notice an action shows: what happened, and an Undo button for a few seconds. Built with DOM
 * calls only (note text is always text).
 */
import { Notice } from 'obsidian';
import type { ActionHistory, UndoEntry } from './action-history';

/** How long an action's Notice, and so its Undo button, stays. */
export const UNDO_NOTICE_MS = 8000;

/** Shows `message`; with `entry`, an Undo button that undoes it through `history`. */
export function showActionNotice(message: string, history?: ActionHistory, entry?: UndoEntry): Notice {
	if (!history || !entry) return new Notice(message);
	const fragment = createFragment();
	const box = createDiv({ cls: 'ro-notice' });
	fragment.appendChild(box);
	box.createSpan({ cls: 'ro-notice__text', text: message });
	const button = box.createEl('button', { cls: 'ro-notice__undo mod-cta', text: 'Undo' });
	const notice = new Notice(fragment, UNDO_NOTICE_MS);
	button.addEventListener('click', (event) => {
		// The notice hides itself on click; the undo must not also bubble into other handlers.
		event.stopPropagation();
		notice.hide();
		void history.undo(entry).then((outcome) => {
			if (outcome) new Notice(outcome.message);
		});
	});
	return notice;
}
