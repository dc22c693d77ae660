// `pnpm pack:all`: builds, then packs every published package into dist-packages/ (one
// tarball each, `workspace:*` turned into the real versions by pnpm), so they can be installed
// together before they are on the registry (README "Install before the packages are on the
// registry"). `--no-build` packs what `pnpm build` left in the dist/ folders.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const OUT = 'dist-packages';

/** The published packages (every non-private package under packages/), in dependency order. */
export function publishedPackages() {
  const order = ['core', 'layout', 'icons', 'motion', 'elements', 'react', 'render'];
  const dirs = readdirSync('packages', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join('packages', d.name))
    .filter((dir) => {
      try {
        return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
      } catch {
        return false;
      }
    });
  const rank = (dir) => {
    const i = order.indexOf(dir.slice('packages/'.length));
    return i < 0 ? order.length : i;
  };
  return dirs.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { dir, name: pkg.name, version: pkg.version, tarball: join(OUT, `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`) };
  });
}

export function packAll({ build = true, quiet = false } = {}) {
  const stdio = quiet ? 'pipe' : 'inherit';
  if (build) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const destination = resolve(OUT);
  const packages = publishedPackages();
  for (const p of packages) execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: p.dir, stdio: 'pipe' });
  const written = readdirSync(OUT).filter((f) => f.endsWith('.tgz'));
  for (const p of packages) {
    if (!written.includes(p.tarball.slice(OUT.length + 1))) throw new Error(`pnpm pack wrote no ${p.tarball}`);
  }
  return packages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packages = packAll({ build: !process.argv.includes('--no-build') });
  console.log(`\n${packages.length} packages packed into ${OUT}/:`);
  for (const p of packages) console.log(`  ${p.tarball}  (${p.name}@${p.version})`);
  console.log(`\nInstall them together, e.g. npm install ${packages.map((p) => `./${p.tarball}`).join(' ')}`);
}
