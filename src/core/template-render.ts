/**
 * Renders a template's placeholders (DESIGN §4): `{{person}}`, `{{date}}`, `{{date:FORMAT}}`,
 * `{{time}}`, `{{title}}`, `{{organizer}}`, `{{followups}}`, and `{{kind}}` (`initial` for a first
 * talk, else `follow-up`). Placeholder names are case-insensitive; unknown ones stay as written.
 *
 * What a placeholder becomes depends on where it stands, so a name can never break the YAML or a
 * link: in the front matter a bare value is a safely quoted YAML scalar (people: a flow list), a
 * value inside `"…"` or `'…'` is escaped for that quoting; anywhere, `[[{{person}}]]` gets only the
 * link target. `{{followups}}` is the carried-forward block in the body and nothing in YAML.
 */
import { formatCalendarDate } from './template-date-format';
import type { CalendarDate } from './model';

/** The values a template is filled with. Link targets are already what the links must say. */
export interface TemplateValues {
	/** Link targets of the talk's people, in order (one for a 1-on-1, several for a group talk). */
	readonly persons: readonly string[];
	readonly date: CalendarDate;
	/** Local wall-clock time `HH:mm`. */
	readonly time: string;
	/** The new note's title (its basename). */
	readonly title: string;
	/** Link target of the organizer (you), when known. */
	readonly organizer?: string;
	/** The carried-forward block (Markdown lines), or '' when nothing is carried. */
	readonly followups: string;
	/** The conversation kind (`initial`, `follow-up`). */
	readonly kind?: string;
}

type Context = 'body' | 'yaml-bare' | 'yaml-double' | 'yaml-single' | 'yaml-list-item' | 'yaml-flow-item';

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)(?::([^{}]*))?\s*\}\}/g;

