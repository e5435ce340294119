/**
 * How names are compared for redaction: split into words, each word folded so that every way of
 * writing it (NFC or NFD, as macOS writes file names; any case; Turkish `İ`/`ı`; full-width forms)
 * gives one key. Words are folded one at a time and replaced by their original span, so a fold that
 * changes a string's length (`İ` lower-cases to two code points) can never shift a match.
 */

/** One word of a text and where it is. */
export interface WordSpan {
	readonly start: number;
	readonly end: number;
	/** The folded word ({@link foldWord}). */
	readonly key: string;
	/** True for one character of a script written without spaces between words (Han, kana). */
	readonly unspaced: boolean;
}

// Han and kana run words together without spaces, so each of their characters is a word of its own
// and a name written in them matches as a sequence of characters.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\p{M}*|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
const MARKS = /\p{M}+/gu;

/**
 * The comparison key of one word: compatibility-decomposed, accents and other marks dropped, lower-cased,
 * dotless `ı` read as `i`. Redaction over-matches rather than misses: `Jose` and `José` are one key.
 */
export function foldWord(word: string): string {
	return word.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '').replace(/ı/g, 'i');
}

/** The words of a text, in order, with their folded keys. Linear in the text's length. */
export function splitWords(text: string): WordSpan[] {
	const out: WordSpan[] = [];
	WORD.lastIndex = 0;
	for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
		out.push({ start: match.index, end: match.index + match[0].length, key: foldWord(match[0]), unspaced: UNSPACED.test(match[0]) });
	}
	return out;
}

/** True when the text between two words of one name may join them (`Maria Lopez`, `Jo_Ann`, `O'Neil`, `Lopez-Ruiz`). */
export function isNameJoiner(between: string): boolean {
	return between.length <= 3 && /^[\s\-_.'’]*$/u.test(between);
}
