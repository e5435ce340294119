/**
 * `npm run bench`: speed and memory of the core on generated vaults of 10,000 and 50,000 notes
 * (10% people, 90% 1-on-1s, ~3% with code fences), and its time on pathological inputs. Prints a
 * table; asserts nothing (speed is never a test assertion).
 */
import { buildFollowUps } from '../src/core/follow-ups';
import { parseNote } from '../src/core/note-parser';
import { buildPeopleTable } from '../src/core/people';
import { buildDerivation } from '../src/core/derive';
import { buildNameMatcher, redactModel, showModel } from '../src/core/redact';
import { toReportJson } from '../src/core/report-json';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import { generateVault } from './generate-vault';

const TODAY = '2026-11-29';
const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
}

function time<T>(run: () => T): { ms: number; value: T } {
	const start = process.hrtime.bigint();
	const value = run();
	return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** The median of five runs: one run of a ~100 ms step is at the mercy of GC and other processes. */
function timeMedian<T>(run: () => T): { ms: number; value: T } {
	const runs = Array.from({ length: 5 }, () => time(run));
	return runs.sort((a, b) => a.ms - b.ms)[2];
}

function row(label: string, value: string): void {
	console.log(`${label.padEnd(46)} ${value}`);
}

function benchSize(count: number, withRemark: boolean): void {
	const notes = generateVault(count, TODAY);
	const chars = notes.reduce((sum, n) => sum + n.text.length, 0);
	console.log(`\n## ${count.toLocaleString('en')} notes (${(chars / 1024 / 1024).toFixed(1)} MB of Markdown)`);

	const before = heapMb();
	const index = new VaultIndex();
	const parsed = time(() => {
		let escalated = 0;
		for (const note of notes) {
			const facts = parseNote(note.path, note.text);
			if (facts.parsePath !== 'fast') escalated++;
			index.upsert(facts);
		}
		return escalated;
	});
	const after = heapMb();
	row('parse (fast path, auto) + index: total', `${parsed.ms.toFixed(0)} ms, ${Math.round((count / parsed.ms) * 1000).toLocaleString('en')} files/s`);
	row('escalated to remark', `${parsed.value} of ${count} (${((parsed.value / count) * 100).toFixed(2)}%)`);
	row('index heap (facts only)', `${(after - before).toFixed(1)} MB (${(((after - before) * 1024) / count).toFixed(2)} KB/note)${gc ? '' : ' (no --expose-gc: rough)'}`);

	if (withRemark) {
		const sample = notes.slice(0, Math.min(notes.length, 2000));
		const remark = time(() => {
			for (const note of sample) parseNote(note.path, note.text, { engine: 'remark' });
		});
		row(`parse (remark reference), ${sample.length} notes`, `${remark.ms.toFixed(0)} ms, ${Math.round((sample.length / remark.ms) * 1000).toLocaleString('en')} files/s`);
	}

	const table = timeMedian(() => buildPeopleTable(index, DEFAULT_SETTINGS.yourName));
	row('people table (median of 5)', `${table.ms.toFixed(1)} ms`);
	const model = timeMedian(() => buildFollowUps(index, DEFAULT_SETTINGS, TODAY, table.value));
	const m = model.value;
	row('follow-up model (median of 5)', `${model.ms.toFixed(1)} ms (${m.followUp.length} follow up, ${m.stalled.length} stalled, ${m.checkIn.length} check-ins)`);

	benchRedaction(index);

	const edited = notes[notes.length - 1];
	const incremental = time(() => {
		for (let i = 0; i < 100; i++) index.upsert(parseNote(edited.path, `${edited.text}\n- [ ] edit ${i}\n`));
	});
	row('one note edited: re-parse + upsert (mean of 100)', `${(incremental.ms / 100).toFixed(3)} ms`);
	const rerender = timeMedian(() => buildFollowUps(index, DEFAULT_SETTINGS, TODAY));
	row('dashboard model after an edit (median of 5)', `${rerender.ms.toFixed(1)} ms`);
}

/**
 * `report --format json` against `report --format json --redact`, from the index on (parsing, the
 * same for both, would hide the cost): derivation, (names, matcher, redacted model,) JSON.
 */
function benchRedaction(index: VaultIndex): void {
	const settings = DEFAULT_SETTINGS;
	// A fresh derivation each run (the cached one would make the second run free).
	const report = (redact: boolean): string => {
		const derived = buildDerivation(index, settings, TODAY);
		const shown = redact ? redactModel(derived.followUps, derived.redactor) : showModel(derived.followUps);
		return JSON.stringify(toReportJson(shown.model), null, 2);
	};
	// Interleaved, so both see the same load on a shared machine.
	const plainRuns: { ms: number; value: string }[] = [];
	const redactedRuns: { ms: number; value: string }[] = [];
	for (let i = 0; i < 5; i++) {
		plainRuns.push(time(() => report(false)));
		redactedRuns.push(time(() => report(true)));
	}
	const plain = plainRuns.sort((a, b) => a.ms - b.ms)[2];
	const redacted = redactedRuns.sort((a, b) => a.ms - b.ms)[2];
	const derived = buildDerivation(index, settings, TODAY);
	const names = derived.redactionNames;
	const matcher = timeMedian(() => buildNameMatcher(names));
	row(`report, plain (median of 5)`, `${plain.ms.toFixed(1)} ms (${(plain.value.length / 1024).toFixed(0)} KB of JSON)`);
	row(`report --redact, ${derived.people.people.size.toLocaleString('en')} people (median of 5)`, `${redacted.ms.toFixed(1)} ms = ${(redacted.ms / plain.ms).toFixed(2)}× plain (${names.length.toLocaleString('en')} names; matcher ${matcher.ms.toFixed(1)} ms)`);
}

/** Facts must not keep the note text alive (V8 substrings can pin their parent string). */
function benchRetention(): void {
	const keep: unknown[] = [];
	const before = heapMb();
	let chars = 0;
	for (let i = 0; i < 50; i++) {
		const text = `---\ntype: one-on-one\nperson: "[[Jo Chen]]"\ndate: 2026-11-20\n---\n## Organize\n- [ ] call the steward 📅 2026-12-01\n${`filler ${i} `.repeat(90_000)}`;
		chars += text.length;
		keep.push(parseNote(`1-on-1s/${i}.md`, text));
	}
	const after = heapMb();
	console.log('\n## Retention');
	row('facts of 50 large notes kept in memory', `${(after - before).toFixed(1)} MB for ${(chars / 1024 / 1024).toFixed(0)} MB of text (${keep.length} notes)`);
}

/**
 * Inputs that were once super-linear (tests/core/parser-edge-cases.test.ts): comment masking on the
 * fast path, and notes remark is slow on, which must keep their fast-path facts instead. Each row:
 * the input's size, the path that read it, and the time to parse it.
 */
function benchPathological(): void {
	const head = '---\ntype: one-on-one\nperson: "[[Ana Ruiz]]"\ndate: 2026-11-28\n---\n';
	const inputs: ReadonlyArray<readonly [string, string]> = [
		['<!-- x40,000 on a task line', `${head}- [ ] note ${'<!--'.repeat(40_000)}\n`],
		['%%<!-- x40,000 on one line', `${head}x ${'%%<!--'.repeat(40_000)}\n`],
		['- x3,000 nested on one line, then [ ] a', `${head}${'- '.repeat(3_000)}[ ] a\n`],
		['1. x5,000 nested on one line', `${head}${'1. '.repeat(5_000)}\n`],
		['quoted task + 20,000 lazy lines', `${head}> - [ ] a\n${'b\n'.repeat(20_000)}`],
		['> x40,000 on one line, then - [ ] a', `${head}${'>'.repeat(40_000)} - [ ] a\n`],
		['task line of 1 MB (head/tail split)', `${head}- [ ] ${'word '.repeat(200_000)}📅 2026-12-03 ^id\n`],
	];
	console.log('\n## Pathological inputs');
	for (const [label, text] of inputs) {
		const parsed = time(() => parseNote('1-on-1s/pathological.md', text));
		row(label, `${(text.length / 1024).toFixed(0).padStart(5)} KB ${parsed.ms.toFixed(1).padStart(8)} ms  (${parsed.value.parsePath})`);
	}
}

console.log(`Relational Organizer benchmarks (node ${process.version}, today ${TODAY})`);
benchPathological();
benchRetention();
benchSize(10_000, true);
benchSize(50_000, false);
