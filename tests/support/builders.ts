/**
 * Note builders for tests: the text of a person note or a 1-on-1 note, written the way an organizer
 * writes them (DESIGN §2), so a test states only what matters to it.
 */

/** A front-matter value: text as written in YAML, or a list (each item quoted). */
export type PropertyText = string | readonly string[];

function frontMatter(properties: Readonly<Record<string, PropertyText | undefined>>): string {
	const lines = Object.entries(properties)
		.filter((entry): entry is [string, PropertyText] => entry[1] !== undefined)
		.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : `[${value.map((item) => JSON.stringify(item)).join(', ')}]`}`);
	return `---\n${lines.join('\n')}\n---\n`;
}

/** A person note: `type: person`, then the given properties in order, then `body`. */
export function person(properties: Readonly<Record<string, PropertyText | undefined>> = {}, body = ''): string {
	return frontMatter({ type: 'person', ...properties }) + body;
}

/** What a 1-on-1 has besides its person and date. */
export interface TalkOptions {
	/** Lines under `## Organize` (tasks); no Organize section when absent. */
	readonly organize?: string;
	/** The organizer; default you, Sam Rivera. `null` leaves the property out. */
	readonly organizer?: string | null;
	/** More properties, after the standard ones. */
	readonly properties?: Readonly<Record<string, PropertyText | undefined>>;
}

/**
 * A 1-on-1 note with `who` (a link target: a name or a path) on `date`, organized by Sam Rivera,
 * with `organize` as the lines of its Organize section.
 */
export function talk(who: string, date: string, options: TalkOptions = {}): string {
	const organizer = options.organizer === undefined ? 'Sam Rivera' : options.organizer;
	const head = frontMatter({
		type: 'one-on-one',
		person: [`[[${who}]]`],
		date,
		organizer: organizer === null ? undefined : `"[[${organizer}]]"`,
		...options.properties,
	});
	return options.organize === undefined ? head : `${head}## Organize\n${options.organize}\n`;
}
