/**
 * The one name matcher behind every redacted view (`--redact`, privacy mode, next the map and the
 * canvas): a trie over folded words, built once per derivation, that replaces every name, alias and
 * single word of a name in a text by a label, in one pass over the text's words.
 *
 * Cost: building is linear in the total length of the names; {@link NameMatcher.redact} is linear in
 * the text (each word starts at most one walk, and a walk is as long as the longest name in words).
 */
import { foldWord, isLowerCaseWord, isNameJoiner, splitWords, type WordSpan } from './fold-name';

/** A person to redact: the name the label is made from, and the other names that stand for them. */
export interface RedactionName {
	readonly name: string;
	readonly aliases: readonly string[];
	/**
	 * Set for a name guessed from a title (a 1-on-1's file name that names nobody, `Lunch on the
	 * dock`): the whole name is matched, but of its words alone only those not written in lower case,
	 * which are not names on their own (`on`, `the`). Any other source of the same name clears it.
	 */
	readonly capitalizedWordsOnly?: boolean;
	/**
	 * Display texts of links to the person (`[[Maria Lopez|the boss's niece]]`): each matched whole,
	 * and of its words alone only those not written in lower case, like a guessed name's.
	 */
	readonly displayAliases?: readonly string[];
}

/** Replaces names in texts by labels. Build it with {@link buildNameMatcher}. */
export interface NameMatcher {
	/**
	 * The label shown for a person: their initials (one letter per word, `Maria Lopez` → `ML`, a digit
	 * added when two people share them), or `Person 3` when initials would give the name away (a
	 * script without letter initials such as Han, or a name whose initials spell it).
	 */
	labelOf(name: string): string;
	/** `text` with every known name, alias and word of a name, in any case and Unicode form, replaced by its label. */
	redact(text: string): string;
}

interface TrieNode {
	next?: Map<string, TrieNode>;
	/** Set when a whole name or alias ends here. */
	label?: string;
	/** Set when a single word of some name ends here (a surname alone, a first name alone). */
	wordLabel?: string;
	/** The people whose names have this word, for {@link TrieNode.wordLabel}. */
	owners?: Set<string>;
}

function isCased(char: string): boolean {
	return char.toUpperCase() !== char.toLowerCase();
}

/** The words of a name as folded keys, with the first character of each as written. */
function wordsOf(name: string): { keys: string[]; spans: WordSpan[] } {
	const spans = splitWords(name);
	return { keys: spans.map((s) => s.key), spans };
}

/**
 * Initials of a name (`Maria Lopez` → `ML`, `jo-anne chen` → `JAC`), or undefined when they would
 * show more than a letter per word or spell the name: a word that does not start with a cased
 * letter or a digit (Han, kana, Hangul, Arabic…), or every word one character long.
 */
export function findInitials(name: string): string | undefined {
	const words = splitWords(name).map((s) => Array.from(name.slice(s.start, s.end).normalize('NFC')));
	if (words.length === 0) return undefined;
	if (words.every((w) => w.length === 1)) return undefined;
	let out = '';
	for (const word of words) {
		const first = word[0];
		if (!isCased(first) && !/\p{N}/u.test(first)) return undefined;
		out += first.toUpperCase();
	}
	return out;
}

/**
 * A label for one name without a matcher: its initials, or `Person` when initials would give it
 * away. Views that show several people should use a matcher's {@link NameMatcher.labelOf} instead,
 * which also keeps two people with the same initials apart.
 */
export function toInitials(name: string): string {
	return findInitials(name) ?? 'Person';
}

function insert(root: TrieNode, keys: readonly string[]): TrieNode {
	let node = root;
	for (const key of keys) {
		node.next ??= new Map();
		let child = node.next.get(key);
		if (!child) {
			child = {};
			node.next.set(key, child);
		}
		node = child;
	}
	return node;
}

function lookup(root: TrieNode, keys: readonly string[]): TrieNode | undefined {
	let node: TrieNode | undefined = root;
	for (const key of keys) node = node?.next?.get(key);
	return node;
}

/** A word worth matching alone: not a number (dates and counts stay) and longer than a letter. */
function isMatchableAlone(span: WordSpan): boolean {
	return !span.unspaced && Array.from(span.key).length > 1 && !/^\p{N}+$/u.test(span.key);
}

/**
 * Builds the matcher for a set of people. Labels are given in sorted name order, so they do not
 * depend on the order the names come in; a person listed twice (same folded name) is one person.
 * Where a word is both one person's name and another's word, the whole name wins; a word shared by
 * several people stands alone as its initial.
 */
