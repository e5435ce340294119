/**
 * The settings tab (DESIGN §4). Every edit goes through `normalizeSettings` (via the plugin's
 * `updateSettings`), so an invalid value never reaches the index.
 */
import { PluginSettingTab, Setting, type App, type Plugin, type TextComponent } from 'obsidian';
import { ASSESSMENT_VALUES, bandsOverlap, parseBandText } from '../core/assessment';
import { DEFAULT_SETTINGS, readHexColour, type Settings } from '../settings';
import { AEIOU_STAGES } from '../core/aeiou';

/** What the tab needs from the plugin. */
export interface SettingsHost extends Plugin {
	settings: Settings;
	updateSettings(next: Settings): Promise<void>;
}

/**
 * A whole number of days or percent as typed, or undefined while the field holds none. Digits
 * only: `Number` reads an emptied field (and a blank one) as 0, and "1e1" or "0x10" as numbers, so
 * clearing the field to type a new value would save, and apply, 0 in between.
 */
function parseInteger(text: string): number | undefined {
	const trimmed = text.trim();
	return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** The vocabulary as the text area shows it: one relation a line, `property / reverse` when directed. */
function showRelationships(relationships: Settings['relationships']): string {
	return relationships.map(({ property, reverse }) => (reverse === property ? property : `${property} / ${reverse}`)).join('\n');
}

/** The text area's lines as relations (blank lines skipped; `normalizeSettings` lower-cases them). */
function parseRelationships(text: string): Array<{ property: string; reverse: string }> {
	const out: Array<{ property: string; reverse: string }> = [];
	for (const line of text.split('\n')) {
		const [property = '', reverse = ''] = line.split('/').map((part) => part.trim());
		if (!property) continue;
		out.push({ property, reverse: reverse || property });
	}
	return out;
}

function showBand(band: { from: number; to: number }): string {
	return band.from === band.to ? String(band.from) : `${band.from}–${band.to}`;
}

export class OrganizerSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly host: SettingsHost) {
		super(app, host);
	}

	private save(patch: Partial<Settings>): void {
		void this.host.updateSettings({ ...this.host.settings, ...patch });
	}

	private addTextSetting(name: string, desc: string, value: string, placeholder: string, apply: (value: string) => Partial<Settings>): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((text) => text.setPlaceholder(placeholder).setValue(value).onChange((next) => this.save(apply(next))));
	}

	private addNumberSetting(name: string, desc: string, value: number, apply: (value: number) => Partial<Settings>): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((text) =>
				text.setValue(String(value)).onChange((next) => {
					const parsed = parseInteger(next);
					if (parsed !== undefined) this.save(apply(parsed));
				}),
			);
	}

	private addBandSetting(name: string, desc: string, value: { from: number; to: number }, apply: (band: { from: number; to: number }) => Partial<Settings>): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((text) =>
				text.setValue(showBand(value)).onChange((next) => {
					const band = parseBandText(next);
					if (band) this.save(apply(band));
				}),
			);
	}

	/** A check-in interval field: a whole number of days, or "none"; anything else saves nothing. */
	private intervalField(text: TextComponent, key: keyof Settings['assessmentIntervals'], interval: Settings['assessmentIntervals'][typeof key]): void {
		text.setValue(String(interval)).onChange((next) => {
			const parsed = next.trim().toLowerCase() === 'none' ? 'none' : parseInteger(next);
			if (parsed !== undefined) this.save({ assessmentIntervals: { ...this.host.settings.assessmentIntervals, [key]: parsed } });
		});
	}

	/**
	 * The supportive and opposed bands, saved as a pair: turning the scale around (supportive 4–5,
	 * opposed 1) passes through an overlap whichever is typed first, and an overlapping pair would
	 * fall back to the defaults. So each field keeps what was typed, and the pair is saved once it
	 * no longer overlaps; until then both fields say why nothing was saved.
	 */
	private addBandPair(): void {
		const typed = { supportiveBand: this.host.settings.supportiveBand, opposedBand: this.host.settings.opposedBand };
		const rows: Array<{ setting: Setting; desc: string }> = [];
		const update = (): void => {
			const overlap = bandsOverlap(typed.supportiveBand, typed.opposedBand);
			for (const { setting, desc } of rows) setting.setDesc(overlap ? `${desc} The two bands overlap: not saved until they no longer do.` : desc);
			if (!overlap) this.save({ supportiveBand: typed.supportiveBand, opposedBand: typed.opposedBand });
		};
		const fields = [
			{ key: 'supportiveBand', name: 'Supportive assessments', desc: 'Values that count as supportive, e.g. 1–2.' },
			{ key: 'opposedBand', name: 'Opposed assessments', desc: 'Values that count as opposed, e.g. 5.' },
		] as const;
		for (const { key, name, desc } of fields) {
			const setting = new Setting(this.containerEl)
				.setName(name)
				.setDesc(desc)
				.addText((text) =>
					text.setValue(showBand(typed[key])).onChange((next) => {
						const band = parseBandText(next);
						// A band off the scale (or half typed) is not saved: normalizeSettings would drop it.
						if (!band || band.from < 1 || band.to > ASSESSMENT_VALUES.length) return;
						typed[key] = band;
						update();
					}),
				);
			rows.push({ setting, desc });
		}
	}

	override display(): void {
		const { containerEl } = this;
		const s = this.host.settings;
		containerEl.empty();

		this.addTextSetting('Your name', 'Commitments you own are listed under "Your promises". Empty: the organizer of each note.', s.yourName, 'Sam Rivera', (yourName) => ({ yourName }));
		this.addTextSetting('People folder', 'Where person notes live.', s.peopleFolder, 'People', (peopleFolder) => ({ peopleFolder }));
		this.addTextSetting('1-on-1 folder', 'Where 1-on-1 notes are created.', s.oneOnOneFolder, '1-on-1s', (oneOnOneFolder) => ({ oneOnOneFolder }));
		this.addTextSetting('1-on-1 template', 'Optional template file for new 1-on-1 notes.', s.oneOnOneTemplate, 'Templates/1-on-1.md', (oneOnOneTemplate) => ({ oneOnOneTemplate }));
		this.addTextSetting('Person template', 'Optional template file for new person notes.', s.personTemplate, 'Templates/Person.md', (personTemplate) => ({ personTemplate }));
		new Setting(containerEl)
			.setName('Folder implies type')
			.setDesc('A note without a type in the people folder is a person note, and one in the 1-on-1 folder is a 1-on-1 (never a note named like its folder).')
			.addToggle((toggle) => toggle.setValue(s.folderImpliesType).onChange((folderImpliesType) => this.save({ folderImpliesType })));

		new Setting(containerEl).setName('Follow-up').setHeading();
		this.addNumberSetting('Stall days', 'An undated commitment is due for follow-up this many days after it was made.', s.stallDays, (stallDays) => ({ stallDays }));
		this.addNumberSetting('Debrief window', 'Days a finished commitment stays listed for a debrief.', s.debriefWindowDays, (debriefWindowDays) => ({ debriefWindowDays }));
		this.addNumberSetting('Coming-up window', 'Days ahead shown under "Coming up".', s.comingUpDays, (comingUpDays) => ({ comingUpDays }));

		new Setting(containerEl).setName('Sections').setHeading();
		for (const { key, settingLabel } of AEIOU_STAGES) {
			this.addTextSetting(settingLabel, 'Heading name, matched at any level, any case.', s.sectionNames[key], s.sectionNames[key], (value) => ({
				sectionNames: { ...this.host.settings.sectionNames, [key]: value },
			}));
		}

		new Setting(containerEl).setName('Assessment scale').setHeading();
		for (const value of ASSESSMENT_VALUES) {
			const interval = s.assessmentIntervals[value];
			new Setting(containerEl)
				.setName(`Assessment ${value}`)
				.setDesc('Label, colour on the map (#rrggbb), and days between check-ins ("none" for never).')
				.addText((text) =>
					text.setValue(s.assessmentLabels[value]).onChange((label) =>
						this.save({ assessmentLabels: { ...this.host.settings.assessmentLabels, [value]: label } }),
					),
				)
				.addText((text) => {
					text.setPlaceholder(DEFAULT_SETTINGS.assessmentColours[value]).setValue(s.assessmentColours[value]).onChange((next) => {
						const colour = readHexColour(next.trim());
						if (colour) this.save({ assessmentColours: { ...this.host.settings.assessmentColours, [value]: colour } });
					});
					text.inputEl.setAttr('aria-label', 'Colour');
				})
				.addText((text) => this.intervalField(text, value, interval));
		}
		// Most people start unassessed, so their interval is a setting like the others.
		new Setting(containerEl)
			.setName('Not yet assessed')
			.setDesc('Days between check-ins for people without an assessment ("none" for never).')
			.addText((text) => this.intervalField(text, 'unassessed', s.assessmentIntervals.unassessed));

		new Setting(containerEl).setName('Campaign chart').setHeading();
		this.addBandPair();
		new Setting(containerEl)
			.setName('Scale direction')
			.setDesc('Which end of the scale is the supportive one; "support slipping" means moving towards the other end. The check-in intervals and the bands above stay as they are: set them to match.')
			.addDropdown((dropdown) =>
				dropdown
					.addOption('lower-is-supportive', 'Lower is more supportive')
					.addOption('higher-is-supportive', 'Higher is more supportive')
					.setValue(s.assessmentDirection)
					.onChange((value) => this.save({ assessmentDirection: value === 'higher-is-supportive' ? 'higher-is-supportive' : 'lower-is-supportive' })),
			);
		this.addBandSetting('Committee share to aim for', 'Percent of a unit on the organizing committee, e.g. 10–15.', s.committeeTarget, (committeeTarget) => ({ committeeTarget }));
		this.addNumberSetting('Majority threshold', 'Percent of a unit that is supportive before it counts as a majority.', s.supportThreshold, (supportThreshold) => ({ supportThreshold }));

		new Setting(containerEl).setName('Relationship map').setHeading();
		new Setting(containerEl)
			.setName('Relationship vocabulary')
			.setDesc('The properties of person notes that name a relationship, one a line; after a slash, the name of the reverse (recruited-by / recruited). Without one, the relation goes both ways (knows).')
			.addTextArea((area) =>
				area.setValue(showRelationships(s.relationships)).onChange((next) => {
					const relationships = parseRelationships(next);
					if (relationships.length > 0) this.save({ relationships });
				}),
			);
		this.addTextSetting('Canvas export path', 'Where "Export relationship map to canvas" writes (a .canvas file).', s.canvasExportPath, 'Relationship map.canvas', (canvasExportPath) => ({ canvasExportPath }));
		new Setting(containerEl)
			.setName('Mentioned together')
			.setDesc('On the relationship map, link the person of a 1-on-1 to each person named in its notes.')
			.addToggle((toggle) => toggle.setValue(s.mentionedTogether).onChange((mentionedTogether) => this.save({ mentionedTogether })));

		new Setting(containerEl).setName('Privacy').setHeading();
		new Setting(containerEl)
			.setName('Privacy mode')
			.setDesc('Show initials instead of names in the dashboard, the map, the chart, pickers and notices, for screen sharing.')
			.addToggle((toggle) => toggle.setValue(s.privacyMode).onChange((privacyMode) => this.save({ privacyMode })));
		this.addTextSetting('Excluded folders', 'Comma-separated folders to ignore. Templates are always ignored.', s.excludedFolders.join(', '), 'Archive, Private', (value) => ({
			excludedFolders: value.split(',').map((folder) => folder.trim()).filter(Boolean),
		}));
	}
}
