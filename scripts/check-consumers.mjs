// The consumer apps of examples/consumers/ (a Vite + TypeScript app, React 19, React 18 with
// @k8s-diagrams/react, Vue 3, Astro), checked as a user would meet them: each installs the
// packed tarballs of dist-packages/ (never the workspace), type-checks, builds, and its built
// output opens in Chromium: the figure draws in its shadow root, the app's own "Play" button
// plays the scenario to its end and the app's handlers see every k8s-step and the k8s-end,
// with no console error; the ELK worker loads only on a page whose figure needs a layout of
// its own. Writes `.test-results/consumers.json` ({ passed, failed }) for scripts/test-all.mjs.
//
// Each app is copied to a temporary folder next to a copy of dist-packages/ (so its
// `file:../../../dist-packages/…` specs resolve), then `pnpm install --no-frozen-lockfile
// --prefer-offline`: the framework packages stay as the app's pnpm-lock.yaml locks them (from
// the shared pnpm store, the registry only for what it lacks), while the tarballs, whose
// checksum changes at every pack, are taken as they are now. The apps install and build one
// after the other (2 cores); each one's Chromium check, mostly waiting for the scenario to
// play, runs while the next one builds. `node scripts/check-consumers.mjs [app…]` checks only the apps named;
// `--pack` packs first (else the tarballs `pnpm pack:all` left are used, packed again if one is
// missing or older than its package's dist/). Run `pnpm build` first.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { OUT, packAll, publishedPackages } from './pack-all.mjs';

const CONSUMERS = 'examples/consumers';

/**
 * What each app must show. `propertySpeed`: the app sets `speed` as a property (no `speed`
 * attribute on the element); Astro writes HTML, so its `speed="4"` stays an attribute.
 * Every page is one `<k8s-cluster id="figure">`; `play`: the page has the app's Play button
 * and status line; `elk`: whether the page must load the ELK worker; `nodes`: worker nodes drawn.
 */
const APPS = {
  'vite-ts': {
    propertySpeed: true,
    pages: [
      { path: '/', play: true, elk: false, nodes: 2 },
      { path: '/custom.html', play: false, elk: true, nodes: 4 },
    ],
  },
  react19: { propertySpeed: true, pages: [{ path: '/', play: true, elk: false, nodes: 2 }] },
  react18: { propertySpeed: true, pages: [{ path: '/', play: true, elk: false, nodes: 2 }] },
  vue: { propertySpeed: true, pages: [{ path: '/', play: true, elk: false, nodes: 2 }] },
  astro: { propertySpeed: false, pages: [{ path: '/', play: true, elk: false, nodes: 2 }] },
};

const env = {
  ...process.env,
  CI: 'true',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
};

const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`✖ ${name}\n${String(error instanceof Error ? error.message : error).replace(/^/gm, '    ')}`);
    return false;
  }
}

