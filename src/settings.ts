/**
 * The plugin's settings: type, defaults, and `normalizeSettings`, the one way raw saved data becomes
 * settings. Pure (no Obsidian, no DOM, no Node), so the plugin and the CLI read `data.json` alike.
 */
import {
	ASSESSMENT_VALUES,
	bandsOverlap,
	type AssessmentBand,
	type AssessmentDirection,
	type AssessmentScaleOptions,
	type AssessmentValue,
	type CampaignGoals,
	type Interval,
} from './core/assessment';
import type { ExclusionInput } from './core/exclusion';
import { normalizeVaultPath } from './core/vault-paths';
import type { FollowUpOptions } from './core/follow-ups';
import { DEFAULT_SECTION_NAMES, SECTION_KEYS } from './core/aeiou';
import type { ParseOptions } from './core/note-parser';
import type { RelationType } from './core/relations';

export { ASSESSMENT_VALUES, type AssessmentBand, type AssessmentDirection, type AssessmentValue, type Interval } from './core/assessment';
export type { RelationType } from './core/relations';

/**
 * Everything the plugin saves: the options each core step reads (follow-up rules, exclusion, section
 * headings), plus what only the views and commands use.
 */
export interface Settings
	extends FollowUpOptions,
		AssessmentScaleOptions,
		CampaignGoals,
		Omit<ExclusionInput, 'templatesFolder'>,
		Required<Pick<ParseOptions, 'sectionNames'>> {
	readonly assessmentLabels: Readonly<Record<AssessmentValue, string>>;
	/** Hex colours `#rrggbb` per assessment value. */
	readonly assessmentColours: Readonly<Record<AssessmentValue, string>>;
	readonly relationships: readonly RelationType[];
	/** Derive "mentioned together" edges from people linked in a 1-on-1's body. */
	readonly mentionedTogether: boolean;
	readonly canvasExportPath: string;
	/** Show initials instead of names in views (for screen sharing). */
	readonly privacyMode: boolean;
	/** A note without `type` in the people folder is a person note, in the 1-on-1 folder a 1-on-1 (DESIGN §2). */
	readonly folderImpliesType: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
	yourName: '',
	peopleFolder: 'People',
	oneOnOneFolder: '1-on-1s',
	oneOnOneTemplate: '',
	personTemplate: '',
	sectionNames: { ...DEFAULT_SECTION_NAMES },
	assessmentLabels: {
		'1': 'Leader',
		'2': 'Supporter',
		'3': 'Undecided',
		'4': 'Leaning against',
		'5': 'Opposed',
	},
	assessmentColours: {
		'1': '#1a7f37',
		'2': '#4fa35a',
		'3': '#b08800',
		'4': '#d1662a',
		'5': '#cf222e',
	},
	assessmentIntervals: { '1': 7, '2': 14, '3': 14, '4': 30, '5': 'none', unassessed: 14 },
	supportiveBand: { from: 1, to: 2 },
	opposedBand: { from: 5, to: 5 },
	assessmentDirection: 'lower-is-supportive',
	committeeTarget: { from: 10, to: 15 },
	supportThreshold: 65,
	stallDays: 14,
	debriefWindowDays: 30,
	comingUpDays: 7,
	relationships: [
		{ property: 'knows', reverse: 'knows' },
		{ property: 'friends', reverse: 'friends' },
		{ property: 'family', reverse: 'family' },
		{ property: 'works-with', reverse: 'works-with' },
		{ property: 'recruited-by', reverse: 'recruited' },
		{ property: 'leads', reverse: 'led-by' },
		{ property: 'influences', reverse: 'influenced-by' },
	],
	mentionedTogether: true,
	canvasExportPath: 'Relationship map.canvas',
	excludedFolders: [],
	privacyMode: false,
	folderImpliesType: true,
};

/** The result of normalizing: settings plus what was dropped, for a Notice or a CLI warning. */
export interface NormalizedSettings {
	readonly settings: Settings;
	/** One sentence per value that was invalid and replaced by its default. */
	readonly warnings: readonly string[];
}

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** A colour as `#rrggbb`, lower-cased; undefined for anything else (the settings tab reads typed colours with it too). */
export function readHexColour(value: unknown): string | undefined {
	return typeof value === 'string' && HEX_COLOUR.test(value) ? value.toLowerCase() : undefined;
}

