/**
 * vitest setup for the `plugin` project: Obsidian's DOM helpers on happy-dom's prototypes before any
 * test or plugin code runs (the app installs them before loading plugins), and a clean page per test.
 */
import { afterEach } from 'vitest';
import { installDomHelpers } from '../fake-obsidian/dom-helpers';

installDomHelpers(globalThis as unknown as Window & typeof globalThis);

afterEach(() => {
	document.body.empty();
});