/** Runs a command without blocking (the browser checks of the previous app go on meanwhile). */
function run(cwd, command, args) {
  return new Promise((ok, no) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', no);
    child.on('close', (code, signal) => {
      if (code === 0) ok(output);
      else no(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${output.trim().split('\n').slice(-40).join('\n')}`));
    });
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/** A static server for a built app (`/` → index.html, `/x/` → x/index.html). */
function serve(root) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((c) => server.close(c)) })));
}

async function checkPage(browser, base, app, page) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = [];
  const scripts = [];
  tab.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  tab.on('console', (m) => {
    // (Chromium asks for /favicon.ico on its own; the apps have none.)
    if ((m.type() === 'error' || m.type() === 'warning') && !/\/favicon\.ico$/.test(m.location().url)) errors.push(`console.${m.type()}: ${m.text()} (${m.location().url})`);
  });
  tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  tab.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  tab.on('request', (r) => scripts.push(r.url()));
  tab.on('worker', (w) => scripts.push(w.url()));
  try {
    await tab.goto(`${base}${page.path}`, { waitUntil: 'load' });
    const drawn = await tab.evaluate(async () => {
      const timeout = (ms) => new Promise((_, no) => setTimeout(() => no(new Error(`not done after ${ms} ms`)), ms));
      await Promise.race([customElements.whenDefined('k8s-cluster'), timeout(15_000)]);
      const el = document.querySelector('#figure');
      if (!el) return { missing: true };
      await Promise.race([el.layoutComplete, timeout(30_000)]);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const root = el.shadowRoot;
      return {
        missing: false,
        tag: el.localName,
        figure: root?.querySelector('.frame [part~="diagram"] svg') != null,
        components: root?.querySelectorAll('[data-component]').length ?? 0,
        nodes: root?.querySelectorAll('[data-kind="node"]').length ?? 0,
        error: root?.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
        speed: el.speed,
        speedAttribute: el.getAttribute('speed'),
        beats: el.steps?.length ? Math.max(...el.steps.map((s) => s.beat)) + 1 : 0,
      };
    });
    if (drawn.missing) throw new Error('no #figure on the page');
    if (drawn.error) throw new Error(`the figure shows an error: ${drawn.error}`);
    if (!drawn.figure) throw new Error('no drawn diagram ([part~="diagram"] svg) in the shadow root');
    if (drawn.components < 15) throw new Error(`only ${drawn.components} components drawn`);
    if (drawn.nodes !== page.nodes) throw new Error(`${drawn.nodes} worker nodes drawn, expected ${page.nodes}`);
    if (page.play) {
      if (drawn.speed !== 4) throw new Error(`speed is ${JSON.stringify(drawn.speed)}, expected the number 4`);
      if (app.propertySpeed && drawn.speedAttribute !== null) throw new Error(`speed was set as an attribute (“${drawn.speedAttribute}”), not as a property`);
      if (drawn.beats < 5) throw new Error(`the scenario has only ${drawn.beats} beats`);
      await tab.click('#play');
      await tab.waitForSelector('#status[data-ended]', { timeout: 90_000 });
      const status = await tab.evaluate(() => {
        const s = document.querySelector('#status');
        return { ended: s.dataset.ended, steps: Number(s.dataset.steps), text: s.textContent };
      });
      if (status.ended !== 'kubectl-apply') throw new Error(`k8s-end named “${status.ended}”`);
      if (status.steps !== drawn.beats) throw new Error(`the app's handler saw ${status.steps} k8s-step events for ${drawn.beats} beats`);
      if (!/played to its end/.test(status.text)) throw new Error(`status line: “${status.text}”`);
    }
    const elk = scripts.filter((u) => /elk\.worker/.test(u));
    if (page.elk && elk.length === 0) throw new Error('the ELK worker never loaded, yet this figure has no precomputed layout');
    if (!page.elk && elk.length) throw new Error(`the ELK worker loaded for a figure with a precomputed layout: ${elk.join(', ')}`);
    if (errors.length) throw new Error(errors.join('\n'));
  } finally {
    await tab.close();
  }
}

/** Installs, type-checks and builds an app; resolves with the promise of its browser checks. */
async function checkApp(name, app, root, browser) {
  const dir = join(root, CONSUMERS, name);
  cpSync(join(CONSUMERS, name), dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|\.astro)$/.test(src) });
  const label = `${CONSUMERS}/${name}`;
  if (!(await check(`${label}: installs the packed tarballs`, async () => {
    const lockfile = join(dir, 'pnpm-lock.yaml');
    const locked = existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : null;
    if (locked === null) throw new Error(`${label} has no pnpm-lock.yaml`);
    await run(dir, 'pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline', '--config.confirmModulesPurge=false']);
    // Only the tarballs' lines may change (their checksums): every other package is as locked.
    const others = (text) => text.split('\n').filter((line) => !line.includes(`${OUT}/`));
    const before = others(locked);
    const after = others(readFileSync(lockfile, 'utf8'));
    const changed = after.filter((line, i) => line !== before[i]);
    if (before.length !== after.length || changed.length) {
      throw new Error(`pnpm-lock.yaml is out of date (run pnpm install --ignore-workspace in ${label}); it changed at:\n${changed.slice(0, 10).join('\n')}`);
    }
    // What it installed is the tarballs, not a link to the workspace.
    const installed = realpathSync(join(dir, 'node_modules/@k8s-diagrams/elements'));
    if (!installed.startsWith(realpathSync(dir) + sep)) throw new Error(`@k8s-diagrams/elements resolves to ${installed}, outside the app`);
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    if (JSON.stringify(pkg.dependencies).includes('workspace:')) throw new Error('the installed elements still name workspace: versions');
  }))) return;
  const typed = await check(`${label}: type-checks`, () => run(dir, 'pnpm', ['run', 'typecheck']));
  const built = await check(`${label}: builds`, () => run(dir, 'pnpm', ['run', 'build']));
  if (!typed || !built) return;
  return { done: openInChromium(label, app, dir, browser) };
}

async function openInChromium(label, app, dir, browser) {
  const server = await serve(resolve(dir, 'dist'));
  try {
    await Promise.all(
      app.pages.map((page) => {
        const what = page.play ? 'draws, and its Play button plays the scenario to the end through the app’s handlers' : 'draws';
        return check(`${label} ${page.path}: ${what}${page.elk ? ' (the ELK worker lays it out)' : ' (no ELK worker)'}`, () => checkPage(browser, server.url, app, page));
      }),
    );
  } finally {
    await server.close();
  }
}

/** The newest modification time under a folder (0 if it is missing). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((t, e) => Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const name of wanted) if (!(name in APPS)) throw new Error(`no app ${name} (${Object.keys(APPS).join(', ')})`);
const names = wanted.length ? wanted : Object.keys(APPS);
const present = new Set(readdirSync(CONSUMERS));

await check(`the packed tarballs are in ${OUT}/`, () => {
  if (process.argv.includes('--pack') || publishedPackages().some((p) => !existsSync(p.tarball) || statSync(p.tarball).mtimeMs < newest(join(p.dir, 'dist')))) {
    packAll({ build: false, quiet: true });
  }
});

const root = mkdtempSync(join(tmpdir(), 'k8s-diagrams-consumers-'));
const browser = await launchChromium();
try {
  cpSync(OUT, join(root, OUT), { recursive: true });
  mkdirSync(join(root, CONSUMERS), { recursive: true });
  // The browser checks mostly wait for the scenario to play: each app's run in Chromium goes on
  // while the next app installs and builds (those run one at a time).
  const opened = [];
  for (const name of names) {
    if (!present.has(name)) {
      await check(`${CONSUMERS}/${name} exists`, () => {
        throw new Error('missing');
      });
      continue;
    }
    const started = await checkApp(name, APPS[name], root, browser);
    if (started) opened.push(started.done);
  }
  await Promise.all(opened);
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/consumers.json', JSON.stringify({ passed, failed }));
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
