/**
 * The bundle scan (scripts/scan-bundle.mjs) catches what it must: each forbidden API, and a Node
 * built-in in the plugin bundle, while ordinary code (`prefetch(`, an `import` statement of
 * `obsidian`) passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function scan(kind: 'plugin' | 'cli', text: string): { status: number | null; stdout: string } {
	const file = join(mkdtempSync(join(tmpdir(), 'ro-scan-')), 'bundle.js');
	writeFileSync(file, text);
	const result = spawnSync(process.execPath, ['scripts/scan-bundle.mjs', `--${kind}`, file], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout };
}

describe('the bundle scan', () => {
	it.each([
		'fetch("https://x")', 'window.fetch(u)', 'new XMLHttpRequest()', 'new WebSocket(u)', 'new EventSource(u)', 'navigator.sendBeacon(u)',
		'requestUrl({ url })', 'eval(code)', '(0, eval)("this")', 'var run = eval', 'new Function("x")', 'Function("return this")()', 'setTimeout("alert(1)", 0)', 'await import("./x.js")', 'el.innerHTML = s', 'el.outerHTML', 'el.insertAdjacentHTML("x", s)',
		'document.write(s)', 'new DOMParser()',
	])('fails on %s in any bundle', (code) => {
		for (const kind of ['plugin', 'cli'] as const) {
			const result = scan(kind, `var a = 1;\n${code};\n`);
			expect(result.status).toBe(1);
			expect(result.stdout).toMatch(/scan-bundle: \d+ passed, 1 failed/);
		}
	}, 60_000);

	it.each(['require("fs")', 'require("node:path")', 'import { x } from "child_process"', 'require("electron")'])('fails on %s in main.js only', (code) => {
		expect(scan('plugin', code).status).toBe(1);
		expect(scan('cli', code).status).toBe(0);
	}, 60_000);

	it('passes ordinary code', () => {
		const result = scan('plugin', 'var obsidian = require("obsidian");\nprefetch(x); medieval(y); el.textContent = s;\nvar f = { eval: make(EvalError) }; f.eval("x"); retrieval(z); setTimeout(tick, 0); isFunction(x);\n');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('scan-bundle: 17 passed, 0 failed');
	});
});
