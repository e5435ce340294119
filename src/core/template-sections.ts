/**
 * Which AEIOU sections a note has, and which of them hold content of their own: text outside
 * `%% … %%` comments and outside the carried-forward block. Insert 1-on-1 template refuses a note
 * that already has sections; the carried-forward block says which sections the last talk left empty.
 */
import { SECTION_KEYS } from './aeiou';
import type { SectionKey } from './model';
import { CARRIED_FORWARD_CLOSE, CARRIED_FORWARD_OPEN } from './carry-forward-marker';

/** Per section present in the note: whether it holds content of its own. */
export type SectionContent = ReadonlyMap<SectionKey, boolean>;

function readHeading(line: string): string | undefined {
	const match = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/.exec(line);
	if (!match) return undefined;
	// Matched in bold or with a trailing colon too, as the parser does.
	return (match[1] ?? '').replace(/^\*\*(.*)\*\*$/, '$1').replace(/^__(.*)__$/, '$1').replace(/:$/, '').trim().toLowerCase();
}

/**
 * Scans a note's text for the AEIOU section headings (case-insensitive, any level, outside fenced
 * code and front matter) and whether each has content. A heading that is no section ends one.
 */
export function readSectionContent(text: string, sectionNames: Readonly<Record<SectionKey, string>>): SectionContent {
	const byName = new Map<string, SectionKey>();
	for (const key of SECTION_KEYS) byName.set(sectionNames[key].trim().toLowerCase(), key);
	const lines = text.split(/\r\n|\r|\n/);
	let start = 0;
	if (/^---\s*$/.test(lines[0] ?? '')) {
		const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
		if (close > 0) start = close + 1;
	}
	const found = new Map<SectionKey, boolean>();
	let current: SectionKey | undefined;
	let fence: string | undefined;
	let inComment = false;
	let inCarried = false;
	for (let index = start; index < lines.length; index++) {
		const line = lines[index];
		if (fence === undefined && !inComment) {
			const heading = readHeading(line);
			if (heading !== undefined) {
				current = byName.get(heading);
				if (current !== undefined && !found.has(current)) found.set(current, false);
				continue;
			}
		}
		if (line.trim() === CARRIED_FORWARD_OPEN) { inCarried = true; continue; }
		if (line.trim() === CARRIED_FORWARD_CLOSE) { inCarried = false; continue; }
		let visible = line;
		if (fence !== undefined) {
			if (line.trim().startsWith(fence)) fence = undefined;
		} else if (!inComment) {
			const open = /^\s*(`{3,}|~{3,})/.exec(line);
			if (open) fence = open[1];
		}
		if (fence === undefined) {
			// Strip `%% … %%`, which may span lines.
			let out = '';
			const parts = line.split('%%');
			parts.forEach((part, i) => {
				if (i > 0) inComment = !inComment;
				if (!inComment) out += part;
			});
			visible = out;
		}
		if (current !== undefined && !inCarried && visible.trim() !== '') found.set(current, true);
	}
	return found;
}

/**
 * The 0-based line where writing a new talk starts: in the first AEIOU section, after its prompt
 * comment when the next line is one. When the note has no section (a user's template without
 * them), the first line below its front matter, else 0: never inside the properties.
 */
export function findFirstSectionLine(text: string, sectionNames: Readonly<Record<SectionKey, string>>): number {
	const names = new Set(SECTION_KEYS.map((key) => sectionNames[key].trim().toLowerCase()));
	const lines = text.split(/\r\n|\r|\n/);
	for (let i = 0; i < lines.length; i++) {
		const heading = readHeading(lines[i]);
		if (heading === undefined || !names.has(heading)) continue;
		const line = /^\s*%%.*%%\s*$/.test(lines[i + 1] ?? '') ? i + 2 : i + 1;
		return Math.min(line, lines.length - 1);
	}
	if (!/^---\s*$/.test(lines[0] ?? '')) return 0;
	const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
	return close > 0 ? Math.min(close + 1, lines.length - 1) : 0;
}

/**
 * The AEIOU sections a talk left without content of its own, for the carried-forward block's
 * "Last time: no …" hint: those missing from the parser's `stagesWithContent` (what Explain shows),
 * or undefined when the talk's text has no AEIOU section at all (then no hint is given).
 */
export function findEmptySections(text: string, stagesWithContent: readonly SectionKey[], sectionNames: Readonly<Record<SectionKey, string>>): SectionKey[] | undefined {
	if (readSectionContent(text, sectionNames).size === 0) return undefined;
	const covered = new Set(stagesWithContent);
	return SECTION_KEYS.filter((key) => !covered.has(key));
}
