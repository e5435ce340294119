import { describe, expect, it } from 'vitest';
import { indexNotes } from '../../builders/fixture-vault';
import { buildRelationshipGraph, RelationshipGraphCache, type GraphOptions, type RelationshipGraph } from '../../../src/core/relationships';
import { DEFAULT_SETTINGS } from '../../../src/settings';

const TODAY = '2026-11-29';
const OPTIONS: GraphOptions = { relationships: DEFAULT_SETTINGS.relationships, mentionedTogether: true, yourName: '' };

const person = (props = '', body = ''): string => `---\ntype: person\n${props}---\n${body}`;
const talk = (who: string, date: string, organizer = 'Sam Rivera', body = ''): string =>
	`---\ntype: one-on-one\nperson: ["[[${who}]]"]\ndate: ${date}\norganizer: "[[${organizer}]]"\n---\n${body}`;

/** Edges as `from relation to` with the note basenames, for reading at a glance. */
function relationLines(graph: RelationshipGraph): string[] {
	const name = (id: string): string => graph.nodes.find((n) => n.id === id)?.name ?? id;
	return graph.edges
		.filter((e) => e.kind === 'relation')
		.map((e) => (e.kind === 'relation' ? `${name(e.from)} ${e.relation} ${name(e.to)} (${e.symmetric ? 'undirected' : 'directed'}, ${e.statedAs})` : ''))
		.sort();
}

describe('typed relations', () => {
	it.each([
		['knows'],
		['friends'],
		['family'],
		['works-with'],
	])('a symmetric %s is one undirected edge, also when both notes state it', (relation) => {
		const one = buildRelationshipGraph(
			indexNotes({ 'People/Ana Ruiz.md': person(`${relation}: ["[[Jo Chen]]"]\n`), 'People/Jo Chen.md': person() }),
			OPTIONS,
			TODAY,
		);
		expect(relationLines(one)).toEqual([`Ana Ruiz ${relation} Jo Chen (undirected, forward)`]);
		const both = buildRelationshipGraph(
			indexNotes({
				'People/Ana Ruiz.md': person(`${relation}: ["[[Jo Chen]]"]\n`),
				'People/Jo Chen.md': person(`${relation}: "[[Ana Ruiz]]"\n`),
			}),
			OPTIONS,
			TODAY,
		);
		expect(relationLines(both)).toEqual([`Ana Ruiz ${relation} Jo Chen (undirected, both)`]);
	});

	it.each([
		['recruited-by', 'recruited'],
		['leads', 'led-by'],
		['influences', 'influenced-by'],
	])('%s and its reverse %s written on the two notes are one directed edge', (forward, reverse) => {
		const forwardOnly = buildRelationshipGraph(
			indexNotes({ 'People/Ana Ruiz.md': person(`${forward}: "[[Sam Rivera]]"\n`), 'People/Sam Rivera.md': person() }),
			OPTIONS,
			TODAY,
		);
		expect(relationLines(forwardOnly)).toEqual([`Ana Ruiz ${forward} Sam Rivera (directed, forward)`]);
		const reverseOnly = buildRelationshipGraph(
			indexNotes({ 'People/Ana Ruiz.md': person(), 'People/Sam Rivera.md': person(`${reverse}: ["[[Ana Ruiz]]"]\n`) }),
			OPTIONS,
			TODAY,
		);
		expect(relationLines(reverseOnly)).toEqual([`Ana Ruiz ${forward} Sam Rivera (directed, reverse)`]);
		const both = buildRelationshipGraph(
			indexNotes({
				'People/Ana Ruiz.md': person(`${forward}: "[[Sam Rivera]]"\n`),
				'People/Sam Rivera.md': person(`${reverse}: ["[[Ana Ruiz]]"]\n`),
			}),
			OPTIONS,
			TODAY,
		);
		expect(relationLines(both)).toEqual([`Ana Ruiz ${forward} Sam Rivera (directed, both)`]);
		const edge = both.edges[0];
		expect(edge.kind === 'relation' && edge.reverse).toBe(reverse);
	});

	it('reads Dataview inline fields in the body, bracketed or not, and deduplicates them with properties', () => {
		const graph = buildRelationshipGraph(
			indexNotes({
				'People/Ana Ruiz.md': person('knows: "[[Jo Chen]]"\n', 'Met at the picnic. knows:: [[Jo Chen]]\nRecruited By:: [[Sam Rivera]]\n- (leads:: [[Dev Patel]])\n'),
				'People/Jo Chen.md': person(),
				'People/Sam Rivera.md': person(),
				'People/Dev Patel.md': person(),
			}),
			OPTIONS,
			TODAY,
		);
		expect(relationLines(graph)).toEqual([
			'Ana Ruiz knows Jo Chen (undirected, forward)',
			'Ana Ruiz leads Dev Patel (directed, forward)',
			'Ana Ruiz recruited-by Sam Rivera (directed, forward)',
		]);
	});

	it('makes unresolved relation targets nodes, and skips targets that are notes of another kind', () => {
		const graph = buildRelationshipGraph(
			indexNotes({
				'People/Ana Ruiz.md': person('knows: ["[[Hector Vega]]", "[[Warehouse 4]]", "[[Ana Ruiz]]"]\n'),
				'Warehouse 4.md': '# Warehouse 4\n',
			}),
			OPTIONS,
			TODAY,
		);
		expect(graph.nodes.map((n) => [n.name, n.kind])).toEqual([
			['Hector Vega', 'unresolved'],
			['Ana Ruiz', 'note'],
		]);
		expect(relationLines(graph)).toEqual(['Ana Ruiz knows Hector Vega (undirected, forward)']);
	});

	it('follows an edited vocabulary and ignores keys outside it', () => {
		const options: GraphOptions = { ...OPTIONS, relationships: [{ property: 'mentors', reverse: 'mentored-by' }] };
		const graph = buildRelationshipGraph(
			indexNotes({
				'People/Ana Ruiz.md': person('mentors: "[[Jo Chen]]"\nknows: "[[Sam Rivera]]"\n'),
				'People/Jo Chen.md': person('mentored-by: "[[Ana Ruiz]]"\n'),
			}),
			options,
			TODAY,
		);
		expect(relationLines(graph)).toEqual(['Ana Ruiz mentors Jo Chen (directed, both)']);
	});
});

