import { buildPeopleTable } from '../../../main/src/core/people';
import { buildFollowUps } from '../../../main/src/core/follow-ups';
import { parseNote } from '../../../main/src/core/note-parser';
import { VaultIndex } from '../../../main/src/core/vault-index';
import { DEFAULT_SETTINGS } from '../../../main/src/settings';
import { generateVault } from './generate-vault';
const today = '2026-11-29';
const notes = generateVault(Number(process.argv[2] ?? 10000), today);
const index = new VaultIndex();
for (const note of notes) index.upsert(parseNote(note.path, note.text));
for (let i = 0; i < 8; i++) {
	let t = performance.now(); const cpu0 = process.cpuUsage();
	const table = buildPeopleTable(index, '');
	const a = performance.now() - t; t = performance.now();
	buildFollowUps(index, DEFAULT_SETTINGS, today, table);
	const b = performance.now() - t;
	const u = process.cpuUsage(cpu0); console.log("main total cpu", ((u.user + u.system) / 1000).toFixed(0));
}
