/**
 * The map's controls, above the drawing: search, scope (workplace · department), assessment,
 * hide inactive, tie kinds, the connector and no-ties highlights, zoom and export. Plain form
 * controls, so they are keyboard reachable and labelled; option values are indices, never names.
 */
import type { AssessmentFilter, MapScope } from '../core/relationships/map-model';

/** What the toolbar offers (names as shown: redacted in privacy mode). */
export interface ToolbarChoices {
	readonly workplaces: readonly { readonly workplace: string; readonly count: number; readonly departments: readonly string[] }[];
	readonly total: number;
	readonly assessments: readonly { readonly value: number; readonly label: string }[];
	readonly edgeKinds: readonly { readonly key: string; readonly label: string }[];
}

/** The toolbar's current state. */
export interface ToolbarState {
	readonly scope: MapScope;
	readonly assessment: AssessmentFilter;
	readonly hideInactive: boolean;
	readonly hiddenEdgeKinds: ReadonlySet<string>;
	readonly highlightConnectors: boolean;
	readonly highlightIsolated: boolean;
	readonly connectorCount: number;
	readonly isolatedCount: number;
}

/** What the toolbar calls back. */
export interface ToolbarHandlers {
	readonly onChange: (state: Partial<ToolbarState>) => void;
	readonly onSearch: (query: string) => void;
	readonly onZoom: (action: 'in' | 'out' | 'fit') => void;
	readonly onExport: () => void;
}

function sameScope(a: MapScope, b: MapScope): boolean {
	if (a.kind === 'all' || b.kind === 'all') return a.kind === b.kind;
	return a.workplace === b.workplace && a.department === b.department;
}

/**
 * Draws the toolbar into `el` (emptied first). Redrawn after every change, so it keeps what the
 * person was doing: the control with focus keeps it, the search keeps its text, the tie list stays open.
 */
