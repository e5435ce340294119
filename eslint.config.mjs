// Lint: typescript-eslint everywhere; Obsidian's own rules (eslint-plugin-obsidianmd, recommended)
// on the plugin code only (src/main.ts, src/plugin); src/core stays free of 'obsidian' at runtime,
// of Node and of the DOM.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import obsidianmd from 'eslint-plugin-obsidianmd';

const PLUGIN_FILES = ['src/main.ts', 'src/plugin/**/*.ts'];
const isJsOnly = (files) => Array.isArray(files) && files.flat().every((f) => /\{js,cjs,mjs,jsx\}$/.test(f));

/** obsidianmd's recommended set, narrowed to the plugin code (its package.json checks stay as they are). */
const obsidianForPlugin = obsidianmd.configs.recommended
	.filter((config) => !isJsOnly(config.files))
	.map((config) => (config.files?.includes('package.json') ? config : { ...config, files: PLUGIN_FILES }));

export default defineConfig([
	{
		ignores: ['node_modules/', 'main.js', 'dist/', 'demo-vault/', 'bench-vaults/', 'tests/e2e/screenshots/', 'tests/e2e/.build/', 'styles.css'],
	},
	...tseslint.configs.recommended,
	...obsidianForPlugin,
	{
		files: PLUGIN_FILES,
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// The fix (getSettingDefinitions) is a 1.13 API; our minAppVersion is 1.8.7.
			'obsidianmd/settings-tab/prefer-setting-definitions': 'off',
			// The fix (PluginSettingTab.update) is a 1.13 API as well.
			'obsidianmd/settings-tab/prefer-update-over-display': 'off',
		},
	},
	{
		files: ['src/core/**/*.ts', 'src/settings.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'obsidian', message: 'src/core is pure: use `import type` from obsidian only.', allowTypeImports: true }],
					patterns: [
						{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron'], message: 'src/core is pure: no Node or Electron.' },
						{ group: ['../plugin/*', '../cli/*', '**/plugin/*', '**/cli/*'], message: 'Data flows one way: core never imports plugin or CLI code.' },
					],
				},
			],
			'@typescript-eslint/no-restricted-imports': 'off',
		},
	},
	{
		files: ['src/core/**/*.ts'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage'],
		},
	},
	{
		files: ['package.json'],
		rules: {
			// DESIGN §6 chooses js-yaml 4.1 (core schema: never executes, keeps dates as strings).
			'depend/ban-dependencies': ['error', { allowed: ['js-yaml'] }],
		},
	},
	{
		files: ['**/*.mjs'],
		languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
	},
]);
