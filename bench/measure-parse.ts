/**
 * The parser alone, in one process, on generated notes in memory: CPU time of parsing every note
 * (the first pass is the cold one; later passes show the warm cost) and the heap the parsed facts
 * retain, then what upserting them into a VaultIndex adds.
 * Run: node --expose-gc --import tsx bench/measure-parse.ts [count] [passes]
 *
 * Issue 15, at 10k notes on a loaded 2-core machine (CPU times vary by ±30% from run to run):
 * before the lean facts, the typed copy and the body-pass shortcuts, pass 1 took ~2.85 s, warm
 * passes ≥ 1.75 s, and the facts retained 33.5 MB; after, pass 1 ~2.4 s, warm passes ~1.0 s, 19.9 MB.
 */
import { parseNote } from '../src/core/note-parser';
import type { NoteFacts } from '../src/core/model';
import { VaultIndex } from '../src/core/vault-index';
import { generateVault } from './generate-vault';

const gc = (globalThis as { gc?: () => void }).gc;

function heapBytes(): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

function cpuMs(since: NodeJS.CpuUsage): number {
	const usage = process.cpuUsage(since);
	return (usage.user + usage.system) / 1000;
}

const count = Number(process.argv[2] ?? 10_000);
const passes = Number(process.argv[3] ?? 3);
const notes = generateVault(count, '2026-11-28');
let kept: NoteFacts[] = [];
for (let pass = 0; pass < passes; pass++) {
	const before = pass === 0 ? heapBytes() : 0;
	const cpu = process.cpuUsage();
	const t = performance.now();
	const facts: NoteFacts[] = [];
	for (const note of notes) facts.push(parseNote(note.path, note.text));
	const ms = cpuMs(cpu);
	const wall = performance.now() - t;
	let heap = '';
	if (pass === 0) {
		kept = facts;
		heap = `, retained ${((heapBytes() - before) / 1024 / 1024).toFixed(1)} MB (${((heapBytes() - before) / count / 1024).toFixed(2)} KB/note)`;
	}
	console.log(`pass ${pass + 1}: parse cpu ${ms.toFixed(0)} ms, wall ${wall.toFixed(0)} ms${heap}`);
}
// The index over the facts, to see the cost of upsert beside parsing.
const beforeIndex = heapBytes();
const index = new VaultIndex();
const cpu = process.cpuUsage();
for (const facts of kept) index.upsert(facts);
console.log(`upsert cpu ${cpuMs(cpu).toFixed(0)} ms, index adds ${((heapBytes() - beforeIndex) / 1024 / 1024).toFixed(1)} MB`);
kept = [];
void index;
