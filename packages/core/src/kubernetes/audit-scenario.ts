import type { Result } from '../errors.js';
import type { Kind } from '../kinds.js';
import type { Model, ModelComponent, ModelEdge } from '../model.js';
import type { LocalizedText } from '../text.js';
import type { Scenario, ScenarioStep } from '../scenarios/types.js';
import { readAuditLog, type AuditRequest } from './audit-log.js';
import { fail, ok, auditError, isRecord, rec, str, warning, type KubernetesWarning } from './problems.js';
import type { KubernetesModel } from './snapshot.js';

/** Requests left out by default, each switchable. */
export interface AuditNoiseFilters {
  /** Lease renewals (`coordination.k8s.io` leases: node heartbeats, leader election). */
  leases: boolean;
  /** Leader election through Endpoints or ConfigMaps in kube-system (older components). */
  leaderElection: boolean;
  /** `/healthz`, `/livez`, `/readyz`, `/metrics`, `/version`. */
  health: boolean;
  /** `get`/`list` of the discovery endpoints (`/api`, `/apis/…`, `/openapi/…`). */
  discovery: boolean;
}

export interface AuditScenarioOptions {
  /** `false` keeps every request; an object switches single filters (all on by default). */
  noise?: boolean | Partial<AuditNoiseFilters>;
  /** Removes source IPs, user agents and request/response bodies from what is returned. */
  redact?: boolean;
  /** How many times faster than the log's real time the replay runs (default 1). */
  timeScale?: number;
  /** Shortest beat, in milliseconds at speed 1 (default 900): a request stays readable. */
  minBeatMs?: number;
  /** Longest pause between two requests, in milliseconds at speed 1 (default 3000): quiet times are cut short. */
  maxGapMs?: number;
  /** Requests by one caller, of one verb and resource, this close (real milliseconds) share a beat (default 250). */
  groupWithinMs?: number;
  /** Requests replayed at most (default 1000); the rest is counted in a warning. */
  maxRequests?: number;
  /** Scenario id (default `audit-log`). */
  id?: string;
}

export interface AuditScenario {
  scenario: Scenario;
  /** The requests replayed, in order (redacted when asked). */
  requests: AuditRequest[];
  /** Requests left out per noise filter. */
  filtered: Record<keyof AuditNoiseFilters, number>;
  /** Events read (stages included) and requests found. */
  events: number;
  total: number;
  /** The log's first and last request times (milliseconds since the epoch). */
  startedAt: number;
  endedAt: number;
  warnings: KubernetesWarning[];
}

const WRITES = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);
const MAX_CLIENTS = 6;

function noiseOf(option: AuditScenarioOptions['noise']): AuditNoiseFilters {
  const all = option !== false;
  const o: Partial<AuditNoiseFilters> = isRecord(option) ? option : {};
  return { leases: o.leases ?? all, leaderElection: o.leaderElection ?? all, health: o.health ?? all, discovery: o.discovery ?? all };
}

/** Which noise filter a request falls under, if any. */
export function noiseKind(r: AuditRequest): keyof AuditNoiseFilters | undefined {
  if (r.resource === 'leases') return 'leases';
  if (r.namespace === 'kube-system' && (r.resource === 'endpoints' || r.resource === 'configmaps') && /^(kube-scheduler|kube-controller-manager|cloud-controller-manager)$/.test(r.name ?? ''))
    return 'leaderElection';
  if (!r.resource) {
    const path = r.requestURI.split('?')[0] ?? '';
    if (/^\/(healthz|livez|readyz|metrics|version)(\/|$)/.test(path)) return 'health';
    if ((r.verb === 'get' || r.verb === 'list') && /^\/(api|apis|openapi)(\/|$)/.test(path)) return 'discovery';
  }
  return undefined;
}

