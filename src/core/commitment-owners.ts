/**
 * Who owns each commitment of a talk (DESIGN §2): an `[owner:: …]` field, else a leading
 * `[[Name]]: ` when Name is a person or you, else the talk's first person; and whether it is yours.
 */
import type { Commitment, LinkRef, OneOnOneNoteFacts } from './model';
import type { Identify, PersonKey } from './person-identity';
import type { VaultIndex } from './vault-index';

/** A commitment with its note and the owner the rules gave it. */
export interface OwnedCommitment {
	readonly commitment: Commitment;
	readonly note: OneOnOneNoteFacts;
	/** The owner; undefined when the note names nobody. */
	readonly ownerKey?: PersonKey;
	readonly ownerName?: string;
	/** True when the owner is you. */
	readonly yours: boolean;
	/** How the owner was decided (DESIGN §2): `[owner:: …]`, a leading `[[Name]]: `, or the talk's first person. */
	readonly ownerRule?: OwnerRule;
}

/** Which rule chose a commitment's owner. */
export type OwnerRule = 'owner-field' | 'prefix' | 'first-person';

/** The commitments of one talk with their owners, given the people and who you are. */
export function ownCommitments(
	index: VaultIndex,
	note: OneOnOneNoteFacts,
	persons: readonly LinkRef[],
	identify: Identify,
	people: ReadonlyMap<PersonKey, { readonly name: string }>,
	youKeys: ReadonlySet<PersonKey>,
	yourName: string,
): OwnedCommitment[] {
	const keyOf = (link: LinkRef): PersonKey => identify(link, note.path).key;
	const nameOf = (link: LinkRef): string => {
		const { id, key } = identify(link, note.path);
		const person = people.get(key);
		if (person) return person.name;
		const resolved = id.kind === 'note' ? index.get(id.path) : undefined;
		return resolved ? resolved.basename : link.target;
	};
	const { conversation } = note;
	const organizerKey = conversation.organizer ? keyOf(conversation.organizer) : undefined;
	// With "Your name" empty, "you" is this note's organizer and no one else (DESIGN §2).
	const named = yourName.trim() !== '';
	const isYou = (key: PersonKey): boolean => (named ? youKeys.has(key) : key === organizerKey);
	// A person is anyone a talk names as `person`, whoever organized other notes: "you" is this note's
	// organizer only, so someone else's organizer named here owns the task their prefix names.
	const isPersonOrYou = (link: LinkRef): boolean => {
		const key = keyOf(link);
		return people.has(key) || isYou(key);
	};
	const out: OwnedCommitment[] = [];
	for (const commitment of note.commitments) {
		const owner = pickOwner(commitment, persons, isPersonOrYou);
		const ownerLink = owner?.link;
		const ownerKey = ownerLink ? keyOf(ownerLink) : undefined;
		const yours = ownerKey !== undefined && isYou(ownerKey);
		const ownerName = ownerLink ? nameOf(ownerLink) : undefined;
		out.push(owner ? { commitment, note, ownerKey, ownerName, yours, ownerRule: owner.rule } : { commitment, note, ownerKey, ownerName, yours });
	}
	return out;
}

/**
 * The owner of a commitment (DESIGN §2): `[owner:: …]`, else a leading `[[Name]]: ` when Name is a
 * person or you, else the conversation's first person.
 */
function pickOwner(
	commitment: Commitment,
	persons: readonly LinkRef[],
	isPersonOrYou: (link: LinkRef) => boolean,
): { readonly link: LinkRef; readonly rule: OwnerRule } | undefined {
	if (commitment.ownerField) return { link: commitment.ownerField, rule: 'owner-field' };
	if (commitment.ownerPrefix && isPersonOrYou(commitment.ownerPrefix)) return { link: commitment.ownerPrefix, rule: 'prefix' };
	return persons[0] ? { link: persons[0], rule: 'first-person' } : undefined;
}
