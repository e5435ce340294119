/**
 * The relationship vocabulary (DESIGN §2, Relationships): which property and inline-field keys link
 * people, and what each one reads as from the other end.
 */

/** One relation of the relationship vocabulary. */
export interface RelationType {
	/** Property / inline-field key, lower-case, e.g. `recruited-by`. */
	readonly property: string;
	/** Key of the reverse relation; equal to `property` for symmetric ones. */
	readonly reverse: string;
}
