// Prints what a page fetches to show a diagram with the bundle: the entry module and the
// chunks it imports statically (the budget: 40 KB gzip), then what loads on demand.
// Run after `pnpm build`: pnpm size  (--scenarios: one row per built-in; --json for machines)
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'packages/elements/dist';
export const ENTRY = join(DIST, 'k8s-diagrams.bundle.js');
export const BUDGETS = { entry: 40 * 1024, motion: 30 * 1024 };

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files a module imports statically (`import … from "./x.js"` / `import "./x.js"`), transitively. */
export function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) {
    if (m[1].startsWith('.')) staticClosure(join(dirname(file), m[1]), seen);
  }
  return seen;
}

/**
 * Chunks loaded with `import("…")` from a set of files, with their own static imports, and
 * the chunks those load in turn (the motion chunk loads each scenario's).
 */
export function dynamicChunks(files) {
  const out = new Set();
  const queue = [...files];
  for (let file; (file = queue.shift()) !== undefined; ) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
      if (!m[1].startsWith('.')) continue;
      for (const f of staticClosure(join(dirname(file), m[1])))
        if (!out.has(f) && !files.includes(f)) {
          out.add(f);
          queue.push(f);
        }
    }
  }
  return out;
}

/** The chunk files a set of files loads with `import("…")` (the roots only). */
function dynamicChunkRoots(files) {
  const out = new Set();
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) if (m[1].startsWith('.')) out.add(join(dirname(file), m[1]));
  return [...out];
}

export function measure() {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`pnpm build\` first.`);
  const entry = [...staticClosure(ENTRY)];
  const later = [...dynamicChunks(entry)];
  const row = (files) => ({
    files: files.map((f) => relative(DIST, f)),
    raw: files.reduce((s, f) => s + readFileSync(f).length, 0),
    gzip: files.reduce((s, f) => s + gzip(f), 0),
  });
  // The motion chunk with its static imports, then each built-in scenario it can fetch:
  // a page that plays one scenario fetches the motion chunk, that scenario's chunk (with
  // what it imports beyond the entry and the motion chunk) and the layouts loaded with it.
  const motionEntry = later.find((f) => /motion-chunk-/.test(f));
  const motionFiles = motionEntry ? [...staticClosure(motionEntry)].filter((f) => !entry.includes(f)) : [];
  const already = new Set([...entry, ...motionFiles]);
  const sharedLayouts = later.filter((f) => /(scenario-layouts|shared\.generated)-/.test(f));
  const scenarios = {};
  for (const chunk of dynamicChunkRoots(motionFiles)) {
    const name = basename(chunk).replace(/-[A-Z0-9]+\.js$/, '');
    if (name.endsWith('.generated') || /^(scenario-layouts|elk-worker-client|browser)$/.test(name)) continue;
    const layouts = later.filter((f) => basename(f).startsWith(`${name}.generated-`));
    scenarios[name] = [...new Set([...staticClosure(chunk), ...layouts.flatMap((l) => [...staticClosure(l)])])].filter((f) => !already.has(f));
  }
  const scenarioLayouts = [...sharedLayouts, ...Object.values(scenarios).flat().filter((f) => /\.generated-/.test(f))];
  const scenarioCode = Object.values(scenarios).flat();
  const rows = Object.fromEntries(Object.entries(scenarios).map(([id, files]) => [id, row([...motionFiles, ...sharedLayouts, ...files])]));
  const heaviest = Object.entries(rows).sort(([, a], [, b]) => b.gzip - a.gzip)[0];
  // The snapshot chunk (src, objects, audit-src) and the YAML parser it loads for YAML only.
  const snapshotFiles = later.filter((f) => /snapshot-chunk/.test(f));
  const yamlFiles = [...dynamicChunks(snapshotFiles)].filter((f) => !snapshotFiles.includes(f));
  // The icons of kinds no default figure draws (a Service, add-ons, clients), fetched with
  // the first figure or <k8s-icon> that shows one.
  const iconFiles = later.filter((f) => /lazy-icons-/.test(f));
  const result = {
    entry: row(entry),
    onDemand: row(later.filter((f) => !motionFiles.includes(f) && !scenarioLayouts.includes(f) && !scenarioCode.includes(f) && !snapshotFiles.includes(f) && !yamlFiles.includes(f) && !iconFiles.includes(f))),
    lazyIcons: row(iconFiles),
    snapshot: row(snapshotFiles),
    yaml: row(yamlFiles),
    snapshotWorker: row([join(DIST, 'snapshot.worker.js')]),
    motion: row(motionFiles),
    scenarioLayouts: row(scenarioLayouts),
    /** Per built-in: the motion chunk + that scenario's code and layouts (what one scenario page fetches beyond the entry). */
    withScenario: rows,
    /** The heaviest of those, which the motion budget bounds. */
    heaviestScenario: heaviest ? { id: heaviest[0], ...heaviest[1] } : row(motionFiles),
    worker: row([join(DIST, 'elk.worker.js')]),
  };
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log('| what the page fetches | raw | gzip | budget |');
    console.log('|---|---:|---:|---:|');
    console.log(`| entry (k8s-diagrams.bundle.js + static chunks), every default figure | ${kb(r.entry.raw)} | ${kb(r.entry.gzip)} | ${kb(BUDGETS.entry)} |`);
    if (r.motion.files.length) console.log(`| motion chunk (only with a scenario) | ${kb(r.motion.raw)} | ${kb(r.motion.gzip)} | — |`);
    const h = r.heaviestScenario;
    console.log(`| motion chunk + the heaviest built-in scenario (${h.id}) with its layouts: one scenario on the page | ${kb(h.raw)} | ${kb(h.gzip)} | ${kb(BUDGETS.motion)} |`);
    if (r.scenarioLayouts.files.length)
      console.log(`| precomputed layouts of the figures as the scenarios play them (all scenarios) | ${kb(r.scenarioLayouts.raw)} | ${kb(r.scenarioLayouts.gzip)} | — |`);
    if (process.argv.includes('--scenarios'))
      for (const [id, x] of Object.entries(r.withScenario)) console.log(`| motion chunk + ${id} | ${kb(x.raw)} | ${kb(x.gzip)} | ${kb(BUDGETS.motion)} |`);
    console.log(`| icons of the kinds no default figure draws (Service, add-ons, clients: with the first figure that has one) | ${kb(r.lazyIcons.raw)} | ${kb(r.lazyIcons.gzip)} | — |`);
    console.log(`| layout pipeline (only for a topology without a preset) | ${kb(r.onDemand.raw)} | ${kb(r.onDemand.gzip)} | — |`);
    console.log(`| ELK worker (only for a topology without a preset) | ${kb(r.worker.raw)} | ${kb(r.worker.gzip)} | — |`);
    console.log(`| snapshot chunk (only with \`src\`, \`.objects\`, \`audit-src\`, \`.auditEvents\`) | ${kb(r.snapshot.raw)} | ${kb(r.snapshot.gzip)} | — |`);
    console.log(`| YAML parser (only for a YAML snapshot) | ${kb(r.yaml.raw)} | ${kb(r.yaml.gzip)} | — |`);
    console.log(`| snapshot worker (only for files over 256 KB) | ${kb(r.snapshotWorker.raw)} | ${kb(r.snapshotWorker.gzip)} | — |`);
    const over = r.entry.gzip > BUDGETS.entry || r.heaviestScenario.gzip > BUDGETS.motion;
    if (over) {
      console.error('over budget');
      process.exitCode = 1;
    }
  }
}
