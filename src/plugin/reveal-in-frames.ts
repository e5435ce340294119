/**
 * Moving a large rendered view in over a few frames (issue 15; the chart and the dashboard). The
 * JS that builds a view runs in slices, but the browser lays out what is moved in all at once: the
 * campaign chart's two thousand elements took 30–65 ms of style and layout in one frame on opening.
 * Here the rendered children go in a couple of hundred elements per animation frame, top first, so
 * each frame lays out only its part. A view that small (every small vault) still goes in at once,
 * in the caller's task, as before.
 */

/** Elements moved in per frame: one frame's layout of them stays well under the 50 ms goal. */
const ELEMENTS_PER_FRAME = 200;

/** A reveal in progress. */
export interface Reveal {
	/** Resolves when everything is in, or the reveal was cancelled. */
	readonly done: Promise<void>;
	/** True until everything is in or the reveal was cancelled. */
	readonly active: boolean;
	/** Stops moving further parts in (a newer render replaces the view, or it closes). */
	cancel(): void;
}

/** One node to move in, under the parent it goes to. */
interface Part {
	readonly parent: Node;
	readonly node: Node;
	readonly size: number;
}

function sizeOf(node: Node): number {
	return node.instanceOf(Element) ? 1 + node.getElementsByTagName('*').length : 1;
}

/**
 * The children of `staging` in the order they go in. A child larger than a frame's worth goes in
 * without its children, which follow one by one (one level is enough: the chart's largest
 * section is a list of workplaces of a few hundred elements each).
 */
function listParts(el: HTMLElement, staging: HTMLElement): Part[] {
	const parts: Part[] = [];
	for (const node of Array.from(staging.childNodes)) {
		const size = sizeOf(node);
		if (size <= ELEMENTS_PER_FRAME || node.childNodes.length === 0) {
			parts.push({ parent: el, node, size });
			continue;
		}
		const children = Array.from(node.childNodes);
		for (const child of children) node.removeChild(child);
		parts.push({ parent: el, node, size: 1 });
		for (const child of children) parts.push({ parent: node, node: child, size: sizeOf(child) });
	}
	return parts;
}

/**
 * Moves the children of `staging` into `el` (emptied first): the first frame's worth now, the rest
 * a frame's worth per animation frame (all now, for a small view).
 */
export function revealInFrames(el: HTMLElement, staging: HTMLElement): Reveal {
	const parts = listParts(el, staging);
	let next = 0;
	let cancelled = false;
	let finished = false;
	const moveFrame = (): void => {
		let moved = 0;
		while (next < parts.length && (moved === 0 || moved + parts[next].size <= ELEMENTS_PER_FRAME)) {
			const part = parts[next++];
			part.parent.appendChild(part.node);
			moved += part.size;
		}
	};
	el.empty();
	moveFrame();
	let resolve: () => void = () => undefined;
	const done = new Promise<void>((r) => (resolve = r));
	const finish = (): void => {
		finished = true;
		resolve();
	};
	// The next part goes in at the frame after a timer turn: frames that follow each other at once
	// (a layout longer than a frame) would hold back every timer until the last.
	const later = (): void => {
		window.setTimeout(() => window.requestAnimationFrame(step), 0);
	};
	const step = (): void => {
		if (cancelled) return;
		moveFrame();
		if (next < parts.length) later();
		else finish();
	};
	if (next < parts.length) later();
	else finish();
	return {
		done,
		get active() {
			return !finished && !cancelled;
		},
		cancel() {
			if (finished || cancelled) return;
			cancelled = true;
			resolve();
		},
	};
}
