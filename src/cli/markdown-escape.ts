/**
 * Escaping for the Markdown report: note text and names show as written (no link, emphasis, HTML
 * or new line is created), and links to notes can never be ended or split by the file name.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes Markdown so note text shows as written (no links, emphasis, HTML, math or new lines are
 * created): every Markdown punctuation gets a backslash, control characters become spaces.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(CONTROL, ' ').replace(/[\\`*_{}[\]<>()#+|!~=%^&$]/g, (c) => `\\${c}`);
}

/** Characters a wiki link's target or label cannot hold safely: they end it, split it, or add markup. */
const UNSAFE_IN_WIKILINK = /[[\]|#^<>\\`\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A link to a vault path: a wiki link (the `.md` dropped) when the path and label are plain, else a
 * Markdown link whose target is percent-encoded and whose label is escaped, so a file name holding
 * `]]`, a new line or `<img …>` can never end the link or inject markup.
 */
export function linkTo(path: string, label?: string): string {
	const target = path.replace(/\.md$/i, '');
	if (!UNSAFE_IN_WIKILINK.test(target) && (label === undefined || !UNSAFE_IN_WIKILINK.test(label))) {
		return label ? `[[${target}|${label}]]` : `[[${target}]]`;
	}
	// Parentheses too: an unbalanced one would end the link destination.
	const href = path.split('/').map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))).join('/');
	return `[${escapeMarkdown(label ?? target)}](${href})`;
}
