/**
 * The follow-up dashboard pane (DESIGN §4): live over the index, debounced, keeps its scroll
 * position, shows progress while the first pass runs, and recomputes when the day changes. The
 * derivation runs in slices of the main thread (issue 15, `sliced-run.ts`); a newer revision, a
 * newer render or closing the pane cancels a run under way, so only the newest one renders.
 */
import { ItemView, debounce, type WorkspaceLeaf } from 'obsidian';
import { calendarDateAt } from '../core/dates';
import { deriveDashboardSteps, type Derivation } from '../core/derive';
import { suggestOrganizerNameSteps } from '../core/organizer-suggestion';
import type { FollowUpModel } from '../core/follow-ups';
import { redactModel, showModel, type NameMatcher } from '../core/redact';
import type { Steps } from '../core/steps';
import type { Settings } from '../settings';
import type { ActionContext } from './actions/action-context';
import type { ActionHistory } from './actions/action-history';
import { markDone } from './actions/mark-done';
import { createNoteFor, logOneOnOne, type NoteActionDeps } from './actions/note-actions';
import { logContact, snoozeUntil } from './actions/person-properties';
import { SnoozeModal } from './actions/snooze-modal';
import { showActionNotice } from './actions/action-notice';
import { openExplanation } from './explain-modal';
import type { DashboardActions, ItemOrigin } from './dashboard-actions';
import { trimToShown, PAGE_SIZE, type NamePrompt } from './dashboard-display';
import { applyFocus, renderDashboardSteps, renderIndexing, renderPreparing } from './render-dashboard';
import { ViewRun } from './view-run';
import { findFocusKey, restoreFocus } from './dashboard-focus';
import type { VaultIndex } from '../core/vault-index';
import type { VaultIndexer } from './vault-indexer';
import { keepViewLive, revealRedrawn, type LiveView } from './live-view';
import { commitmentAt, notedPersonAt, personAt } from './item-at-origin';
import { DASHBOARD_VIEW_TYPE } from './view-types';
import { openListedNote } from './note-leaf';

/** localStorage key (per vault, through `app.saveLocalStorage`) of the collapsed sections. */
const COLLAPSED_KEY = 'relational-organizer:collapsed-sections';

/** localStorage key (per vault) set once the user said "Not now" to the first-run name prompt. */
const NAME_PROMPT_DISMISSED_KEY = 'relational-organizer:name-prompt-dismissed';

export { DASHBOARD_VIEW_TYPE } from './view-types';

export interface DashboardViewDeps {
	readonly indexer: VaultIndexer;
	readonly getSettings: () => Settings;
	/** Today's calendar date; injectable for tests. */
	readonly today?: () => string;
	/** The plugin's undo history, shared with the "Undo last action" command. */
	readonly history: ActionHistory;
	/** Turns privacy mode on or off (saved in settings). */
	readonly togglePrivacy?: () => Promise<void>;
	/** Opens this plugin's settings tab; absent when the app cannot. */
	readonly openSettings?: () => void;
	/** The first-run pane's buttons: the New 1-on-1… and New person… commands. */
	readonly newOneOnOne?: () => void;
	readonly newPerson?: () => void;
	/** Saves "Your name" through the plugin's settings update (as the settings tab does). */
	readonly saveYourName?: (name: string) => Promise<void>;
}

export class DashboardView extends ItemView {
	/**
	 * What the pane shows now. The index is part of it, not only its revision: a pass that reads the
	 * vault again (a folder or excluded-folders setting) fills a fresh index, whose revision can end
	 * on the very number the old one had.
	 */
	private rendered: { index: VaultIndex; revision: number; today: string; settings: Settings; ready: boolean } | undefined;
	private readonly requestRender = debounce(() => this.render(), 150, true);
	/** The sliced derivation under way, and what it was started for. */
	private readonly renders = new ViewRun();
	/** Items shown per section beyond the first page ("Show N more"), for this pane's life. */
	private readonly shown: Record<string, number> = {};
	/** Where focus goes on the next render: the place of the item an action just changed. */
	private pendingFocus: ItemOrigin | undefined;
	/** Items (`section:index`) whose action is under way, and those whose change the pane does not show yet. */
	private readonly acting = new Set<string>();
	private readonly awaitingRender = new Set<string>();
	private redact: (text: string) => string = (text) => text;
	/**
	 * The unredacted model of the last render. The pane shows a projection of it made item by item
	 * in order, so an item's place (`ItemOrigin`) finds the real item the actions must change.
	 */
	private real: FollowUpModel | undefined;

