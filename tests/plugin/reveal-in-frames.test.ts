/**
 * A large rendered view moves in over a few frames, top first (issue 15), and says so while it
 * does (`aria-busy`, for screen readers and anyone waiting for the whole view); a small one goes
 * in at once.
 */
import { describe, expect, it } from 'vitest';
import { revealInFrames } from '../../src/plugin/reveal-in-frames';

/** A staging element of `rows` list items, each holding a span. */
function stage(rows: number): HTMLElement {
	const staging = document.createElement('div');
	const list = staging.appendChild(document.createElement('ul'));
	for (let row = 0; row < rows; row++) list.appendChild(document.createElement('li')).appendChild(document.createElement('span')).textContent = `row ${row}`;
	return staging;
}

describe('revealInFrames', () => {
	it('puts a small view in at once, not busy', async () => {
		const el = document.createElement('div');
		const reveal = revealInFrames(el, stage(20));
		expect(reveal.active).toBe(false);
		expect(el.querySelectorAll('li')).toHaveLength(20);
		expect(el.hasAttribute('aria-busy')).toBe(false);
		await reveal.done;
	});

	it('puts a large view in top first over several frames, busy until the last row is in', async () => {
		const el = document.createElement('div');
		el.appendChild(document.createElement('p')).textContent = 'the view before';
		const reveal = revealInFrames(el, stage(2000));
		const first = el.querySelectorAll('li');
		expect(el.textContent).not.toContain('the view before');
		expect(first.length).toBeGreaterThan(0);
		expect(first.length).toBeLessThan(2000);
		expect(first[0].textContent).toBe('row 0');
		expect(el.getAttribute('aria-busy')).toBe('true');
		await reveal.done;
		expect(reveal.active).toBe(false);
		expect(Array.from(el.querySelectorAll('li'), (li) => li.textContent)).toStrictEqual(Array.from({ length: 2000 }, (_, row) => `row ${row}`));
		expect(el.hasAttribute('aria-busy')).toBe(false);
	});

	it('stops when cancelled, and is no longer busy', async () => {
		const el = document.createElement('div');
		const reveal = revealInFrames(el, stage(2000));
		const shown = el.querySelectorAll('li').length;
		reveal.cancel();
		await reveal.done;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(el.querySelectorAll('li')).toHaveLength(shown);
		expect(el.hasAttribute('aria-busy')).toBe(false);
	});
});
