/**
 * The name matcher that privacy mode and `--redact` use for one note's explanation. The
 * explanation shows more of a note than any list does: the path, properties and tasks of a note
 * the index does not hold (an excluded note, a template), and every task line, commitment or not
 * (in a person note, a plain note, a code block). A person named there is hidden all the same
 * (DESIGN §5: every person's name from every note; the privacy docs: link a name to have it
 * recognised).
 */
import type { Derivation, DeriveOptions } from './derive';
import type { NoteExplanation } from './explain';
import { parseNote, toParseOptions, type ReadingSettings } from './note-parser';
import { buildNameMatcher, collectRedactionNames, type NameMatcher } from './redact';
import type { VaultIndex } from './vault-index';

/**
 * The derivation's matcher when the index holds the explained note and its task lines link no one;
 * otherwise one built from the same names plus those the note gives (its file name when it is a
 * person note or a 1-on-1, its aliases, `person`, `organizer`, owners and relations, as if it were
 * indexed) and the people linked in its task lines.
 */
export function redactorForExplanation(
	derivation: Pick<Derivation, 'people' | 'redactor'>,
	index: VaultIndex,
	explanation: Pick<NoteExplanation, 'path' | 'tasks' | 'notTasks'>,
	text: string,
	options: DeriveOptions & ReadingSettings,
): NameMatcher {
	const indexed = index.get(explanation.path) !== undefined;
	const linkTexts = [...explanation.tasks, ...explanation.notTasks].map((task) => task.text).filter((line) => line.includes('[['));
	if (indexed && linkTexts.length === 0) return derivation.redactor;
	const notes = indexed ? [] : [parseNote(explanation.path, text, { ...toParseOptions(options), allFacts: true })];
	return buildNameMatcher(collectRedactionNames(index, derivation.people, options, { notes, linkTexts }));
}