/** `10:00:01.250` (UTC), the log's clock. */
export function clockText(ms: number): string {
  const d = new Date(Math.floor(ms));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** `create pods/binding shop/nginx-7c5 → 201`, `get /healthz → 200`. */
export function requestText(r: AuditRequest): string {
  const what = r.resource ? `${r.resource}${r.subresource ? `/${r.subresource}` : ''}` : (r.requestURI.split('?')[0] ?? '');
  const target = [r.namespace, r.name].filter(Boolean).join('/');
  return `${r.verb} ${what}${target ? ` ${target}` : ''}${r.code !== undefined ? ` → ${r.code}` : ''}`;
}

interface Actor {
  /** The component making the call; undefined when it is not drawn (a managed control plane). */
  id?: string;
  name: string;
}

/** A read-only index of the figure's components. */
class Figure {
  readonly byId: Map<string, ModelComponent>;
  readonly entry: string;
  private readonly children = new Map<string, ModelComponent[]>();
  private readonly memo = new Map<string, unknown>();
  constructor(readonly model: Model) {
    this.byId = new Map(model.components.map((c) => [c.id, c]));
    for (const c of model.components)
      if (c.parent !== undefined) {
        const list = this.children.get(c.parent);
        if (list) list.push(c);
        else this.children.set(c.parent, [c]);
      }
    const kubectl = this.first('kubectl');
    const out = kubectl ? model.edges.find((e) => e.from === kubectl)?.to : undefined;
    this.entry = out ?? this.first('load-balancer') ?? this.first('apiserver')!;
  }
  first(kind: Kind): string | undefined {
    return this.remember(`first ${kind}`, () => this.model.components.find((c) => c.kind === kind)?.id);
  }
  /** The node group with that name (its id, or `node:<name>`). */
  node(name: string): string | undefined {
    for (const id of [name, `node:${name}`]) {
      const c = this.byId.get(id);
      if (c && (c.kind === 'node' || c.kind === 'control-plane')) return id;
    }
    return undefined;
  }
  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
  /** The member of `kind` inside a node group, nested layers included (k3s). */
  inNode(node: string, kind: Kind): string | undefined {
    return this.remember(`in ${node} ${kind}`, () => {
      const queue = [...(this.children.get(node) ?? [])];
      for (let i = 0; i < queue.length; i++) {
        const c = queue[i]!;
        if (c.kind === kind) return c.id;
        queue.push(...(this.children.get(c.id) ?? []));
      }
      return undefined;
    });
  }
  /** The control-plane group a component sits in. */
  controlPlaneOf(id: string): string | undefined {
    for (let p = this.byId.get(id)?.parent; p !== undefined; p = this.byId.get(p)?.parent) if (this.byId.get(p)?.kind === 'control-plane') return p;
    return undefined;
  }
  /** The apiserver a component calls: the one on its own control-plane node, else the first. */
  apiserverFor(id: string | undefined): string {
    const cp = id ? this.controlPlaneOf(id) : undefined;
    return (cp && this.inNode(cp, 'apiserver')) ?? this.first('apiserver')!;
  }
  /** The etcd member an apiserver writes to. */
  etcdOf(api: string): string | undefined {
    return this.remember(`etcd ${api}`, () => this.findEtcd(api));
  }
  private findEtcd(api: string): string | undefined {
    for (const e of this.model.edges) {
      if (e.from !== api) continue;
      const target = this.byId.get(e.to);
      if (target?.kind === 'etcd') return target.id;
      if (target?.kind === 'layer') {
        const member = this.model.components.find((c) => c.parent === target.id && c.kind === 'etcd');
        if (member) return member.id;
      }
    }
    return undefined;
  }
  /** kubelet → CRI server → … → what creates containers, inside the kubelet's node. */
  runtimeChain(kubelet: string): string[] {
    return this.remember(`chain ${kubelet}`, () => this.findChain(kubelet));
  }
  private findChain(kubelet: string): string[] {
    const node = this.byId.get(kubelet)?.parent;
    const chain: string[] = [];
    const skip = new Set(['pod', 'kube-proxy', 'kernel-rules', 'cni', 'coredns', 'metrics-server']);
    for (let at = kubelet; ; ) {
      const next = this.model.edges.find((e) => {
        if (e.from !== at || (e.kind !== undefined && e.kind !== 'call')) return false;
        const t = this.byId.get(e.to);
        return t !== undefined && t.parent === node && !skip.has(t.kind) && !chain.includes(t.id);
      });
      if (!next) return chain;
      chain.push(next.to);
      at = next.to;
    }
  }
}

/**
 * Turns an audit log into a scenario the diagram elements play: each request becomes a step
 * from the component that made it (by `user.username`: the scheduler, the controller manager
 * and its `*-controller` service accounts, a node's kubelet, kube-proxy; anyone else is a
 * client drawn outside the cluster, kubectl when its user agent says so) to the API server,
 * captioned `create pods/binding shop/nginx-7c5 → 201` in English and French; watches are
 * the watcher pulling. Writes add the API server → etcd hop, and a Pod reported Running adds
 * the kubelet → runtime → shim → OCI runtime hops: both inferred (not in the log), said in
 * the caption and drawn dashed. Beats follow the log's clock (`timeScale`, short beats
 * stretched, long gaps cut), each with its time for the scrubber. Lease renewals, leader
 * election, health checks and discovery are left out unless `noise` says otherwise.
 *
 * `events`: the log's text (JSON lines), an EventList, or an array of Events. `model`: the
 * figure it plays on (a `.model`, or what `modelFromKubernetes` returned).
 */
export function scenarioFromAudit(events: unknown, model: Model | KubernetesModel, options: AuditScenarioOptions = {}): Result<AuditScenario> {
  const log = readAuditLog(events);
  if (!log.ok) return log;
  const snapshot = 'model' in model && isRecord(model.model) ? model : undefined;
  const figure = new Figure(snapshot ? snapshot.model : (model as Model));
  if (!figure.first('apiserver'))
    return fail(auditError('', 'the figure has no kube-apiserver to replay the requests on.', 'le schéma n’a pas de kube-apiserver sur lequel rejouer les requêtes.'));

  const warnings = [...log.value.warnings];
  const noise = noiseOf(options.noise);
  const filtered: Record<keyof AuditNoiseFilters, number> = { leases: 0, leaderElection: 0, health: 0, discovery: 0 };
  let kept = log.value.requests.filter((r) => {
    const kind = noiseKind(r);
    if (kind && noise[kind]) {
      filtered[kind]++;
      return false;
    }
    return true;
  });
  const max = options.maxRequests !== undefined && options.maxRequests > 0 ? Math.floor(options.maxRequests) : 1000;
  if (kept.length > max) {
    warnings.push(
      warning('', `${kept.length} requests after the filters; the first ${max} are replayed.`, `${kept.length} requêtes après les filtres ; les ${max} premières sont rejouées.`),
    );
    kept = kept.slice(0, max);
  }
  if (kept.length === 0)
    return fail(
      auditError(
        '',
        `every request of the log (${log.value.requests.length}) is noise the filters leave out (leases, leader election, health, discovery); turn them off to see them.`,
        `toutes les requêtes du journal (${log.value.requests.length}) sont du bruit que les filtres écartent (leases, élection de leader, santé, découverte) ; désactivez-les pour les voir.`,
      ),
    );

  const requests = options.redact ? kept.map(redacted) : kept;
  const adds = { components: [] as ModelComponent[], edges: [] as ModelEdge[] };
  const clients = new Map<string, string>();
  const addressToNode = new Map<string, string>();
  for (const n of snapshot?.nodes ?? []) for (const a of n.addresses) addressToNode.set(a, n.id);

  const clientFor = (r: AuditRequest): Actor => {
    const ua = options.redact ? undefined : r.userAgent;
    const product = /^([A-Za-z][\w.-]*)\//.exec(r.userAgent ?? '')?.[1];
    const kubectl = figure.first('kubectl');
    if (product?.toLowerCase() === 'kubectl' && kubectl && !clients.has('kubectl')) clients.set('kubectl', kubectl);
    if (product?.toLowerCase() === 'kubectl' && kubectl) return { id: kubectl, name: `kubectl (${r.user})` };
    const key = r.user;
    let id = clients.get(key);
    if (id === undefined) {
      if (clients.size >= MAX_CLIENTS) {
        id = 'client:others';
        if (!figure.byId.has(id) && !adds.components.some((c) => c.id === id)) {
          adds.components.push({ id, kind: 'kubectl', label: { en: 'other clients', fr: 'autres clients' } });
          adds.edges.push({ from: id, to: figure.entry });
        }
      } else {
        id = `client:${key.replace(/->/g, '-').slice(0, 100)}`;
        const short = key.length > 48 ? `${key.slice(0, 47)}…` : key;
        const label = ua && product ? `${short} (${product})` : short;
        if (!figure.byId.has(id)) {
          adds.components.push({ id, kind: 'kubectl', label });
          adds.edges.push({ from: id, to: figure.entry });
        }
      }
      clients.set(key, id);
    }
    return { id, name: r.user };
  };

  const actorOf = (r: AuditRequest): Actor => {
    const u = r.user;
    if (u === 'system:kube-scheduler') return { ...optional(figure.first('scheduler')), name: 'kube-scheduler' };
    if (u === 'system:kube-controller-manager') return { ...optional(figure.first('controller-manager')), name: 'kube-controller-manager' };
    const sa = /^system:serviceaccount:kube-system:(.+-controller)$/.exec(u);
    if (sa) return { ...optional(figure.first('controller-manager')), name: sa[1]! };
    if (u === 'system:cloud-controller-manager' || u === 'system:serviceaccount:kube-system:cloud-controller-manager')
      return { ...optional(figure.first('cloud-controller-manager')), name: 'cloud-controller-manager' };
    const node = /^system:node:(.+)$/.exec(u);
    if (node) {
      const group = figure.node(node[1]!);
      const kubelet = group ? figure.inNode(group, 'kubelet') : undefined;
      return { ...optional(kubelet ?? figure.first('kubelet')), name: `kubelet ${node[1]}` };
    }
    if (u === 'system:kube-proxy' || u === 'system:serviceaccount:kube-system:kube-proxy') {
      const ip = r.sourceIPs?.find((a) => addressToNode.has(a));
      const group = ip ? addressToNode.get(ip) : undefined;
      return { ...optional((group && figure.inNode(group, 'kube-proxy')) ?? figure.first('kube-proxy')), name: 'kube-proxy' };
    }
    if (u === 'system:apiserver') return { id: figure.first('apiserver')!, name: 'kube-apiserver' };
    return clientFor(r);
  };

  // Beats: each a list of steps at one time.
  interface Beat {
    at: number;
    steps: ScenarioStep[];
    /** Groups requests of one caller, verb and resource. */
    key?: string;
    count: number;
  }
  const beats: Beat[] = [];
  const groupWithin = options.groupWithinMs ?? 250;
  const startedAt = requests[0]!.start;
  const time = (ms: number) => clockText(ms);
  let last: Beat | undefined;
  const runningReports = runningStatusReports(requests);
  requests.forEach((r, i) => {
    const actor = actorOf(r);
    const api = figure.apiserverFor(actor.id);
    const watch = r.verb === 'watch' || /[?&]watch=(true|1)/.test(r.requestURI);
    const text = requestText(r);
    const stepId = `r${i + 1}`;
    const notDrawn = actor.id === undefined;
    const caption: LocalizedText = {
      en: `${actor.name}${notDrawn ? ' (not drawn)' : ''}: ${text}`,
      fr: `${actor.name}${notDrawn ? ' (non dessiné)' : ''} : ${text}`,
    };
    const from = actor.id ?? api;
    // A Pod of the figure created in the log waits, pending, until it is reported running.
    const podId = r.resource === 'pods' && r.namespace && r.name ? `pod:${r.namespace}/${r.name}` : undefined;
    const pending = r.verb === 'create' && !r.subresource && podId && figure.byId.has(podId) ? { effects: [{ component: podId, state: 'pending' as const }] } : {};
    const step: ScenarioStep = watch
      ? { id: stepId, from: api, to: from, kind: 'watch', message: `watch ${r.resource ?? ''}`.trim(), caption, time: time(r.start) }
      : { id: stepId, from, to: api, kind: from === api ? 'internal' : 'request', message: `${r.verb} ${r.resource ?? r.requestURI.split('?')[0]}${r.subresource ? `/${r.subresource}` : ''}`, caption, time: time(r.start), ...pending };
    const key = `${from}|${r.verb}|${r.resource ?? r.requestURI.split("?")[0]}|${r.subresource}|${watch}`;
    const ok = r.code === undefined || r.code < 400;

    // A Pod reported Running: its containers were started first, down the runtime chain.
    if (!watch && actor.id && figure.byId.get(actor.id)?.kind === 'kubelet' && ok && runningReports.has(r)) {
      const hops = [actor.id, ...figure.runtimeChain(actor.id)];
      const pod = r.namespace && r.name ? `pod:${r.namespace}/${r.name}` : undefined;
      const name = [r.namespace, r.name].filter(Boolean).join('/');
      for (let h = 1; h < hops.length; h++) {
        const a = figure.byId.get(hops[h - 1]!)!;
        const b = figure.byId.get(hops[h]!)!;
        beats.push({
          at: r.start,
          count: 1,
          steps: [
            {
              id: `${stepId}-run${h}`,
              from: a.id,
              to: b.id,
              kind: 'request',
              message: { en: `${h === 1 ? 'CRI' : 'start'} (inferred)`, fr: `${h === 1 ? 'CRI' : 'lancement'} (déduit)` },
              caption: {
                en: `Inferred: before ${name} was reported Running, ${labelText(a)} had ${labelText(b)} start its containers (not in the audit log).`,
                fr: `Déduit : avant que ${name} soit déclaré Running, ${labelText(a)} a fait lancer ses conteneurs par ${labelText(b)} (absent du journal d’audit).`,
              },
              inferred: true,
              time: time(r.start),
              ...(h === hops.length - 1 && pod && figure.byId.has(pod) ? { effects: [{ component: pod, state: 'running' as const }] } : {}),
            },
          ],
        });
      }
      last = undefined;
    }

    if (last && last.key === key && r.start - last.at <= groupWithin) {
      last.steps.push({ ...step, parallelWith: last.steps[0]!.id });
      last.count++;
    } else {
      last = { at: r.start, steps: [step], key, count: 1 };
      beats.push(last);
    }

    // A write reaches etcd through the API server: not in the log, so inferred. Bursts share one beat.
    if (!watch && WRITES.has(r.verb) && ok && r.resource) {
      const etcd = figure.etcdOf(api);
      if (etcd) {
        const target = [r.namespace, r.name].filter(Boolean).join('/') || r.resource;
        const hop: ScenarioStep = {
          id: `${stepId}-etcd`,
          from: api,
          to: etcd,
          kind: 'request',
          message: { en: 'write (inferred)', fr: 'écriture (déduite)' },
          caption: {
            en: `Inferred: kube-apiserver writes ${r.resource} ${target} to etcd (etcd is not in the audit log).`,
            fr: `Déduit : kube-apiserver écrit ${r.resource} ${target} dans etcd (etcd n’apparaît pas dans le journal d’audit).`,
          },
          inferred: true,
          time: time(r.end),
        };
        const tail = beats[beats.length - 1]!;
        if (tail.key === `${key}|etcd` && last.count > 1) tail.steps.push({ ...hop, parallelWith: tail.steps[0]!.id });
        else beats.push({ at: r.start, steps: [hop], key: `${key}|etcd`, count: 1 });
      }
    }
    // The next request of a burst joins the request beat, not the etcd one.
    if (beats[beats.length - 1] !== last && beats[beats.length - 1]!.key !== `${key}|etcd`) last = undefined;
  });

  // Counts in the first caption of a burst; durations from the real gaps.
  const scale = options.timeScale !== undefined && options.timeScale > 0 ? options.timeScale : 1;
  const minBeat = options.minBeatMs ?? 900;
  const maxGap = Math.max(minBeat, options.maxGapMs ?? 3000);
  const steps: ScenarioStep[] = [];
  beats.forEach((beat, b) => {
    const next = beats[b + 1];
    const gap = next ? (next.at - beat.at) / scale : minBeat;
    const duration = Math.round(Math.min(maxGap, Math.max(minBeat, gap)));
    beat.steps.forEach((s, j) => {
      const step: ScenarioStep = { ...s };
      if (step.parallelWith === undefined) delete step.parallelWith;
      if (j === 0) {
        step.duration = duration;
        if (beat.count > 1) {
          const c = step.caption as LocalizedText;
          step.caption = { en: `${c.en} (and ${beat.count - 1} more)`, fr: `${c.fr} (et ${beat.count - 1} autres)` };
        }
      }
      steps.push(step);
    });
  });

  const endedAt = requests.reduce((m, r) => Math.max(m, r.end), startedAt);
  const scenario: Scenario = {
    id: options.id ?? 'audit-log',
    title: {
      en: `Audit log, ${time(startedAt)}–${time(endedAt)} UTC: ${requests.length} requests`,
      fr: `Journal d’audit, ${time(startedAt)}–${time(endedAt)} UTC : ${requests.length} requêtes`,
    },
    ...(adds.components.length ? { adds } : {}),
    steps,
  };
  return ok({ scenario, requests, filtered, events: log.value.events, total: log.value.requests.length, startedAt, endedAt, warnings });
}

const optional = (id: string | undefined): { id?: string } => (id === undefined ? {} : { id });

function labelText(c: ModelComponent): string {
  const l = c.label;
  return typeof l === 'string' ? l : l?.en ?? c.kind;
}

/**
 * The kubelets' Pod status updates that report a Pod Running: the first whose body says
 * phase Running (at the Request levels); at the Metadata level, where bodies are absent, the
 * last status update of each Pod by its kubelet (the one sent once its containers run).
 */
function runningStatusReports(requests: readonly AuditRequest[]): Set<AuditRequest> {
  const out = new Set<AuditRequest>();
  const reported = new Set<string>();
  const lastBlind = new Map<string, AuditRequest>();
  for (const r of requests) {
    if (r.resource !== 'pods' || r.subresource !== 'status' || !r.user.startsWith('system:node:') || (r.verb !== 'patch' && r.verb !== 'update')) continue;
    const pod = `${r.namespace}/${r.name}`;
    let phase: string | undefined;
    for (const body of [r.requestObject, r.responseObject]) phase ??= str(rec(rec(body).status).phase);
    if (phase === 'Running' && !reported.has(pod)) {
      reported.add(pod);
      out.add(r);
    } else if (r.requestObject === undefined && r.responseObject === undefined) lastBlind.set(pod, r);
  }
  for (const [pod, r] of lastBlind) if (!reported.has(pod)) out.add(r);
  return out;
}

function redacted(r: AuditRequest): AuditRequest {
  const { userAgent: _ua, sourceIPs: _ips, requestObject: _req, responseObject: _res, ...rest } = r;
  return rest;
}
