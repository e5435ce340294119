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
	/** A short prompt that follows the method; templates and the demo put it inside `%% … %%`. */
	readonly prompt: string;
	/** The label of its heading setting in the settings tab. */
	readonly settingLabel: string;
}

/** The five stages, in conversation order. */
export const AEIOU_STAGES: readonly AeiouStage[] = [
	{
		key: 'agitate',
		heading: 'Agitate',
		prompt: "What's wrong, in their own words? Why does it matter to them?",
		settingLabel: 'Agitate section',
	},
	{
		key: 'educate',
		heading: 'Educate',
		prompt: 'What would fix it, who decides, and what could we win by acting together?',
		settingLabel: 'Educate section',
	},
	{
		key: 'inoculate',
		heading: 'Inoculate',
		prompt: "What will the boss do next? What fears came up, and how did we talk them through?",
		settingLabel: 'Inoculate section',
	},
	{
		key: 'organize',
		heading: 'Organize',
		prompt: 'The ask, and who does what by when. Do the first steps together.',
		settingLabel: 'Organize section',
	},
	{
		key: 'uplift',
		heading: 'Uplift',
		prompt: "How did last time's commitments go? Debrief what got done, offer support where it's stuck.",
		settingLabel: 'Uplift section',
	},
];

/** The stage keys in conversation order. */
export const SECTION_KEYS: readonly SectionKey[] = AEIOU_STAGES.map((stage) => stage.key);

/** Default heading per stage, e.g. `{ agitate: 'Agitate', … }`. */
export const DEFAULT_SECTION_NAMES: Readonly<Record<SectionKey, string>> = Object.freeze(
	Object.fromEntries(AEIOU_STAGES.map((stage) => [stage.key, stage.heading])) as Record<SectionKey, string>,
);
