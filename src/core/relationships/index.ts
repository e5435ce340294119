/** The relationship graph's public API: build (cached), metrics, layout, canvas export and merge. */
export { buildRelationshipGraph, buildRelationshipGraphSteps } from './build-graph';
export { RelationshipGraphCache } from './graph-cache';
export { measureGraph, measureGraphSteps, measureBetweenness, CONNECTOR_MIN_PART, type Connector, type GraphMetrics } from './graph-metrics';
export { layoutGraph, computeLayout, unitKeyOf, type Box, type GraphLayout, type LayoutUnit } from './graph-layout';
export { exportCanvas, escapeMarkdownText, OUR_ID_PREFIX, type CanvasExport, type CanvasExportOptions } from './canvas-export';
export { mergeCanvas, type MergeResult } from './canvas-merge';
export { validateJsonCanvas, type JsonCanvas, type CanvasNode, type CanvasEdge } from './json-canvas';
export { redactGraph } from './redact-graph';
export { toGraphJson, type GraphJson } from './graph-json';
export * from './graph-types';
