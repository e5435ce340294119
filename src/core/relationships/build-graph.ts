/**
 * Builds the relationship graph from one index revision (DESIGN §2, Relationships): typed relations
 * from person notes (forward and reverse keys, deduplicated, symmetric ones undirected), organizer →
 * person edges for held 1-on-1s, and "mentioned together" stars. Deterministic: nodes and edges are
 * sorted by id, so the read order of the files never shows.
 */
import type { CalendarDate } from '../model';
import { buildPeopleTable, type PeopleTable } from '../people';
import { sortInSteps } from '../sort-steps';
import { runSteps, type Steps } from '../steps';
import type { VaultIndex } from '../vault-index';
import { isHeldOn, readGraphSourceSteps, type PersonEntry } from './facts-adapter';
import type { GraphEdge, GraphNode, GraphOptions, RelationshipGraph, RelationStatedAs } from './graph-types';
import { basenameOf } from '../vault-paths';

/** How a vocabulary key reads: which forward relation it names and in which direction. */
interface KeyMeaning {
	readonly relation: string;
	readonly reverse: string;
	readonly symmetric: boolean;
	/** True when the key is the reverse name (`recruited` for `recruited-by`). */
	readonly reversed: boolean;
}

/** Key → meaning; an earlier vocabulary entry wins a key two entries claim. */
function readVocabulary(options: GraphOptions): Map<string, KeyMeaning> {
	const meanings = new Map<string, KeyMeaning>();
	for (const entry of options.relationships) {
		const property = entry.property.trim().toLowerCase();
		const reverse = entry.reverse.trim().toLowerCase() || property;
		if (!property) continue;
		const symmetric = property === reverse;
		if (!meanings.has(property)) meanings.set(property, { relation: property, reverse, symmetric, reversed: false });
		if (!symmetric && !meanings.has(reverse)) meanings.set(reverse, { relation: property, reverse, symmetric, reversed: true });
	}
	return meanings;
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Mutable node under construction. */
interface NodeDraft {
	id: string;
	name: string;
	/** The path the name was taken from, so unresolved names do not depend on read order. */
	namedBy: string;
	person?: PersonEntry;
	organizer: boolean;
}

/**
 * Builds the graph for `today` (held 1-on-1s, last contact). Pure: same index content, options and
 * today, same graph. `people` is the derivation's people table for the same index and `yourName`
 * when the caller has one (built here otherwise).
 */
export function buildRelationshipGraph(index: VaultIndex, options: GraphOptions, today: CalendarDate, people?: PeopleTable): RelationshipGraph {
	return runSteps(buildRelationshipGraphSteps(index, options, today, people ?? buildPeopleTable(index, options.yourName)));
}

/** References (relations, talks, nodes) handled between two pause points of {@link buildRelationshipGraphSteps}. */
const ITEMS_PER_STEP = 100;

/**
 * {@link buildRelationshipGraph} in steps, over the derivation's people table: each `yield` is a
 * point where a caller on the main thread may pause for a macrotask (issue 15). Run to its end, it
 * gives exactly the graph {@link buildRelationshipGraph} gives.
 */
export function* buildRelationshipGraphSteps(index: VaultIndex, options: GraphOptions, today: CalendarDate, people: PeopleTable): Steps<RelationshipGraph> {
	let done = 0;
	const vocabulary = readVocabulary(options);
	const source = yield* readGraphSourceSteps(index, new Set(vocabulary.keys()), people);
	const drafts = new Map<string, NodeDraft>();
	for (const person of source.people) {
		if (++done % (ITEMS_PER_STEP * 4) === 0) yield undefined;
		drafts.set(person.key, { id: person.key, name: person.name, namedBy: '', person, organizer: false });
	}

	/** A node for a reference, or undefined when it is a note that is not a person (a workplace). */
	const nodeFor = (target: string, namedBy: string): NodeDraft | undefined => {
		const key = source.keyOf(target, namedBy);
		if (source.isOtherNote(key)) return undefined;
		let draft = drafts.get(key);
		if (!draft) {
			const name = key.startsWith('?') ? (target.split(/[\\/]/).pop() || target).trim() : basenameOf(key);
			draft = { id: key, name, namedBy, organizer: false };
			drafts.set(key, draft);
		} else if (!draft.person && draft.id.startsWith('?') && namedBy < draft.namedBy) {
			draft.name = (target.split(/[\\/]/).pop() || target).trim();
			draft.namedBy = namedBy;
		}
		return draft;
	};

	const relations = new Map<string, { from: string; to: string; meaning: KeyMeaning; forward: boolean; backward: boolean }>();
	for (const statement of source.statements) {
		for (const { key, target } of statement.relations) {
			if (++done % ITEMS_PER_STEP === 0) yield undefined;
			const meaning = vocabulary.get(key);
			const other = nodeFor(target.target, statement.key);
			if (!meaning || !other || other.id === statement.key) continue;
			// "A recruited B" is "B recruited-by A": stored once, in the forward direction.
			const from = meaning.reversed ? other.id : statement.key;
			const to = meaning.reversed ? statement.key : other.id;
			// A symmetric edge reads as its note wrote it; stated by both notes, from the smaller id.
			const id = meaning.symmetric && to < from ? `rel:${meaning.relation}:${to}--${from}` : `rel:${meaning.relation}:${from}${meaning.symmetric ? '--' : '->'}${to}`;
			const found = relations.get(id);
			if (!found) relations.set(id, { from, to, meaning, forward: !meaning.reversed, backward: meaning.reversed });
			else if (meaning.symmetric && found.from !== from) {
				found.backward = true;
				if (to < from) [found.from, found.to] = [to, from];
				else [found.from, found.to] = [from, to];
			} else if (meaning.reversed) found.backward = true;
			else found.forward = true;
		}
	}

	const talkEdges = new Map<string, { from: string; to: string; count: number; lastDate: CalendarDate }>();
	const mentioned = new Map<string, { from: string; to: string; talks: Set<string> }>();
	// Organizers become nodes before any body link is read, so whether a link names a known person
	// does not depend on the order of the notes.
	for (const talk of source.talks) {
		if (++done % ITEMS_PER_STEP === 0) yield undefined;
		const organizer = talk.organizer ? nodeFor(talk.organizer.target, talk.path) : undefined;
		if (organizer) organizer.organizer = true;
	}
	for (const talk of source.talks) {
		if (++done % ITEMS_PER_STEP === 0) yield undefined;
		const organizer = talk.organizer ? nodeFor(talk.organizer.target, talk.path) : undefined;
		const persons = new Set<string>();
		for (const person of talk.persons) {
			const node = nodeFor(person.target, talk.path);
			if (node) persons.add(node.id);
		}
		if (organizer && isHeldOn(talk.date, talk, today)) {
			for (const person of persons) {
				if (person === organizer.id) continue;
				const id = `talk:${organizer.id}->${person}`;
				const edge = talkEdges.get(id) ?? { from: organizer.id, to: person, count: 0, lastDate: talk.date };
				edge.count++;
				if (talk.date > edge.lastDate) edge.lastDate = talk.date;
				talkEdges.set(id, edge);
			}
		}
		if (!options.mentionedTogether) continue;
		for (const link of talk.bodyLinks) {
			if (++done % ITEMS_PER_STEP === 0) yield undefined;
			const key = source.keyOf(link.target, talk.path);
			// Only people: a known person or relation target, never an issue or workplace note.
			const linked = drafts.get(key);
			if (!linked || key === organizer?.id || persons.has(key)) continue;
			for (const person of persons) {
				if (person === organizer?.id) continue;
				const [from, to] = person < key ? [person, key] : [key, person];
				const id = `mention:${from}--${to}`;
				const edge = mentioned.get(id) ?? { from, to, talks: new Set<string>() };
				edge.talks.add(talk.path);
				mentioned.set(id, edge);
			}
		}
	}

	const edges: GraphEdge[] = [];
	for (const [id, r] of relations) {
		if (++done % (ITEMS_PER_STEP * 4) === 0) yield undefined;
		const statedAs: RelationStatedAs = r.forward && r.backward ? 'both' : r.forward ? 'forward' : 'reverse';
		edges.push({ kind: 'relation', id, from: r.from, to: r.to, relation: r.meaning.relation, reverse: r.meaning.reverse, symmetric: r.meaning.symmetric, statedAs });
	}
	for (const [id, t] of talkEdges) {
		if (++done % (ITEMS_PER_STEP * 4) === 0) yield undefined;
		edges.push({ kind: 'talks', id, from: t.from, to: t.to, count: t.count, lastDate: t.lastDate });
	}
	for (const [id, m] of mentioned) {
		if (++done % (ITEMS_PER_STEP * 4) === 0) yield undefined;
		edges.push({ kind: 'mentioned', id, from: m.from, to: m.to, count: m.talks.size });
	}
	const sortedEdges = yield* sortInSteps(edges, (a, b) => compareIds(a.id, b.id));

	const nodes: GraphNode[] = [];
	for (const draft of drafts.values()) {
		if (++done % ITEMS_PER_STEP === 0) yield undefined;
		nodes.push(describeNode(draft, source.isYou(draft.id), today));
	}
	const sortedNodes = yield* sortInSteps(nodes, (a, b) => compareIds(a.id, b.id));
	return { nodes: unifyWorkplaces(sortedNodes, source.keyOf), edges: sortedEdges };
}

/**
 * One spelling per workplace, and per department within it. A workplace is a reference, and
 * references resolve case-insensitively (DESIGN §2): `warehouse 4`, `"[[Warehouse 4]]"` and
 * `"[[Places/Warehouse 4|WH4]]"` are one place, named by its note when it has one, else as the
 * first person (by id) spells it. So the canvas draws one group, not two, and the map's workplace
 * menu lists it once. `nodes` are sorted by id, which makes the choice independent of read order.
 */
function unifyWorkplaces(nodes: readonly GraphNode[], keyOf: (reference: string, fromPath: string) => string): GraphNode[] {
	const spellings = new Map<string, string>();
	const spell = (key: string, text: string): string => {
		const known = spellings.get(key);
		if (known !== undefined) return known;
		spellings.set(key, text);
		return text;
	};
	return nodes.map((node) => {
		if (node.workplace === undefined && node.department === undefined) return node;
		const place = node.workplace === undefined ? '' : keyOf(node.workplace, node.id);
		const workplace = node.workplace === undefined ? undefined : spell(place, place.startsWith('?') ? node.workplace : basenameOf(place));
		const department = node.department === undefined ? undefined : spell(`${place}\u0000${node.department.trim().toLowerCase()}`, node.department);
		return workplace === node.workplace && department === node.department ? node : { ...node, workplace, department };
	});
}

/** A node's profile for today: held talks, last contact and current assessment (DESIGN §2–§3). */
function describeNode(draft: NodeDraft, you: boolean, today: CalendarDate): GraphNode {
	const person = draft.person;
	const profile = person?.note?.profile;
	const held = (person?.talks ?? []).filter((t) => isHeldOn(t.date, t.talk, today));
	let lastContact = held.length > 0 ? held[held.length - 1].date : undefined;
	const logged = profile?.lastContact;
	if (logged && logged <= today && (!lastContact || logged > lastContact)) lastContact = logged;
	let assessment = profile?.assessment;
	for (let i = held.length - 1; assessment === undefined && i >= 0; i--) assessment = held[i].talk.assessment;
	return {
		id: draft.id,
		name: draft.name,
		kind: person?.note ? 'note' : 'unresolved',
		path: person?.note?.path,
		aliases: person?.note?.aliases ?? [],
		organizer: draft.organizer,
		you,
		assessment,
		role: profile?.role,
		workplace: profile?.workplace,
		department: profile?.department,
		status: profile?.status,
		heldTalks: held.length,
		lastContact,
	};
}
