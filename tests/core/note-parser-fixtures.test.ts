/**
 * Fixture folders: a note a person can read and the facts DESIGN §2 says it has, written by hand.
 * Each note is parsed by the default path and by remark alone; both must give the expected facts.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment, NoteFacts } from '../../src/core/model';
import { loadNoteFixtures } from './note-fixtures';
import { parseAllFacts } from './parse-all-facts';


/**
 * The fixtures write a commitment's status flat, as DESIGN §2's table does (`status`, `doneOn`,
 * `cancelledOn`); the facts nest the date in the status. This reads the facts the fixtures' way.
 */
function flattenCommitment(commitment: Commitment): Record<string, unknown> {
	const { status, ...rest } = commitment;
	return {
		...rest,
		status: status.kind,
		...(status.kind === 'done' && status.doneOn !== undefined ? { doneOn: status.doneOn } : {}),
		...(status.kind === 'cancelled' && status.cancelledOn !== undefined ? { cancelledOn: status.cancelledOn } : {}),
	};
}

function checkFacts(facts: NoteFacts, expected: Record<string, unknown>, ignoreParsePath: boolean): void {
	const { commitments, parsePath, ...rest } = expected;
	expect(facts).toMatchObject(rest);
	if (parsePath !== undefined && !ignoreParsePath) expect(facts.parsePath).toBe(parsePath);
	if (commitments !== undefined) {
		const wanted = commitments as Array<Record<string, unknown>>;
		expect(facts.commitments).toHaveLength(wanted.length);
		wanted.forEach((commitment, index) => {
			// A commitment written in full (with its raw line) must match exactly, absent fields included.
			const actual = flattenCommitment(facts.commitments[index]);
			if ('raw' in commitment) expect(actual).toEqual(commitment);
			else expect(actual).toMatchObject(commitment);
		});
	}
}

describe('parseNote on fixture notes', () => {
	for (const fixture of loadNoteFixtures()) {
		it(`reads ${fixture.name}`, () => {
			checkFacts(parseAllFacts(fixture.file, fixture.text), fixture.expected, false);
		});
		it(`reads ${fixture.name} the same with remark`, () => {
			checkFacts(parseAllFacts(fixture.file, fixture.text, { engine: 'remark' }), fixture.expected, true);
		});
	}
});
