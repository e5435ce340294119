import { deriveDashboardSteps } from '../src/core/derive';
import { parseNote } from '../src/core/note-parser';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import { generateVault } from './generate-vault';
const today = '2026-11-29';
const notes = generateVault(10000, today);
const index = new VaultIndex();
for (const note of notes) index.upsert(parseNote(note.path, note.text));
for (let r = 0; r < 4; r++) {
	const steps = deriveDashboardSteps(index, DEFAULT_SETTINGS, `2026-11-${10 + r}`);
	const times: string[] = [];
	for (;;) { const c = process.cpuUsage(); const n = steps.next(); const u = process.cpuUsage(c); times.push(((u.user + u.system) / 1000).toFixed(1)); if (n.done) break; }
	console.log(times.join(' '));
}
