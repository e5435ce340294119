import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { captureIo, writeVault } from '../builders/temp-vault';

// JSON.stringify escapes C0 controls but writes DEL, C1 controls (CSI U+009B), line separators and
// bidi overrides (U+202E reorders the rest of the line on screen) as they are: printed to a
// terminal they act. As \u escapes they parse to the same strings.
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const TASK = 'pay \u202eslip\u202c back \u2028 now \u0085 \u007f';
const files = {
	'People/Ana Ruiz.md': '---\ntype: person\nworkplace: "Dock \u202e4"\n---\n',
	'1-on-1s/2026-11-20 Ana Ruiz.md': `---\ntype: one-on-one\nperson: "[[Ana Ruiz]]"\ndate: 2026-11-20\n---\n## Organize\n- [ ] ${TASK} 📅 2026-11-25\n`,
};

function run(args: readonly string[]): string {
	const io = captureIo();
	expect(runCli([...args, '--today', '2026-12-01'], io)).toBe(0);
	return io.stdout.join('\n');
}

describe('JSON output holds no raw terminal controls', () => {
	const vault = writeVault(files);
	it.each([
		['report', ['report', vault, '--format', 'json']],
		['chart', ['chart', vault, '--format', 'json']],
		['graph', ['graph', vault]],
		['graph canvas', ['graph', vault, '--format', 'canvas']],
		['explain', ['explain', vault, '1-on-1s/2026-11-20 Ana Ruiz.md', '--format', 'json']],
	])('%s', (_name, args) => {
		const out = run(args);
		expect(out).not.toMatch(RAW);
		JSON.parse(out);
	});

	it('keeps the same strings once parsed', () => {
		const report = JSON.parse(run(['report', vault, '--format', 'json'])) as { followUp: { text: string }[] };
		expect(report.followUp[0].text).toContain('pay \u202eslip\u202c back');
		expect(report.followUp[0].text).toContain('\u0085 \u007f');
	});
});