/** Folder paths: forward slashes, no leading/trailing slash, no `..` segments. */
function readFolder(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const cleaned = normalizeVaultPath(value);
	if (cleaned.split('/').some((segment) => segment === '..')) return undefined;
	return cleaned;
}

function readNonNegativeInt(value: unknown, max: number): number | undefined {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) return undefined;
	return value;
}

/** An inclusive band of whole numbers within [min, max], `from` ≤ `to`. */
function readBand(value: unknown, min: number, max: number): AssessmentBand | undefined {
	if (!isRecord(value)) return undefined;
	const from = readNonNegativeInt(value.from, max);
	const to = readNonNegativeInt(value.to, max);
	if (from === undefined || to === undefined || from < min || from > to) return undefined;
	return { from, to };
}

function readDirection(value: unknown): AssessmentDirection | undefined {
	return value === 'lower-is-supportive' || value === 'higher-is-supportive' ? value : undefined;
}

/** The lowest and highest value of the assessment scale. */
const SCALE_MIN = 1;
const SCALE_MAX = ASSESSMENT_VALUES.length;

function readInterval(value: unknown): Interval | undefined {
	if (value === 'none' || value === 0) return 'none';
	return readNonNegativeInt(value, 3650);
}

/**
 * Turns whatever was saved (or nothing, or garbage) into complete settings: deep-merges over fresh
 * defaults (the defaults object is never mutated), keeps valid values, drops invalid ones with a
 * warning, ignores unknown keys. Never throws.
 */
export function normalizeSettings(raw: unknown): NormalizedSettings {
	const warnings: string[] = [];
	const d = DEFAULT_SETTINGS;
	if (raw === null || raw === undefined) return { settings: cloneSettings(d), warnings };
	if (!isRecord(raw)) {
		return { settings: cloneSettings(d), warnings: ['Saved settings were unreadable; using the defaults.'] };
	}
	const pick = <T>(key: string, read: (v: unknown) => T | undefined, fallback: T): T => {
		if (!(key in raw)) return fallback;
		const value = read(raw[key]);
		if (value === undefined) {
			warnings.push(`Setting "${key}" was invalid; using the default.`);
			return fallback;
		}
		return value;
	};
	const readString = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined);
	const pickRecord = <K extends string, V>(
		key: string,
		keys: readonly K[],
		read: (v: unknown) => V | undefined,
		fallback: Readonly<Record<K, V>>,
	): Record<K, V> => {
		const out = { ...fallback } as Record<K, V>;
		if (!(key in raw)) return out;
		const given = raw[key];
		if (!isRecord(given)) {
			warnings.push(`Setting "${key}" was invalid; using the default.`);
			return out;
		}
		for (const k of keys) {
			if (!(k in given)) continue;
			const value = read(given[k]);
			if (value === undefined) warnings.push(`Setting "${key}.${k}" was invalid; using the default.`);
			else out[k] = value;
		}
		return out;
	};
	const nonEmpty = (v: unknown): string | undefined => {
		const s = readString(v);
		return s ? s : undefined;
	};
	let supportiveBand = pick('supportiveBand', (v) => readBand(v, SCALE_MIN, SCALE_MAX), { ...d.supportiveBand });
	let opposedBand = pick('opposedBand', (v) => readBand(v, SCALE_MIN, SCALE_MAX), { ...d.opposedBand });
	// A value cannot be supportive and opposed at once: bands that overlap both fall back.
	if (bandsOverlap(supportiveBand, opposedBand)) {
		if ('supportiveBand' in raw || 'opposedBand' in raw) warnings.push('Settings "supportiveBand" and "opposedBand" overlap; using the defaults.');
		supportiveBand = { ...d.supportiveBand };
		opposedBand = { ...d.opposedBand };
	}
	return {
		settings: {
			yourName: pick('yourName', readString, d.yourName),
			peopleFolder: pick('peopleFolder', readFolder, d.peopleFolder),
			oneOnOneFolder: pick('oneOnOneFolder', readFolder, d.oneOnOneFolder),
			oneOnOneTemplate: pick('oneOnOneTemplate', readString, d.oneOnOneTemplate),
			personTemplate: pick('personTemplate', readString, d.personTemplate),
			sectionNames: pickRecord('sectionNames', SECTION_KEYS, nonEmpty, d.sectionNames),
			assessmentLabels: pickRecord('assessmentLabels', ASSESSMENT_VALUES, nonEmpty, d.assessmentLabels),
			assessmentColours: pickRecord('assessmentColours', ASSESSMENT_VALUES, readHexColour, d.assessmentColours),
			assessmentIntervals: pickRecord(
				'assessmentIntervals',
				[...ASSESSMENT_VALUES, 'unassessed'] as const,
				readInterval,
				d.assessmentIntervals,
			),
			supportiveBand,
			opposedBand,
			assessmentDirection: pick('assessmentDirection', readDirection, d.assessmentDirection),
			committeeTarget: pick('committeeTarget', (v) => readBand(v, 0, 100), { ...d.committeeTarget }),
			supportThreshold: pick('supportThreshold', (v) => readNonNegativeInt(v, 100), d.supportThreshold),
			stallDays: pick('stallDays', (v) => readNonNegativeInt(v, 3650), d.stallDays),
			debriefWindowDays: pick('debriefWindowDays', (v) => readNonNegativeInt(v, 3650), d.debriefWindowDays),
			comingUpDays: pick('comingUpDays', (v) => readNonNegativeInt(v, 365), d.comingUpDays),
			relationships: pickRelationships(raw, warnings, d.relationships),
			mentionedTogether: pick('mentionedTogether', (v) => (typeof v === 'boolean' ? v : undefined), d.mentionedTogether),
			canvasExportPath: pick('canvasExportPath', (v) => nonEmpty(readFolder(v)), d.canvasExportPath),
			excludedFolders: pickFolderList('excludedFolders', raw, warnings, d.excludedFolders),
			privacyMode: pick('privacyMode', (v) => (typeof v === 'boolean' ? v : undefined), d.privacyMode),
			folderImpliesType: pick('folderImpliesType', (v) => (typeof v === 'boolean' ? v : undefined), d.folderImpliesType),
		},
		warnings,
	};
}

