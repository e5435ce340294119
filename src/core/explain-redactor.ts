/**
 * The name matcher that privacy mode and `--redact` use for one note's explanation. An excluded
 * note, a template or any other note the index does not hold is never read for names, yet its
 * explanation shows its path, its properties and its tasks: a person note archived in an excluded
 * folder still names its person (DESIGN §5: every person's name from every note).
 */
import type { Derivation, DeriveOptions } from './derive';
import { parseNote, toParseOptions, type ReadingSettings } from './note-parser';
import { buildNameMatcher, collectRedactionNames, type NameMatcher } from './redact';
import type { VaultIndex } from './vault-index';

/**
 * The derivation's matcher when the index holds the note at `path`; otherwise one built from the
 * same names plus those the note itself gives (its file name when it is a person note or a 1-on-1,
 * its aliases, `person`, `organizer`, owners and relations), as if it were indexed.
 */
export function redactorForExplanation(derivation: Pick<Derivation, 'people' | 'redactor'>, index: VaultIndex, path: string, text: string, options: DeriveOptions & ReadingSettings): NameMatcher {
	if (index.get(path)) return derivation.redactor;
	const facts = parseNote(path, text, { ...toParseOptions(options), allFacts: true });
	return buildNameMatcher(collectRedactionNames(index, derivation.people, options, [facts]));
}
