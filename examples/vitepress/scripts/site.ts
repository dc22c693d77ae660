// Builds the VitePress example and serves what it built, for the screenshot script and the
// tests in test/examples. The build runs the real `vitepress build` (server-side render
// included) in a child process, with no `source` condition: the site gets
// @k8s-diagrams/elements from its dist/, as a site that installed it from npm would.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from '../../../test/support/static-server.js';

/** examples/vitepress */
export const SITE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** Where `vitepress build` writes the site. */
export const DIST_DIR = join(SITE_DIR, '.vitepress', 'dist');
/** The repository's root. */
export const REPO_DIR = join(SITE_DIR, '..', '..');

const require = createRequire(join(SITE_DIR, 'package.json'));

/** axe-core's browser script, from this example's devDependencies. */
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Runs `vitepress build` and returns its output; throws with that output if it fails. */
export function buildSite(): string {
  const bin = join(dirname(require.resolve('vitepress/package.json')), 'bin', 'vitepress.js');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: SITE_DIR, env, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`vitepress build failed (${result.status ?? result.signal}):\n${output}`);
  return output;
}

/** Serves the built site on 127.0.0.1 (a random port). */
export function serveSite(): Promise<StaticServer> {
  return serveStatic(DIST_DIR);
}

/** The two pages of the site: French at the root, English under /en/. */
export const PAGES = [
  { lang: 'fr', path: '/' },
  { lang: 'en', path: '/en/' },
] as const;
