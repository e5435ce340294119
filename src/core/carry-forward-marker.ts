/**
 * The marker lines of the carried-forward block (the agreed contract between the templates, the
 * parser and the dashboard): the block in the Uplift section sits between these two lines, and what
 * is inside never counts as the talk's own content.
 */

/** The line that opens the carried-forward block. */
export const CARRIED_FORWARD_OPEN = '%% ro:carried-forward %%';

/** The line that closes it. */
export const CARRIED_FORWARD_CLOSE = '%% /ro:carried-forward %%';
