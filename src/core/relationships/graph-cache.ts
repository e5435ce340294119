/**
 * One graph per index revision, today and options: the map view and the export ask for it as often
 * as they like, and it is rebuilt only after the vault changed. Metrics and layout hang off the
 * graph object (see `measureGraph`, `layoutGraph`), so they are cached with it.
 */
import type { CalendarDate } from '../model';
import type { PeopleTable } from '../people';
import type { VaultIndex } from '../vault-index';
import { buildRelationshipGraph } from './build-graph';
import type { GraphOptions, RelationshipGraph } from './graph-types';

/** Caches the graph of one index. */
export class RelationshipGraphCache {
	private last: { revision: number; today: CalendarDate; options: GraphOptions; graph: RelationshipGraph } | undefined;

	constructor(private readonly index: VaultIndex) {}

	/**
	 * The graph for the index's current revision; the same object until the index or inputs change.
	 * `people`, when given, is the derivation's people table for this revision (not walked again).
	 */
	get(options: GraphOptions, today: CalendarDate, people?: PeopleTable): RelationshipGraph {
		const last = this.last;
		if (last && last.revision === this.index.revision && last.today === today && last.options === options) return last.graph;
		const graph = buildRelationshipGraph(this.index, options, today, people);
		this.last = { revision: this.index.revision, today, options, graph };
		return graph;
	}
}
