// What each published package's package.json says about it: who it is (description, keywords,
// license, repository, homepage), what it ships (`files`, the LICENSE) and what a bundler may
// drop (`sideEffects`). publint and attw check the packed tarballs (scripts/check-packages.mjs);
// this checks what they cannot know.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

interface Pkg {
  name: string;
  private?: boolean;
  description?: string;
  keywords?: string[];
  license?: string;
  homepage?: string;
  bugs?: { url: string };
  repository?: { type: string; url: string; directory?: string };
  files?: string[];
  sideEffects?: boolean | string[];
  exports?: Record<string, unknown>;
  publishConfig?: { access?: string };
  dependencies?: Record<string, string>;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Pkg;
const root = read('package.json');
const published = readdirSync('packages')
  .map((name) => ({ name, dir: join('packages', name) }))
  .filter(({ dir }) => existsSync(join(dir, 'package.json')))
  .map(({ name, dir }) => ({ name, dir, pkg: read(join(dir, 'package.json')) }))
  .filter(({ pkg }) => !pkg.private);
const license = readFileSync('LICENSE', 'utf8');

describe('published packages', () => {
  it('are the seven of the repository, all in @k8s-diagrams', () => {
    assert.deepEqual(published.map((p) => p.pkg.name).sort(), ['@k8s-diagrams/core', '@k8s-diagrams/elements', '@k8s-diagrams/icons', '@k8s-diagrams/layout', '@k8s-diagrams/motion', '@k8s-diagrams/react', '@k8s-diagrams/render']);
  });

  for (const { name, dir, pkg } of published) {
    it(`${pkg.name}: description, keywords, Apache-2.0 with its LICENSE, the repository's URL and its folder, public access`, () => {
      assert.ok((pkg.description ?? '').length > 30, 'a description');
      assert.ok((pkg.keywords ?? []).includes('kubernetes'), 'keywords, kubernetes among them');
      assert.equal(pkg.license, 'Apache-2.0');
      assert.equal(pkg.license, root.license);
      assert.equal(readFileSync(join(dir, 'LICENSE'), 'utf8'), license, `${dir}/LICENSE is the repository's LICENSE`);
      assert.match(license, /Apache License\s+Version 2\.0/);
      assert.deepEqual(pkg.repository, { ...root.repository, directory: `packages/${name}` });
      assert.equal(pkg.bugs?.url, root.bugs?.url);
      assert.ok(pkg.homepage?.startsWith(root.repository!.url.replace(/^git\+/, '').replace(/\.git$/, '')), `homepage ${pkg.homepage}`);
      assert.equal(pkg.publishConfig?.access, 'public', 'scoped packages publish as public');
    });

    it(`${pkg.name}: ships dist, its README and LICENSE; every export points into what it ships`, () => {
      for (const f of ['dist', 'README.md', 'LICENSE']) assert.ok(pkg.files?.includes(f), `files lacks ${f}`);
      assert.ok(existsSync(join(dir, 'README.md')));
      const targets = (value: unknown): string[] =>
        typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
      for (const target of targets(pkg.exports)) {
        const path = target.replace(/^\.\//, '');
        if (path === 'package.json') continue;
        assert.ok(pkg.files?.includes(path.split('/')[0]!) || pkg.files?.includes(path), `${target} is outside "files"`);
      }
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
        if (dep.startsWith('@k8s-diagrams/')) assert.equal(range, 'workspace:*', `${dep}: siblings by workspace:* (packed as their version)`);
        else assert.match(range, /^\d+\.\d+\.\d+$/, `${dep} is pinned`);
      }
    });
  }

  it('@k8s-diagrams/elements: sideEffects names exactly the define modules, in dist and src', () => {
    const { pkg } = published.find((p) => p.name === 'elements')!;
    const defines = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon', 'k8s-diagrams'];
    assert.deepEqual([...(pkg.sideEffects as string[])].sort(), [...defines.map((d) => `./dist/${d}.js`), ...defines.map((d) => `./src/${d}.ts`)].sort());
    for (const d of defines) assert.ok(existsSync(`packages/elements/src/${d}.ts`), `${d}.ts exists`);
  });

  it('the others have no side effects, and the CDN bundle stays one entry file', () => {
    for (const { name, pkg } of published) if (name !== 'elements') assert.equal(pkg.sideEffects, false, pkg.name);
    const elements = published.find((p) => p.name === 'elements')!.pkg;
    assert.deepEqual(elements.exports?.['./bundle'], { types: './dist/k8s-diagrams.d.ts', default: './dist/k8s-diagrams.bundle.js' });
  });

  it('Changesets versions the seven together and leaves the private workspaces alone', () => {
    const config = JSON.parse(readFileSync('.changeset/config.json', 'utf8')) as { fixed: string[][]; access: string; baseBranch: string; privatePackages: { version: boolean } };
    assert.deepEqual([...config.fixed[0]!].sort(), published.map((p) => p.pkg.name).sort());
    assert.equal(config.access, 'public');
    assert.equal(config.baseBranch, 'main');
    assert.equal(config.privatePackages.version, false);
    for (const f of readdirSync('.changeset').filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const front = readFileSync(join('.changeset', f), 'utf8').match(/^---\n([^]*?)\n---/);
      assert.ok(front, `${f} has a frontmatter`);
      for (const line of front[1]!.split('\n')) {
        const m = line.match(/^"([^"]+)": (patch|minor|major)$/);
        assert.ok(m, `${f}: "${line}"`);
        assert.ok(config.fixed[0]!.includes(m[1]!), `${f} names ${m[1]}, not a published package`);
      }
    }
  });
});
