/**
 * Vault paths in one place: normalizing, folder membership, basenames, the file-name sanitizer and
 * the `(2)`, `(3)` collision suffix. The index, the exclusion rules, New 1-on-1, Create note and the
 * canvas export all go through these, so a name can never escape its folder or overwrite a note.
 */

/** A vault path as Obsidian writes it: `/` separators, no doubled, leading or trailing `/`. */
export function normalizeVaultPath(path: string): string {
	return path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '').trim();
}

/** True when `path` is inside `folder` (a vault-relative folder path; '' is the vault root). */
export function isInFolder(path: string, folder: string): boolean {
	if (!folder) return true;
	return path.toLowerCase().startsWith(`${folder.toLowerCase()}/`);
}

/**
 * True when `path` is inside an organizing folder (people, 1-on-1s) whose setting is `folder`: an
 * empty setting puts new notes at the vault root, but the root implies no type (every untyped note
 * of the vault would be a person), so it holds no note in this sense.
 */
export function isInOrganizingFolder(path: string, folder: string | undefined): boolean {
	return folder !== undefined && folder !== '' && isInFolder(path, folder);
}

/** The file name of a path without its folder and its `.md` extension (`People/Jo.md` → `Jo`). */
export function basenameOf(path: string): string {
	// By hand (what is after the last `/`, less a `.md` in any case): every note asks it, and the
	// split and the pattern were a measurable part of reading one.
	const start = path.lastIndexOf('/') + 1;
	let end = path.length;
	if (end - start >= 3 && path.charCodeAt(end - 3) === 0x2e && (path.charCodeAt(end - 2) | 0x20) === 0x6d && (path.charCodeAt(end - 1) | 0x20) === 0x64) end -= 3;
	return path.slice(start, end);
}

/** The folder of a path, '' for the vault root (`People/Jo.md` → `People`). */
export function folderOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '' : path.slice(0, slash);
}

/** Joins a folder and a file name into a normalized vault path. */
export function joinVaultPath(folder: string, name: string): string {
	const cleanFolder = normalizeVaultPath(folder);
	return cleanFolder ? `${cleanFolder}/${name}` : name;
}

/** Windows refuses these names with any extension (`CON.md`, `com1.md`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Characters no file name may hold on some platform Obsidian runs on (Windows, macOS, Linux,
 * Android, iOS), plus those Obsidian itself refuses because they break links: `#`, `^`, `[`, `]`,
 * `|`. Control characters, bidi controls and the Unicode line separators are removed too, so a name
 * can never fake a line or reorder a path in a report.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f*"\\/<>:|?#^[\]\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/** Bytes most file systems allow in one name; we stay well under, leaving room for ` (99).md`. */
const MAX_NAME_LENGTH = 180;
/** The same bound in UTF-8 bytes (Linux, macOS and Android allow 255 per name): 180 CJK characters are 540. */
const MAX_NAME_BYTES = 200;

function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/** Drops unpaired UTF-16 surrogates, which no file system can store as UTF-8. */
function dropLoneSurrogates(text: string): string {
	return Array.from(text).filter((char) => {
		const code = char.charCodeAt(0);
		return char.length === 2 || code < 0xd800 || code > 0xdfff;
	}).join('');
}

/**
 * Turns a person's name (or any title) into a safe file name without extension: forbidden
 * characters become spaces, whitespace collapses, leading dots and trailing dots/spaces go, Windows
 * device names get a `_` after the device name, and very long names are cut at a whole code point. Never returns
 * an empty string, `.` or `..`, so the result always stays inside the folder it is joined to.
 */
export function sanitizeFileName(name: string): string {
	let out = dropLoneSurrogates(name).normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim();
	out = out.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
	// Windows reads the part before the first dot (trailing spaces ignored) as the device name, so
	// `NUL..x` and `CON .x` are reserved too: the `_` goes right after that part
	// (before the length cut, so the cut name stays within bounds).
	const stem = (out.split('.')[0] ?? '').trimEnd();
	if (WINDOWS_RESERVED.test(stem)) out = `${stem}_${out.slice(stem.length)}`;
	if (out.length > MAX_NAME_LENGTH) {
		out = Array.from(out).slice(0, MAX_NAME_LENGTH).join('');
		while (out.length > MAX_NAME_LENGTH) out = Array.from(out).slice(0, -1).join('');
		out = out.replace(/[.\s]+$/u, '');
	}
	if (utf8Length(out) > MAX_NAME_BYTES) {
		const chars = Array.from(out);
		while (utf8Length(chars.join('')) > MAX_NAME_BYTES) chars.pop();
		out = chars.join('').replace(/[.\s]+$/u, '');
	}
	return out || 'Untitled';
}

/**
 * The first free path for a new note: `<folder>/<name>.md`, else `<name> (2).md`, `(3)`, … It never
 * returns a path `exists` accepts, so a new note never overwrites one. `exists` should compare the
 * way the file system does (case-insensitively on Windows and macOS): pass a case-folding check.
 */
export function findFreeNotePath(folder: string, name: string, exists: (path: string) => boolean): string {
	const base = joinVaultPath(folder, name);
	if (!exists(`${base}.md`)) return `${base}.md`;
	for (let n = 2; ; n++) {
		const candidate = `${base} (${n}).md`;
		if (!exists(candidate)) return candidate;
	}
}

/**
 * The `(2)`, `(3)` suffix New 1-on-1 gives a second talk on one day: 1 for a name without one.
 * Used to order same-day talks (DESIGN §3).
 */
export function readCollisionSuffix(basename: string): number {
	const match = / \((\d{1,4})\)$/.exec(basename);
	return match ? Number(match[1]) : 1;
}
