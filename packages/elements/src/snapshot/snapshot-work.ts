// What turns a snapshot or an audit log into a model or a scenario: the same code runs in
// the snapshot worker (large files) and, for small ones or without a worker, on the page.
import {
  modelFromKubernetes,
  scenarioFromAudit,
  type AuditScenario,
  type AuditScenarioOptions,
  type KubernetesModel,
  type Model,
  type Result,
  type SnapshotOptions,
} from '@k8s-diagrams/core';

export interface SnapshotJob {
  kind: 'snapshot';
  /** The file's text, or objects already parsed. */
  input: string | { objects: unknown };
  options: SnapshotOptions;
}

export interface AuditJob {
  kind: 'audit';
  /** The log's text, or Events already parsed. */
  input: unknown;
  model: Model | KubernetesModel;
  options: AuditScenarioOptions;
}

export type Job = SnapshotJob | AuditJob;
export type JobResult = Result<KubernetesModel> | Result<AuditScenario>;

/** Reads a snapshot's text (JSON, or YAML with its parser). */
export type TextParser = (text: string) => Promise<Result<unknown>>;

/** Never throws: whatever goes wrong comes back as an error of the job's code. */
export async function runJob(job: Job, parseKubernetesText: TextParser): Promise<JobResult> {
  try {
    if (job.kind === 'audit') return scenarioFromAudit(job.input, job.model, job.options);
    if (typeof job.input !== 'string') return modelFromKubernetes(job.input.objects, job.options);
    const parsed = await parseKubernetesText(job.input);
    return parsed.ok ? modelFromKubernetes(parsed.value, job.options) : parsed;
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, 160);
    const code = job.kind === 'audit' ? 'invalid-audit-log' : 'invalid-snapshot';
    return { ok: false, errors: [{ code, path: '', message: { en: `It could not be read: ${detail}`, fr: `Il n’a pas pu être lu : ${detail}` } }] };
  }
}
