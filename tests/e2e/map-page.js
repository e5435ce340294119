/*
 * Runs inside the e2e page beside in-page.js: opens the relationship map and reports what it
 * shows (with real layout: bounding boxes, computed styles), and measures the longest gap of a
 * main-thread heartbeat while the map opens and pans. Exposes `window.__e2eMap` for map-scenarios.mjs.
 */
(() => {
	const fake = window.__fakeObsidian.fake;
	const TYPE = 'relational-organizer-map';

	function app() {
		return window.__e2e.app();
	}

	function mapView() {
		return app().workspace.getLeavesOfType(TYPE)[0]?.view ?? null;
	}

	function root() {
		return document.querySelector(`.workspace-leaf-content[data-type="${TYPE}"] .view-content`);
	}

	/** Runs "Open relationship map" and waits until every slice is drawn. */
	async function open(manifestId) {
		const ran = fake.runCommand(app(), `${manifestId}:open-relationship-map`);
		await fake.settle(5);
		const view = mapView();
		if (view?.whenDrawn) await view.whenDrawn();
		await new Promise((resolve) => requestAnimationFrame(() => resolve()));
		return { ran, open: !!root() };
	}

	function overlaps(a, b) {
		return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
	}

	/** Pairs of rectangles that overlap, as text, after a sweep over x. */
	function overlappingPairs(items) {
		const sorted = [...items].sort((a, b) => a.rect.left - b.rect.left);
		const found = [];
		for (let i = 0; i < sorted.length; i++) {
			for (let j = i + 1; j < sorted.length && sorted[j].rect.left < sorted[i].rect.right; j++) {
				if (overlaps(sorted[i].rect, sorted[j].rect)) found.push(`${sorted[i].text} / ${sorted[j].text}`);
			}
		}
		return found;
	}

	/** The zoom the map is drawn at, as its drawing's transform says (`translate(x y) scale(k)`). */
	function zoomShown() {
		const match = /scale\(([\d.]+)\)/.exec(root().querySelector('.ro-map__world')?.getAttribute('transform') ?? '');
		return match ? Number(match[1]) : 1;
	}

	/** What the map shows, with the real boxes of nodes and of the labels that are displayed. */
	function inspect() {
		const el = root();
		if (!el) return { found: false };
		const nodes = Array.from(el.querySelectorAll('.ro-map__node'));
		const shownLabels = Array.from(el.querySelectorAll('.ro-map__label')).filter((t) => getComputedStyle(t).display !== 'none');
		const shapes = nodes.map((n) => ({ text: n.getAttribute('aria-label'), rect: n.querySelector('.ro-map__shape').getBoundingClientRect() }));
		const labels = shownLabels.map((t) => ({ text: t.textContent, rect: t.getBoundingClientRect() }));
		const shownBadges = Array.from(el.querySelectorAll('.ro-map__badge')).filter((t) => getComputedStyle(t).display !== 'none');
		// Each label inside its own cell: wider than the cell would reach the next column.
		const zoom = zoomShown();
		const cellWidth = 260 * zoom;
		const svg = el.querySelector('svg');
		const shape = el.querySelector('.ro-map__shape');
		return {
			found: true,
			nodes: nodes.length,
			labels: shownLabels.map((t) => t.textContent),
			names: nodes.map((n) => n.querySelector('title')?.textContent ?? ''),
			labelOverlaps: overlappingPairs(labels),
			nodeOverlaps: overlappingPairs(shapes),
			tooWide: labels.filter((l) => l.rect.width > cellWidth).map((l) => `${l.text}: ${l.rect.width.toFixed(1)} > ${cellWidth.toFixed(1)}`),
			// The tallest name on screen, in px, and the zoom it is drawn at.
			labelHeight: Math.max(0, ...labels.map((l) => l.rect.height)),
			// The assessment digits shown, and the smallest of their font sizes on screen (px).
			badges: shownBadges.length,
			badgePx: Math.min(...shownBadges.map((t) => Number(t.getAttribute('font-size')) * zoom)),
			zoom,
			edges: el.querySelectorAll('.ro-map__edge').length,
			status: el.querySelector('.ro-map__status')?.textContent ?? null,
			background: getComputedStyle(svg).backgroundColor,
			labelColor: shownLabels[0] ? getComputedStyle(shownLabels[0]).fill : null,
			shapeFill: shape ? getComputedStyle(shape).fill : null,
			pwned: '__pwned' in window ? String(window.__pwned) : null,
			// Only our own SVG elements: anything else would be markup from a note.
			foreign: Array.from(el.querySelectorAll('svg *')).filter((n) => !['defs', 'marker', 'path', 'g', 'circle', 'text', 'line', 'title'].includes(n.tagName.toLowerCase())).map((n) => n.tagName),
			handlers: Array.from(el.querySelectorAll('*')).flatMap((n) => n.getAttributeNames().filter((a) => a.startsWith('on'))),
			size: { width: svg.clientWidth, height: svg.clientHeight },
		};
	}

	/** What has focus now. */
	function focused() {
		const el = document.activeElement;
		const shape = el?.querySelector?.('.ro-map__shape');
		return {
			isNode: !!el?.classList?.contains('ro-map__node'),
			label: el?.getAttribute?.('aria-label') ?? null,
			tag: el?.tagName ?? null,
			focusVisible: !!el && el.matches(':focus-visible'),
			strokeWidth: shape ? getComputedStyle(shape).strokeWidth : null,
			edgeLabels: Array.from(root()?.querySelectorAll('.ro-map__edge-label') ?? []).map((t) => t.textContent),
		};
	}

	function focusSearch() {
		root().querySelector('.ro-map__search').focus();
	}

	/**
	 * A heartbeat: a task every ~4 ms records the time since the last one; the longest gap is the
	 * longest the main thread was busy with something else.
	 */
	function startHeartbeat() {
		const beat = { last: performance.now(), longest: 0, running: true };
		const tick = () => {
			const now = performance.now();
			beat.longest = Math.max(beat.longest, now - beat.last);
			beat.last = now;
			if (beat.running) setTimeout(tick, 4);
		};
		setTimeout(tick, 4);
		window.__heartbeat = beat;
	}

	function stopHeartbeat() {
		const beat = window.__heartbeat;
		beat.running = false;
		return Math.round(beat.longest * 10) / 10;
	}

	/** Centre of the map's drawing area in page pixels (for real mouse input). */
	function svgCentre() {
		const r = root().querySelector('svg').getBoundingClientRect();
		return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
	}

	function transform() {
		return root().querySelector('.ro-map__world').getAttribute('transform');
	}

	/** Chooses the scope option with this text (as a person picking from the menu). */
	async function chooseScope(text) {
		const select = root().querySelector('select.ro-map__scope');
		const option = Array.from(select.options).find((o) => o.text.startsWith(text));
		select.value = option.value;
		select.dispatchEvent(new Event('change'));
		await mapView().whenDrawn();
		await new Promise((resolve) => requestAnimationFrame(() => resolve()));
	}

	window.__e2eMap = { open, inspect, focused, focusSearch, startHeartbeat, stopHeartbeat, svgCentre, transform, chooseScope };
})();