/** One relation of the vocabulary, lower-cased (a missing or blank reverse: the same name, symmetric), or undefined. */
function readRelation(item: unknown): RelationType | undefined {
	if (!isRecord(item) || typeof item.property !== 'string') return undefined;
	const property = item.property.trim().toLowerCase();
	if (!property) return undefined;
	const reverse = typeof item.reverse === 'string' && item.reverse.trim() ? item.reverse.trim().toLowerCase() : property;
	return { property, reverse };
}

/**
 * The relationship vocabulary: an entry that is no relation is dropped on its own, with a warning,
 * as an excluded folder is; a value that is no list, or a list with no relation left, is the default.
 */
function pickRelationships(raw: Raw, warnings: string[], fallback: readonly RelationType[]): RelationType[] {
	const key = 'relationships';
	const value = raw[key];
	if (!(key in raw)) return fallback.map((relation) => ({ ...relation }));
	const read = Array.isArray(value) ? (value as unknown[]).map(readRelation) : undefined;
	const out = (read ?? []).filter((relation): relation is RelationType => relation !== undefined);
	if (read === undefined || (read.length > 0 && out.length === 0)) {
		warnings.push(`Setting "${key}" was invalid; using the default.`);
		return fallback.map((relation) => ({ ...relation }));
	}
	if (out.length < read.length) warnings.push(`Setting "${key}" had an entry that is not a relation (a property name, and a reverse or none); it is ignored.`);
	return out;
}

/**
 * The excluded folders: an entry that is no folder (not text, or with a `..` segment) is dropped on
 * its own, with a warning. Dropping the whole list instead would read and show every note the
 * other entries were there to hide.
 */
function pickFolderList(key: string, raw: Raw, warnings: string[], fallback: readonly string[]): string[] {
	if (!(key in raw)) return [...fallback];
	const value = raw[key];
	if (!Array.isArray(value)) {
		warnings.push(`Setting "${key}" was invalid; using the default.`);
		return [...fallback];
	}
	const out: string[] = [];
	let dropped = false;
	for (const item of value as unknown[]) {
		const folder = readFolder(item);
		if (folder === undefined) dropped = true;
		else if (folder) out.push(folder);
	}
	if (dropped) warnings.push(`Setting "${key}" had an entry that is not a folder; it is ignored.`);
	return out;
}

function cloneSettings(settings: Settings): Settings {
	return normalizeSettings(JSON.parse(JSON.stringify(settings)) as unknown).settings;
}
