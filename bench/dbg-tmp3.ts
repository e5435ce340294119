import { buildPeopleSteps } from '../src/core/people';
import { PeopleState } from '../src/core/derive-incremental';
import { runSteps } from '../src/core/derive';
import { parseNote } from '../src/core/note-parser';
import { VaultIndex } from '../src/core/vault-index';
import { generateVault } from './generate-vault';
const today = '2026-11-29';
const notes = generateVault(10000, today);
const index = new VaultIndex();
for (const note of notes) index.upsert(parseNote(note.path, note.text));
const build = runSteps(buildPeopleSteps(index, ''));
for (let i = 0; i < 20; i++) {
	const c = process.cpuUsage();
	runSteps(PeopleState.fromBuild(index, build, ''));
	const u = process.cpuUsage(c);
	if (i > 14) console.log('state cpu', ((u.user + u.system) / 1000).toFixed(0));
}
