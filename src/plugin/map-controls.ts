/**
 * The map's controls as state: what the toolbar (`map-toolbar.ts`) offers for a graph, what it
 * shows of the view's scope, filters and highlights, and the filters and highlights after a change.
 */
import { edgeKindOf, listWorkplaces, type MapFilters, type MapScope } from '../core/relationships/map-model';
import { ASSESSMENT_VALUES, type Settings } from '../settings';
import type { ToolbarChoices, ToolbarState } from './map-toolbar';
import type { MapData } from './read-map-graph';

const EDGE_KIND_LABELS: Readonly<Record<string, string>> = { talks: '1-on-1s', mentioned: 'Mentioned together' };

/** Which people the map marks: the connectors, and those with no ties. */
export interface MapHighlight {
	readonly connectors: boolean;
	readonly isolated: boolean;
}

/**
 * What the toolbar offers: the workplaces and people as shown, the assessments with their labels,
 * and the kinds of tie (each relationship of the settings, then the other kinds the graph has).
 */
export function describeToolbarChoices(data: MapData, settings: Settings): ToolbarChoices {
	const kinds = new Map<string, string>();
	for (const entry of settings.relationships) kinds.set(entry.property, entry.property);
	for (const edge of data.graph.edges) {
		const key = edgeKindOf(edge);
		if (!kinds.has(key)) kinds.set(key, EDGE_KIND_LABELS[key] ?? key);
	}
	return {
		workplaces: listWorkplaces(data.shown.nodes),
		total: data.shown.nodes.length,
		assessments: ASSESSMENT_VALUES.map((v) => ({ value: Number(v), label: settings.assessmentLabels[v] })),
		edgeKinds: [...kinds].map(([key, label]) => ({ key, label })),
	};
}

/** The toolbar's state from the view's scope, filters and highlights and the graph's counts. */
export function describeToolbarState(scope: MapScope, filters: MapFilters, highlight: MapHighlight, connectorCount: number, isolatedCount: number): ToolbarState {
	return {
		scope,
		assessment: filters.assessment,
		hideInactive: filters.hideInactive,
		hiddenEdgeKinds: filters.hiddenEdgeKinds,
		highlightConnectors: highlight.connectors,
		highlightIsolated: highlight.isolated,
		connectorCount,
		isolatedCount,
	};
}

/** The filters and highlights after a toolbar change; what the change leaves out stays as it was. */
export function applyToolbarChange(filters: MapFilters, highlight: MapHighlight, change: Partial<ToolbarState>): { readonly filters: MapFilters; readonly highlight: MapHighlight } {
	let next = highlight;
	if (change.highlightConnectors !== undefined) next = { ...next, connectors: change.highlightConnectors };
	if (change.highlightIsolated !== undefined) next = { ...next, isolated: change.highlightIsolated };
	return {
		filters: {
			assessment: change.assessment ?? filters.assessment,
			hideInactive: change.hideInactive ?? filters.hideInactive,
			hiddenEdgeKinds: change.hiddenEdgeKinds ?? filters.hiddenEdgeKinds,
		},
		highlight: next,
	};
}
