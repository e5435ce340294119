/**
 * Turns one demo source (`demo/notes/`, see its README) into the note the demo vault holds, through
 * the same templates engine as New 1-on-1 and New person. First every relative-date token
 * (`{{today}}`, `{{today+7}}`, `{{today-3}}`) becomes a calendar date counted from `today`. Then a
 * source of `type: one-on-one` is the built-in 1-on-1 template rendered for its person, date and
 * kind, with the source's own properties merged in by the one property merge and each section's
 * text written under that section's prompt; a source of `type: person` is the built-in person
 * template with the source's properties and text. Any other note is written as it is.
 */
import yaml from 'js-yaml';
import { DEFAULT_SECTION_NAMES, SECTION_KEYS } from '../core/aeiou';
import { CARRIED_FORWARD_CLOSE, CARRIED_FORWARD_OPEN } from '../core/carry-forward-marker';
import { addDays } from '../core/dates';
import { mergeFrontMatter } from '../core/frontmatter-merge';
import type { CalendarDate, SectionKey } from '../core/model';
import { buildOneOnOneTemplate, buildPersonTemplate } from '../core/template-builtin';
import { renderTemplate } from '../core/template-render';
import type { DemoSource } from './demo-source';

/** "You" in the demo: the `organizer` of every 1-on-1, and the plugin's "Your name". */
export const DEMO_ORGANIZER = 'Sam Rivera';

const TODAY_TOKEN = /\{\{\s*today\s*(?:([+-])\s*(\d{1,5})\s*)?\}\}/gi;

/** Replaces every `{{today}}`, `{{today+N}}` and `{{today-N}}` in `text` with that calendar date. */
export function fillTodayTokens(text: string, today: CalendarDate): string {
	return text.replace(TODAY_TOKEN, (_whole, sign: string | undefined, days: string | undefined) =>
		addDays(today, sign === undefined ? 0 : (sign === '-' ? -1 : 1) * Number(days)));
}

interface Parts {
	/** The YAML between the fences, without them. */
	readonly yaml: string;
	readonly properties: Readonly<Record<string, unknown>>;
	readonly body: string;
}

function splitSource(source: DemoSource): Parts {
	const lines = source.text.split('\n');
	const close = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
	if (close < 0) return { yaml: '', properties: {}, body: source.text };
	const text = lines.slice(1, close).join('\n');
	const loaded = yaml.load(text, { schema: yaml.CORE_SCHEMA });
	const properties = loaded !== null && typeof loaded === 'object' && !Array.isArray(loaded) ? (loaded as Record<string, unknown>) : {};
	return { yaml: text, properties, body: lines.slice(close + 1).join('\n') };
}

/** `[[Target]]` or `[[Target|alias]]` → `Target`. */
function linkTarget(value: unknown): string {
	const text = String(value);
	const match = /^\[\[([^\]|#]+)/.exec(text);
	return (match ? match[1] : text).trim();
}

/** The text before the first section heading, and each section's text by stage. */
function splitSections(body: string, path: string): { intro: string; sections: Map<SectionKey, string> } {
	const byHeading = new Map<string, SectionKey>(SECTION_KEYS.map((key) => [`## ${DEFAULT_SECTION_NAMES[key]}`, key]));
	const sections = new Map<SectionKey, string[]>();
	const intro: string[] = [];
	let current: string[] = intro;
	for (const line of body.split('\n')) {
		const key = byHeading.get(line.trim());
		if (key !== undefined) {
			if (sections.has(key)) throw new Error(`${path}: section "${line.trim()}" is written twice`);
			current = [];
			sections.set(key, current);
		} else if (/^#{1,2} /.test(line)) {
			throw new Error(`${path}: "${line}" is not an AEIOU section of the 1-on-1 template`);
		} else current.push(line);
	}
	const trimmed = new Map([...sections].map(([key, lines]) => [key, lines.join('\n').trim()] as const));
	return { intro: intro.join('\n').trim(), sections: trimmed };
}

function merge(note: string, propertiesYaml: string, path: string): string {
	const merged = mergeFrontMatter(note, `---\n${propertiesYaml}\n---\n`);
	if (merged.kind === 'refused') throw new Error(`${path}: ${merged.reason}`);
	return merged.text;
}

function renderOneOnOne(source: DemoSource, parts: Parts, followups: string): string {
	const { person, date, kind } = parts.properties;
	const persons = person === undefined || person === null ? [] : (Array.isArray(person) ? person : [person]).map(linkTarget);
	const title = (source.path.split('/').pop() ?? source.path).replace(/\.md$/, '');
	const rendered = renderTemplate(buildOneOnOneTemplate(DEFAULT_SECTION_NAMES), {
		persons,
		date: String(date),
		time: '12:00',
		title,
		organizer: DEMO_ORGANIZER,
		followups,
		kind: typeof kind === 'string' ? kind : 'initial',
	});
	const text = merge(rendered, parts.yaml, source.path);
	const { intro, sections } = splitSections(parts.body, source.path);
	const lines = text.split('\n');
	const out: string[] = [];
	let inFrontMatter = lines[0] === '---';
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		out.push(line);
		if (inFrontMatter && i > 0 && line === '---') {
			inFrontMatter = false;
			if (intro) out.push(intro, '');
			continue;
		}
		const key = SECTION_KEYS.find((k) => line === `## ${DEFAULT_SECTION_NAMES[k]}`);
		if (inFrontMatter || key === undefined) continue;
		// The prompt comment stays first in its section; the talk's own text follows it.
		if (/^%%.*%%$/.test(lines[i + 1] ?? '') && lines[i + 1] !== CARRIED_FORWARD_OPEN) out.push(lines[++i]);
		// Then the carried-forward block, where New 1-on-1 leaves it; the talk's text comes after it.
		if (lines[i + 1] === CARRIED_FORWARD_OPEN) {
			const close = lines.indexOf(CARRIED_FORWARD_CLOSE, i + 1);
			out.push(...lines.slice(i + 1, close + 1));
			i = close;
		}
		const content = sections.get(key);
		if (content) out.push(content);
	}
	return out.join('\n').replace(/\n+$/, '\n');
}

function renderPerson(source: DemoSource, parts: Parts): string {
	// The source's properties win; the template adds the properties a person note can have.
	const template = renderTemplate(buildPersonTemplate(), { persons: [], date: '', time: '', title: '', followups: '' });
	const templateParts = splitSource({ path: source.path, text: template });
	const text = merge(`---\n${parts.yaml}\n---\n`, templateParts.yaml, source.path);
	return `${text.replace(/\n+$/, '')}\n${templateParts.body.trim()}\n${parts.body.trim()}\n`;
}

/**
 * The demo note for `source` as of `today`: dates filled, 1-on-1s and people through the built-in
 * templates. `followups` is a 1-on-1's carried-forward block (see carry-forward.ts), '' for none.
 */
export function renderDemoNote(source: DemoSource, today: CalendarDate, followups = ''): DemoSource {
	const filled = { path: fillTodayTokens(source.path, today), text: fillTodayTokens(source.text, today) };
	const parts = splitSource(filled);
	if (parts.properties.type === 'one-on-one') return { path: filled.path, text: renderOneOnOne(filled, parts, followups) };
	if (parts.properties.type === 'person') return { path: filled.path, text: renderPerson(filled, parts) };
	return filled;
}
