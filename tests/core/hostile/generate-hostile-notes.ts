/**
 * Hostile notes generated at test time (issue #16): each class of input a security review found,
 * built from a few parameters instead of stored files, so the suite can grow them to any size.
 */

/** One generated note: where it goes, its text, and what the test expects of it. */
export interface HostileNote {
	readonly name: string;
	readonly path: string;
	readonly text: string;
	/** 'text': a valid note whose hostile text must be indexed as text; 'broken': goes to Notes to fix. */
	readonly expect: 'text' | 'broken' | 'survives';
}

const PAYLOADS = [
	'<script>globalThis.__pwned = 1</script>',
	'<img src=x onerror="globalThis.__pwned = 2">',
	'[click](javascript:globalThis.__pwned=3)',
	'![[secret.png]]',
	'\u001b]52;c;cHduZWQ=\u0007',
	'\u001b[2J\u001b[31mFAKE',
];

/** A person note's front matter. */
function person(extra = ''): string {
	return `---\ntype: person\n${extra}---\n`;
}

/** A 1-on-1 with `person` set to `who` and one task. */
function oneOnOne(who: string, task: string, heading = 'Organize'): string {
	return `---\ntype: one-on-one\nperson: ${JSON.stringify(`[[${who}]]`)}\ndate: 2026-11-10\n---\n## ${heading}\n- [ ] ${task} 📅 2026-11-20\n`;
}

/** Every hostile note the suite runs, generated. */
export function generateHostileNotes(): HostileNote[] {
	const notes: HostileNote[] = [];
	PAYLOADS.forEach((payload, index) => {
		notes.push({ name: `payload ${index} in a task, heading and property`, path: `1-on-1s/2026-11-10 payload ${index}.md`, text: oneOnOne(`Jo ${index}`, `ask ${payload} now`, `Organize ${payload}`), expect: 'text' });
		notes.push({ name: `payload ${index} in a person property`, path: `People/Payload ${index}.md`, text: person(`role: ${JSON.stringify(payload)}\n`), expect: 'text' });
	});
	notes.push({ name: '---js front matter', path: '1-on-1s/2026-11-11 js.md', text: '---js\n{ type: "one-on-one", person: (globalThis.__pwned = 4) }\n---\nbody', expect: 'broken' });
	notes.push({ name: '---javascript front matter', path: '1-on-1s/2026-11-12 javascript.md', text: '---javascript\nglobalThis.__pwned = 5\n---\nbody', expect: 'broken' });
	notes.push({ name: 'unclosed YAML', path: 'People/Unclosed.md', text: '---\ntype: person\nrole: "open\n', expect: 'survives' });
	notes.push({ name: 'binary YAML', path: 'People/Binary.md', text: `---\ntype: person\n${String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i))}\n---\n`, expect: 'broken' });
	notes.push({ name: 'alias bomb (node count)', path: 'People/Bomb.md', text: aliasBomb(), expect: 'broken' });
	notes.push({ name: 'alias bomb (size: 100 KB string × 9,000)', path: 'People/Size bomb.md', text: sizeBomb(100_000, 9_000), expect: 'broken' });
	notes.push({ name: 'nested `- ` 2,150 deep in YAML', path: 'People/Nested.md', text: person(`x:\n${'- '.repeat(2150)}a\n`), expect: 'broken' });
	notes.push({ name: 'nested flow lists 5,000 deep in YAML', path: 'People/Flow.md', text: person(`x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`), expect: 'broken' });
	notes.push({ name: 'NUL bytes', path: 'People/Nul\u0000.md', text: person('role: "a\\0b"\n') + 'body\u0000\u0000', expect: 'text' });
	notes.push({ name: 'lone surrogates', path: 'People/Lone.md', text: person('role: "\\uD800 x \\uDFFF"\n') + '\ud800', expect: 'text' });
	notes.push({ name: 'RTL and zero-width characters', path: 'People/\u202eevil\u200b.md', text: person('role: "\u202e\u2066\u200b"\n'), expect: 'text' });
	notes.push({ name: '5 MB one-line note', path: 'Notes/one line.md', text: `- [ ] ${'x'.repeat(5 * 1024 * 1024)}`, expect: 'survives' });
	notes.push({ name: '5 MB of [', path: 'Notes/brackets.md', text: '['.repeat(5 * 1024 * 1024), expect: 'survives' });
	notes.push({ name: 'deep list nesting in the body', path: '1-on-1s/2026-11-13 deep.md', text: oneOnOne('Deep', 'x') + '- '.repeat(20_000) + 'x\n' + '>'.repeat(20_000) + ' x\n', expect: 'survives' });
	for (const char of ['|', '#', '^', '[', ']', ':', '*', '?', '"', '<', '>', '\\']) {
		notes.push({ name: `name with ${char}`, path: `People/Ana ${char} Ruiz.md`, text: person(), expect: 'text' });
	}
	notes.push({ name: 'names equal up to case', path: 'People/ana ruiz.md', text: person(), expect: 'text' });
	notes.push({ name: 'names equal up to Unicode normalization (NFD)', path: 'People/Jose\u0301.md', text: person(), expect: 'text' });
	notes.push({ name: 'names equal up to Unicode normalization (NFC)', path: 'People/Jos\u00e9.md', text: person(), expect: 'text' });
	notes.push({ name: 'a person called ../../outside', path: '1-on-1s/2026-11-14 outside.md', text: oneOnOne('../../outside', 'escape'), expect: 'text' });
	notes.push({ name: 'sync-conflict copy', path: '1-on-1s/2026-11-10 payload 0 (conflicted copy 2026-11-11).md', text: oneOnOne('Jo 0', 'copy'), expect: 'survives' });
	notes.push({ name: 'sync-conflict copy (Syncthing)', path: 'People/Jo.sync-conflict-20261111-101010-ABCDEFG.md', text: person(), expect: 'survives' });
	return notes;
}

/** The classic billion-laughs: nine levels of nine aliases each. */
export function aliasBomb(): string {
	const lines = ['---', 'type: person', 'a0: &a0 ["lol"]'];
	for (let level = 1; level <= 9; level++) {
		lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
	}
	return `${lines.join('\n')}\n---\n`;
}

/** One anchored string of `size` characters aliased `count` times: few nodes, a huge expansion. */
export function sizeBomb(size: number, count: number): string {
	return `---\ntype: person\na: &a "${'x'.repeat(size)}"\nb: [${Array.from({ length: count }, () => '*a').join(', ')}]\n---\n`;
}