	/** Set in `onOpen`: re-renders on changes, or catches up when shown after one (`live-view.ts`). */
	private live: LiveView | undefined;

	constructor(leaf: WorkspaceLeaf, private readonly deps: DashboardViewDeps) {
		super(leaf);
	}

	override getViewType(): string {
		return DASHBOARD_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return 'Follow-up dashboard';
	}

	override getIcon(): string {
		return 'users';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass('ro-dashboard');
		this.live = keepViewLive(this, this.deps.indexer, () => this.requestRender(), () => this.rendered !== undefined && this.rendered.today !== this.today(), () => this.render(), {
			shown: () => this.rendered?.settings.privacyMode,
			now: () => this.deps.getSettings().privacyMode,
		});
		this.render();
	}

	override async onClose(): Promise<void> {
		this.requestRender.cancel();
		this.renders.cancel();
		this.contentEl.empty();
	}

	/** Shown again after a change while hidden (a tab brought forward): it catches up. */
	override onResize(): void {
		this.live?.catchUp();
	}

	private today(): string {
		return this.deps.today ? this.deps.today() : calendarDateAt();
	}

	/** Resolves when the render under way (a derivation in slices, then moving it in) has finished or was cancelled. */
	whenRendered(): Promise<void> {
		return this.renders.settled();
	}

	/** True while a derivation runs in slices towards a render, or the pane moves in. */
	isRendering(): boolean {
		return this.renders.isActive();
	}

	/**
	 * Renders now, unless nothing the dashboard depends on changed (or `force`). The derivation
	 * runs in slices: when it fits in the first one (small vaults, a cached derivation) the pane is
	 * rendered before this returns; else the pane keeps what it shows (or says it is preparing)
	 * until the last slice renders it.
	 */
	render(force = false): void {
		const { indexer } = this.deps;
		const progress = indexer.getProgress();
		const el = this.contentEl;
		if (!progress.ready) {
			this.renders.cancel();
			renderIndexing(el, progress.done, progress.total);
			this.rendered = undefined;
			return;
		}
		const index = indexer.index;
		const settings = this.deps.getSettings();
		const today = this.today();
		const last = this.rendered;
		if (!force && last && last.ready && last.index === index && last.revision === index.revision && last.today === today && last.settings === settings) return;
		const target = { index, revision: index.revision, today, settings };
		if (!force && this.renders.isUnderWay(target)) return;
		const staging = createDiv();
		const run = this.renders.start(target, el, () => indexer.index, this.paintSteps(index, settings, today, staging), ({ derived, redactor }) => {
			this.show(staging, index, derived, redactor, settings, today);
		});
		if (!run.finished && this.rendered === undefined) renderPreparing(el);
	}

	/**
	 * The derivation, then the pane rendered into `staging` (a detached element, moved in by
	 * {@link show}), in steps: redacted in privacy mode, only the items each list shows. Changes
	 * nothing of the view's own state, so a cancelled run leaves no trace.
	 */
	private *paintSteps(index: VaultIndex, settings: Settings, today: string, staging: HTMLElement): Steps<{ derived: Derivation; redactor: NameMatcher | undefined }> {
		const derived = yield* deriveDashboardSteps(index, settings, today);
		yield undefined;
		const redactor = settings.privacyMode ? derived.redactor : undefined;
		// Only what the lists show is projected (and redacted): at 10k notes a list holds thousands.
		const { model, counts } = trimToShown(derived.followUps, this.shown);
		// The one redaction step (core/redact): the pane shows only `shown.model`.
		const shown = redactor ? redactModel(model, redactor) : showModel(model);
		yield undefined;
		const namePrompt = yield* this.describeNamePromptSteps(settings, redactor);
		yield undefined;
		yield* renderDashboardSteps(staging, shown, this.describeActions(), {
			privacy: settings.privacyMode,
			collapsed: this.loadCollapsed(),
			shown: this.shown,
			counts,
			...namePrompt,
		});
		return { derived, redactor };
	}