/** YAML words the core schema reads as something other than text. */
const YAML_SPECIAL = /^(?:true|false|null|~|yes|no|on|off|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;
/** A plain scalar that stays text: letters, digits, spaces, `.`, `-`, `/`, `_`, and `:` not followed by a space. */
const YAML_PLAIN_SAFE = /^[\p{L}\p{N}_][\p{L}\p{N}_ .\-/]*(?::[\p{L}\p{N}_.\-/]+)*$/u;

/** A YAML scalar for `text`: plain when that reads back as the same text, else double-quoted. */
export function quoteYamlScalar(text: string): string {
	if (text === '') return '""';
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	if (YAML_PLAIN_SAFE.test(text) && !YAML_SPECIAL.test(text) && !text.endsWith(' ')) return text;
	// A JSON string is a valid YAML double-quoted scalar.
	return JSON.stringify(text);
}

function escapeFor(context: Context, text: string): string {
	if (context === 'yaml-double') return JSON.stringify(text).slice(1, -1);
	if (context === 'yaml-single') return text.replace(/'/g, "''");
	return text;
}

/**
 * Whether a position inside a front-matter line is within an open `"…"` or `'…'`, and whether the
 * innermost flow collection open there (outside quotes) is a sequence `[` or a mapping `{`.
 */
function quotingAt(line: string, at: number): { quote: 'double' | 'single' | undefined; flow: '[' | '{' | undefined } {
	let quote: 'double' | 'single' | undefined;
	const flow: Array<'[' | '{'> = [];
	for (let i = 0; i < at; i++) {
		const char = line[i];
		if (quote === 'double') {
			if (char === '\\') i++;
			else if (char === '"') quote = undefined;
		} else if (quote === 'single') {
			if (char === "'") quote = undefined;
		} else if (char === '"') quote = 'double';
		else if (char === "'") quote = 'single';
		else if (char === '[' || char === '{') flow.push(char);
		else if (char === ']' || char === '}') flow.pop();
		else if (char === '#' && (i === 0 || line[i - 1] === ' ')) return { quote: undefined, flow: undefined };
	}
	return { quote, flow: flow.at(-1) };
}

function contextAt(line: string, at: number, inYaml: boolean): Context {
	if (!inYaml) return 'body';
	const { quote, flow } = quotingAt(line, at);
	if (quote === 'double') return 'yaml-double';
	if (quote === 'single') return 'yaml-single';
	// Inside `[…]` (`person: [{{person}}]`): the list's items, not a list nested in it.
	if (flow === '[') return 'yaml-flow-item';
	return /^\s*-\s+$/.test(line.slice(0, at)) ? 'yaml-list-item' : 'yaml-bare';
}

function renderLinks(targets: readonly string[], context: Context, insideLink: boolean, indent: string): string {
	// Unquoted in the properties, `[[Name]]` is YAML's list in a list: each name its own inner list
	// (`[["A"], ["B"]]`), quoted, so a group talk or a name with `:` or `"` stays readable YAML.
	if (insideLink && (context === 'yaml-bare' || context === 'yaml-flow-item')) return targets.map((target) => JSON.stringify(target)).join('], [');
	if (insideLink) return escapeFor(context, targets.join(']], [['));
	const links = targets.map((target) => `[[${target}]]`);
	switch (context) {
		case 'body': return links.join(', ');
		case 'yaml-double': case 'yaml-single': return escapeFor(context, links.join(', '));
		case 'yaml-list-item': return links.length === 0 ? '""' : links.map((link) => JSON.stringify(link)).join(`\n${indent}- `);
		case 'yaml-bare': return `[${links.map((link) => JSON.stringify(link)).join(', ')}]`;
		case 'yaml-flow-item': return links.map((link) => JSON.stringify(link)).join(', ');
	}
}

function renderText(text: string, context: Context): string {
	if (context === 'yaml-bare' || context === 'yaml-list-item' || context === 'yaml-flow-item') return text === '' ? '' : quoteYamlScalar(text);
	return escapeFor(context, text);
}

function renderOne(name: string, format: string | undefined, values: TemplateValues, context: Context, insideLink: boolean, indent: string): string | undefined {
	switch (name.toLowerCase()) {
		case 'person': return renderLinks(values.persons, context, insideLink, indent);
		case 'organizer': {
			const targets = values.organizer === undefined ? [] : [values.organizer];
			// One organizer: a single link, not a list.
			if (context === 'yaml-bare' && !insideLink) return targets.length === 0 ? '' : JSON.stringify(`[[${targets[0]}]]`);
			return renderLinks(targets, context, insideLink, indent);
		}
		case 'date': return renderText(format === undefined ? values.date : formatCalendarDate(values.date, format, values.time), context);
		case 'time': return renderText(values.time, context);
		case 'title': return renderText(values.title, context);
		case 'kind': return renderText(values.kind ?? '', context);
		case 'followups': return context === 'body' ? values.followups : '';
		default: return undefined;
	}
}

/**
 * Fills a template's placeholders with `values`. The front matter is the block between a first
 * line `---` and the next `---`; everything after it is body. Unknown placeholders stay as written.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
	const lines = template.split('\n');
	let inYaml = /^---\s*$/.test(lines[0] ?? '');
	const out: string[] = [];
	lines.forEach((line, index) => {
		if (inYaml && index > 0 && /^(?:---|\.\.\.)\s*$/.test(line)) {
			out.push(line);
			inYaml = false;
			return;
		}
		if (inYaml && index === 0) {
			out.push(line);
			return;
		}
		const indent = /^\s*/.exec(line)?.[0] ?? '';
		out.push(line.replace(PLACEHOLDER, (whole: string, name: string, format: string | undefined, at: number) => {
			const insideLink = line.slice(0, at).endsWith('[[') && /^(?:\]\]|\|)/.test(line.slice(at + whole.length));
			const rendered = renderOne(name, format, values, contextAt(line, at, inYaml), insideLink, indent);
			return rendered ?? whole;
		}));
	});
	return out.join('\n');
}
