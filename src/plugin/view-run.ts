/**
 * One view's render in slices (issue 15), shared by the dashboard and the campaign chart: at most
 * one run under way, a newer render cancels it, and a render for what is already on its way is not
 * started again. A run stops as stale when the index changes under it or the view's element leaves
 * the page; the edit's own render follows. The rendered view is then moved in, at once or over a
 * few frames (`reveal-in-frames.ts`); a render is settled when it is all in.
 */
import type { VaultIndex } from '../core/vault-index';
import type { Settings } from '../settings';
import { revealInFrames, type Reveal } from './reveal-in-frames';
import { runInSlices, type SlicedRun } from './sliced-run';

/** What a render is for: the same index revision, day and settings give the same view. */
export interface RenderTarget {
	readonly index: VaultIndex;
	readonly revision: number;
	readonly today: string;
	readonly settings: Settings;
}

/** The view's sliced render and what it was started for. */
export class ViewRun {
	private run: SlicedRun | undefined;
	private running: RenderTarget | undefined;
	/** The last rendered view moving in, a frame's worth at a time. */
	private reveal: Reveal | undefined;

	/** Resolves when the render under way (its slices, then moving it in) has finished or was cancelled. */
	async settled(): Promise<void> {
		await this.run?.settled;
		await this.reveal?.done;
	}

	/** True while a render runs in slices or moves in. */
	isActive(): boolean {
		return this.run?.active === true || this.reveal?.active === true;
	}

	/** True when a render for `target` is already on its way (let it finish rather than start again). */
	isUnderWay(target: RenderTarget): boolean {
		const running = this.running;
		return running !== undefined && running.index === target.index && running.revision === target.revision
			&& running.today === target.today && running.settings === target.settings && this.run?.active === true;
	}

	/**
	 * Replaces what `el` shows by the children of `staging`: over a few frames, top first, when
	 * `overFrames`; else at once, in this task (the caller then restores the scroll position or focus).
	 */
	moveIn(el: HTMLElement, staging: HTMLElement, overFrames: boolean): void {
		this.reveal?.cancel();
		this.reveal = undefined;
		if (overFrames) {
			this.reveal = revealInFrames(el, staging);
			return;
		}
		el.empty();
		el.append(...Array.from(staging.childNodes));
	}

	/**
	 * Cancels any run and starts `steps` for `target`; `onDone` gets the result unless the run went
	 * stale: another run started, `el` left the page, or `currentIndex()` is another index or revision.
	 */
	start<T>(target: RenderTarget, el: HTMLElement, currentIndex: () => VaultIndex, steps: Generator<undefined, T, undefined>, onDone: (value: T) => void): SlicedRun {
		// A view still moving in goes on doing so: the new render replaces it when it is done.
		this.cancelRun();
		this.running = target;
		const { index, revision } = target;
		const run: SlicedRun = runInSlices(steps, {
			isStale: (): boolean => run !== this.run || !el.isConnected || currentIndex() !== index || index.revision !== revision,
			onDone: (value) => {
				this.running = undefined;
				onDone(value);
			},
		});
		this.run = run;
		return run;
	}

	/** Stops the run under way and the view moving in, if any. */
	cancel(): void {
		this.cancelRun();
		this.reveal?.cancel();
		this.reveal = undefined;
	}

	private cancelRun(): void {
		this.run?.cancel();
		this.run = undefined;
		this.running = undefined;
	}
}
