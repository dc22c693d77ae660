import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  buildClusterModel,
  modelFromKubernetes,
  readAuditLog,
  resolveScenario,
  scenarioFromAudit,
  statesAt,
  validateModel,
  type AuditScenario,
  type AuditScenarioOptions,
  type KubernetesModel,
  type LocalizedText,
  type ScenarioStep,
} from '@k8s-diagrams/core';
import * as k from '../../../examples/data/kube-objects.mjs';

const log = readFileSync(new URL('../../../examples/data/audit-rollout.log', import.meta.url), 'utf8');
const snapshot = (input: unknown): KubernetesModel => {
  const r = modelFromKubernetes(input);
  assert.ok(r.ok);
  return r.value;
};
const cluster = snapshot(k.kubeadmOneControlPlane());

function scenario(events: unknown = log, options: AuditScenarioOptions = {}, on: Parameters<typeof scenarioFromAudit>[1] = cluster): AuditScenario {
  const r = scenarioFromAudit(events, on, options);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
}
const caption = (s: ScenarioStep, lang: 'en' | 'fr' = 'en') => (s.caption as LocalizedText)[lang];
const requestSteps = (a: AuditScenario) => (a.scenario.steps as ScenarioStep[]).filter((s) => !s.inferred);

describe('scenarioFromAudit: a Deployment rollout', () => {
  const a = scenario();
  const steps = a.scenario.steps as ScenarioStep[];

  it('pairs the stages by auditID: one step per request, in the log’s order', () => {
    const read = readAuditLog(log);
    assert.ok(read.ok);
    assert.equal(read.value.events, 2 * read.value.requests.length);
    assert.equal(a.total, read.value.requests.length);
    assert.equal(requestSteps(a).length, a.requests.length);
    assert.deepEqual(a.requests.map((r) => r.start), [...a.requests.map((r) => r.start)].sort((x, y) => x - y));
  });

  it('maps each user to its component, from the watcher to the kubelets', () => {
    const actors = requestSteps(a).map((s) => (s.kind === 'watch' ? `${s.to}<=watch` : s.from));
    assert.deepEqual(actors, [
      'cp-1.scheduler<=watch',
      'kubectl',
      'cp-1.controller-manager',
      'cp-1.controller-manager',
      'cp-1.controller-manager',
      'cp-1.controller-manager',
      'cp-1.controller-manager',
      'cp-1.scheduler',
      'cp-1.scheduler',
      'cp-1.scheduler',
      'worker-1.kubelet',
      'worker-2.kubelet',
      'worker-1.kubelet',
      'worker-1.kubelet',
      'worker-2.kubelet',
      'worker-1.kubelet',
      'cp-1.controller-manager',
      'client:system:serviceaccount:ci:deployer',
    ]);
    assert.ok(requestSteps(a).every((s) => (s.kind === 'watch' ? s.from : s.to) === 'cp-1.apiserver'));
    assert.equal(steps[0]!.kind, 'watch', 'a watch is the watcher pulling from the apiserver');
  });

  it('captions verb, resource, subresource, namespace/name and code, in English and French', () => {
    const binding = steps.find((s) => s.from === 'cp-1.scheduler' && s.parallelWith === undefined)!;
    assert.equal(caption(binding), 'kube-scheduler: create pods/binding shop/nginx-7c5ddbdf54-8a0b1 → 201 (and 2 more)');
    assert.equal(caption(binding, 'fr'), 'kube-scheduler : create pods/binding shop/nginx-7c5ddbdf54-8a0b1 → 201 (et 2 autres)');
    const create = steps.find((s) => s.from === 'kubectl')!;
    assert.equal(caption(create), 'kubectl (kubernetes-admin): create deployments shop/nginx → 201');
    assert.ok(steps.some((s) => caption(s) === 'deployment-controller: create replicasets shop/nginx-7c5ddbdf54 → 201'));
    assert.ok(steps.some((s) => caption(s) === 'kubelet worker-2: patch pods/status shop/nginx-7c5ddbdf54-890b1 → 200'));
  });

  it('groups a burst of one caller into one beat', () => {
    const bindings = steps.filter((s) => s.from === 'cp-1.scheduler');
    assert.equal(bindings.length, 3);
    assert.equal(bindings[1]!.parallelWith, bindings[0]!.id);
    assert.equal(bindings[2]!.parallelWith, bindings[0]!.id);
  });

  it('adds the apiserver → etcd hop after every write, marked inferred', () => {
    const writes = requestSteps(a).filter((s) => /create|update|patch|delete/.test(caption(s)) && !caption(s).startsWith('system:serviceaccount:ci'));
    const etcd = steps.filter((s) => s.to === 'cp-1.etcd');
    assert.equal(etcd.length, writes.length);
    for (const s of etcd) {
      assert.equal(s.inferred, true);
      assert.equal(s.from, 'cp-1.apiserver');
      assert.match(caption(s), /^Inferred: /);
      assert.match(caption(s, 'fr'), /^Déduit : /);
    }
    assert.ok(!steps.some((s) => s.to === 'cp-1.etcd' && s.from !== 'cp-1.apiserver'), 'only the apiserver talks to etcd');
    assert.ok(!steps.some((s) => s.id.startsWith('r2-') && s.to !== 'cp-1.etcd'));
  });

  it('a Pod going Running adds kubelet → containerd → shim → runc before the report, inferred, and sets the Pod running', () => {
    const run = steps.filter((s) => /-run\d$/.test(s.id));
    assert.equal(run.length, 9, 'three Pods, three hops each');
    assert.ok(run.every((s) => s.inferred && caption(s).startsWith('Inferred:')));
    const first = run.slice(0, 3).map((s) => `${s.from}>${s.to}`);
    assert.deepEqual(first, ['worker-1.kubelet>worker-1.containerd', 'worker-1.containerd>worker-1.shim', 'worker-1.shim>worker-1.runc']);
    const report = steps.findIndex((s) => s.id === run[2]!.id.replace(/-run3$/, ''));
    assert.ok(report > steps.indexOf(run[2]!), 'the kubelet reports after the containers started');
    // The snapshot's Pods: pending once created in the log, running once their containers start.
    const pod = 'pod:shop/nginx-7c5ddbdf54-8a0b1';
    const create = steps.find((s) => s.effects?.some((e) => e.component === pod && e.state === 'pending'))!;
    assert.match(caption(create), /^replicaset-controller: create pods shop\/nginx-7c5ddbdf54-8a0b1/);
    assert.deepEqual(run[2]!.effects, [{ component: pod, state: 'running' }]);
    const resolved = resolveScenario(a.scenario, cluster.model, 'k8s-cluster');
    assert.ok(resolved.ok);
    const beatOf = (id: string) => resolved.value.steps.find((s) => s.id === id)!.beat;
    assert.equal(statesAt(resolved.value, beatOf(create.id)).get(pod), 'pending');
    assert.equal(statesAt(resolved.value, beatOf(run[2]!.id)).get(pod), 'running');
    assert.equal(statesAt(resolved.value, -1).get(pod), 'running', 'before the replay: as the snapshot shows it');
  });

  it('times beats from the log: short ones stretched, gaps capped, each with its clock', () => {
    const firsts = steps.filter((s) => s.parallelWith === undefined);
    assert.ok(firsts.every((s) => s.duration! >= 900 && s.duration! <= 3000));
    assert.ok(firsts.some((s) => s.duration! > 900), 'a long gap shows as a longer beat');
    assert.ok(steps.every((s) => /^\d\d:\d\d:\d\d\.\d{3}$/.test(s.time!)));
    assert.equal(steps.find((s) => s.from === 'kubectl')!.time, '10:00:00.040');
    const fast = scenario(log, { timeScale: 4, maxGapMs: 1500 });
    assert.ok((fast.scenario.steps as ScenarioStep[]).every((s) => s.duration === undefined || s.duration <= 1500));
  });

  it('leaves the noise out by default and counts it; each filter switches', () => {
    assert.deepEqual(a.filtered, { leases: 3, leaderElection: 0, health: 1, discovery: 2 });
    assert.ok(!steps.some((s) => /leases|readyz|get \/api/.test(caption(s))));
    const all = scenario(log, { noise: false });
    assert.equal(requestSteps(all).length, a.total);
    assert.ok(requestSteps(all).some((s) => caption(s) === 'kubectl (kubernetes-admin): get /api → 200'));
    const withLeases = scenario(log, { noise: { leases: false } });
    assert.equal(requestSteps(withLeases).length, requestSteps(a).length + 3);
    assert.equal(withLeases.filtered.health, 1);
  });

  it('draws other clients outside the cluster with their user name', () => {
    const adds = a.scenario.adds as { components: Array<{ id: string; kind: string; label: string; parent?: string }>; edges: unknown[] };
    assert.deepEqual(adds.components, [{ id: 'client:system:serviceaccount:ci:deployer', kind: 'kubectl', label: 'system:serviceaccount:ci:deployer (Go-http-client)' }]);
    assert.deepEqual(adds.edges, [{ from: 'client:system:serviceaccount:ci:deployer', to: 'cp-1.apiserver' }]);
  });

  it('redaction removes source IPs, user agents and bodies', () => {
    const r = scenario(log, { redact: true });
    assert.ok(r.requests.every((q) => q.sourceIPs === undefined && q.userAgent === undefined && q.requestObject === undefined && q.responseObject === undefined));
    assert.ok(a.requests.some((q) => q.sourceIPs !== undefined && q.userAgent !== undefined));
    const text = JSON.stringify(r);
    assert.ok(!text.includes('10.0.0.21') && !text.includes('Go-http-client') && !text.includes('kubectl/v1.31.2'));
  });

  it('is a Scenario the player accepts', () => {
    const resolved = resolveScenario(a.scenario, cluster.model, 'k8s-cluster');
    assert.ok(resolved.ok, JSON.stringify(!resolved.ok && resolved.errors));
    assert.ok(validateModel(resolved.value.model).ok);
    const r = resolved.value;
    assert.equal(r.steps.length, steps.length);
    assert.ok(r.steps.filter((s) => s.inferred).every((s) => s.caption.en.startsWith('Inferred')));
    assert.equal(r.steps[0]!.time, '09:59:59.900');
    assert.equal(r.steps[1]!.duration, steps[1]!.duration);
    const etcdHop = r.steps.find((s) => s.to === 'cp-1.etcd')!;
    assert.deepEqual(etcdHop.hops.map((h) => h.edge), ['cp-1.apiserver->cp-1.etcd']);
  });

  it('plays on the attribute figure too (no snapshot), and on the HA snapshot through its apiservers', () => {
    const plain = buildClusterModel({ controlPlanes: 1, etcd: 'stacked', workers: [{ name: 'worker-1', pods: 2, runtime: 'containerd', ociRuntime: 'runc' }, { name: 'worker-2', pods: 2, runtime: 'containerd', ociRuntime: 'runc' }] });
    const onPlain = scenario(log, {}, plain);
    assert.ok(resolveScenario(onPlain.scenario, plain, 'k8s-cluster').ok);
    assert.ok((onPlain.scenario.steps as ScenarioStep[]).some((s) => s.from === 'worker-2.kubelet'));
    const ha = snapshot(k.kubeadmThreeControlPlanes());
    const onHa = scenario(log, {}, ha);
    const resolved = resolveScenario(onHa.scenario, ha.model, 'k8s-cluster');
    assert.ok(resolved.ok);
    const create = resolved.value.steps.find((s) => s.from === 'kubectl')!;
    assert.deepEqual(create.hops.map((h) => h.edge), ['kubectl->lb', 'lb->cp-1.apiserver']);
  });

  it('on a managed cluster the controllers are not drawn: their requests stay on the apiserver, said in the caption', () => {
    const managed = snapshot(k.managedCluster());
    const s = scenario(log, {}, managed);
    const sched = (s.scenario.steps as ScenarioStep[]).find((x) => caption(x).startsWith('kube-scheduler (not drawn): create pods/binding'))!;
    assert.equal(sched.from, 'apiserver');
    assert.equal(sched.kind, 'internal');
    assert.ok(!(s.scenario.steps as ScenarioStep[]).some((x) => x.inferred && x.to.includes('etcd')), 'no etcd drawn: no etcd hop');
    assert.ok(resolveScenario(s.scenario, managed.model, 'k8s-cluster').ok);
  });
});

