import { buildDerivation } from '../src/core/derive';
import { parseNote } from '../src/core/note-parser';
import { VaultIndex } from '../src/core/vault-index';
import { DEFAULT_SETTINGS } from '../src/settings';
import { generateVault } from './generate-vault';
const today = '2026-11-29';
const notes = generateVault(Number(process.argv[2] ?? 10000), today);
const index = new VaultIndex();
for (const note of notes) index.upsert(parseNote(note.path, note.text));
for (let i = 0; i < 8; i++) { const c = process.cpuUsage(); buildDerivation(index, DEFAULT_SETTINGS, today); const u = process.cpuUsage(c); console.log('mine total cpu', ((u.user + u.system) / 1000).toFixed(0)); }
