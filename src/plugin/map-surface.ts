/**
 * The map's drawing surface: the SVG and its pan and zoom, the people and ties drawn on it, the
 * detail shown at each zoom, fitting everyone in, and keyboard focus between the people drawn.
 * The view decides what to draw; this draws it and moves around it.
 */
import { BADGE_MIN_ZOOM, LABEL_FONT_SIZE, LABEL_MIN_ZOOM } from '../core/relationships/map-model';
import { ASSESSMENT_VALUES, type Settings } from '../settings';
import type { MapHighlight } from './map-controls';
import { ARROW_DIRECTIONS, findNearestInDirection, measureFitBox } from './map-navigation';
import { PanZoom } from './map-pan-zoom';
import { drawMap, type DrawnMap, type MapHandlers, type MapModel } from './map-render';

/**
 * The largest a person's name is drawn on screen, in px: zoomed in further, the map spreads out
 * but names stay this size rather than growing past the view's edge. Smaller than the size they
 * have in the layout, they can only overlap less.
 */
const LABEL_MAX_SCREEN_PX = 14;

/** One per view; `mount` builds the SVG again each time the view opens. */
export class MapSurface {
	/** Set by `mount`. */
	svg!: SVGSVGElement;
	/** Set by `mount`. */
	panZoom!: PanZoom;
	private world!: SVGGElement;
	/** What is drawn now (set when its drawing starts). */
	model: MapModel | undefined;
	drawn: DrawnMap | undefined;

	/** `contentEl` is the view's: keyboard focus is asked of its document. */
	constructor(private readonly contentEl: HTMLElement) {}

	/** Creates the SVG in `frame` (each time the view opens); attach `panZoom` and the keys after. */
	mount(frame: HTMLElement): void {
		this.svg = frame.createSvg('svg', { cls: 'ro-map__svg', attr: { role: 'group', 'aria-label': 'Relationship map' } });
		this.world = this.svg.createSvg('g', { cls: 'ro-map__world' });
		this.panZoom = new PanZoom(this.svg, this.world, (k) => this.showDetailFor(k));
	}

	/**
	 * Draws `model` in place of what was drawn, in the settings' colours and with the highlights
	 * asked; the drawing goes on in tasks of its own (`map-render.ts`) until `done`.
	 */
	paint(model: MapModel, settings: Settings, highlight: MapHighlight, handlers: MapHandlers): DrawnMap {
		this.model = model;
		this.svg.setCssProps(Object.fromEntries(ASSESSMENT_VALUES.map((v) => [`--ro-assessment-${v}`, settings.assessmentColours[v]])));
		this.svg.toggleClass('ro-map--show-connectors', highlight.connectors);
		this.svg.toggleClass('ro-map--show-isolated', highlight.isolated);
		this.drawn?.cancel();
		this.drawn = drawMap(this.world, this.model, handlers, (fn) => window.setTimeout(fn, 0));
		return this.drawn;
	}

	/** Zooms and pans so that everyone drawn is in view. */
	fit(): void {
		const boxes = (this.model?.nodes ?? []).map((n) => n.geometry);
		if (boxes.length === 0) return this.panZoom.fit({ x: 0, y: 0, width: 1, height: 1 });
		this.panZoom.fit(measureFitBox(boxes));
		this.showDetailFor(this.panZoom.transform.k);
	}

	/**
	 * Labels from the zoom where they are readable, assessment digits from a little below it, and
	 * labels (of people and ties) kept from growing past {@link LABEL_MAX_SCREEN_PX} on screen.
	 */
	showDetailFor(k: number): void {
		this.svg.toggleClass('ro-map--labels', k >= LABEL_MIN_ZOOM);
		this.svg.toggleClass('ro-map--badges', k >= BADGE_MIN_ZOOM);
		const scale = Math.min(1, LABEL_MAX_SCREEN_PX / (LABEL_FONT_SIZE * k));
		this.svg.setCssProps({ '--ro-map-label-scale': scale.toFixed(3) });
	}

	/** Focuses the person drawn at `position` (the one tab stop of the map); `reveal` pans to them when out of view. */
	focusPosition(position: number, reveal: boolean): void {
		const els = this.drawn?.nodeEls ?? [];
		const el = els[position];
		if (!el) return;
		for (const other of els) if (other.getAttribute('tabindex') === '0' && other !== el) other.setAttr('tabindex', -1);
		el.setAttr('tabindex', 0);
		el.focus({ preventScroll: true });
		if (reveal) {
			const g = this.model?.nodes[position]?.geometry;
			if (g && !this.panZoom.isVisible(g.cx, g.cy)) this.panZoom.centreOn(g.cx, g.cy);
		}
	}

	/** Arrow keys move focus to the nearest person in that direction; + and − zoom. */
	onKey(evt: KeyboardEvent): void {
		if (evt.key === '+' || evt.key === '=') return void this.panZoom.zoomBy(1.25);
		if (evt.key === '-') return void this.panZoom.zoomBy(0.8);
		const direction = ARROW_DIRECTIONS[evt.key];
		const model = this.model;
		if (!direction || !model) return;
		const els = this.drawn?.nodeEls ?? [];
		const from = els.findIndex((el) => el === this.contentEl.doc.activeElement);
		if (from < 0) return;
		evt.preventDefault();
		const best = findNearestInDirection(model.nodes, els, from, direction);
		if (best !== undefined) this.focusPosition(best, true);
	}
}
