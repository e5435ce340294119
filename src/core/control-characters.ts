/**
 * Characters that are invisible in a name yet change how the text around them shows: C0/C1
 * controls, Unicode line/paragraph separators and the bidi controls that can reorder a line
 * ("Trojan Source"). Shared by exports that put names where a reader must see them as written.
 */

/** Line breaks and tabs: they separate words, so they become one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Other C0/C1 controls and the bidi marks, embeddings, overrides and isolates: dropped. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes control and bidi characters from one line of text: line breaks and tabs become a single
 * space (a name stays one line, words stay apart), every other control or bidi character is dropped.
 */
export function stripControlCharacters(text: string): string {
	return text.replace(INVISIBLE, '').replace(BREAKS, ' ');
}
