/**
 * parseNote keeping every fact (`allFacts`), for tests of what the parser reads: the index keeps
 * only what its readers use for each kind, which would hide the reading of other notes' bodies.
 */
import type { NoteFacts } from '../../src/core/model';
import { parseNote, type ParseOptions } from '../../src/core/note-parser';

/** parseNote with `allFacts: true`. */
export function parseAllFacts(path: string, text: string, options: ParseOptions = {}): NoteFacts {
	return parseNote(path, text, { ...options, allFacts: true });
}
