/**
 * Who a person is, as the people table keys them: a note or an unresolved name, and the map key
 * of either. Apart from people.ts so that the modules it uses (commitment ownership) can name them.
 */
import type { LinkRef } from './model';

/**
 * Who a reference points at: a note (by path), or, when nothing resolves, a name (normalized, last
 * path segment only: `[[People/Jo Chen]]` and `[[Jo Chen]]` both create `Jo Chen.md`).
 */
export type PersonId =
	| { readonly kind: 'note'; readonly path: string }
	| { readonly kind: 'unresolved'; readonly name: string };

/** A map key for a {@link PersonId}: equal ids give equal keys, and a path never equals a name's key. */
export type PersonKey = string & { readonly __personKey: true };

/** The map key of a person id (opaque: never shown, never parsed back). */
export function toPersonKey(id: PersonId): PersonKey {
	return (id.kind === 'note' ? `note:${id.path}` : `name:${id.name}`) as PersonKey;
}

/** A person id with its key. */
export interface PersonIdentity {
	readonly key: PersonKey;
	readonly id: PersonId;
}

/** Who a link is, seen from the note that makes it. */
export type Identify = (link: LinkRef, fromPath: string) => PersonIdentity;