describe('derived edges', () => {
	it('draws organizer → person for held 1-on-1s with their count and last date, planned ones not counted', () => {
		const graph = buildRelationshipGraph(
			indexNotes({
				'People/Maria Lopez.md': person('assessment: 2\nworkplace: "[[Warehouse 4]]"\ndepartment: Night shift\nrole: committee\n'),
				'1-on-1s/2026-11-01 Maria Lopez.md': talk('Maria Lopez', '2026-11-01'),
				'1-on-1s/2026-11-20 Maria Lopez.md': talk('Maria Lopez', '2026-11-20'),
				'1-on-1s/2026-12-05 Maria Lopez.md': talk('Maria Lopez', '2026-12-05'),
			}),
			OPTIONS,
			TODAY,
		);
		const talks = graph.edges.filter((e) => e.kind === 'talks');
		expect(talks).toEqual([
			{ kind: 'talks', id: 'talk:?sam rivera->People/Maria Lopez.md', from: '?sam rivera', to: 'People/Maria Lopez.md', count: 2, lastDate: '2026-11-20' },
		]);
		const maria = graph.nodes.find((n) => n.name === 'Maria Lopez');
		expect(maria).toMatchObject({ kind: 'note', assessment: 2, role: 'committee', workplace: 'Warehouse 4', department: 'Night shift', heldTalks: 2, lastContact: '2026-11-20' });
		expect(graph.nodes.find((n) => n.name === 'Sam Rivera')).toMatchObject({ kind: 'unresolved', organizer: true, you: true, heldTalks: 0 });
	});

	it('draws a star from the talk\'s person to each other person linked in its body, the organizer excluded, not every pair', () => {
		const body = 'Talked about [[Jo Chen]], [[Dev Patel]] and [[Ana Ruiz]]. [[Sam Rivera]] will call. See [[Mandatory overtime]].\n';
		const notes = {
			'People/Maria Lopez.md': person(),
			'People/Jo Chen.md': person(),
			'People/Dev Patel.md': person(),
			'People/Ana Ruiz.md': person(),
			'1-on-1s/2026-11-20 Maria Lopez.md': talk('Maria Lopez', '2026-11-20', 'Sam Rivera', body),
		};
		const graph = buildRelationshipGraph(indexNotes(notes), OPTIONS, TODAY);
		const name = (id: string): string => graph.nodes.find((n) => n.id === id)?.name ?? id;
		const mentioned = graph.edges.filter((e) => e.kind === 'mentioned').map((e) => `${name(e.from)} — ${name(e.to)}`).sort();
		expect(mentioned).toEqual(['Ana Ruiz — Maria Lopez', 'Dev Patel — Maria Lopez', 'Jo Chen — Maria Lopez']);
		expect(graph.nodes.some((n) => n.name === 'Mandatory overtime')).toBe(false);

		const off = buildRelationshipGraph(indexNotes(notes), { ...OPTIONS, mentionedTogether: false }, TODAY);
		expect(off.edges.filter((e) => e.kind === 'mentioned')).toEqual([]);
	});

	it('counts no mention for a link New 1-on-1 copied into the carried-forward block: that is last talk\'s, not this one\'s', () => {
		const carried = [
			'## Uplift',
			'%% ro:carried-forward %%',
			'- Offer support: Ask [[Jo Chen]] about the petition — [[2026-11-20 Maria Lopez]]',
			'%% /ro:carried-forward %%',
			'',
		].join('\n');
		const notes = {
			'People/Maria Lopez.md': person(),
			'People/Jo Chen.md': person(),
			'1-on-1s/2026-11-20 Maria Lopez.md': talk('Maria Lopez', '2026-11-20', 'Sam Rivera', '- [ ] Ask [[Jo Chen]] about the petition\n'),
			'1-on-1s/2026-11-27 Maria Lopez.md': talk('Maria Lopez', '2026-11-27', 'Sam Rivera', `${carried}We talked about the rota.\n`),
		};
		const graph = buildRelationshipGraph(indexNotes(notes), OPTIONS, TODAY);
		const mentioned = graph.edges.filter((e) => e.kind === 'mentioned');
		expect(mentioned).toHaveLength(1);
		expect(mentioned[0]).toMatchObject({ count: 1 });
	});

	it('is the same graph whatever order the notes were indexed in', () => {
		const notes: [string, string][] = [
			['People/Ana Ruiz.md', person('knows: ["[[Jo Chen]]", "[[Hector Vega]]"]\nrecruited-by: "[[Sam Rivera]]"\n')],
			['People/Jo Chen.md', person('knows: "[[Ana Ruiz]]"\n')],
			['1-on-1s/2026-11-20 Jo Chen.md', talk('Jo Chen', '2026-11-20', 'Sam Rivera', 'With [[Ana Ruiz]] and [[hector vega]].\n')],
			['1-on-1s/2026-11-02 Hector.md', talk('Hector Vega', '2026-11-02')],
			// Links to an organizer who has no note, named by another talk.
			['1-on-1s/2026-11-03 Jo Chen.md', talk('Jo Chen', '2026-11-03', 'Sam Rivera', 'Ask [[Lee Park]] to join.\n')],
			['1-on-1s/2026-11-04 Ana Ruiz.md', talk('Ana Ruiz', '2026-11-04', 'Lee Park')],
		];
		const forward = buildRelationshipGraph(indexNotes(Object.fromEntries(notes)), OPTIONS, TODAY);
		const backward = buildRelationshipGraph(indexNotes(Object.fromEntries([...notes].reverse())), OPTIONS, TODAY);
		expect(backward).toEqual(forward);
		expect(forward.edges.filter((e) => e.kind === 'mentioned').map((e) => `${e.from} — ${e.to}`)).toContain('?lee park — People/Jo Chen.md');
	});
});

