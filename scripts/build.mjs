// Builds every package: ESM + .d.ts in each dist/ (tsc), the no-bundler entry module
// packages/elements/dist/k8s-diagrams.bundle.js with its sibling chunks (esbuild), and the
// custom elements manifest. Run: pnpm build
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const packages = ['core', 'layout', 'icons', 'motion', 'elements'];

for (const p of packages) rmSync(`packages/${p}/dist`, { recursive: true, force: true });
for (const p of packages) rmSync(`packages/${p}/tsconfig.tsbuildinfo`, { force: true });
run('npx', ['tsc', '-b', ...packages.map((p) => `packages/${p}`)]);

const shared = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  conditions: ['source'],
  logLevel: 'warning',
};

// The entry a page loads with one <script type="module">: every element, lit and the
// icons inside, no bare imports. ELK is not in it: it lives in elk.worker.js beside it.
await build({
  ...shared,
  entryPoints: { 'k8s-diagrams.bundle': 'packages/elements/src/k8s-diagrams.ts' },
  outdir: 'packages/elements/dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
await build({
  ...shared,
  entryPoints: { 'elk.worker': 'packages/elements/src/elk.worker.ts' },
  outdir: 'packages/elements/dist',
});

run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
console.log('built packages/*/dist and packages/elements/dist/k8s-diagrams.bundle.js');
