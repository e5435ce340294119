/**
 * The first run's suggestion for "Your name" (DESIGN §4): the vault's most frequent 1-on-1
 * `organizer`, named as the note it resolves to, so saving it makes every one of those talks yours.
 */
import { isSyncConflictCopy } from './sync-conflict';
import { normalizeReference, resolveRelativeReference } from './resolver';
import { runSteps, type Steps } from './steps';
import type { VaultIndex } from './vault-index';

/**
 * The most frequent `organizer` of the vault's 1-on-1 notes, or `undefined` when none names one.
 * A reference that resolves to a note counts as that note and is named by its basename; one that
 * does not counts by its normalized spelling and is named as written in the note with the smallest
 * path. Ties go to the name first in code-point order, so the result never depends on index order.
 * Sync-conflict copies are not counted (they would count their original's talk twice).
 */
export function suggestOrganizerName(index: VaultIndex): string | undefined {
	return runSteps(suggestOrganizerNameSteps(index));
}

/** Notes read between two pause points of {@link suggestOrganizerNameSteps}. */
const NOTES_PER_STEP = 500;

/** {@link suggestOrganizerName} in steps (issue 15: in one go it held the main thread 11–18 ms at 10k notes). */
export function* suggestOrganizerNameSteps(index: VaultIndex): Steps<string | undefined> {
	const tally = new Map<string, { name: string; count: number; namedIn: string }>();
	let read = 0;
	for (const note of index.notes()) {
		if (++read % NOTES_PER_STEP === 0) yield undefined;
		if (note.kind !== 'one-on-one' || isSyncConflictCopy(note.basename)) continue;
		const organizer = note.conversation.organizer;
		const written = organizer?.target.trim();
		if (!written) continue;
		const target = resolveRelativeReference(written, note.path);
		const resolved = index.resolve(target);
		const key = resolved ? `note:${resolved.path}` : `name:${normalizeReference(target)}`;
		const name = resolved ? resolved.basename : written;
		const entry = tally.get(key);
		if (!entry) tally.set(key, { name, count: 1, namedIn: note.path });
		else {
			entry.count++;
			if (!resolved && note.path < entry.namedIn) {
				entry.name = name;
				entry.namedIn = note.path;
			}
		}
	}
	let best: { name: string; count: number } | undefined;
	for (const entry of tally.values()) {
		if (!best || entry.count > best.count || (entry.count === best.count && entry.name < best.name)) best = entry;
	}
	return best?.name;
}
