// Rewrites the root README's performance summary from bench/results/latest.json, without a
// new run: for a change to the summary's format, or after restoring an older result.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeSummary, spliceReadme } from './readme-summary.js';
import type { BenchResults } from './types.js';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = JSON.parse(readFileSync(join(BENCH, 'results', 'latest.json'), 'utf8')) as BenchResults;
const readme = join(BENCH, '..', 'README.md');
writeFileSync(readme, spliceReadme(readFileSync(readme, 'utf8'), readmeSummary(results)));
console.log(`README.md: performance summary of the run of ${results.date}`);
