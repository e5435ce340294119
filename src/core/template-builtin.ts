/**
 * The built-in 1-on-1 and person templates (DESIGN §2), written from the one AEIOU table with the
 * section names from settings. Each stage's prompt sits inside `%% … %%`, so it vanishes in reading
 * view and never counts as the talk's own content. They use the same placeholders as a user's
 * template file and go through the same renderer.
 */
import { AEIOU_STAGES } from './aeiou';
import type { SectionKey } from './model';

/** Section headings by stage, as configured. */
export type SectionNames = Readonly<Record<SectionKey, string>>;

/** A heading text safe inside a template: a configured name could hold `{{…}}` or a line break. */
function headingText(name: string): string {
	return name.replace(/[\r\n]+/g, ' ').replace(/\{\{/g, '{ {').trim();
}

/**
 * The built-in 1-on-1 template: the properties `type, person, date, organizer, kind, assessment,
 * next-contact, issues`, then the five sections with their prompts; `{{followups}}` (the
 * carried-forward block) under Uplift.
 */
export function buildOneOnOneTemplate(sectionNames: SectionNames): string {
	const sections = AEIOU_STAGES.map((stage) => {
		const lines = [`## ${headingText(sectionNames[stage.key])}`, `%% ${stage.prompt} %%`];
		if (stage.key === 'uplift') lines.push('{{followups}}');
		return [...lines, ''].join('\n');
	});
	return [
		'---',
		'type: one-on-one',
		'person: {{person}}',
		'date: {{date}}',
		'organizer: {{organizer}}',
		'kind: {{kind}}',
		'assessment:',
		'next-contact:',
		'issues: []',
		'---',
		...sections,
	].join('\n');
}

/** The built-in person template: the person properties of DESIGN §2, and prompts as comments. */
export function buildPersonTemplate(): string {
	return [
		'---',
		'type: person',
		'aliases: []',
		'workplace:',
		'department:',
		'role:',
		'assessment:',
		'contact-every:',
		'status: active',
		'knows: []',
		'recruited-by:',
		'---',
		'%% Who they are, where they work, what they care about. Set assessment (1 = leader … 5 = opposed) once you know. %%',
		'',
	].join('\n');
}
