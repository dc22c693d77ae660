// The snapshot chunk: what `<k8s-cluster src|objects|audit-src|audit-events>` loads, on
// demand, the first time one of them is set. It fetches the files (relative to the page),
// reads them (in a worker when they are large), builds the cluster model and the audit
// scenario, and reports problems through the elements' error contract.
// It imports nothing from the modules of the entry (only types): sharing modules with it
// would split the entry into more files, and it would grow.
import { parseKubernetesText, type AuditScenario, type AuditScenarioOptions, type DiagramError, type ErrorCode, type KubernetesModel, type LocalizedText, type Model, type Result, type Scenario } from '@k8s-diagrams/core';
import { encodeInSlices, runJob, type Job, type JobResult } from './snapshot-work.js';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(code: ErrorCode, path: string, message: LocalizedText): Result<T> => ({ ok: false, errors: [{ code, path, message }] });
const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** What the chunk reads from `<k8s-cluster>`. */
export interface SnapshotHost extends HTMLElement {
  src: string | null;
  objects: unknown;
  auditSrc: string | null;
  auditEvents: unknown;
  namespaces: string | null;
  timeScale: string | number | null;
  auditOptions: AuditScenarioOptions | null;
  scenario: unknown;
}

/** Texts larger than this are read in the worker, so the page never freezes. */
export const WORKER_THRESHOLD = 256 * 1024;

interface State {
  snapshotKey?: unknown;
  snapshot?: Promise<Result<KubernetesModel>>;
  auditKey?: unknown;
  audit?: Promise<Result<AuditScenario>>;
  /** The scenario this chunk gave the element (it takes it back when the log goes). */
  scenario?: Scenario;
}
const states = new WeakMap<SnapshotHost, State>();