export function buildNameMatcher(people: readonly RedactionName[]): NameMatcher {
	const byKey = new Map<string, { name: string; aliases: string[]; displayAliases: string[]; keys: string[]; capitalizedWordsOnly: boolean }>();
	for (const person of people) {
		const { keys } = wordsOf(person.name);
		if (keys.length === 0) continue;
		const id = keys.join(' ');
		const guessed = person.capitalizedWordsOnly === true;
		const entry = byKey.get(id) ?? { name: person.name.trim(), aliases: [], displayAliases: [], keys, capitalizedWordsOnly: guessed };
		entry.aliases.push(...person.aliases);
		entry.displayAliases.push(...(person.displayAliases ?? []));
		if (!guessed) entry.capitalizedWordsOnly = false;
		byKey.set(id, entry);
	}
	const sorted = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

	// Every folded word of every name: a label that reads as one of them (`AL` for a person called Al)
	// would look like a name, so it becomes a numbered label instead.
	const nameWords = new Set<string>();
	for (const [, entry] of sorted) for (const name of [entry.name, ...entry.aliases, ...entry.displayAliases]) for (const s of splitWords(name)) nameWords.add(s.key);

	const root: TrieNode = {};
	const used = new Map<string, number>();
	let numbered = 0;
	for (const [id, entry] of sorted) {
		const initials = findInitials(entry.name);
		let label: string;
		if (initials === undefined) label = `Person ${++numbered}`;
		else {
			const count = (used.get(initials) ?? 0) + 1;
			used.set(initials, count);
			label = count === 1 ? initials : `${initials}${count}`;
			if (nameWords.has(foldWord(label))) label = `Person ${++numbered}`;
		}
		const names = [entry.name, ...entry.aliases, ...entry.displayAliases];
		for (let at = 0; at < names.length; at++) {
			const name = names[at];
			const capitalizedOnly = at === 0 ? entry.capitalizedWordsOnly : at > entry.aliases.length;
			const spans = splitWords(name);
			if (spans.length === 0) continue;
			const node = insert(root, spans.map((s) => s.key));
			node.label ??= label;
			for (const span of spans) {
				if (!isMatchableAlone(span)) continue;
				if (capitalizedOnly && isLowerCaseWord(name.slice(span.start, span.end))) continue;
				const word = insert(root, [span.key]);
				(word.owners ??= new Set()).add(id);
				word.wordLabel = word.owners.size === 1 ? label : sharedWordLabel(name.slice(span.start, span.end));
			}
			// A run of Han or kana written together (`山田 太郎` → `山田`) is a word of its own too.
			for (const run of unspacedRuns(spans, name)) {
				const word = insert(root, run);
				(word.owners ??= new Set()).add(id);
				word.wordLabel = word.owners.size === 1 ? label : 'Person';
			}
		}
	}

	const labelOfNode = (node: TrieNode): string | undefined => node.label ?? node.wordLabel;
	// Folding a non-ASCII word normalizes it twice; texts repeat the same few words, so remember them.
	const folded = new Map<string, string>();
	const fold = (word: string): string => {
		let key = folded.get(word);
		if (key === undefined) {
			key = foldWord(word);
			if (folded.size > 50_000) folded.clear();
			folded.set(word, key);
		}
		return key;
	};

	return {
		labelOf: (name) => {
			const node = lookup(root, wordsOf(name).keys);
			return (node && labelOfNode(node)) ?? findInitials(name) ?? 'Person';
		},
		redact: (text) => {
			const words = splitWords(text, fold);
			if (words.length === 0) return text;
			let out = '';
			let copied = 0;
			for (let i = 0; i < words.length; ) {
				let node = root.next?.get(words[i].key);
				let bestEnd = -1;
				let bestLabel = '';
				for (let j = i; node; ) {
					const label = labelOfNode(node);
					if (label !== undefined) {
						bestEnd = j;
						bestLabel = label;
					}
					const next = words[j + 1];
					if (!next || !node.next) break;
					const between = text.slice(words[j].end, next.start);
					const joined = between === '' ? words[j].unspaced || next.unspaced : isNameJoiner(between);
					if (!joined) break;
					node = node.next.get(next.key);
					j++;
				}
				if (bestEnd < 0) {
					i++;
					continue;
				}
				out += text.slice(copied, words[i].start) + bestLabel;
				copied = words[bestEnd].end;
				i = bestEnd + 1;
			}
			return out + text.slice(copied);
		},
	};
}

/** A word shared by several people shows as its initial, or as `Person` when that would be the word itself. */
function sharedWordLabel(word: string): string {
	const first = Array.from(word.normalize('NFC'))[0] ?? '';
	return isCased(first) ? first.toUpperCase() : 'Person';
}

/** Maximal runs (two or more) of Han or kana characters written together. */
function unspacedRuns(spans: readonly WordSpan[], text: string): string[][] {
	const runs: string[][] = [];
	let run: string[] = [];
	for (let i = 0; i < spans.length; i++) {
		const joined = i > 0 && spans[i].unspaced && spans[i - 1].unspaced && text.slice(spans[i - 1].end, spans[i].start) === '';
		if (!joined) {
			if (run.length > 1) runs.push(run);
			run = [];
		}
		if (spans[i].unspaced) run.push(spans[i].key);
	}
	if (run.length > 1) runs.push(run);
	return runs;
}
