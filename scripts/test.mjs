/**
 * `npm test`: typecheck, lint, the bundle scan (scripts/scan-bundle.mjs), vitest (unit + plugin) under three time zones for the date-sensitive
 * unit layer, then the end-to-end run of the built bundle in Chromium. Ends with one plain line
 * `N passed, N failed` counting every test and check it ran (CI reads that line).
 *
 * SKIP_E2E=1 skips the browser layer (for machines without Chromium; CI never sets it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
	console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function check(label, command, args, env) {
	if (run(label, command, args, env)) passed++;
	else {
		failed++;
		console.log(`FAILED: ${label}`);
	}
}

function vitest(label, args, env) {
	const dir = mkdtempSync(join(tmpdir(), 'ro-vitest-'));
	const out = join(dir, 'result.json');
	const ok = run(label, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args], env);
	if (!existsSync(out)) {
		failed++;
		console.log(`FAILED: ${label} (no results)`);
		return;
	}
	const result = JSON.parse(readFileSync(out, 'utf8'));
	passed += result.numPassedTests;
	failed += result.numFailedTests;
	// A suite that fails to load has no failed tests but must still fail the run.
	if (!ok && result.numFailedTests === 0) {
		failed++;
		console.log(`FAILED: ${label} (a test file failed to load)`);
	}
}

/** The bundle scan over the built main.js and dist/cli.js: each rule over each file is one check. */
function scanBundle() {
	console.log('\n=== bundle scan: node scripts/scan-bundle.mjs');
	const result = spawnSync('node', ['scripts/scan-bundle.mjs'], { encoding: 'utf8' });
	process.stdout.write(result.stdout ?? '');
	process.stderr.write(result.stderr ?? '');
	const match = /scan-bundle: (\d+) passed, (\d+) failed/.exec(result.stdout ?? '');
	if (match) {
		passed += Number(match[1]);
		failed += Number(match[2]);
	}
	if (!match || (result.status !== 0 && Number(match[2]) === 0)) {
		failed++;
		console.log('FAILED: bundle scan did not finish');
	}
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('build', 'node', ['esbuild.config.mjs', 'production']);
scanBundle();
vitest('vitest (TZ=UTC)', [], { TZ: 'UTC' });
for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
	vitest(`unit tests (TZ=${tz})`, ['--project', 'unit'], { TZ: tz });
}

if (process.env.SKIP_E2E === '1') {
	console.log('\nSKIP_E2E=1: the end-to-end layer in Chromium was skipped.');
} else if (!existsSync('/usr/bin/chromium')) {
	failed++;
	console.log('\nFAILED: e2e needs Debian Chromium. Install it as root with:');
	console.log('  apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation');
	console.log('or run SKIP_E2E=1 npm test to skip the browser layer.');
} else if (!existsSync('tests/e2e/run.mjs')) {
	console.log('\n(no e2e layer yet)');
} else {
	console.log('\n=== e2e: node tests/e2e/run.mjs');
	const result = spawnSync('node', ['tests/e2e/run.mjs'], { encoding: 'utf8', env: process.env });
	process.stdout.write(result.stdout ?? '');
	process.stderr.write(result.stderr ?? '');
	const match = /e2e: (\d+) passed, (\d+) failed/.exec(result.stdout ?? '');
	if (match) {
		passed += Number(match[1]);
		failed += Number(match[2]);
	}
	if (!match || (result.status !== 0 && Number(match?.[2] ?? 0) === 0)) {
		failed++;
		console.log('FAILED: e2e did not finish');
	}
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