describe('scenarioFromAudit: the Request level and other shapes', () => {
  it('at the Request level the body’s phase tells which update reports Running', () => {
    const e = [
      ...k.auditEvents('a1', Date.parse('2026-11-30T10:00:00Z'), 5, { verb: 'patch', uri: '/api/v1/namespaces/shop/pods/p/status', user: { username: 'system:node:worker-1' }, ua: 'kubelet', ref: { resource: 'pods', subresource: 'status', namespace: 'shop', name: 'p' }, code: 200, level: 'Request', requestObject: { status: { phase: 'Pending' } } }),
      ...k.auditEvents('a2', Date.parse('2026-11-30T10:00:02Z'), 5, { verb: 'patch', uri: '/api/v1/namespaces/shop/pods/p/status', user: { username: 'system:node:worker-1' }, ua: 'kubelet', ref: { resource: 'pods', subresource: 'status', namespace: 'shop', name: 'p' }, code: 200, level: 'Request', requestObject: { status: { phase: 'Running' } } }),
    ];
    const s = scenario(e);
    const ids = (s.scenario.steps as ScenarioStep[]).map((x) => x.id);
    assert.deepEqual(ids, ['r1', 'r1-etcd', 'r2-run1', 'r2-run2', 'r2-run3', 'r2', 'r2-etcd']);
  });

  it('reads an EventList and an array as well as JSON lines', () => {
    const events = k.deploymentRolloutAudit();
    const fromList = scenario({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: events });
    const fromArray = scenario(events);
    const fromText = scenario(JSON.stringify({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: events }, null, 2));
    assert.deepEqual(fromList.scenario, scenario().scenario);
    assert.deepEqual(fromArray.scenario, fromList.scenario);
    assert.deepEqual(fromText.scenario, fromList.scenario);
  });

  it('sorts events out of order', () => {
    const events = k.deploymentRolloutAudit();
    const shuffled = [...events.slice(20), ...events.slice(0, 20)];
    const s = scenario(k.jsonLines(shuffled));
    assert.deepEqual(s.scenario.steps, scenario().scenario.steps);
    assert.ok(s.warnings.some((w) => /out of order; sorted/.test(w.message.en)));
  });

  it('10 000 events become a scenario quickly', () => {
    const text = k.jsonLines(k.largeAudit(10000));
    const big = snapshot(k.largeCluster(500, 2000));
    const started = performance.now();
    const s = scenario(text, {}, big);
    const resolved = resolveScenario(s.scenario, big.model, 'k8s-cluster');
    const ms = performance.now() - started;
    assert.ok(resolved.ok);
    assert.equal(s.total, 5000);
    assert.ok(s.warnings.some((w) => /the first 1000 are replayed/.test(w.message.en)));
    console.log(`  10 000 events → ${resolved.value.steps.length} steps, resolved, in ${ms.toFixed(0)} ms`);
  });
});

