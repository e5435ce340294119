/**
 * The index must never keep a note's text alive through a substring of it (V8 slices), and the copy
 * that prevents it must give back exactly what a JSON round trip does.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyFresh } from '../../src/core/fresh-copy';
import type { NoteFacts } from '../../src/core/model';
import { parseNote } from '../../src/core/note-parser';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterCollecting(): number {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
}

/** A 1-on-1 of about 1 MB (two bytes a character: it holds emoji) with long task lines and links. */
function bigTalk(seed: number): string {
	const task = (i: number): string => `- [ ] call the steward about the night rota of week ${seed}-${i} [[Person ${seed} ${i} with a long name]] 📅 2026-12-03`;
	const filler = `${'Notes of the talk, the rota, the heat on the dock and the petition. '.repeat(14_000)}\n`;
	return `---\ntype: one-on-one\nperson: "[[Maria Lopez ${seed} of the night shift]]"\ndate: 2026-11-28\n---\n## Organize\n${Array.from({ length: 20 }, (_, i) => task(i)).join('\n')}\n${filler}`;
}

describe('facts copied out of the note text', () => {
	it('do not keep the texts of the notes alive', () => {
		const kept: NoteFacts[] = [];
		const before = heapAfterCollecting();
		for (let seed = 0; seed < 30; seed++) kept.push(parseNote(`1-on-1s/2026-11-28 Maria ${seed}.md`, bigTalk(seed)));
		const retained = heapAfterCollecting() - before;
		expect(kept.every((facts) => facts.commitments.length === 20)).toBe(true);
		// The 30 texts are 60 MB in memory; their facts about 0.2 MB.
		expect(retained).toBeLessThan(10 * 1024 * 1024);
	});

	it('are what a JSON round trip gives', () => {
		const json = fc.letrec((tie) => ({
			value: fc.oneof(
				{ depthSize: 'small' },
				fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined),
				fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
			),
		})).value;
		fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 6 }), json, { maxKeys: 6 }), (value) => {
			expect(copyFresh(value)).toStrictEqual(JSON.parse(JSON.stringify(value)));
		}), { numRuns: 500 });
	});
});