describe('the graph cache', () => {
	it('returns the same graph until the index changes', () => {
		const index = indexNotes({ 'People/Ana Ruiz.md': person('knows: "[[Jo Chen]]"\n') });
		const cache = new RelationshipGraphCache(index);
		const first = cache.get(OPTIONS, TODAY);
		expect(cache.get(OPTIONS, TODAY)).toBe(first);
		index.remove('People/Ana Ruiz.md');
		expect(cache.get(OPTIONS, TODAY)).not.toBe(first);
		expect(cache.get(OPTIONS, TODAY).nodes).toEqual([]);
	});
});

describe('relative links (issue #13)', () => {
	it('a relation value or inline field written as a relative link resolves from the linking note\'s folder', () => {
		const graph = buildRelationshipGraph(
			indexNotes({
				'Chapter/Ana Ruiz.md': person('knows: ["[[../Archive/People/Maria Lopez|Maria]]"]\n', 'works-with:: [[./Jo Chen]]\n'),
				// By name alone these would win (shortest path): the relative links name the others.
				'People/Maria Lopez.md': person(),
				'Archive/People/Maria Lopez.md': person(),
				'People/Jo Chen.md': person(),
				'Chapter/Jo Chen.md': person(),
			}),
			OPTIONS,
			TODAY,
		);
		const lines = graph.edges.filter((e) => e.kind === 'relation').map((e) => (e.kind === 'relation' ? `${e.from} ${e.relation} ${e.to}` : ''));
		expect(lines.sort()).toEqual(['Chapter/Ana Ruiz.md knows Archive/People/Maria Lopez.md', 'Chapter/Ana Ruiz.md works-with Chapter/Jo Chen.md']);
		expect(graph.nodes.some((n) => n.id.startsWith('?'))).toBe(false);
	});

	it('a relative link in a talk\'s body is the same person for "mentioned together"', () => {
		const graph = buildRelationshipGraph(
			indexNotes({
				'1-on-1s/2026-11-20 Ana Ruiz.md': talk('../People/Ana Ruiz', '2026-11-20', 'Sam Rivera', 'She says [[../Archive/Jo Chen|Jo]] is angry.\n'),
				'People/Ana Ruiz.md': person(),
				'People/Sam Rivera.md': person(),
				'Jo Chen.md': person(),
				'Archive/Jo Chen.md': person(),
			}),
			OPTIONS,
			TODAY,
		);
		expect(graph.edges.map((e) => `${e.kind} ${e.from} ${e.to}`).sort()).toEqual([
			'mentioned Archive/Jo Chen.md People/Ana Ruiz.md',
			'talks People/Sam Rivera.md People/Ana Ruiz.md',
		]);
	});
});
