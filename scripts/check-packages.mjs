// The packages as they would be published, checked by the test command (after `pnpm build`):
// `pnpm pack:all` writes every tarball; each passes publint (strict: warnings fail too) and
// Are the Types Wrong (`attw`, ESM-only profile: the packages have no CommonJS build); the
// tarballs install together into an empty project (the registry only for their own
// dependencies: lit, elkjs, d3…), and what they install imports and lays out in Node.
// Writes `.test-results/packages.json` ({ passed, failed }) for scripts/test-all.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packAll } from './pack-all.mjs';

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`✔ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`✖ ${name}\n${String(error instanceof Error ? error.message : error).replace(/^/gm, '    ')}`);
  }
}

let packages = [];
await check('pnpm pack:all writes one tarball per package into dist-packages/', () => {
  packages = packAll({ build: false, quiet: true });
  if (packages.length < 6) throw new Error(`only ${packages.length} packages packed`);
});

for (const p of packages) {
  await check(`publint ${p.name}`, async () => {
    const data = readFileSync(p.tarball);
    const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball }, strict: true, level: 'suggestion' });
    const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`);
    if (lines.length) throw new Error(lines.join('\n'));
  });
  await check(`attw ${p.name}`, () => {
    const bin = join('node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const run = spawnSync(process.execPath, [bin, p.tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color', '--no-emoji'], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`${run.stdout}${run.stderr}`);
  });
}

await check('the tarballs install together in an empty project and import in Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-diagrams-install-'));
  try {
    const file = (p) => `file:${resolve(p.tarball)}`;
    const deps = Object.fromEntries(packages.map((p) => [p.name, file(p)]));
    // Each tarball names its siblings by version; point those at the tarballs too, as the
    // README says for pnpm (npm needs nothing more than listing every tarball).
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'install-check', private: true, type: 'module', dependencies: { ...deps, react: '18.3.1' }, pnpm: { overrides: deps } }, null, 2),
    );
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    execFileSync('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--config.confirmModulesPurge=false'], { cwd: dir, stdio: 'pipe', env: { ...process.env, CI: 'true' } });
    writeFileSync(
      join(dir, 'check.mjs'),
      `import { buildClusterModel, clusterOptions } from '@k8s-diagrams/core';
import { createLayoutEngine } from '@k8s-diagrams/layout';
import { nodeElkFactory } from '@k8s-diagrams/layout/node';
import '@k8s-diagrams/elements/all';
import { K8sCluster } from '@k8s-diagrams/react';
const options = clusterOptions((n) => ({ workers: '3' })[n] ?? null);
const model = buildClusterModel(options.value);
const result = await createLayoutEngine({ elk: nodeElkFactory }).layout(model);
if (!result.ok) throw new Error(result.error.message.en);
if (typeof K8sCluster !== 'object' && typeof K8sCluster !== 'function') throw new Error('no K8sCluster component');
console.log(JSON.stringify({ components: model.components.length, width: result.geometry.width }));
`,
    );
    const out = execFileSync(process.execPath, ['check.mjs'], { cwd: dir, encoding: 'utf8' });
    const { components, width } = JSON.parse(out.trim().split('\n').pop());
    if (!(components > 20 && width > 0)) throw new Error(`unexpected layout: ${out}`);
    for (const f of ['k8s-diagrams.bundle.js', 'elk.worker.js', 'frameworks/react.d.ts']) {
      if (!existsSync(join(dir, 'node_modules/@k8s-diagrams/elements/dist', f))) throw new Error(`the installed elements lack dist/${f}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/packages.json', JSON.stringify({ passed, failed }));
console.log(`packages: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