	/** Moves a rendered pane in, keeping the scroll position and the focus an action asked for. */
	private show(staging: HTMLElement, index: VaultIndex, derived: Derivation, redactor: NameMatcher | undefined, settings: Settings, today: string): void {
		const el = this.contentEl;
		const scrollTop = el.scrollTop;
		this.redact = redactor ? (text) => redactor.redact(text) : (text) => text;
		this.real = derived.followUps;
		// Focus in the pane (a keyboard user) comes back to the same place in the new one.
		const kept = this.pendingFocus === undefined ? findFocusKey(el) : undefined;
		// From the top with no focus to restore: a frame's worth at a time (`reveal-in-frames.ts`).
		const overFrames = scrollTop === 0 && this.pendingFocus === undefined && kept === undefined;
		this.renders.moveIn(el, staging, overFrames);
		// The rows are new: their places hold the items as they are now.
		this.awaitingRender.clear();
		el.addClass('ro-dashboard');
		this.rendered = { index, revision: derived.revision, today, settings, ready: true };
		revealRedrawn(el, settings.privacyMode, this.deps.getSettings().privacyMode);
		if (overFrames) return;
		const focus = this.pendingFocus;
		this.pendingFocus = undefined;
		if (focus) applyFocus(el, focus);
		else if (kept) restoreFocus(el, kept);
		// Only when scrolled: setting it lays the new content out at once, in this task.
		if (scrollTop > 0) el.scrollTop = scrollTop;
	}

	/**
	 * The first-run name prompt, while "Your name" is empty and not dismissed (in steps: the
	 * suggestion reads every 1-on-1). In privacy mode the suggestion is not written into the field
	 * (it would show the name); its initials are the hint.
	 */
	private *describeNamePromptSteps(settings: Settings, redactor: { redact(text: string): string } | undefined): Steps<{ namePrompt?: NamePrompt }> {
		if (!this.deps.saveYourName || settings.yourName.trim() !== '' || this.app.loadLocalStorage(NAME_PROMPT_DISMISSED_KEY) === true) return {};
		const suggestion = yield* suggestOrganizerNameSteps(this.deps.indexer.index);
		if (suggestion === undefined) return { namePrompt: { value: '', placeholder: 'Your name' } };
		if (redactor) {
			// Only initials may show; a name the redactor does not know is not hinted at all.
			const initials = redactor.redact(suggestion);
			return { namePrompt: { value: '', placeholder: initials === suggestion ? 'Your name' : `Your name (most 1-on-1s: ${initials})` } };
		}
		return { namePrompt: { value: suggestion, placeholder: 'Your name' } };
	}

	private actionContext(): ActionContext {
		return { app: this.app, history: this.deps.history, today: () => this.today(), redact: (text) => this.redact(text), findFile: (path) => this.deps.indexer.findFile(path) };
	}

	/** Runs `run` on the real item at `origin` (never the shown one); nothing when it is not there. */
	private onReal<T>(origin: ItemOrigin, find: (model: FollowUpModel, origin: ItemOrigin) => T | undefined, run: (real: T) => void): void {
		const real = this.real ? find(this.real, origin) : undefined;
		if (real !== undefined) run(real);
	}

