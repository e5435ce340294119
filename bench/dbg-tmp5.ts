import { deriveDashboard, buildDerivation } from '../src/core/derive';
import { parseNote } from '../src/core/note-parser';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import { generateVault } from './generate-vault';
const today = '2026-11-29';
const notes = generateVault(Number(process.argv[2] ?? 50000), today);
const index = new VaultIndex();
for (const note of notes) index.upsert(parseNote(note.path, note.text));
const texts = new Map(notes.map((n) => [n.path, n.text]));
const persons = notes.filter((n) => n.path.startsWith('People/')).map((n) => n.path);
for (let i = 0; i < 3; i++) { const c = process.cpuUsage(); buildDerivation(index, DEFAULT_SETTINGS, today); const u = process.cpuUsage(c); console.log('full cpu', ((u.user + u.system) / 1000).toFixed(0)); }
deriveDashboard(index, DEFAULT_SETTINGS, today);
const times: number[] = [];
for (let i = 0; i < 60; i++) {
	const at = (i * 37) % persons.length;
	const path = persons[at];
	const to = path.replace(/\.md$/, ` renamed ${i}.md`);
	const text = texts.get(path)!;
	texts.set(to, text);
	const c = process.cpuUsage();
	index.rename(path, parseNote(to, text));
	deriveDashboard(index, DEFAULT_SETTINGS, today);
	const u = process.cpuUsage(c);
	times.push((u.user + u.system) / 1000);
	persons[at] = to;
}
times.sort((a, b) => a - b);
console.log('rename cpu median', times[30].toFixed(1), 'max', times[59].toFixed(1));
