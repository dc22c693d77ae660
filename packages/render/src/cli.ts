import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIO_ELEMENTS, type Model, type ScenarioElement } from '@k8s-diagrams/core';
import { RenderError } from './errors.js';
import type { FigureInput } from './figure.js';

export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
}

const HELP = `k8s-diagrams — Kubernetes diagrams without a browser

Usage:
  k8s-diagrams render '<k8s-cluster control-planes="3"></k8s-cluster>' -o ha.svg
  k8s-diagrams render --model model.json [--element k8s-cluster] -o mine.png
  k8s-diagrams render '<k8s-cluster></k8s-cluster>' --scenario kubectl-apply --animated -o apply.svg
  k8s-diagrams render '<k8s-cluster></k8s-cluster>' --scenario kubectl-apply --step 5 -o step5.svg
  k8s-diagrams render --snapshot cluster.json [--audit audit.log --animated] -o mine.svg
  k8s-diagrams prerender 'site/**/*.html'

render options:
  -o, --output <file>   where to write; - for stdout (default: stdout)
  --model <file>        a model as JSON (the elements' .model) instead of HTML
  --element <tag>       the element a --model is drawn as (default k8s-cluster)
  --format svg|png      default: from the output's extension, else svg
  --scale <n>           PNG pixels per CSS pixel (default 2)
  --lang fr|en          captions and labels (default: the element's lang, else en)
  --theme light|dark    (default: the element's theme, else light)
  --width <px>          the column width the figure is drawn for (wider figures scale down)
  --scenario <id>       a built-in scenario (default: the element's scenario attribute)
  --animated            the whole scenario as an animated SVG (plays in an <img>)
  --step <n>            the static frame of beat n, counted from 1
  --snapshot <file>     draw a recorded cluster: kubectl get nodes,pods -A -o json (or -o yaml)
  --audit <file>        with --snapshot: replay its audit log (--audit-log-path, JSON lines) as the scenario
  --namespaces <list>   with --snapshot: only the Pods of these namespaces (default,shop)
  --redact              with --audit: nothing from the log's user agents, source IPs or bodies in the output
  --keep-noise          with --audit: also replay leases, leader election, health and discovery requests

prerender options:
  --lang, --theme       as above, for every figure (elements' own attributes win)

Exit code 1 and one line on stderr when something is wrong; nothing is written then.`;

/** Writes `data` to `path` all at once: a temporary file in the same folder, then a rename. */
async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  let dir: string;
  try {
    dir = await mkdtemp(join(dirname(path), '.k8s-diagrams-'));
  } catch {
    throw new RenderError('unwritable-output', `Cannot write ${path}: its folder does not exist or is not writable.`, path);
  }
  const temporary = join(dir, 'out');
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (e) {
    throw new RenderError('unwritable-output', `Cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`, path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readModel(path: string): Promise<Model> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new RenderError('invalid-input', `Cannot read ${path}.`, path);
  }
  try {
    return JSON.parse(text) as Model;
  } catch (e) {
    throw new RenderError('invalid-model', `${path} is not JSON: ${(e as Error).message}.`, path);
  }
}

function numberOption(name: string, raw: string | undefined, integer = false): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value)))
    throw new RenderError('invalid-option', `--${name} ${JSON.stringify(raw)} is not ${integer ? 'a whole number' : 'a number'}.`, name);
  return value;
}

