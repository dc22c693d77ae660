// Runs every `*.node.test.ts` (Node: core, layout, the built bundle, examples) with the
// workspace packages resolved to their sources. Writes the counts for `pnpm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.node.test.ts')) out.push(path);
  }
  return out;
}

const roots = ['packages', 'test', 'examples', 'bench'].filter((r) => {
  try {
    return statSync(r).isDirectory();
  } catch {
    return false;
  }
});
const only = process.argv.slice(2);
const files = only.length ? only : roots.flatMap((r) => find(r)).sort();
mkdirSync('.test-results', { recursive: true });
const result = spawnSync(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    '--test-reporter-destination=.test-results/node.json',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
