/*
 * Runs inside the e2e page (injected as a script's text). Loads the plugin the way the app does: its
 * `main.js` wrapped as `function (module, exports, require)`, where `require('obsidian')` is the
 * browser build of our fake and any other module throws. Exposes `window.__e2e` for run.mjs.
 */
(() => {
	const obsidian = window.__fakeObsidian;
	const fake = obsidian.fake;
	let state;

	function requireShim(name) {
		if (name === 'obsidian') return obsidian;
		throw new Error(`e2e: main.js required "${name}"; the app provides only "obsidian" (and CodeMirror), so bundle it`);
	}

	function loadPluginClass() {
		const module = { exports: {} };
		window.__pluginFactory.call(module.exports, module, module.exports, requireShim);
		return module.exports.default ?? module.exports;
	}

	async function waitForIndex(plugin) {
		for (let i = 0; i < 500 && !plugin.indexer.getProgress().ready; i++) await fake.settle(1);
		return plugin.indexer.getProgress().ready;
	}

	/**
	 * Starts the app over `files` (plus `data`, the plugin's saved settings, when given), enables
	 * the plugin, runs "Open follow-up dashboard".
	 */
	async function start({ files, manifest, theme, data }) {
		document.body.classList.add(`theme-${theme}`);
		const configFiles = data === undefined ? {} : { [`plugins/${manifest.id}/data.json`]: JSON.stringify(data) };
		const app = obsidian.createFakeApp({ files, configFiles });
		const baseline = fake.liveResources(app);
		const plugin = await fake.loadPlugin(app, loadPluginClass(), manifest);
		await fake.markLayoutReady(app);
		const ready = await waitForIndex(plugin);
		const ran = fake.runCommand(app, `${manifest.id}:open-follow-up-dashboard`);
		await fake.settle(5);
		state = { app, plugin, baseline };
		return { ready, ran };
	}

	function rgb(text) {
		const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(text);
		return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
	}

	/** The first opaque background behind `el`. */
	function backgroundOf(el) {
		for (let node = el; node; node = node.parentElement) {
			const c = rgb(getComputedStyle(node).backgroundColor);
			if (c && c.a > 0.9) return c;
		}
		return { r: 255, g: 255, b: 255, a: 1 };
	}

	function luminance({ r, g, b }) {
		const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
		return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
	}

	function contrast(fg, bg) {
		const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
		return (a + 0.05) / (b + 0.05);
	}

	/** What the dashboard shows, with computed styles, for run.mjs to assert on. */
	function measure() {
		const root = document.querySelector('.workspace-leaf-content[data-type="relational-organizer-dashboard"] .view-content');
		if (!root) return { found: false };
		const sections = Array.from(root.querySelectorAll('.ro-dashboard__section')).map((s) => ({
			title: s.querySelector('.ro-dashboard__section-name')?.textContent ?? '',
			count: Number(s.querySelector('.ro-dashboard__count')?.textContent),
			items: s.querySelectorAll('.ro-dashboard__item').length,
		}));
		const rootStyle = getComputedStyle(root);
		const badge = root.querySelector('.ro-dashboard__badge');
		const link = root.querySelector('.ro-dashboard__link');
		const item = root.querySelector('.ro-dashboard__item');
		const split = root.closest('.mod-right-split').getBoundingClientRect();
		const overflowing = [];
		for (const el of root.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) overflowing.push(`${el.className}: scroll ${el.scrollWidth} > client ${el.clientWidth}`);
			if (r.width > 0 && (r.right > split.right + 0.5 || r.left < split.left - 0.5)) overflowing.push(`${el.className}: outside the sidebar (${Math.round(r.left)}–${Math.round(r.right)})`);
		}
		const badgeStyle = badge && getComputedStyle(badge);
		const linkStyle = link && getComputedStyle(link);
		return {
			found: true,
			title: root.querySelector('.ro-dashboard__title')?.textContent ?? null,
			sections,
			emptyText: root.querySelector('.ro-dashboard__empty')?.textContent ?? null,
			badges: Array.from(root.querySelectorAll('.ro-dashboard__badge')).map((b) => b.textContent),
			textColor: rootStyle.color,
			fontSize: rootStyle.fontSize,
			badgeColor: badgeStyle?.color ?? null,
			badgeContrast: badge ? contrast(rgb(badgeStyle.color), backgroundOf(badge)) : null,
			linkContrast: link ? contrast(rgb(linkStyle.color), backgroundOf(link)) : null,
			linkDecoration: linkStyle?.textDecorationLine ?? null,
			itemBorder: item ? getComputedStyle(item).borderBottomWidth : null,
			background: getComputedStyle(root.closest('.mod-right-split')).backgroundColor,
			overflowing,
			notices: fake.noticeTexts(),
		};
	}

	/** Clicks the first commitment of "Follow up"; returns the note and line the editor opened at. */
	async function clickFirstFollowUp() {
		const link = document.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__link');
		link.focus();
		const focused = document.activeElement === link;
		link.click();
		await fake.settle(3);
		const view = fake.activeMarkdownView(state.app);
		return { focused, path: view?.file?.path ?? null, line: view ? view.editor.getCursor().line + 1 : null, lineText: view ? view.editor.getLine(view.editor.getCursor().line) : null };
	}

	/**
	 * Scrolls the dashboard half-way down, then edits a note so it re-renders (the note gains a
	 * commitment due long ago); returns the scroll position before and after, and whether the
	 * edit showed up.
	 */
	async function scrollThenEdit(path, extraLine) {
		const root = dashboardRoot();
		const max = root.scrollHeight - root.clientHeight;
		root.scrollTop = Math.floor(max / 2);
		const before = root.scrollTop;
		const items = () => root.querySelectorAll('.ro-dashboard__item').length;
		const count = items();
		const file = state.app.vault.getFileByPath(path);
		const text = await state.app.vault.read(file);
		await state.app.vault.modify(file, `${text}\n${extraLine}\n`);
		// Up to 20 s for the debounced re-render: the bound is for a hang, not for speed.
		for (let i = 0; i < 1000 && items() === count; i++) await new Promise((resolve) => setTimeout(resolve, 20));
		return { max, before, after: root.scrollTop, rerendered: items() !== count };
	}

	/**
	 * Markup a note could have injected anywhere under a view (its header too): script, img, iframe,
	 * object and embed elements, an svg with a handler or script inside, any on* attribute, and any
	 * javascript: URL in href, src, xlink:href, action or formaction. Obsidian's own icons (svg with
	 * no handlers) are fine.
	 */
	function findInjected(container) {
		const describe = (el) => `<${el.tagName.toLowerCase()} ${el.getAttributeNames().map((n) => `${n}="${el.getAttribute(n)}"`).join(' ')}>`;
		const out = [];
		for (const el of container.querySelectorAll('*')) {
			const tag = el.tagName.toLowerCase();
			const names = el.getAttributeNames();
			if (['script', 'img', 'iframe', 'object', 'embed', 'foreignobject'].includes(tag)) out.push(describe(el));
			else if (tag === 'svg' && (names.some((n) => n.toLowerCase().startsWith('on')) || el.querySelector('script, foreignObject, [onload], [onclick], [onerror]'))) out.push(describe(el));
			else if (names.some((n) => n.toLowerCase().startsWith('on'))) out.push(describe(el));
			else if (names.some((n) => /^(href|src|xlink:href|action|formaction)$/i.test(n) && /^\s*javascript:/i.test((el.getAttribute(n) ?? '').replace(/[\u0000-\u001f]/g, '')))) out.push(describe(el));
		}
		return out;
	}

	function dashboardRoot() {
		return document.querySelector('.workspace-leaf-content[data-type="relational-organizer-dashboard"] .view-content');
	}

	/**
	 * The dashboard as text and markup, for the hostile-vault and privacy checks: what each section
	 * says, which elements and attributes exist, and whether anything ran (`window.__pwned`).
	 */
	function inspect() {
		const root = dashboardRoot();
		if (!root) return { found: false };
		const sections = {};
		for (const s of root.querySelectorAll('.ro-dashboard__section')) {
			const id = Array.from(s.classList).find((c) => c.startsWith('ro-dashboard__section--'))?.slice('ro-dashboard__section--'.length);
			sections[id] = {
				text: s.textContent,
				links: Array.from(s.querySelectorAll('.ro-dashboard__link')).map((a) => a.textContent),
				metas: Array.from(s.querySelectorAll('.ro-dashboard__meta')).map((m) => m.textContent),
			};
		}
		const shownAttributes = [];
		// Every attribute value (data-* included), for privacy mode: identity must travel as handles, not markup.
		const allAttributes = [];
		for (const el of root.querySelectorAll('*')) {
			for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
				const value = el.getAttribute(name);
				if (value) shownAttributes.push(value);
			}
			for (const name of el.getAttributeNames()) allAttributes.push(el.getAttribute(name) ?? '');
		}
		// Text nodes one per line, so that word boundaries between elements survive.
		const texts = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.data);
		return {
			found: true,
			texts: texts.join('\n'),
			pwned: '__pwned' in window ? String(window.__pwned) : null,
			// The first run's own "Your name" field is the one input the plugin makes (exactly one, where it puts it).
			dangerous: Array.from(root.querySelectorAll('script, img, iframe, object, embed, svg, style, link, form, input')).filter((el, _, all) => !(el.matches('.ro-dashboard__name-prompt > .ro-dashboard__actions > input.ro-dashboard__name-prompt-input[type="text"]') && el.parentElement?.parentElement?.parentElement === root && all.filter((other) => other.tagName === 'INPUT').length === 1)).map((el) => `<${el.tagName.toLowerCase()} ${el.getAttributeNames().map((n) => `${n}="${el.getAttribute(n)}"`).join(' ')}>`),
			// Every link the plugin makes points nowhere (`#`); a note's own href would be injected markup.
			foreignHrefs: Array.from(root.querySelectorAll('[href], [src], [action], [formaction]')).map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction')).filter((v) => v !== '#'),
			inlineHandlers: Array.from(root.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
			injected: findInjected(root.closest('.workspace-leaf-content') ?? root),
			text: root.textContent,
			shownAttributes,
			allAttributes,
			sections,
			notices: fake.noticeTexts(),
		};
	}

	/** The note the editor shows now, and the line its cursor is on. */
	function openedNote() {
		const view = fake.activeMarkdownView(state.app);
		return { path: view?.file?.path ?? null, line: view ? view.editor.getCursor().line + 1 : null, lineText: view ? view.editor.getLine(view.editor.getCursor().line) : null };
	}

	/** What has keyboard focus now (for Tab navigation driven by real key presses). */
	function focused() {
		const el = document.activeElement;
		const first = document.querySelector('.ro-dashboard__section--follow-up .ro-dashboard__link');
		const style = el && getComputedStyle(el);
		return {
			tag: el?.tagName ?? null,
			cls: el?.className ?? null,
			text: el?.textContent ?? null,
			path: el?.getAttribute?.('data-path') ?? null,
			isFirstFollowUp: !!first && el === first,
			inDashboard: !!el && !!dashboardRoot()?.contains(el),
			focusVisible: !!el && el.matches(':focus-visible'),
			outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : null,
			boxShadow: style?.boxShadow ?? null,
		};
	}

	/** Disables the plugin; returns what is still registered, and the baseline. */
	async function stop() {
		await fake.unloadPlugin(state.app, state.plugin);
		return { live: fake.liveResources(state.app), baseline: state.baseline };
	}

	/** Clicks the button labelled `label` of the first item of `section` whose text includes `text`. */
	async function clickItemButton(section, text, label) {
		const items = Array.from(document.querySelectorAll(`.ro-dashboard__section--${section} .ro-dashboard__item`));
		const item = items.find((el) => (el.textContent ?? '').includes(text));
		const button = Array.from(item?.querySelectorAll('button') ?? []).find((b) => b.textContent === label);
		if (!button) return false;
		button.focus();
		button.click();
		await fake.settle(5);
		return true;
	}

	/** Runs a command of the plugin by its id (without the plugin prefix). */
	function runPluginCommand(id) {
		return fake.runCommand(state.app, `${state.plugin.manifest.id}:${id}`);
	}

	/** The open suggest modal as shown: placeholder, items, whether its input has focus, its box. */
	function picker() {
		const modal = document.querySelector('.modal-container .prompt');
		if (!modal) return { open: false };
		const input = modal.querySelector('.prompt-input');
		const box = modal.getBoundingClientRect();
		return {
			open: true,
			placeholder: input?.getAttribute('placeholder') ?? null,
			inputFocused: document.activeElement === input,
			items: Array.from(modal.querySelectorAll('.suggestion-item')).map((el) => el.textContent ?? ''),
			selected: modal.querySelector('.suggestion-item.is-selected')?.textContent ?? null,
			visible: box.width > 100 && box.height > 40 && getComputedStyle(modal).visibility !== 'hidden',
		};
	}

	/** The text of a vault file, or null. */
	async function readFile(path) {
		const file = state.app.vault.getFileByPath(path);
		return file ? state.app.vault.read(file) : null;
	}

	/** Main texts of a section's items. */
	function sectionItems(section) {
		return Array.from(document.querySelectorAll(`.ro-dashboard__section--${section} .ro-dashboard__item`)).map((item) => ({
			text: item.querySelector('.ro-dashboard__link, .ro-dashboard__name')?.textContent ?? '',
			badge: item.querySelector('.ro-dashboard__badge')?.textContent ?? null,
		}));
	}

	/** Clicks the Undo button of the newest notice that has one. */
	async function clickNoticeUndo() {
		const undo = Array.from(document.querySelectorAll('.notice .ro-notice__undo')).pop();
		if (!undo) return false;
		undo.click();
		await fake.settle(5);
		return true;
	}

	/** Clicks a button of the open modal by its text. */
	async function clickModalButton(label) {
		const modal = fake.currentModals().at(-1);
		const button = Array.from(modal?.contentEl.querySelectorAll('button') ?? []).find((b) => b.textContent === label);
		if (!button) return false;
		button.click();
		await fake.settle(5);
		return true;
	}

	/** Runs a command of the plugin and waits for what it started. */
	async function runCommand(id) {
		const ran = runPluginCommand(id);
		await fake.settle(5);
		return ran;
	}

	/** Opens a note in the editor, as the active file (for editor and note commands). */
	async function openInEditor(path) {
		const file = state.app.vault.getFileByPath(path);
		if (!file) return false;
		await state.app.workspace.getLeaf(false).openFile(file, { active: true });
		return true;
	}

	/** The "Explain this note" modal as shown: title, block titles, lines, its box, and anything that is not text. */
	function explainModal() {
		const modal = document.querySelector('.modal-container .modal');
		const root = modal?.querySelector('.ro-explain');
		if (!modal || !root) return { open: false };
		const box = modal.getBoundingClientRect();
		return {
			open: true,
			title: modal.querySelector('.modal-title')?.textContent ?? '',
			blocks: Array.from(root.querySelectorAll('.ro-explain__title')).map((el) => el.textContent ?? ''),
			lines: Array.from(root.querySelectorAll('.ro-explain__line')).map((el) => el.textContent ?? ''),
			visible: box.width > 200 && box.height > 100 && getComputedStyle(modal).visibility !== 'hidden',
			pwned: '__pwned' in window ? String(window.__pwned) : null,
			dangerous: Array.from(root.querySelectorAll('*')).filter((el) => !['DIV', 'H6', 'UL', 'LI'].includes(el.tagName)).map((el) => el.tagName.toLowerCase()),
			attributes: Array.from(root.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n !== 'class')),
			overflowing: Array.from(root.querySelectorAll('.ro-explain__line')).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => (el.textContent ?? '').slice(0, 60)),
		};
	}

	/**
	 * Issue 15's stall measure, a print and never an assertion: a 10 ms heartbeat runs while the
	 * plugin indexes `files` for the first time, then while the dashboard, the campaign chart and
	 * the relationship map open, and while the dashboard re-renders after one edit; the longest gap
	 * between beats in each phase is how long the main thread was held at once.
	 */
	async function measureStalls({ files, manifest, editPath }) {
		const app = obsidian.createFakeApp({ files });
		const plugin = await fake.loadPlugin(app, loadPluginClass(), manifest);
		let last = performance.now();
		let longest = 0;
		let longestAt = 0;
		const beat = window.setInterval(() => {
			const now = performance.now();
			if (now - last > longest) {
				longest = now - last;
				// Where the pass was when the longest gap ended, to tell a slice from the pass's ends.
				longestAt = plugin.indexer.getProgress().done;
			}
			last = now;
		}, 10);
		const wait = (ms) => new Promise((resolve) => window.setTimeout(resolve, ms));
		const takeGap = () => {
			const now = performance.now();
			const gap = Math.max(longest, now - last);
			longest = 0;
			last = now;
			return gap;
		};
		/** Waits (heartbeat running) until `check` holds or 60 s pass; then a little more, for what follows the last step. */
		const waitUntil = async (check) => {
			const end = performance.now() + 60_000;
			while (!check() && performance.now() < end) await wait(20);
			await wait(300);
			return check();
		};
		await wait(50);
		takeGap();
		const started = performance.now();
		await fake.markLayoutReady(app);
		while (!plugin.indexer.getProgress().ready && performance.now() - started < 600_000) await wait(20);
		const indexMs = performance.now() - started;
		await wait(30);
		const indexGap = takeGap();
		const indexGapAt = longestAt;
		const dashboardItems = () => document.querySelectorAll('.ro-dashboard__item').length;
		const ran = fake.runCommand(app, `${manifest.id}:open-follow-up-dashboard`);
		await waitUntil(() => dashboardItems() > 0);
		const openGap = takeGap();
		const items = dashboardItems();
		// The chart (the derivation is cached: this is the chart's own build and render).
		const chartRan = fake.runCommand(app, `${manifest.id}:open-campaign-chart`);
		const chartShown = await waitUntil(() => document.querySelectorAll('.ro-chart__unit').length > 0);
		const chartGap = takeGap();
		// The map, until every slice is drawn.
		const mapRan = fake.runCommand(app, `${manifest.id}:open-relationship-map`);
		const mapView = () => app.workspace.getLeavesOfType('relational-organizer-map')[0]?.view;
		await waitUntil(() => (document.querySelector('.ro-map__status')?.textContent ?? '').startsWith('Showing'));
		await mapView()?.whenDrawn?.();
		await wait(100);
		const mapShown = document.querySelectorAll('.ro-map__node').length > 0;
		const mapGap = takeGap();
		// One edit to a 1-on-1 (a new commitment): the index update, the derivation update and the re-render of every open view.
		let changed = false;
		const observer = new MutationObserver(() => (changed = true));
		observer.observe(dashboardRoot(), { childList: true, subtree: true, characterData: true });
		const file = app.vault.getFileByPath(editPath);
		const text = await app.vault.read(file);
		await app.vault.modify(file, `${text}\n- [ ] call the stall-measure steward 📅 2020-01-05\n`);
		const rerendered = await waitUntil(() => changed);
		observer.disconnect();
		await wait(300);
		const editGap = takeGap();
		window.clearInterval(beat);
		const ready = plugin.indexer.getProgress().ready;
		await fake.unloadPlugin(app, plugin);
		return { ready, ran, items, indexMs, indexGap, indexGapAt, openGap, chartRan, chartShown, chartGap, mapRan, mapShown, mapGap, rerendered, editGap };
	}

	/** Waits until the open campaign chart has rendered: built in slices, then moved in a few frames' worth at a time. */
	async function whenChartRendered() {
		const view = state.app.workspace.getLeavesOfType('relational-organizer-chart')[0]?.view;
		if (view && typeof view.whenRendered === 'function') await view.whenRendered();
	}

	window.__e2e = { measureStalls, whenChartRendered, clickItemButton, noteText: readFile, sectionItems, clickNoticeUndo, clickModalButton, runCommand, notices: () => fake.noticeTexts(), start, measure, clickFirstFollowUp, scrollThenEdit, inspect, openedNote, focused, settle: (n) => fake.settle(n), stop, runPluginCommand, picker, readFile, openInEditor, explainModal, app: () => state.app };
})();