async function render(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      model: { type: 'string' },
      element: { type: 'string' },
      format: { type: 'string' },
      scale: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      width: { type: 'string' },
      scenario: { type: 'string' },
      animated: { type: 'boolean' },
      step: { type: 'string' },
      snapshot: { type: 'string' },
      audit: { type: 'string' },
      namespaces: { type: 'string' },
      redact: { type: 'boolean' },
      'keep-noise': { type: 'boolean' },
    },
  });
  if (positionals.length > 1) throw new RenderError('invalid-input', 'Give the element as one argument, in quotes.');
  let input: FigureInput;
  let recordedScenario: unknown;
  if (values.audit !== undefined && values.snapshot === undefined)
    throw new RenderError('invalid-option', '--audit replays a log on a cluster: give its snapshot with --snapshot cluster.json.', 'audit');
  for (const flag of ['redact', 'keep-noise'] as const)
    if (values[flag] && values.audit === undefined) throw new RenderError('invalid-option', `--${flag} is about the replayed log: give it with --audit audit.log.`, flag);
  if (values.snapshot !== undefined) {
    if (positionals.length || values.model !== undefined) throw new RenderError('invalid-input', 'Give one of HTML, --model or --snapshot.');
    const { recordedCluster } = await import('./snapshot.js');
    const { matchLanguage } = await import('@k8s-diagrams/core');
    const recorded = await recordedCluster(resolve(io.cwd, values.snapshot), {
      ...(values.audit !== undefined ? { auditPath: resolve(io.cwd, values.audit) } : {}),
      ...(values.namespaces !== undefined ? { namespaces: values.namespaces } : {}),
      redact: values.redact === true,
      keepNoise: values['keep-noise'] === true,
      lang: matchLanguage(values.lang).lang,
    });
    for (const w of recorded.warnings) io.stderr.write(`k8s-diagrams: note: ${w}\n`);
    input = recorded.model;
    recordedScenario = recorded.scenario;
  } else if (values.model !== undefined) {
    if (positionals.length) throw new RenderError('invalid-input', 'Give either HTML or --model, not both.');
    input = await readModel(resolve(io.cwd, values.model));
  } else if (positionals[0] !== undefined) input = positionals[0];
  else throw new RenderError('invalid-input', "Nothing to render: k8s-diagrams render '<k8s-cluster></k8s-cluster>' -o cluster.svg (see --help).");

  if (values.element !== undefined && !(SCENARIO_ELEMENTS as readonly string[]).includes(values.element))
    throw new RenderError('invalid-option', `--element ${JSON.stringify(values.element)} is not valid; use ${SCENARIO_ELEMENTS.join(', ')}.`, 'element');
  const output = values.output === undefined || values.output === '-' ? undefined : resolve(io.cwd, values.output);
  const format = values.format ?? (output?.toLowerCase().endsWith('.png') ? 'png' : 'svg');
  if (format !== 'svg' && format !== 'png') throw new RenderError('invalid-option', `--format ${JSON.stringify(format)} is not valid; use svg or png.`, 'format');
  if (values.animated && format === 'png') throw new RenderError('invalid-option', 'An animated figure is an SVG: use --format svg (or an .svg output).', 'format');
  if (values.animated && values.step !== undefined) throw new RenderError('invalid-option', 'Use --animated or --step, not both.', 'step');

  const options = {
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
    ...(values.width !== undefined ? { width: numberOption('width', values.width) } : {}),
    ...(values.scenario !== undefined ? { scenario: values.scenario } : recordedScenario ? { scenario: recordedScenario } : {}),
    ...(values.step !== undefined ? { step: numberOption('step', values.step, true) } : {}),
    ...(values.element !== undefined ? { element: values.element as ScenarioElement } : {}),
  };
  // Each output loads only what it needs (resvg, the animation, fonts): a cold start stays short.
  const data =
    format === 'png'
      ? await (await import('./png.js')).renderPng(input, { ...options, ...(values.scale !== undefined ? { scale: numberOption('scale', values.scale) } : {}) })
      : values.animated
        ? await (await import('./animated.js')).renderAnimatedSvg(input, options)
        : await (await import('./svg.js')).renderSvg(input, options);
  if (output) await writeAtomically(output, data);
  else io.stdout.write(data);
}

async function prerender(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { lang: { type: 'string' }, theme: { type: 'string' } },
  });
  if (positionals.length === 0) throw new RenderError('invalid-input', "Which pages? k8s-diagrams prerender 'site/**/*.html'");
  const { prerenderFiles } = await import('./prerender-files.js');
  const report = await prerenderFiles(positionals, {
    cwd: io.cwd,
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
  });
  for (const e of report.errors) io.stderr.write(`k8s-diagrams: ${e.file}: <${e.tag}> ${e.code}: ${e.message} (left to draw in the browser)\n`);
  io.stdout.write(`prerendered ${report.figures} figure${report.figures === 1 ? '' : 's'} in ${report.pages} page${report.pages === 1 ? '' : 's'}\n`);
}

/** Runs the command; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function main(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(`${HELP}\n`);
      return command === undefined ? 1 : 0;
    }
    if (command === '--version' || command === '-v') {
      const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
      io.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    if (command === 'render') await render(rest, io);
    else if (command === 'prerender') await prerender(rest, io);
    else throw new RenderError('invalid-input', `Unknown command ${JSON.stringify(command)}: use render or prerender (see --help).`);
    return 0;
  } catch (e) {
    if (e instanceof RenderError) io.stderr.write(`k8s-diagrams: ${e.code}: ${e.message}\n`);
    else if (e instanceof Error && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))
      io.stderr.write(`k8s-diagrams: invalid-option: ${e.message} (see --help)\n`);
    else io.stderr.write(`k8s-diagrams: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
