import { defineConfig } from 'vitest/config';
import { pluginProject } from './tests/plugin/vitest.plugin-project.ts';

/**
 * Two layers run by vitest: `unit` (the pure core and the CLI, in Node) and `plugin` (the plugin
 * over our fake Obsidian, in happy-dom). The end-to-end layer runs the built bundle in Chromium
 * from tests/e2e/run.mjs.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/settings/**/*.test.ts', 'tests/styles/**/*.test.ts'],
					setupFiles: ['tests/support/fast-check-seed.ts'],
				},
			},
			pluginProject,
		],
	},
});
