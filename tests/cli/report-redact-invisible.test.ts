import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// Text pasted from a web page or a word processor can hold invisible characters inside a word (a
// soft hyphen, a word joiner, a zero-width joiner): on screen `Ma­ria` is `Maria`.
const INVISIBLE = /[\u00ad\u200c\u200d\u2060\ufeff]/g;
const files = {
	'People/Maria Lopez.md': '---\ntype: person\n---\n',
	'1-on-1s/2026-11-20 Maria Lopez.md':
		'---\ntype: one-on-one\nperson: "[[Maria Lopez]]"\ndate: 2026-11-20\n---\n- [ ] ask Ma\u00adria, Lo\u2060pez, Ma\u200dria and Lo\ufeffpez about the rota 📅 2026-11-22\n',
};

describe('--redact and invisible characters inside a name', () => {
	for (const format of ['text', 'json', 'markdown']) {
		it(`leaves no name that reads as one on screen in ${format}`, () => {
			const io = captureIo();
			expect(runCli(['report', writeVault(files), '--today', '2026-12-01', '--format', format, '--redact'], io)).toBe(0);
			const onScreen = io.stdout.join('\n').replace(INVISIBLE, '').replace(/\\u\{?(ad|200c|200d|2060|feff)\}?/gi, '');
			expect(onScreen).not.toMatch(/maria|lopez/i);
			expect(onScreen).toContain('about the rota');
		});
	}
});
