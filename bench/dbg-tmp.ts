import { buildPeopleSteps } from '../src/core/people';
import { buildFollowUpsSteps } from '../src/core/follow-ups';
import { PeopleState } from '../src/core/derive-incremental';
import { runSteps } from '../src/core/derive';
import { parseNote } from '../src/core/note-parser';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import { generateVault } from './generate-vault';
const today = '2026-11-29';
const notes = generateVault(Number(process.argv[2] ?? 10000), today);
const index = new VaultIndex();
for (const note of notes) index.upsert(parseNote(note.path, note.text));
for (let i = 0; i < 8; i++) {
	let t = performance.now();
	const build = runSteps(buildPeopleSteps(index, ''));
	const a = performance.now() - t; t = performance.now();
	runSteps(buildFollowUpsSteps(index, DEFAULT_SETTINGS, today, build.table));
	const b = performance.now() - t; t = performance.now();
	runSteps(PeopleState.fromBuild(index, build, ''));
	const c = performance.now() - t;
	console.log('people', a.toFixed(0), 'followups', b.toFixed(0), 'state', c.toFixed(0));
}
