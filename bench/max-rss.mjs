/**
 * Preloaded (`node --import ./bench/max-rss.mjs …`) into a measured process: on exit, writes its
 * peak resident set size in KB and its CPU time in ms to the file named by RO_BENCH_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.RO_BENCH_USAGE_FILE;
if (file) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
	});
}
