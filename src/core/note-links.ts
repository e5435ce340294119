/**
 * What a link the plugin writes says (DESIGN §2): an existing note by its real basename, or by its
 * path (without `.md`) when the basename is ambiguous; a name with no note yet as the file name the
 * sanitizer would give it, so clicking the link creates a safe file.
 */
import { basenameOf, sanitizeFileName } from './vault-paths';

/** Who a link points to: a note by its path, or a name without a note. */
export type LinkTarget = { readonly kind: 'note'; readonly path: string } | { readonly kind: 'unresolved'; readonly name: string };

/** What deciding a link needs from the vault. */
export interface LinkLookup {
	/** The path our resolver gives a reference (VaultIndex.resolve). */
	readonly resolve: (reference: string) => string | undefined;
	/** How many notes have this basename (case-insensitively); when omitted, only the resolver decides. */
	readonly countNamed?: (basename: string) => number;
}

/**
 * The link target text for `target`. A basename shared by several notes is path-qualified even when
 * our resolver would pick the right one, because Obsidian's own resolver breaks ties differently.
 */
export function formatLinkTarget(target: LinkTarget, lookup: LinkLookup): string {
	if (target.kind === 'unresolved') return sanitizeFileName(target.name);
	const basename = basenameOf(target.path);
	// A note not indexed yet (just created) is unknown to the resolver; the file count still decides.
	const resolved = lookup.resolve(basename);
	const unique = (resolved === target.path || (resolved === undefined && lookup.countNamed !== undefined)) && (lookup.countNamed?.(basename) ?? 1) <= 1;
	return unique ? basename : target.path.replace(/\.md$/i, '');
}
