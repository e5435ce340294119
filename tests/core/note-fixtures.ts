/** Fixture folders under tests/fixtures/notes: a note and its hand-written expected facts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', 'fixtures', 'notes');

/** Every fixture: its note file name, text and expected facts. */
export function loadNoteFixtures(): Array<{ name: string; file: string; text: string; expected: Record<string, unknown> }> {
	return readdirSync(root).sort().map((name) => {
		const file = readdirSync(join(root, name)).find((entry) => entry.endsWith('.md'));
		if (file === undefined) throw new Error(`fixture ${name} has no .md file`);
		return {
			name,
			file,
			text: readFileSync(join(root, name, file), 'utf8'),
			expected: JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Record<string, unknown>,
		};
	});
}

