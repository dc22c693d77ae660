import type { Result } from '../errors.js';
import { fail, ok, auditError, isRecord, rec, str, warning, type KubernetesWarning } from './problems.js';
import { jsonErrorPlace } from './text.js';

/** One request of an audit log: its stages paired by `auditID`. */
export interface AuditRequest {
  auditID: string;
  verb: string;
  /** `user.username` (the impersonated user when there is one). */
  user: string;
  groups: string[];
  /** Removed by `redact`. */
  userAgent?: string;
  /** Removed by `redact`. */
  sourceIPs?: string[];
  requestURI: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  apiGroup?: string;
  /** The response code, when a stage says it. */
  code?: number;
  /** `requestReceivedTimestamp`, in milliseconds since the epoch (fractions kept). */
  start: number;
  /** `stageTimestamp` of the last stage seen. */
  end: number;
  /** The last stage seen: RequestReceived, ResponseStarted, ResponseComplete or Panic. */
  stage: string;
  /** Present at the `Request` and `RequestResponse` levels; removed by `redact`. */
  requestObject?: unknown;
  responseObject?: unknown;
  /** Line (JSON lines) or item (EventList) of its first stage, counted from 1. */
  line: number;
}

export interface AuditLog {
  requests: AuditRequest[];
  /** Events read, stages included. */
  events: number;
  warnings: KubernetesWarning[];
}

const STAGE_ORDER: Record<string, number> = { RequestReceived: 0, ResponseStarted: 1, ResponseComplete: 2, Panic: 3 };
const MAX_WARNINGS = 50;

/**
 * An RFC 3339 time with any number of fraction digits (`2026-11-30T10:00:00.112345Z`), in
 * milliseconds since the epoch; NaN when it is not one.
 */
export function parseTimestamp(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/i.exec(value.trim());
  if (!m) return Number.NaN;
  const base = Date.parse(`${m[1]}${m[3] ?? 'Z'}`);
  return base + (m[2] ? Number(m[2]) * 1000 : 0);
}

/**
 * Reads an audit log as written by `--audit-log-path` (one JSON Event per line), an
 * `EventList`, or an array of Events, and pairs the stages of each request by `auditID`.
 * A line that is not JSON (a log cut short) is skipped and named, the lines before are
 * kept; Events of another API version than audit.k8s.io/v1 are skipped with a warning;
 * requests come back sorted by the time they were received. Only a log with no usable
 * Event at all is an error (`invalid-audit-log`).
 */
