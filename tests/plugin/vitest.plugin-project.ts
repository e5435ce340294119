/**
 * The vitest project `plugin`: the plugin and our fake Obsidian in happy-dom, with `obsidian`
 * resolved to `tests/fake-obsidian`. Import `pluginProject` into the root config's `projects`; the
 * default export also runs it alone:
 * `npx vitest run --config tests/plugin/vitest.plugin-project.ts`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The project definition (names, environment, alias, setup). */
export const pluginProject = {
	root,
	resolve: {
		// Exact match only, so `obsidian/…` subpaths (none used) would not be swallowed.
		alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL('../fake-obsidian/index.ts', import.meta.url)) }],
	},
	test: {
		name: 'plugin',
		root,
		environment: 'happy-dom',
		include: ['tests/plugin/**/*.test.ts', 'tests/fake-obsidian/**/*.test.ts'],
		setupFiles: [fileURLToPath(new URL('./setup-dom.ts', import.meta.url))],
	},
} satisfies TestProjectInlineConfiguration;

export default defineConfig({ test: { projects: [pluginProject] } });