	/**
	 * Runs an action; when it changed a note, focus goes to whatever takes the item's place. A
	 * second click on the item before the pane shows the change (a double click) does nothing: it
	 * would make a second 1-on-1, or refuse a line that was just ticked. A failed write says so.
	 */
	private act(origin: ItemOrigin, what: string, action: () => Promise<boolean>): void {
		const key = `${origin.section}:${origin.index}`;
		if (this.acting.has(key) || this.awaitingRender.has(key)) return;
		this.acting.add(key);
		void action().then(
			(changed) => {
				this.acting.delete(key);
				if (!changed) return;
				this.pendingFocus = origin;
				this.awaitingRender.add(key);
			},
			(error: unknown) => {
				this.acting.delete(key);
				// The app's message may name a note: in privacy mode it shows redacted.
				const message = error instanceof Error ? error.message : String(error);
				showActionNotice(`Could not ${what}: ${this.redact(message)}`);
			},
		);
	}

	private noteDeps(): NoteActionDeps {
		return { settings: () => this.deps.getSettings(), creation: { index: () => this.deps.indexer.index, today: () => this.today() } };
	}

	private describeActions(): DashboardActions {
		const { togglePrivacy, openSettings, newOneOnOne, newPerson, saveYourName } = this.deps;
		return {
			// The renderer passes the shown (maybe redacted) item; each action acts on the real one.
			logOneOnOne: (_shown, origin) => this.onReal(origin, personAt, (person) => this.act(origin, 'log a 1-on-1', () => logOneOnOne(this.actionContext(), this.noteDeps(), person))),
			createNote: (_shown, origin) => this.onReal(origin, personAt, (person) => this.act(origin, 'create the note', async () => (await createNoteFor(this.actionContext(), this.noteDeps(), person)) !== undefined)),
			openNote: (path, line, newLeaf, raw) => void openListedNote(this.app, path, line, newLeaf, (at) => this.deps.indexer.findFile(at), raw),
			explainNote: (path) => void openExplanation(this.app, this.deps, path),
			markDone: (_shown, origin) => this.onReal(origin, commitmentAt, (commitment) => this.act(origin, 'mark it done', () => markDone(this.actionContext(), commitment))),
			logContact: (_shown, origin) => this.onReal(origin, notedPersonAt, (person) => this.act(origin, 'log the contact', () => logContact(this.actionContext(), person))),
			snooze: (_shown, origin) => this.onReal(origin, notedPersonAt, (person) => {
				const title = `Check in with ${this.redact(person.name)} on…`;
				new SnoozeModal(this.app, title, this.today(), (date) => this.act(origin, 'snooze', () => snoozeUntil(this.actionContext(), person, date))).open();
			}),
			toggleSection: (id, collapsed) => this.saveCollapsed(id, collapsed),
			showMore: (id) => {
				const before = this.shown[id] ?? PAGE_SIZE;
				this.shown[id] = before + PAGE_SIZE;
				// Focus goes to the first item it brings in (the button itself is redrawn).
				this.pendingFocus = { section: id, index: before };
				this.render(true);
			},
			refresh: () => this.render(true),
			...(togglePrivacy ? { togglePrivacy: () => void togglePrivacy() } : {}),
			...(openSettings ? { openSettings } : {}),
			...(newOneOnOne ? { newOneOnOne } : {}),
			...(newPerson ? { newPerson } : {}),
			...(saveYourName ? {
				saveYourName: (name: string) => void saveYourName(name),
				dismissNamePrompt: () => {
					this.app.saveLocalStorage(NAME_PROMPT_DISMISSED_KEY, true);
					this.render(true);
				},
			} : {}),
		};
	}

	private loadCollapsed(): ReadonlySet<string> {
		const saved: unknown = this.app.loadLocalStorage(COLLAPSED_KEY);
		return new Set(Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : []);
	}

	private saveCollapsed(id: string, collapsed: boolean): void {
		const next = new Set(this.loadCollapsed());
		if (collapsed) next.add(id);
		else next.delete(id);
		this.app.saveLocalStorage(COLLAPSED_KEY, next.size > 0 ? [...next] : null);
	}

}
