/**
 * Pan and zoom of the relationship map, written here (no d3 in the bundle): one `transform` on
 * one `<g>`, so moving the map costs one attribute write per frame, whatever its size. Drag to
 * pan, wheel or pinch-zoom around the pointer, buttons and keys for the rest.
 */

/** Map units → screen pixels: `screen = world × k + (x, y)`. */
export interface Transform {
	readonly x: number;
	readonly y: number;
	readonly k: number;
}

const MIN_ZOOM = 0.02;
const MAX_ZOOM = 4;
/** Pixels a pointer may move before a press becomes a drag (and stops being a click). */
const DRAG_THRESHOLD = 4;

/** Pan/zoom state of one map. */
export class PanZoom {
	private t: Transform = { x: 0, y: 0, k: 1 };
	private drag: { id: number; startX: number; startY: number; from: Transform; moved: boolean } | undefined;
	private dragged = false;
	/** The viewport size, kept by a ResizeObserver: reading it from the element would force a layout. */
	private size: { width: number; height: number } | undefined;

	constructor(
		private readonly svg: SVGSVGElement,
		private readonly world: SVGGElement,
		private readonly onZoomChange: (k: number) => void,
	) {}

	/** Listens on the SVG; the listeners go with the element. Returns a function that stops observing its size. */
	attach(): () => void {
		const svg = this.svg;
		const Observer = (svg.win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
		const observer = Observer
			? new Observer((entries) => {
					const box = entries[entries.length - 1]?.contentRect;
					if (box && box.width > 0 && box.height > 0) this.size = { width: box.width, height: box.height };
				})
			: undefined;
		observer?.observe(svg);
		svg.addEventListener('pointerdown', (evt) => {
			if (evt.button !== 0) return;
			this.drag = { id: evt.pointerId, startX: evt.clientX, startY: evt.clientY, from: this.t, moved: false };
			this.dragged = false;
		});
		svg.addEventListener('pointermove', (evt) => {
			const drag = this.drag;
			if (!drag || drag.id !== evt.pointerId) return;
			const dx = evt.clientX - drag.startX;
			const dy = evt.clientY - drag.startY;
			if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
			if (!drag.moved) {
				drag.moved = true;
				svg.setPointerCapture?.(evt.pointerId);
				svg.addClass('is-panning');
			}
			this.set({ x: drag.from.x + dx, y: drag.from.y + dy, k: drag.from.k });
		});
		const end = (evt: PointerEvent): void => {
			if (!this.drag || this.drag.id !== evt.pointerId) return;
			this.dragged = this.drag.moved;
			this.drag = undefined;
			svg.removeClass('is-panning');
		};
		svg.addEventListener('pointerup', end);
		svg.addEventListener('pointercancel', end);
		svg.addEventListener(
			'wheel',
			(evt) => {
				evt.preventDefault();
				const rect = svg.getBoundingClientRect();
				// Trackpad pinches arrive as ctrl+wheel with small deltas; scale them up.
				const delta = evt.deltaMode === 1 ? evt.deltaY * 16 : evt.deltaY;
				this.zoomAt(Math.exp(-delta * (evt.ctrlKey ? 0.01 : 0.0015)), evt.clientX - rect.left, evt.clientY - rect.top);
			},
			{ passive: false },
		);
		return () => observer?.disconnect();
	}

	/** Whether the last press was a drag (its click must not open a note). */
	wasDragged(): boolean {
		return this.dragged;
	}

	get transform(): Transform {
		return this.t;
	}

	/** The viewport size in pixels (a default when the element is not laid out, as in tests). */
	viewport(): { width: number; height: number } {
		// Read once (one forced layout) until the observer reports; 800 × 600 where nothing is laid out (tests).
		this.size ??= { width: this.svg.clientWidth || 800, height: this.svg.clientHeight || 600 };
		return this.size;
	}

	/** Sets the transform: one attribute write (pointer events already come at most once a frame). */
	set(next: Transform): void {
		const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, next.k));
		const zoomChanged = k !== this.t.k;
		this.t = { x: next.x, y: next.y, k };
		this.world.setAttr('transform', `translate(${round(this.t.x)} ${round(this.t.y)}) scale(${round(this.t.k, 4)})`);
		if (zoomChanged) this.onZoomChange(k);
	}

	/** Zooms by `factor` keeping the screen point (px, py) still. */
	zoomAt(factor: number, px: number, py: number): void {
		const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.t.k * factor));
		const wx = (px - this.t.x) / this.t.k;
		const wy = (py - this.t.y) / this.t.k;
		this.set({ x: px - wx * k, y: py - wy * k, k });
	}

	/** Zooms by `factor` around the viewport's centre. */
	zoomBy(factor: number): void {
		const { width, height } = this.viewport();
		this.zoomAt(factor, width / 2, height / 2);
	}

	/** Fits a box of map units into the viewport (capped at 1:1 so a small map is not blown up). */
	fit(box: { x: number; y: number; width: number; height: number }): void {
		const { width, height } = this.viewport();
		const k = Math.min(1, (width * 0.95) / Math.max(1, box.width), (height * 0.95) / Math.max(1, box.height));
		this.set({ x: width / 2 - (box.x + box.width / 2) * k, y: height / 2 - (box.y + box.height / 2) * k, k });
	}

	/** Centres the map point (wx, wy), at zoom `k` when given. */
	centreOn(wx: number, wy: number, k = this.t.k): void {
		const { width, height } = this.viewport();
		this.set({ x: width / 2 - wx * k, y: height / 2 - wy * k, k });
	}

	/** Whether a map point is inside the viewport, with a margin in pixels. */
	isVisible(wx: number, wy: number, margin = 40): boolean {
		const { width, height } = this.viewport();
		const sx = wx * this.t.k + this.t.x;
		const sy = wy * this.t.k + this.t.y;
		return sx >= margin && sy >= margin && sx <= width - margin && sy <= height - margin;
	}
}

function round(value: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}
