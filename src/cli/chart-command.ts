/**
 * `relational-organizer chart`: the campaign chart (docs/chart.md) as text, JSON or Markdown, from
 * the same derivation as the dashboard. `--redact` goes through the derivation's redactor on the
 * chart model, before any formatting, so no escaping can split a name and let it through.
 */
import { toChartJson } from '../core/chart-json';
import { showChart } from '../core/chart-shown';
import { calendarDateAt } from '../core/dates';
import { deriveOnce } from '../core/derive';
import type { Command } from './args';
import { formatChartMarkdown, formatChartText } from './format-chart';
import { loadVault } from './fs-vault';
import { escapeJsonForTerminal, mapStrings, replaceLoneSurrogates, sanitizeTerminalText } from './terminal-text';

/** What the command needs of the CLI's `Io` (named here so this module does not import the entry point). */
export interface ChartIo {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	readonly now: () => Date;
}

/** Runs the chart command; returns the exit code. */
export function runChart(command: Extract<Command, { name: 'chart' }>, io: ChartIo): number {
	const { index, settings, warnings } = loadVault(command.vault, command.configDir, command.configDirGiven === true);
	const derived = deriveOnce(index, settings, command.today ?? calendarDateAt(io.now()));
	const redact = command.redact ? (text: string): string => derived.redactor.redact(text) : undefined;
	for (const warning of warnings) io.err(`warning: ${sanitizeTerminalText(redact ? redact(warning) : warning)}`);
	const json = mapStrings(toChartJson(showChart(derived.chart, redact).chart), replaceLoneSurrogates);
	const output =
		command.format === 'json'
			? escapeJsonForTerminal(JSON.stringify(json, null, 2))
			: command.format === 'markdown'
				? formatChartMarkdown(json)
				: formatChartText(mapStrings(json, sanitizeTerminalText));
	io.out(output);
	return 0;
}