export function renderToolbar(el: HTMLElement, choices: ToolbarChoices, state: ToolbarState, handlers: ToolbarHandlers): void {
	const active = el.doc.activeElement;
	const focusKey = active instanceof HTMLElement && el.contains(active) ? active.getAttribute('data-control') : null;
	const query = el.querySelector<HTMLInputElement>('.ro-map__search')?.value ?? '';
	const kindsOpen = el.querySelector<HTMLDetailsElement>('.ro-map__kinds')?.open ?? false;
	el.empty();
	const search = el.createEl('input', { cls: 'ro-map__search', type: 'search', placeholder: 'Find a person', attr: { 'aria-label': 'Find a person', 'data-control': 'search' } });
	search.value = query;
	search.addEventListener('keydown', (evt) => {
		if (evt.key === 'Enter') {
			evt.preventDefault();
			handlers.onSearch(search.value);
		}
	});

	const scopes: MapScope[] = [{ kind: 'all' }];
	const scopeSelect = el.createEl('select', { cls: 'dropdown ro-map__scope', attr: { 'aria-label': 'Workplace and department', 'data-control': 'scope' } });
	scopeSelect.createEl('option', { text: `All workplaces (${choices.total})`, value: '0' });
	for (const entry of choices.workplaces) {
		scopes.push({ kind: 'workplace', workplace: entry.workplace });
		scopeSelect.createEl('option', { text: `${entry.workplace} (${entry.count})`, value: String(scopes.length - 1) });
		for (const department of entry.departments) {
			scopes.push({ kind: 'workplace', workplace: entry.workplace, department });
			scopeSelect.createEl('option', { text: `${entry.workplace} · ${department}`, value: String(scopes.length - 1) });
		}
	}
	scopeSelect.value = String(Math.max(0, scopes.findIndex((scope) => sameScope(scope, state.scope))));
	scopeSelect.addEventListener('change', () => handlers.onChange({ scope: scopes[Number(scopeSelect.value)] ?? { kind: 'all' } }));

	const assessments: AssessmentFilter[] = [{ kind: 'any' }, ...choices.assessments.map((a): AssessmentFilter => ({ kind: 'value', value: a.value })), { kind: 'unassessed' }];
	const assessmentSelect = el.createEl('select', { cls: 'dropdown ro-map__assessment', attr: { 'aria-label': 'Assessment', 'data-control': 'assessment' } });
	assessmentSelect.createEl('option', { text: 'Any assessment', value: '0' });
	choices.assessments.forEach((a, i) => assessmentSelect.createEl('option', { text: `${a.value} · ${a.label}`, value: String(i + 1) }));
	assessmentSelect.createEl('option', { text: 'Not yet assessed', value: String(assessments.length - 1) });
	assessmentSelect.value = String(
		Math.max(
			0,
			assessments.findIndex((a) => a.kind === state.assessment.kind && (a.kind !== 'value' || (state.assessment.kind === 'value' && a.value === state.assessment.value))),
		),
	);
	assessmentSelect.addEventListener('change', () => handlers.onChange({ assessment: assessments[Number(assessmentSelect.value)] ?? { kind: 'any' } }));

	const inactive = el.createEl('label', { cls: 'ro-map__check' });
	const inactiveBox = inactive.createEl('input', { type: 'checkbox', attr: { 'data-control': 'inactive' } });
	inactiveBox.checked = state.hideInactive;
	inactive.appendText('Hide inactive');
	inactiveBox.addEventListener('change', () => handlers.onChange({ hideInactive: inactiveBox.checked }));

	const kinds = el.createEl('details', { cls: 'ro-map__kinds' });
	kinds.open = kindsOpen;
	const shownKinds = choices.edgeKinds.filter((k) => !state.hiddenEdgeKinds.has(k.key)).length;
	kinds.createEl('summary', { text: `Ties (${shownKinds}/${choices.edgeKinds.length})`, attr: { 'data-control': 'kinds' } });
	const kindList = kinds.createDiv({ cls: 'ro-map__kind-list' });
	choices.edgeKinds.forEach((kind, i) => {
		const label = kindList.createEl('label', { cls: 'ro-map__check' });
		const box = label.createEl('input', { type: 'checkbox', attr: { 'data-control': `kind-${i}` } });
		box.checked = !state.hiddenEdgeKinds.has(kind.key);
		label.appendText(kind.label);
		box.addEventListener('change', () => {
			const hidden = new Set(state.hiddenEdgeKinds);
			if (box.checked) hidden.delete(kind.key);
			else hidden.add(kind.key);
			handlers.onChange({ hiddenEdgeKinds: hidden });
		});
	});

	const toggle = (text: string, pressed: boolean, cls: string, change: Partial<ToolbarState>): void => {
		const button = el.createEl('button', { cls: `ro-map__toggle ${cls}`, text, attr: { 'aria-pressed': String(pressed), 'data-control': cls } });
		button.addEventListener('click', () => handlers.onChange(change));
	};
	toggle(`Connectors (${state.connectorCount})`, state.highlightConnectors, 'ro-map__toggle--connectors', { highlightConnectors: !state.highlightConnectors });
	toggle(`No ties (${state.isolatedCount})`, state.highlightIsolated, 'ro-map__toggle--isolated', { highlightIsolated: !state.highlightIsolated });

	const zoom = el.createDiv({ cls: 'ro-map__zoom' });
	for (const [action, text, label] of [['out', '−', 'Zoom out'], ['in', '+', 'Zoom in'], ['fit', 'Fit', 'Fit the map to the view']] as const) {
		zoom.createEl('button', { text, attr: { 'aria-label': label, 'data-control': `zoom-${action}` } }).addEventListener('click', () => handlers.onZoom(action));
	}
	el.createEl('button', { cls: 'ro-map__export', text: 'Export to canvas', attr: { 'data-control': 'export' } }).addEventListener('click', () => handlers.onExport());
	if (focusKey) el.querySelector<HTMLElement>(`[data-control="${focusKey}"]`)?.focus();
}
