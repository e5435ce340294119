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
const UNSPACED = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const MARK = /^\p{M}$/u;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
// Invisible inside a word: `Ma\u00adria` and `Ma\u200bria` read as `Maria`, so they continue the
// word and are left out of its key. Unicode's default-ignorable code points are the characters a
// renderer draws as nothing: soft hyphen, zero-width space and joiners, word joiner, BOM, bidi
// marks, embeddings and isolates, invisible operators, Hangul fillers, variation selectors, tags.
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const INVISIBLES = /\p{Default_Ignorable_Code_Point}/gu;
/** The letters whose case folding lower-casing does not give (CaseFolding.txt), and dotless `ı`. */
const CASE_FOLD: Readonly<Record<string, string>> = { ı: 'i', ß: 'ss', ς: 'σ' };
const CASE_FOLDS = /[ıßς]/g;

/**
 * The comparison key of one word: compatibility-decomposed, accents and other marks dropped, lower-cased,
 * dotless `ı` read as `i`, `ß` as `ss` and final `ς` as `σ` (Unicode case folding: `Strauß` is
 * `STRAUSS` in capitals, `Παππάς` is `ΠΑΠΠΑΣ`), invisible characters (a soft hyphen, a joiner)
 * dropped. Redaction over-matches rather than misses: `Jose` and `José` are one key.
 */
export function foldWord(word: string): string {
	if (ASCII.test(word)) return word.toLowerCase();
	return word.replace(INVISIBLES, '').normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '').replace(CASE_FOLDS, (c) => CASE_FOLD[c]);
}

/**
 * The words of a text, in order, with their folded keys. Linear in the text's length. `fold` folds
 * one non-ASCII word (a memoizing {@link foldWord}, for a matcher that sees the same words often).
 */
export function splitWords(text: string, fold: (word: string) => string = foldWord): WordSpan[] {
	// A hand scan over character codes: a Unicode-property regex over every character is several
	// times slower, and most text is ASCII, which needs no property lookup at all.
	const out: WordSpan[] = [];
	let start = -1;
	let plain = true;
	const close = (end: number): void => {
		if (start < 0) return;
		const word = text.slice(start, end);
		out.push({ start, end, key: plain ? word.toLowerCase() : fold(word), unspaced: false });
		start = -1;
		plain = true;
	};
	for (let i = 0; i < text.length; ) {
		const c = text.charCodeAt(i);
		if (c < 128) {
			if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
				if (start < 0) start = i;
			} else close(i);
			i++;
			continue;
		}
		const code = text.codePointAt(i) ?? c;
		const size = code > 0xffff ? 2 : 1;
		const char = text.slice(i, i + size);
		if (UNSPACED.test(char)) {
			close(i);
			let end = i + size;
			while (end < text.length && MARK.test(text[end])) end++;
			out.push({ start: i, end, key: fold(text.slice(i, end)), unspaced: true });
			i = end;
			continue;
		}
		if (WORD_CHAR.test(char) || (start >= 0 && INVISIBLE.test(char))) {
			if (start < 0) start = i;
			plain = false;
		} else close(i);
		i += size;
	}
	close(text.length);
	return out;
}

/** True when the text between two words of one name may join them (`Maria Lopez`, `Jo_Ann`, `O'Neil`, `Lopez-Ruiz`). */
export function isNameJoiner(between: string): boolean {
	return between.length <= 3 && /^[\s\-_.'’]*$/u.test(between);
}

/** True when a word starts with a lower-case letter (`dock`; not `Dock`, `王`, `2nd`). */
export function isLowerCaseWord(word: string): boolean {
	const first = Array.from(word)[0] ?? '';
	return first !== first.toUpperCase() && first === first.toLowerCase();
}
