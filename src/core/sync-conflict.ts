/**
 * Sync-conflict copies (DESIGN §3, Notes to fix): the names sync tools give a second copy of a note
 * they could not merge. Such a copy is only listed under Notes to fix; it is indexed nowhere else, so
 * its talks and commitments are not counted twice.
 */

/**
 * The copy names, each anchored at the end of the basename, where the tools put them: Syncthing
 * `.sync-conflict-YYYYMMDD-HHMMSS-DEVICE`, Dropbox `(Sam's conflicted copy 2026-11-20)`,
 * Nextcloud/ownCloud `(conflicted copy 2026-11-20 101010)`, iCloud and Obsidian Sync
 * `(conflict 2026-11-20…)`. A talk *about* a conflict (`Jo Chen (conflict with supervisor)`,
 * `Jo Chen shift conflict 2026-11-21`) matches none of them.
 */
const COPY_NAMES: readonly RegExp[] = [
	/\.sync-conflict-\d{8}-\d{6}(?:-[A-Za-z0-9]+)?$/,
	/\([^()]*\bconflicted copy\b[^()]*\)$/i,
	/\(conflict \d{4}-\d{2}-\d{2}[^()]*\)$/i,
];

/** True when a note's basename (no folder, no `.md`) is a sync tool's conflict-copy name. */
export function isSyncConflictCopy(basename: string): boolean {
	return COPY_NAMES.some((pattern) => pattern.test(basename.trim()));
}