/** Keys made of several parts, compared by identity (objects) and value (strings). */
const same = (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** The inline `<script type="application/json">` child's text, if any. */
export function inlineSnapshot(host: Element): string | undefined {
  for (const child of host.children)
    if (child.localName === 'script' && /^application\/(json|yaml|x-yaml)$/i.test(child.getAttribute('type') ?? '')) return child.textContent ?? '';
  return undefined;
}

/**
 * The model `<k8s-cluster>` draws from its snapshot (or, without one, from its markup), and
 * the scenario its audit log makes, given to the element as its `scenario`.
 */
export async function snapshotModel(host: SnapshotHost, markup: () => Result<Model>): Promise<Result<Model>> {
  const state = states.get(host) ?? {};
  states.set(host, state);
  const inline = inlineSnapshot(host);
  const options = { namespaces: host.namespaces };

  let figure: Model | KubernetesModel;
  if (host.objects !== null && host.objects !== undefined || host.src || inline !== undefined) {
    const key = [host.objects, host.src, inline, host.namespaces];
    if (!state.snapshot || !same(key, state.snapshotKey)) {
      state.snapshotKey = key;
      state.snapshot = loadSnapshot(host, inline, options);
    }
    const snapshot = await state.snapshot;
    if (!snapshot.ok) return snapshot;
    figure = snapshot.value;
    reportWarnings(host, 'snapshot', snapshot.value.warnings, snapshot.value.skipped);
  } else {
    const built = markup();
    if (!built.ok) return built;
    figure = built.value;
  }
  const model = 'model' in figure ? figure.model : figure;

  const hasLog = (host.auditEvents !== null && host.auditEvents !== undefined) || !!host.auditSrc;
  if (hasLog) {
    const scale = host.timeScale === null || host.timeScale === undefined || host.timeScale === '' ? undefined : Number(host.timeScale);
    if (scale !== undefined && !(scale > 0 && scale <= 10000))
      return fail('invalid-attribute', 'time-scale', {
        en: `time-scale=${quote(String(host.timeScale))} is not valid; use a number above 0 (2 replays twice as fast as the log’s clock).`,
        fr: `time-scale=${quote(String(host.timeScale))} n’est pas valide ; indiquez un nombre supérieur à 0 (2 rejoue deux fois plus vite que l’horloge du journal).`,
      });
    const auditOptions: AuditScenarioOptions = { ...(host.auditOptions ?? {}), ...(scale === undefined ? {} : { timeScale: scale }) };
    // The figure as a key: a snapshot's model is cached (same object), markup's is rebuilt each time.
    const key = [host.auditEvents, host.auditSrc, 'model' in figure ? model : JSON.stringify(model), scale, host.auditOptions];
    if (!state.audit || !same(key, state.auditKey)) {
      state.auditKey = key;
      state.audit = loadAudit(host, figure, auditOptions);
    }
    const audit = await state.audit;
    if (!audit.ok) return audit;
    reportWarnings(host, 'audit log', audit.value.warnings);
    if (host.scenario !== audit.value.scenario) {
      state.scenario = audit.value.scenario;
      host.scenario = audit.value.scenario;
    }
  } else if (state.scenario) {
    if (host.scenario === state.scenario) host.scenario = null;
    state.scenario = undefined;
    state.audit = undefined;
  }
  return ok(model);
}

async function loadSnapshot(host: SnapshotHost, inline: string | undefined, options: { namespaces: string | null }): Promise<Result<KubernetesModel>> {
  let input: string | { objects: unknown };
  // `.objects` may be the file's text (a dropped file) or data already parsed.
  if (typeof host.objects === 'string') input = host.objects;
  else if (host.objects !== null && host.objects !== undefined) input = { objects: host.objects };
  else if (host.src) {
    const text = await fetchText(host.src, 'src');
    if (!text.ok) return text;
    input = text.value;
  } else input = inline ?? '';
  return (await run({ kind: 'snapshot', input, options })) as Result<KubernetesModel>;
}

async function loadAudit(host: SnapshotHost, model: Model | KubernetesModel, options: AuditScenarioOptions): Promise<Result<AuditScenario>> {
  let input: unknown = host.auditEvents;
  if (input === null || input === undefined) {
    const text = await fetchText(host.auditSrc!, 'audit-src');
    if (!text.ok) return text;
    input = text.value;
  }
  return (await run({ kind: 'audit', input, model, options })) as Result<AuditScenario>;
}

/** A file next to the page (same origin, with its cookies), as text; `fetch-failed` names the file and why. */
async function fetchText(url: string, attribute: string): Promise<Result<string>> {
  const failed = (en: string, fr: string): Result<string> =>
    fail('fetch-failed', attribute, { en: `${attribute}=${quote(url)} could not be fetched: ${en}`, fr: `${attribute}=${quote(url)} n’a pas pu être chargé : ${fr}` });
  let address: URL;
  try {
    address = new URL(url, document.baseURI);
  } catch {
    return failed('it is not a URL.', 'ce n’est pas une URL.');
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return failed('only http(s) and relative URLs are fetched.', 'seules les URL http(s) et relatives sont chargées.');
  try {
    const response = await fetch(address, { credentials: 'same-origin' });
    if (!response.ok) return failed(`HTTP ${response.status} ${response.statusText}`.trim() + '.', `HTTP ${response.status} ${response.statusText}`.trim() + '.');
    return ok(await response.text());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed(`${detail}.`, `${detail}.`);
  }
}

let worker: Worker | undefined;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, (result: JobResult | undefined) => void>();

/** Large texts go to the worker; small ones, parsed objects, or no worker: here. */
async function run(job: Job): Promise<JobResult> {
  const big = typeof job.input === 'string' && job.input.length > WORKER_THRESHOLD;
  if (big && !workerBroken) {
    const answer = await inWorker(job);
    // What the model goes on to (its layout, its drawing) starts in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (answer) return answer;
  }
  return runJob(job, parseKubernetesText);
}

async function inWorker(job: Job): Promise<JobResult | undefined> {
  try {
    // A module worker from a file next to this one: no blob:, no eval (strict CSP).
    worker ??= startWorker();
  } catch {
    workerBroken = true;
    return undefined;
  }
  // The text goes over in pieces, transferred: copying it would be one long task.
  const text = typeof job.input === 'string' ? await encodeInSlices(job.input) : undefined;
  const message = !text ? job : job.kind === 'audit' ? { ...job, input: undefined, text } : { ...job, input: text };
  return new Promise((resolve) => {
    if (!worker) return resolve(undefined); // it failed to start while the text was encoded
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ id, job: message }, text ? text.utf8.map((piece) => piece.buffer) : []);
  });
}

function startWorker(): Worker {
  const w = new Worker(new URL('./snapshot.worker.js', import.meta.url), { type: 'module', name: 'k8s-diagrams-snapshot' });
  w.onmessage = (event: MessageEvent<{ id: number; result: JobResult }>) => {
    const done = pending.get(event.data.id);
    pending.delete(event.data.id);
    done?.(event.data.result);
  };
  // A worker that cannot start (CSP, 404): the jobs it had run on the page instead.
  w.onerror = (event) => {
    event.preventDefault();
    workerBroken = true;
    worker = undefined;
    w.terminate();
    const waiting = [...pending.values()];
    pending.clear();
    for (const done of waiting) done(undefined);
  };
  return w;
}

/** Skipped objects and other warnings, once per element and text, in the console. */
function reportWarnings(host: SnapshotHost, what: string, warnings: ReadonlyArray<{ path: string; message: { en: string } }>, skipped?: Record<string, number>): void {
  const parts = warnings.map((w) => (w.path ? `${w.path}: ${w.message.en}` : w.message.en));
  const counts = Object.entries(skipped ?? {});
  if (counts.length) parts.push(`not drawn: ${counts.map(([k, n]) => `${n} ${k}`).join(', ')}`);
  const message = `k8s-diagrams: <${host.localName}> ${what}: ${parts.join('; ')}`;
  if (!parts.length || warned.get(host) === message) return;
  warned.set(host, message);
  console.warn(message);
}
const warned = new WeakMap<object, string>();

export type { DiagramError };