export function readAuditLog(input: unknown): Result<AuditLog> {
  const warnings: KubernetesWarning[] = [];
  const warn = (w: KubernetesWarning) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(w);
  };
  let entries: Array<{ value: unknown; line: number }> = [];
  let unit = 'line';
  if (typeof input === 'string') {
    const text = input;
    if (text.trim() === '') return fail(auditError('', 'the file is empty.', 'le fichier est vide.'));
    const trimmed = text.trimStart();
    let whole: unknown;
    if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !/^\{[^\n]*\}\s*\n\s*\{/.test(trimmed))) {
      try {
        whole = JSON.parse(text);
      } catch {
        whole = undefined; // maybe JSON lines after all
      }
    }
    if (whole !== undefined) return readAuditLog(whole);
    let bad = 0;
    let lineNo = 0;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      lineNo++;
      const line = text.slice(start, end).trim();
      start = end + 1;
      if (line === '') continue;
      try {
        entries.push({ value: JSON.parse(line), line: lineNo });
      } catch (e) {
        bad++;
        const last = text.slice(start).trim() === '';
        const { column, detail } = jsonErrorPlace(line, e);
        if (entries.length === 0 && bad === 1 && !line.startsWith('{'))
          return fail(
            auditError(`line ${lineNo}`, `line ${lineNo} is not JSON (${detail}); expected one audit Event per line, as --audit-log-path writes them.`, `la ligne ${lineNo} n’est pas du JSON (${detail}) ; un Event d’audit par ligne est attendu, comme l’écrit --audit-log-path.`),
          );
        warn(
          warning(
            `line ${lineNo}`,
            last ? `line ${lineNo} is cut short (not valid JSON at column ${column}); it was skipped, the lines before are kept.` : `line ${lineNo} is not valid JSON (column ${column}); it was skipped.`,
            last ? `la ligne ${lineNo} est tronquée (JSON non valide colonne ${column}) ; elle est ignorée, les lignes précédentes sont gardées.` : `la ligne ${lineNo} n’est pas du JSON valide (colonne ${column}) ; elle est ignorée.`,
          ),
        );
      }
    }
    if (entries.length === 0 && warnings[0]) {
      const first = warnings[0];
      return fail(auditError(first.path, first.message.en, first.message.fr));
    }
  } else if (Array.isArray(input)) {
    entries = (input as unknown[]).map((value, i) => ({ value, line: i + 1 }));
    unit = 'item';
  } else if (isRecord(input) && Array.isArray(input.items)) {
    entries = input.items.map((value: unknown, i: number) => ({ value, line: i + 1 }));
    unit = 'item';
  } else if (isRecord(input) && input.kind === 'Event') {
    entries = [{ value: input, line: 1 }];
  } else {
    return fail(auditError('', 'expected audit Events: JSON lines as --audit-log-path writes them, or an EventList.', 'des Events d’audit sont attendus : des lignes JSON comme les écrit --audit-log-path, ou une EventList.'));
  }

  const byId = new Map<string, AuditRequest & { rank: number }>();
  const otherVersions = new Map<string, number[]>();
  let notEvents = 0;
  let events = 0;
  let firstNotEvent: string | undefined;
  for (const { value, line } of entries) {
    if (!isRecord(value) || (value.kind !== undefined && value.kind !== 'Event') || typeof value.auditID !== 'string') {
      notEvents++;
      firstNotEvent ??= isRecord(value) ? (str(value.kind) ?? 'an object without auditID') : typeof value;
      continue;
    }
    const version = str(value.apiVersion) ?? 'audit.k8s.io/v1';
    if (version !== 'audit.k8s.io/v1') {
      const lines = otherVersions.get(version) ?? [];
      lines.push(line);
      otherVersions.set(version, lines);
      continue;
    }
    events++;
    const stage = str(value.stage) ?? 'ResponseComplete';
    const rank = STAGE_ORDER[stage] ?? 2;
    const start = parseTimestamp(value.requestReceivedTimestamp);
    const at = parseTimestamp(value.stageTimestamp);
    const known = byId.get(value.auditID);
    if (known) {
      // Later stages add the response code, the final object name and the end time.
      if (rank >= known.rank) {
        known.rank = rank;
        known.stage = stage;
        if (!Number.isNaN(at)) known.end = at;
        const code = rec(value.responseStatus).code;
        if (typeof code === 'number') known.code = code;
        const ref = rec(value.objectRef);
        if (str(ref.name)) known.name = str(ref.name);
        if (value.responseObject !== undefined) known.responseObject = value.responseObject;
        if (value.requestObject !== undefined && known.requestObject === undefined) known.requestObject = value.requestObject;
      }
      if (Number.isNaN(known.start) && !Number.isNaN(start)) known.start = start;
      continue;
    }
    const user = rec(value.user);
    const impersonated = rec(value.impersonatedUser);
    const ref = rec(value.objectRef);
    const code = rec(value.responseStatus).code;
    const sourceIPs = Array.isArray(value.sourceIPs) ? value.sourceIPs.filter((s): s is string => typeof s === 'string') : undefined;
    const request: AuditRequest & { rank: number } = {
      auditID: value.auditID,
      verb: str(value.verb) ?? '',
      user: str(impersonated.username) ?? str(user.username) ?? '(unknown user)',
      groups: Array.isArray(user.groups) ? user.groups.filter((g): g is string => typeof g === 'string') : [],
      requestURI: str(value.requestURI) ?? '',
      start: Number.isNaN(start) ? at : start,
      end: at,
      stage,
      rank,
      line,
      ...(str(value.userAgent) ? { userAgent: str(value.userAgent) } : {}),
      ...(sourceIPs ? { sourceIPs } : {}),
      ...(str(ref.resource) ? { resource: str(ref.resource) } : {}),
      ...(str(ref.subresource) ? { subresource: str(ref.subresource) } : {}),
      ...(str(ref.namespace) ? { namespace: str(ref.namespace) } : {}),
      ...(str(ref.name) ? { name: str(ref.name) } : {}),
      ...(str(ref.apiGroup) ? { apiGroup: str(ref.apiGroup) } : {}),
      ...(typeof code === 'number' ? { code } : {}),
      ...(value.requestObject !== undefined ? { requestObject: value.requestObject } : {}),
      ...(value.responseObject !== undefined ? { responseObject: value.responseObject } : {}),
    };
    byId.set(value.auditID, request);
  }
  for (const [version, lines] of otherVersions)
    warn(
      warning(
        `${unit} ${lines[0]}`,
        `${lines.length} event(s) of ${version} skipped (${unit} ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? '…' : ''}): only audit.k8s.io/v1 is read.`,
        `${lines.length} événement(s) ${version} ignoré(s) (${unit === 'line' ? 'ligne' : 'élément'} ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? '…' : ''}) : seul audit.k8s.io/v1 est lu.`,
      ),
    );
  if (notEvents)
    warn(warning('', `${notEvents} entr${notEvents === 1 ? 'y is' : 'ies are'} not audit Events (the first: ${firstNotEvent}); skipped.`, `${notEvents} entrée(s) ne sont pas des Events d’audit (la première : ${firstNotEvent}) ; ignorée(s).`));
  const requests = [...byId.values()].filter((r) => !Number.isNaN(r.start));
  const undated = byId.size - requests.length;
  if (undated) warn(warning('', `${undated} request(s) have no readable timestamp; skipped.`, `${undated} requête(s) sans horodatage lisible ; ignorée(s).`));
  if (requests.length === 0) {
    const why = otherVersions.size
      ? { en: `it has no audit.k8s.io/v1 Event (only ${[...otherVersions.keys()].join(', ')}).`, fr: `il n’a aucun Event audit.k8s.io/v1 (seulement ${[...otherVersions.keys()].join(', ')}).` }
      : notEvents
        ? { en: `it has no audit Event (found ${firstNotEvent}).`, fr: `il n’a aucun Event d’audit (trouvé : ${firstNotEvent}).` }
        : { en: 'it has no readable audit Event.', fr: 'il n’a aucun Event d’audit lisible.' };
    return fail(auditError('', why.en, why.fr));
  }
  let outOfOrder = 0;
  for (let i = 1; i < requests.length; i++) if (requests[i]!.start < requests[i - 1]!.start) outOfOrder++;
  if (outOfOrder) {
    requests.sort((a, b) => a.start - b.start || a.line - b.line);
    warn(warning('', `${outOfOrder} request(s) were out of order; sorted by the time they were received.`, `${outOfOrder} requête(s) n’étaient pas dans l’ordre ; triées selon l’heure de réception.`));
  }
  for (const r of requests) delete (r as { rank?: number }).rank;
  for (const r of requests) if (Number.isNaN(r.end)) r.end = r.start;
  return ok({ requests, events, warnings });
}
