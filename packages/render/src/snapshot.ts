import { readFile } from 'node:fs/promises';
import { modelFromKubernetes, parseKubernetesText, scenarioFromAudit, type KubernetesWarning, type Lang, type Model, type Scenario } from '@k8s-diagrams/core';
import { RenderError } from './errors.js';

/** A recorded cluster, as the CLI reads it: its model, its replayed log, what was skipped. */
export interface RecordedCluster {
  model: Model;
  scenario?: Scenario;
  warnings: string[];
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new RenderError('fetch-failed', `Cannot read the ${what} ${path}.`, path);
  }
}

const say = (warnings: readonly KubernetesWarning[], lang: Lang) => warnings.map((w) => `${w.path ? `${w.path}: ` : ''}${w.message[lang]}`);

/**
 * `kubectl get nodes,pods -A -o json` (or `-o yaml`) as the cluster it describes, and, with
 * an audit log (`--audit-log-path` JSON lines), its requests as the scenario; the same
 * functions (and options) the elements use for `src` and `audit-src`, so a file shows what
 * the page shows. An exported file carries the steps' captions (verb, resource, name,
 * response code) and the callers' names, never the log's bodies or source IPs; a client
 * outside the cluster is named with its user agent's product (`ci:deployer (helm)`) unless
 * `redact` is set. `keepNoise` replays what the noise filters leave out (leases, health…).
 */
export async function recordedCluster(
  snapshotPath: string,
  options: { auditPath?: string; namespaces?: string; redact?: boolean; keepNoise?: boolean; lang: Lang },
): Promise<RecordedCluster> {
  const parsed = await parseKubernetesText(await readText(snapshotPath, 'snapshot'));
  if (!parsed.ok) throw RenderError.from(parsed.errors.map((e) => ({ ...e, message: { en: `${snapshotPath}: ${e.message.en}`, fr: `${snapshotPath} : ${e.message.fr}` } })), options.lang);
  const namespaces = options.namespaces?.split(',').map((n) => n.trim()).filter(Boolean);
  const built = modelFromKubernetes(parsed.value, namespaces?.length ? { namespaces } : {});
  if (!built.ok) throw RenderError.from(built.errors, options.lang);
  const warnings = say(built.value.warnings, options.lang);
  if (!options.auditPath) return { model: built.value.model, warnings };
  const replay = scenarioFromAudit(await readText(options.auditPath, 'audit log'), built.value, {
    ...(options.redact ? { redact: true } : {}),
    ...(options.keepNoise ? { noise: false } : {}),
  });
  if (!replay.ok) throw RenderError.from(replay.errors, options.lang);
  return { model: built.value.model, scenario: replay.value.scenario, warnings: [...warnings, ...say(replay.value.warnings, options.lang)] };
}
