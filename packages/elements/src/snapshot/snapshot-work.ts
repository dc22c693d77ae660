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

/** A large text as UTF-8 pieces, moved to the worker rather than copied (see `encodeInSlices`). */
export interface Utf8Pieces {
  utf8: Uint8Array[];
}

export interface SnapshotJob {
  kind: 'snapshot';
  /** The file's text, or objects already parsed. */
  input: string | Utf8Pieces | { objects: unknown };
  options: SnapshotOptions;
}

export interface AuditJob {
  kind: 'audit';
  /** The log's text, or Events already parsed. */
  input: unknown;
  /** Set instead of `input` when the text came in pieces. */
  text?: Utf8Pieces;
  model: Model | KubernetesModel;
  options: AuditScenarioOptions;
}

export type Job = SnapshotJob | AuditJob;
export type JobResult = Result<KubernetesModel> | Result<AuditScenario>;

/** Reads a snapshot's text (JSON, or YAML with its parser). */
export type TextParser = (text: string) => Promise<Result<unknown>>;

const isPieces = (input: unknown): input is Utf8Pieces => typeof input === 'object' && input !== null && Array.isArray((input as Utf8Pieces).utf8);

/** The text again from its pieces (a piece never ends inside a character: see `encodeInSlices`). */
export function decodePieces(pieces: Utf8Pieces): string {
  const decoder = new TextDecoder();
  return pieces.utf8.map((piece) => decoder.decode(piece)).join('');
}

/**
 * A large text as UTF-8 pieces of about `size` characters, one task each: posting a
 * 12 MB string to a worker copies it in one long task of the page's main thread, while
 * encoded pieces are transferred, not copied. A piece never splits a surrogate pair.
 */
export async function encodeInSlices(text: string, size = 1 << 20): Promise<Utf8Pieces> {
  const encoder = new TextEncoder();
  const utf8: Uint8Array[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    utf8.push(encoder.encode(text.slice(at, end)));
    at = end;
    if (at < text.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { utf8 };
}

/** Never throws: whatever goes wrong comes back as an error of the job's code. */
export async function runJob(job: Job, parseKubernetesText: TextParser): Promise<JobResult> {
  try {
    if (job.kind === 'audit') return scenarioFromAudit(job.text ? decodePieces(job.text) : job.input, job.model, job.options);
    const text = isPieces(job.input) ? decodePieces(job.input) : job.input;
    if (typeof text !== 'string') return modelFromKubernetes(text.objects, job.options);
    const parsed = await parseKubernetesText(text);
    return parsed.ok ? modelFromKubernetes(parsed.value, job.options) : parsed;
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, 160);
    const code = job.kind === 'audit' ? 'invalid-audit-log' : 'invalid-snapshot';
    return { ok: false, errors: [{ code, path: '', message: { en: `It could not be read: ${detail}`, fr: `Il n’a pas pu être lu : ${detail}` } }] };
  }
}
