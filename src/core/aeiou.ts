/**
 * The one AEIOU table (DESIGN §1): each stage of a 1-on-1 organizing conversation with its key,
 * default heading, template prompt and settings label. The parser, the settings defaults and tab,
 * the built-in templates and the demo all read it, so a stage is named in exactly one place.
 */

/** The AEIOU stage of a section, matched case-insensitively against the configured section names. */
export type SectionKey = 'agitate' | 'educate' | 'inoculate' | 'organize' | 'uplift';

/** One stage of the conversation. */
export interface AeiouStage {
	readonly key: SectionKey;
	/** The heading the built-in template writes and the parser matches by default. */
	readonly heading: string;
	/** A short prompt that follows the method; templates put it inside `%% … %%`. */
	readonly prompt: string;
	/** The label of its heading setting in the settings tab. */
	readonly settingLabel: string;
}

/** The five stages, in conversation order. */
export const AEIOU_STAGES: readonly AeiouStage[] = [
	{
		key: 'agitate',
		heading: 'Agitate',
		prompt: 'Their problem in their own words, and why it matters to them.',
		settingLabel: 'Agitate section',
	},
	{
		key: 'educate',
		heading: 'Educate',
		prompt: 'The plan, worked out together; who decides.',
		settingLabel: 'Educate section',
	},
	{
		key: 'inoculate',
		heading: 'Inoculate',
		prompt: "The boss's likely moves; their fears.",
		settingLabel: 'Inoculate section',
	},
	{
		key: 'organize',
		heading: 'Organize',
		prompt: 'Concrete tasks they take on, with dates; first steps done together.',
		settingLabel: 'Organize section',
	},
	{
		key: 'uplift',
		heading: 'Uplift',
		prompt: 'Follow up on what was taken on, with a debrief or with support.',
		settingLabel: 'Uplift section',
	},
];

/** The stage keys in conversation order. */
export const SECTION_KEYS: readonly SectionKey[] = AEIOU_STAGES.map((stage) => stage.key);

/** Default heading per stage, e.g. `{ agitate: 'Agitate', … }`. */
export const DEFAULT_SECTION_NAMES: Readonly<Record<SectionKey, string>> = Object.fromEntries(
	AEIOU_STAGES.map((stage) => [stage.key, stage.heading]),
) as Record<SectionKey, string>;
