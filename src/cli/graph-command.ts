/**
 * `relational-organizer graph`: the relationship graph as JSON (docs/graph.md) or as a JSON Canvas.
 * `--out` onto an existing canvas merges as the plugin's export does; a redacted canvas is always
 * written to a new `… (redacted).canvas` file, never over the user's canvas.
 */
import { existsSync, lstatSync, statSync, writeFileSync } from 'node:fs';
import { calendarDateAt } from '../core/dates';
import { deriveOnce } from '../core/derive';
import {
	exportCanvas,
	layoutGraph,
	measureGraph,
	mergeCanvas,
	buildRelationshipGraph,
	redactGraph,
	toGraphJson,
	type JsonCanvas,
} from '../core/relationships';
import { findRedactedPath, serializeCanvas } from '../core/relationships/canvas-file';
import type { Command } from './args';
import { loadVault, NOTE_MAX_BYTES, readRegularFile } from './fs-vault';
import { escapeJsonForTerminal, sanitizeTerminalText } from './terminal-text';

/** What the command needs of the CLI's `Io` (named here so this module does not import the entry point). */
export interface GraphIo {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	readonly now: () => Date;
}

/** The largest existing canvas read for a merge: the note cap, far above any hand-made canvas. */
const CANVAS_MAX_BYTES = NOTE_MAX_BYTES;

function describeCanvasFailure(reason: 'missing' | 'not-a-file' | 'too-large' | 'error'): string {
	if (reason === 'not-a-file') return 'is not a regular file';
	if (reason === 'too-large') return `is larger than ${CANVAS_MAX_BYTES / 1024 / 1024} MB`;
	return 'could not be read';
}

/** True when anything is at `path`, a dangling link included (existsSync follows links, so it says no there). */
function isTaken(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

/** Refuses an existing `--out` that is not a regular file: a FIFO with no reader would block the write forever. */
function checkOutTarget(target: string): void {
	let stat;
	try {
		stat = statSync(target);
	} catch {
		return;
	}
	if (!stat.isFile()) throw new Error(`${target} ${describeCanvasFailure('not-a-file')}; left it unchanged`);
}

/** Runs the graph command; returns the exit code. Throws Error with a one-line message on failure. */
export function runGraph(command: Extract<Command, { name: 'graph' }>, io: GraphIo): number {
	const { index, settings, warnings } = loadVault(command.vault, command.configDir, command.configDirGiven === true);
	for (const warning of warnings) io.err(`warning: ${sanitizeTerminalText(warning)}`);
	const today = command.today ?? calendarDateAt(io.now());
	const derived = deriveOnce(index, settings, today);
	let graph = buildRelationshipGraph(index, settings, today, derived.people);
	if (command.redact) graph = redactGraph(graph, derived.redactor);
	// The file is often named after whom it is about (`Odile's circle.canvas`): what --redact prints names no one.
	const shownPath = (path: string): string => sanitizeTerminalText(command.redact ? derived.redactor.redact(path) : path);

	if (command.format === 'json') {
		const text = escapeJsonForTerminal(JSON.stringify(toGraphJson(graph, measureGraph(graph), today), null, 2));
		if (command.out === undefined) io.out(text);
		else {
			checkOutTarget(command.out);
			writeFileSync(command.out, `${text}\n`);
			io.out(`Wrote the graph (${graph.nodes.length} people, ${graph.edges.length} ties) to ${shownPath(command.out)}.`);
		}
		return 0;
	}

	const fresh = exportCanvas(graph, layoutGraph(graph), {
		assessmentColours: settings.assessmentColours,
		groups: true,
		numberedIds: command.redact,
	});
	if (command.out === undefined) {
		io.out(escapeJsonForTerminal(JSON.stringify(fresh.canvas, null, '\t')));
		return 0;
	}
	let target = command.out;
	let canvas: JsonCanvas = fresh.canvas;
	// A new file, never written through a link (a dangling one counts as taken) or over anything.
	if (command.redact) target = findRedactedPath(command.out, isTaken);
	else if (existsSync(target)) {
		// Only a regular file under the cap is read (a FIFO or /dev/zero there would hang the run), and nothing else is written over.
		const read = readRegularFile(target, CANVAS_MAX_BYTES);
		if (!('text' in read)) throw new Error(`${target} ${describeCanvasFailure(read.reason)}; left it unchanged`);
		let existing: unknown;
		try {
			existing = JSON.parse(read.text) as unknown;
		} catch {
			throw new Error(`${target} is not a JSON Canvas file; left it unchanged`);
		}
		const merged = mergeCanvas(existing, fresh);
		if (!merged.ok) throw new Error(`${merged.error}; left ${target} unchanged`);
		canvas = merged.canvas;
	}
	writeFileSync(target, serializeCanvas(canvas), command.redact ? { flag: 'wx' } : undefined);
	io.out(`Wrote the relationship map (${graph.nodes.length} people, ${fresh.canvas.edges.length} ties) to ${shownPath(target)}.`);
	return 0;
}
