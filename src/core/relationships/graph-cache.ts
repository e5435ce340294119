/**
 * One graph per index revision, today and options: the map view and the export ask for it as often
 * as they like, and it is rebuilt only after the vault changed. Metrics and layout hang off the
 * graph object (see `measureGraph`, `layoutGraph`), so they are cached with it.
 */
import type { CalendarDate } from '../model';
import type { PeopleTable } from '../people';
import { buildPeopleTable } from '../people';
import { runSteps, type Steps } from '../steps';
import type { VaultIndex } from '../vault-index';
import { buildRelationshipGraphSteps } from './build-graph';
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
		return runSteps(this.getSteps(options, today, people));
	}

	/** {@link get} in steps (issue 15): returns at once, without yielding, when the graph is cached. */
	*getSteps(options: GraphOptions, today: CalendarDate, people?: PeopleTable): Steps<RelationshipGraph> {
		const last = this.last;
		const revision = this.index.revision;
		if (last && last.revision === revision && last.today === today && last.options === options) return last.graph;
		const graph = yield* buildRelationshipGraphSteps(this.index, options, today, people ?? buildPeopleTable(this.index, options.yourName));
		// A change to the index while the steps ran makes this graph a mix of two revisions: not cached.
		if (this.index.revision === revision) this.last = { revision, today, options, graph };
		return graph;
	}
}
