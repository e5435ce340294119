import { describe, expect, it } from 'vitest';
import { fault } from 'fault';
import format from '../../src/shims/format';

describe('the format shim the bundles use instead of the `format` package', () => {
	it('formats the placeholders the front-matter extension writes in its errors', () => {
		expect(format('Missing matter definition for `%s`', 'toml')).toBe('Missing matter definition for `toml`');
		expect(format('Expected matter to be an object, not `%j`', ['a', 1])).toBe('Expected matter to be an object, not `["a",1]`');
		expect(format('%d%% of %s', 65.7, 'units')).toBe('65% of units');
		expect(format('%s and %s', 'one')).toBe('one and %s');
	});

	it('never throws on a value JSON cannot write', () => {
		const loop: Record<string, unknown> = {};
		loop.self = loop;
		expect(format('%j', loop)).toBe('[object Object]');
		expect(format('%j', undefined)).toBe('undefined');
	});

	it('is what fault formats with in the built bundles (the alias in esbuild.config.mjs)', async () => {
		const config = await import('node:fs').then((fs) => fs.readFileSync('esbuild.config.mjs', 'utf8'));
		expect(config).toMatch(/format: '\.\/src\/shims\/format\.ts'/);
		// The real package still formats the same messages alike (so the shim changes no text).
		expect(fault('Missing `type` in matter `%j`', { a: 1 }).message).toBe(format('Missing `type` in matter `%j`', { a: 1 }));
	});
});