describe('scenarioFromAudit: bad input', () => {
  const error = (events: unknown) => {
    const r = scenarioFromAudit(events, cluster);
    assert.equal(r.ok, false);
    if (r.ok) throw new Error('unreachable');
    assert.equal(r.errors[0]!.code, 'invalid-audit-log');
    return r.errors[0]!;
  };

  it('a truncated last line is named, the lines before are kept', () => {
    const text = log.trimEnd();
    const cut = text.slice(0, text.length - 40);
    const r = scenarioFromAudit(cut, cluster);
    assert.ok(r.ok);
    const lines = cut.split('\n').length;
    assert.ok(r.value.warnings.some((w) => w.path === `line ${lines}` && w.message.en.includes('cut short') && w.message.fr.includes('tronquée')));
    assert.equal(r.value.events, lines - 1);
  });

  it('a bad line in the middle is skipped and named', () => {
    const lines = log.trimEnd().split('\n');
    lines.splice(5, 0, '{"kind":"Event",');
    const r = scenarioFromAudit(lines.join('\n'), cluster);
    assert.ok(r.ok);
    assert.ok(r.value.warnings.some((w) => w.path === 'line 6'));
  });

  it('another API version is skipped with a warning naming the lines', () => {
    const lines = log.trimEnd().split('\n');
    lines[2] = lines[2]!.replace('audit.k8s.io/v1', 'audit.k8s.io/v1beta1');
    const r = scenarioFromAudit(lines.join('\n'), cluster);
    assert.ok(r.ok);
    assert.ok(r.value.warnings.some((w) => w.path === 'line 3' && w.message.en.includes('audit.k8s.io/v1beta1')));
    assert.match(error(lines.map((l) => l.replace('audit.k8s.io/v1"', 'audit.k8s.io/v1beta1"')).join('\n')).message.en, /no audit\.k8s\.io\/v1 Event \(only audit\.k8s\.io\/v1beta1\)/);
  });

  it('not JSON, the wrong JSON, nothing', () => {
    assert.match(error('GET /api/v1/pods 200\nGET /healthz 200').message.en, /line 1 is not JSON/);
    assert.match(error(JSON.stringify(k.kubeadmOneControlPlane())).message.en, /no audit Event \(found Node\)/);
    assert.match(error('').message.en, /empty/);
    assert.match(error(42).message.en, /expected audit Events/);
    assert.match(error('{"kind":"Event","auditID":"x","stage":"Resp').message.en, /line 1/);
  });

  it('all noise', () => {
    const noise = k.deploymentRolloutAudit().filter((e) => String(e.requestURI).includes('leases'));
    assert.match(error(noise).message.en, /noise the filters leave out/);
  });

  it('a figure without an apiserver', () => {
    const r = scenarioFromAudit(log, { components: [{ id: 'x', kind: 'pod' }], edges: [] });
    assert.equal(r.ok, false);
  });
});
