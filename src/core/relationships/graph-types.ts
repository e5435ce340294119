/**
 * Types of the relationship graph (DESIGN §2, Relationships): who the nodes are, the typed edges
 * between them, and the options that shape them. Plain readonly data, shared by the map view, the
 * canvas export and the CLI.
 */
import type { CalendarDate } from '../model';
import type { RelationType } from '../relations';

/** What shapes the graph; the plugin and the CLI pass the matching settings. */
export interface GraphOptions {
	/** The relation vocabulary (settings `relationships`). */
	readonly relationships: readonly RelationType[];
	/** Whether "mentioned together" edges are derived (settings `mentionedTogether`). */
	readonly mentionedTogether: boolean;
	/** The "Your name" setting ('' = each note's organizer), for who counts as you. */
	readonly yourName: string;
}

/** A node: a person note, or a name used without a note of its own. */
export interface GraphNode {
	/** Stable identity: the person note's path, or `?` + the normalized name when unresolved. */
	readonly id: string;
	/** The note's basename, or the name as written when unresolved. */
	readonly name: string;
	/** 'note' when there is a person note (`path` is set), else 'unresolved'. */
	readonly kind: 'note' | 'unresolved';
	/** The person note's path. */
	readonly path?: string;
	/** The person note's `aliases` (for search). */
	readonly aliases: readonly string[];
	/** True when the node organized at least one 1-on-1. */
	readonly organizer: boolean;
	/** True when the node is you ("Your name", or an organizer when it is empty). */
	readonly you: boolean;
	/** Current assessment: the note's, else the newest held 1-on-1 that sets one. */
	readonly assessment?: number;
	readonly role?: string;
	/** The workplace's link target or text. */
	readonly workplace?: string;
	readonly department?: string;
	/** `status` lower-cased. */
	readonly status?: string;
	/** Held 1-on-1s with this person (dated on or before today; one of today still being prepared is planned). */
	readonly heldTalks: number;
	/** Latest held 1-on-1 or `last-contact` (≤ today). */
	readonly lastContact?: CalendarDate;
}

/** Which side wrote a typed relation: the forward key (`from`'s note), the reverse key (`to`'s note), or both. */
export type RelationStatedAs = 'forward' | 'reverse' | 'both';

/** An edge between two nodes (ids of {@link GraphNode}). */
export type GraphEdge =
	| {
			/** A typed relation from the vocabulary. */
			readonly kind: 'relation';
			readonly id: string;
			/** For a directed relation, `from relation to` reads as written: A recruited-by B. */
			readonly from: string;
			readonly to: string;
			/** The forward key (`recruited-by`), also for edges written with the reverse key. */
			readonly relation: string;
			/** The reverse key (`recruited`); equal to `relation` when symmetric. */
			readonly reverse: string;
			/**
			 * Symmetric relations are one undirected edge: from the note that states it, or from the
			 * smaller id when both notes do.
			 */
			readonly symmetric: boolean;
			/** Directed: which key(s) wrote it. Symmetric: 'forward' when one note states it, 'both' when both do. */
			readonly statedAs: RelationStatedAs;
	  }
	| {
			/** Organizer → person for held 1-on-1s. */
			readonly kind: 'talks';
			readonly id: string;
			readonly from: string;
			readonly to: string;
			readonly count: number;
			readonly lastDate: CalendarDate;
	  }
	| {
			/** A talk's person and another person linked in its body (undirected, from < to by id). */
			readonly kind: 'mentioned';
			readonly id: string;
			readonly from: string;
			readonly to: string;
			/** Number of 1-on-1 notes that put the two together. */
			readonly count: number;
	  };

/** The whole graph, nodes and edges sorted by id (the same for the same vault, whatever the read order). */
export interface RelationshipGraph {
	readonly nodes: readonly GraphNode[];
	readonly edges: readonly GraphEdge[];
}

/** The label an edge shows: the relation key, "1-on-1 ×N", or "mentioned together". */
export function labelEdge(edge: GraphEdge): string {
	if (edge.kind === 'relation') return edge.relation;
	if (edge.kind === 'talks') return edge.count === 1 ? '1-on-1' : `1-on-1s ×${edge.count}`;
	return 'mentioned together';
}
