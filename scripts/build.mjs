// Builds every package: the custom elements manifest and the types generated from it
// (scripts/generate-types.mjs), ESM + .d.ts in each dist/ (tsc), and the no-bundler entry
// module packages/elements/dist/k8s-diagrams.bundle.js with its sibling chunks (esbuild).
// Run: pnpm build
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const packages = ['core', 'layout', 'icons', 'motion', 'elements', 'render', 'react'];

for (const p of packages) rmSync(`packages/${p}/dist`, { recursive: true, force: true });
for (const p of packages) rmSync(`packages/${p}/tsconfig.tsbuildinfo`, { force: true });
// The manifest first: the element sources import the types generated from it.
run('pnpm', ['exec', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
run('node', ['scripts/generate-types.mjs']);
run('pnpm', ['exec', 'tsc', '-b', ...packages.map((p) => `packages/${p}`)]);

/**
 * Collapses the whitespace of Lit `css` templates (those without `${…}`): the minifier
 * leaves template literals alone, and the stylesheets are a good part of the entry.
 */
const minifyCss = {
  name: 'minify-css-templates',
  setup(b) {
    b.onLoad({ filter: /packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      // Icon templates: the line breaks and indentation between their SVG elements mean nothing.
      if (source.includes('svg`') && /icons\/src\/icons\//.test(args.path))
        return { contents: source.replace(/svg`([^`$]*)`/g, (_, body) => `svg\`${body.replace(/>\s+</g, '><').trim()}\``), loader: 'ts' };
      if (!source.includes('css`')) return undefined;
      const contents = source.replace(/css`([^`$]*)`/g, (_, body) => {
        const tight = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          // Shorter spellings of the same values: #ffffff → #fff, 0.5 → .5.
          .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
          .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
          .trim();
        return `css\`${tight}\``;
      });
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * d3-ease ships one module whose parametric easings are built by calls at load time, which
 * a bundler must keep; marked pure, the easings we do not use (all but one) drop out.
 */
const pureD3Ease = {
  name: 'pure-d3-ease',
  setup(b) {
    b.onLoad({ filter: /d3-ease[\\/]dist[\\/]d3-ease\.mjs$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/= \(function custom\(/g, '= /* @__PURE__ */ (function custom('),
      loader: 'js',
    }));
  },
};

const shared = {
  bundle: true,
  plugins: [minifyCss, pureD3Ease],
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
  // Chunks are siblings of the entry: `new URL('./elk.worker.js', import.meta.url)` then
  // resolves from whichever file the worker client lands in.
  chunkNames: '[name]-[hash]',
  metafile: true,
});
await build({
  ...shared,
  entryPoints: { 'elk.worker': 'packages/elements/src/elk.worker.ts' },
  outdir: 'packages/elements/dist',
});
// The snapshot worker (large snapshots and audit logs), loaded by the snapshot chunk as
// `new URL('./snapshot.worker.js', import.meta.url)`, so it sits beside the chunks too.
await build({
  ...shared,
  entryPoints: { 'snapshot.worker': 'packages/elements/src/snapshot/snapshot.worker.ts' },
  outdir: 'packages/elements/dist',
});

console.log('built packages/*/dist and packages/elements/dist/k8s-diagrams.bundle.js');
