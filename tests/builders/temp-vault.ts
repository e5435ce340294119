/**
 * Test helpers for the CLI: a vault written to a fresh temporary folder, and an `Io` that records
 * what the CLI prints.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Io } from '../../src/cli/main';

/** Writes `files` (vault path → text) into a new temporary folder and returns its path. */
export function writeVault(files: Readonly<Record<string, string>>): string {
	const dir = mkdtempSync(join(tmpdir(), 'ro-vault-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

/** An `Io` whose output is kept in arrays; the clock reads `now` (2026-11-28T11:30Z by default). */
export function captureIo(now = new Date(Date.UTC(2026, 10, 28, 11, 30))): Io & { stdout: string[]; stderr: string[] } {
	const stdout: string[] = [];
	const stderr: string[] = [];
	return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), isTty: false, now: () => now, packageRoot: process.cwd() };
}
