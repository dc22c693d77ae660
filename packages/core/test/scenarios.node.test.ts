import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUILTIN_SCENARIOS,
  buildClusterModel,
  buildContainerStackModel,
  buildControlPlaneModel,
  buildWorkerNodeModel,
  clusterOptions,
  cloneModel,
  controlPlaneOptions,
  edgeId,
  resolveScenario,
  statesAt,
  appearances,
  hiddenAt,
  workerSpec,
  type DiagramError,
  PLAYER_MESSAGES,
  type Model,
  type ResolvedScenario,
  type Result,
  type Scenario,
  type ScenarioStep,
} from '@k8s-diagrams/core';
import { EXPECTED_FLOWS as EXPECTED } from './fixtures/scenario-flows.js';

// ---------------------------------------------------------------------------------------
// Figures, built through the same attribute parsing as the elements.

const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;
function unwrap<T>(r: Result<T>): T {
  assert.ok(r.ok, 'figure options');
  return r.value;
}
const cluster = (values: Record<string, string> = {}) => buildClusterModel(unwrap(clusterOptions(attributes(values))));
const controlPlane = (values: Record<string, string> = {}) => buildControlPlaneModel(unwrap(controlPlaneOptions(attributes(values))));
const workerNode = (values: Record<string, string> = {}) => buildWorkerNodeModel(unwrap(workerSpec(attributes(values), 'worker-1')));

interface Figure {
  name: string;
  element: string;
  model: Model;
}

const FIGURES: Figure[] = [
  { name: 'cluster', element: 'k8s-cluster', model: cluster() },
  { name: 'cluster control-planes=3', element: 'k8s-cluster', model: cluster({ 'control-planes': '3' }) },
  { name: 'cluster control-planes=3 etcd=external', element: 'k8s-cluster', model: cluster({ 'control-planes': '3', etcd: 'external' }) },
  { name: 'cluster control-planes=5', element: 'k8s-cluster', model: cluster({ 'control-planes': '5' }) },
  { name: 'cluster runtime=cri-o', element: 'k8s-cluster', model: cluster({ runtime: 'cri-o' }) },
  { name: 'cluster runtime=cri-dockerd', element: 'k8s-cluster', model: cluster({ runtime: 'cri-dockerd' }) },
  { name: 'cluster oci-runtime=kata', element: 'k8s-cluster', model: cluster({ 'oci-runtime': 'kata' }) },
  { name: 'cluster oci-runtime=gvisor', element: 'k8s-cluster', model: cluster({ 'oci-runtime': 'gvisor' }) },
  { name: 'cluster oci-runtime=youki', element: 'k8s-cluster', model: cluster({ 'oci-runtime': 'youki' }) },
  { name: 'cluster workers=1', element: 'k8s-cluster', model: cluster({ workers: '1' }) },
  { name: 'cluster workers=5 pods=0', element: 'k8s-cluster', model: cluster({ workers: '5', pods: '0' }) },
  { name: 'cluster workers=12 (collapsed pods)', element: 'k8s-cluster', model: cluster({ workers: '12' }) },
  { name: 'cluster cloud=OVH', element: 'k8s-cluster', model: cluster({ cloud: 'OVH' }) },
  { name: 'cluster addons=coredns,metrics-server', element: 'k8s-cluster', model: cluster({ addons: 'coredns,metrics-server' }) },
  { name: 'cluster control-planes=3 addons=coredns', element: 'k8s-cluster', model: cluster({ 'control-planes': '3', addons: 'coredns' }) },
  { name: 'control-plane', element: 'k8s-control-plane', model: controlPlane() },
  { name: 'control-plane replicas=3', element: 'k8s-control-plane', model: controlPlane({ replicas: '3' }) },
  { name: 'control-plane replicas=3 etcd=external', element: 'k8s-control-plane', model: controlPlane({ replicas: '3', etcd: 'external' }) },
  { name: 'worker-node', element: 'k8s-worker-node', model: workerNode() },
  { name: 'worker-node runtime=cri-o', element: 'k8s-worker-node', model: workerNode({ runtime: 'cri-o' }) },
  { name: 'container-stack', element: 'container-stack', model: buildContainerStackModel() },
];
const figure = (name: string): Figure => FIGURES.find((f) => f.name === name)!;

/** Which built-ins play on which figures; every other pair must be `scenario-not-applicable`. */
const KUBERNETES_FIGURES = FIGURES.filter((f) => f.element === 'k8s-cluster').map((f) => f.name);
const HA_FIGURES = [
  'cluster control-planes=3',
  'cluster control-planes=3 etcd=external',
  'cluster control-planes=5',
  'cluster control-planes=3 addons=coredns',
  'control-plane replicas=3',
  'control-plane replicas=3 etcd=external',
];
const APPLICABLE: Record<string, string[]> = {
  'kubectl-apply': KUBERNETES_FIGURES,
  scale: KUBERNETES_FIGURES,
  'self-healing': [...KUBERNETES_FIGURES.filter((f) => f !== 'cluster workers=5 pods=0'), 'worker-node', 'worker-node runtime=cri-o'],
  'node-failure': KUBERNETES_FIGURES.filter((f) => f !== 'cluster workers=1'),
  'ha-failover': HA_FIGURES,
  'service-traffic': [...KUBERNETES_FIGURES, 'worker-node', 'worker-node runtime=cri-o'],
  'docker-run': ['container-stack'],
  'crictl-run': ['container-stack'],
  'nerdctl-run': ['container-stack'],
  'etcd-quorum-loss': ['cluster control-planes=3', 'cluster control-planes=3 addons=coredns', 'control-plane replicas=3'],
  drain: KUBERNETES_FIGURES.filter((f) => f !== 'cluster workers=1'),
  'node-join': KUBERNETES_FIGURES,
  'rolling-update': KUBERNETES_FIGURES,
  'scale-down': KUBERNETES_FIGURES,
  'kubectl-exec': [...KUBERNETES_FIGURES.filter((f) => f !== 'cluster workers=5 pods=0'), 'worker-node', 'worker-node runtime=cri-o'],
  probes: [...KUBERNETES_FIGURES.filter((f) => f !== 'cluster workers=5 pods=0' && f !== 'cluster workers=12 (collapsed pods)'), 'worker-node', 'worker-node runtime=cri-o'],
  'load-balancer-service': ['cluster cloud=OVH'],
  'dns-lookup': [...KUBERNETES_FIGURES, 'worker-node', 'worker-node runtime=cri-o'],
  autoscale: KUBERNETES_FIGURES,
};

function resolved(id: string, name: string): ResolvedScenario {
  const f = figure(name);
  const r = resolveScenario(id, f.model, f.element);
  assert.ok(r.ok, `${id} on ${name}: ${r.ok ? '' : r.errors.map((e) => e.message.en).join('; ')}`);
  return r.value;
}

function errorsOf(r: Result<unknown>): DiagramError[] {
  assert.equal(r.ok, false, 'expected an error');
  return r.ok ? [] : r.errors;
}

/** Each beat as “kind fromKind>toKind”, parallel steps joined by “ + ”, repeats as “×n”. */
function signature(s: ResolvedScenario): string[] {
  const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
  return s.beats.map((beat) => {
    const counts = new Map<string, number>();
    for (const i of beat) {
      const step = s.steps[i]!;
      const key = `${step.kind} ${kind.get(step.from)}>${kind.get(step.to)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, n]) => (n > 1 ? `${key} ×${n}` : key)).join(' + ');
  });
}


// ---------------------------------------------------------------------------------------

describe('built-in scenarios: the flows of the reference', () => {
  for (const { scenario, figure: name, beats } of EXPECTED)
    it(`${scenario} on ${name}`, () => {
      assert.deepEqual(signature(resolved(scenario, name)), beats);
    });

  it('kubectl-apply follows the runtime of each figure down to its OCI runtime', () => {
    const tail = (name: string) => signature(resolved('kubectl-apply', name)).slice(-6, -2);
    assert.deepEqual(tail('cluster runtime=cri-o'), ['request kubelet>cri-o ×2', 'request cri-o>shim ×2', 'request shim>crun ×2', 'event shim>pod ×3']);
    assert.deepEqual(tail('cluster runtime=cri-dockerd').slice(-3), ['request containerd>shim ×2', 'request shim>runc ×2', 'event shim>pod ×3']);
    assert.ok(signature(resolved('kubectl-apply', 'cluster runtime=cri-dockerd')).includes('request cri-dockerd>dockerd ×2'));
    assert.deepEqual(tail('cluster oci-runtime=kata').slice(-2), ['request containerd>kata ×2', 'event kata>pod ×3']);
    assert.deepEqual(tail('cluster oci-runtime=gvisor').slice(-2), ['request containerd>gvisor ×2', 'event gvisor>pod ×3']);
    assert.deepEqual(tail('cluster oci-runtime=youki').slice(-2), ['request shim>youki ×2', 'event shim>pod ×3']);
  });

  it('kubectl-apply spreads its 3 replicas over the workers, which act in parallel', () => {
    const placement = (name: string) => {
      const s = resolved('kubectl-apply', name);
      return s.model.components.filter((c) => c.kind === 'pod' && typeof c.label === 'string' && c.label.startsWith('nginx-')).map((c) => c.parent);
    };
    assert.deepEqual(placement('cluster'), ['worker-1', 'worker-2', 'worker-1']);
    assert.deepEqual(placement('cluster workers=1'), ['worker-1', 'worker-1', 'worker-1']);
    assert.deepEqual(placement('cluster workers=5 pods=0'), ['worker-1', 'worker-2', 'worker-3']);
    const five = resolved('kubectl-apply', 'cluster workers=5 pods=0');
    assert.ok(signature(five).includes('request kubelet>containerd ×3'));
  });

  it('ha-failover on an external etcd needs no election: etcd is not on the failed node', () => {
    const s = signature(resolved('ha-failover', 'cluster control-planes=3 etcd=external'));
    assert.ok(!s.includes('response etcd>etcd'), 'no vote');
    assert.ok(s.includes('request etcd>etcd ×2'), 'the leader still replicates to both members');
  });

  it('every built-in plays exactly where it applies, and says why elsewhere', () => {
    for (const id of Object.keys(BUILTIN_SCENARIOS))
      for (const f of FIGURES) {
        const r = resolveScenario(id, f.model, f.element);
        const expected = APPLICABLE[id]!.includes(f.name);
        if (expected) assert.ok(r.ok, `${id} on ${f.name}: ${r.ok ? '' : r.errors[0]!.message.en}`);
        else {
          assert.equal(r.ok, false, `${id} on ${f.name} plays`);
          const [error] = errorsOf(r);
          assert.equal(error!.code, 'scenario-not-applicable', `${id} on ${f.name}: ${error!.message.en}`);
          assert.match(error!.message.en, new RegExp(`“${id}” cannot play on this ${f.element}: .+`));
          assert.match(error!.message.fr, new RegExp(`“${id}” ne peut pas être joué sur ce ${f.element} : .+`));
        }
      }
  });
});

describe('built-in scenarios: rules every step keeps', () => {
  const all = Object.keys(BUILTIN_SCENARIOS).flatMap((id) => APPLICABLE[id]!.map((name) => ({ id, name, s: resolved(id, name) })));

  it('only the API server and etcd members write to etcd, and only they hear from it', () => {
    for (const { id, name, s } of all) {
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      for (const step of s.steps) {
        const from = kind.get(step.from);
        const to = kind.get(step.to);
        if (to === 'etcd') assert.ok(from === 'apiserver' || from === 'etcd', `${id} on ${name}: ${step.id} ${from} -> etcd`);
        if (from === 'etcd') assert.ok(to === 'apiserver' || to === 'etcd', `${id} on ${name}: ${step.id} etcd -> ${to}`);
      }
    }
  });

  it('every step crosses one link of the figure (one step per hop), along edges that exist', () => {
    for (const { id, name, s } of all) {
      const edges = new Set(s.model.edges.map(edgeId));
      const groups = new Set(s.model.components.filter((c) => ['cluster', 'control-plane', 'node', 'layer'].includes(c.kind)).map((c) => c.id));
      for (const step of s.steps) {
        const where = `${id} on ${name}: ${step.id}`;
        if (step.from === step.to) {
          assert.deepEqual(step.hops, [], where);
          continue;
        }
        assert.equal(step.hops[0]?.from, step.from, where);
        assert.equal(step.hops[step.hops.length - 1]?.to, step.to, where);
        step.hops.forEach((hop, i) => {
          if (i > 0) assert.equal(hop.from, step.hops[i - 1]!.to, where);
          if (hop.edge !== '') assert.ok(edges.has(hop.edge), `${where}: ${hop.edge}`);
          else assert.ok(groups.has(hop.from) || groups.has(hop.to), `${where}: a free hop only enters or leaves a group`);
        });
        assert.equal(step.hops.filter((h) => h.edge !== '').length, 1, `${where} crosses ${step.hops.length} hops`);
      }
    }
  });

  it('components learn of work by watching: the API server never calls a controller, the scheduler, a kubelet or kube-proxy', () => {
    const watchers = new Set(['controller-manager', 'scheduler', 'kubelet', 'kube-proxy', 'cloud-controller-manager']);
    for (const { id, name, s } of all) {
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      for (const step of s.steps) {
        const from = kind.get(step.from)!;
        const to = kind.get(step.to)!;
        // The one exception (reference §2 S8): the API server dials a kubelet on :10250 for logs, exec, port-forward.
        const kubeletApi = id === 'kubectl-exec' && from === 'apiserver' && to === 'kubelet' && step.kind === 'request' && /^(GET|POST) :10250\//.test(step.message?.en ?? '');
        // A response answers the component's own request (the HPA controller reading metrics); it is no call.
        if ((from === 'apiserver' || from === 'load-balancer') && watchers.has(to) && !kubeletApi && step.kind !== 'response')
          assert.equal(step.kind, 'watch', `${id} on ${name}: ${step.id}`);
        if (step.kind === 'watch') assert.ok(from === 'apiserver' || from === 'load-balancer', `${id} on ${name}: ${step.id} watches ${from}`);
      }
    }
  });

  it('every text is in English and French, short enough for a caption line', () => {
    for (const { id, name, s } of all) {
      for (const text of [s.title, ...s.steps.flatMap((st) => [st.caption, ...(st.message ? [st.message] : [])])]) {
        for (const lang of ['en', 'fr'] as const) {
          assert.ok(text[lang].trim().length > 0, `${id} on ${name}: empty ${lang}`);
          assert.ok(text[lang].length <= 140, `${id} on ${name}: ${text[lang].length} characters: ${text[lang]}`);
        }
      }
      for (const step of s.steps) assert.notEqual(step.caption.fr, step.caption.en, `${id}: ${step.id} has no French caption`);
      for (const step of s.steps) assert.ok((step.message?.en.length ?? 0) <= 60, `${id}: ${step.id}'s message is a token label`);
    }
  });

  it('step ids are unique and parallel steps share a beat', () => {
    for (const { id, s } of all) {
      assert.equal(new Set(s.steps.map((st) => st.id)).size, s.steps.length, id);
      assert.deepEqual(s.beats.flat(), s.steps.map((st) => st.index), id);
      s.beats.forEach((beat, b) => beat.forEach((i) => assert.equal(s.steps[i]!.beat, b)));
    }
  });

  it('new Pods go from pending to running; kubectl-apply ends with every replica running', () => {
    for (const name of KUBERNETES_FIGURES) {
      const s = resolved('kubectl-apply', name);
      const added = s.model.components.filter((c) => c.kind === 'pod' && !figure(name).model.components.some((o) => o.id === c.id)).map((c) => c.id);
      assert.equal(added.length, 3, name);
      const initial = statesAt(s, -1);
      const final = statesAt(s, s.beats.length - 1);
      for (const pod of added) {
        // Not drawn until the step that creates it, then a ghost (pending) until its containers start.
        assert.equal(initial.get(pod), undefined, `${pod} is not running before the Deployment`);
        assert.ok(hiddenAt(s, -1).includes(pod), `${name}: ${pod} is not drawn before it is created`);
        assert.equal(final.get(pod), 'running', `${name}: ${pod}`);
        const runningAt = s.beats.findIndex((_, b) => statesAt(s, b).get(pod) === 'running');
        const startAt = s.steps.find((st) => st.to === pod)?.beat ?? -1;
        assert.ok(runningAt > 0 && runningAt === startAt, `${name}: ${pod} running at ${runningAt}, started at ${startAt}`);
      }
    }
  });

  it('a Pod appears at the step that creates it: the ReplicaSet controller’s Pods, stored in etcd', () => {
    const created = { 'kubectl-apply': 3, scale: 2, 'node-failure': 2, 'self-healing': 1, 'rolling-update': 3 } as const;
    for (const [id, count] of Object.entries(created))
      for (const name of APPLICABLE[id]!.filter((f) => f === 'cluster' || f === 'cluster control-planes=3')) {
        const s = resolved(id, name);
        const appears = appearances(s);
        assert.equal(appears.size, count, `${id} on ${name}: ${[...appears.keys()].join(', ')}`);
        for (const [pod, beat] of appears) {
          assert.ok(hiddenAt(s, beat - 1).includes(pod) && !hiddenAt(s, beat).includes(pod), `${id}: ${pod} appears at beat ${beat}`);
          const creating = s.beats[beat]!.map((i) => s.steps[i]!).find((st) => st.effects.some((e) => e.component === pod));
          assert.ok(creating, `${id}: ${pod}`);
          assert.match(creating.message!.en, /^PUT \/registry\/pods\//, `${id}: ${pod} appears when the API server stores it`);
          assert.ok(s.steps.slice(0, creating.index).some((st) => /^POST …\/pods/.test(st.message?.en ?? '')), `${id}: after a controller created it`);
          assert.ok(!s.steps.some((st) => st.beat < beat && (st.to === pod || st.from === pod)), `${id}: nothing reaches ${pod} before it exists`);
        }
        assert.deepEqual(hiddenAt(s, s.beats.length - 1), [], `${id}: everything drawn at the end`);
      }
    // The node-failure victims and service-traffic’s Pods exist from the start.
    assert.deepEqual(hiddenAt(resolved('service-traffic', 'cluster'), -1), []);
    const failure = resolved('node-failure', 'cluster');
    assert.ok(!hiddenAt(failure, -1).includes('worker-2.pod-1'));
    // An author's scenario draws everything throughout.
    const custom = resolveScenario({ id: 'mine', title: 'Mine', adds: { components: [{ id: 'p', kind: 'pod', parent: 'worker-1' }], edges: [] }, steps: [{ id: 'a', from: 'p', to: 'p', kind: 'event', caption: 'x', effects: [{ component: 'p', state: 'pending' }] }] }, cluster(), 'k8s-cluster');
    assert.ok(custom.ok);
    assert.deepEqual(hiddenAt(custom.value, -1), []);
  });

  it('the Pods a built-in creates take the place of the figure’s own, which it no longer draws', () => {
    const apply = resolved('kubectl-apply', 'cluster');
    const pods = (s: ResolvedScenario) => s.model.components.filter((c) => c.kind === 'pod').map((c) => `${c.parent}/${typeof c.label === 'string' ? c.label : c.label?.en}`);
    assert.deepEqual(pods(apply), ['worker-1/nginx-1', 'worker-2/nginx-2', 'worker-1/nginx-3']);
    assert.deepEqual(pods(resolved('scale', 'cluster')), ['worker-1/nginx-1', 'worker-2/nginx-2', 'worker-1/nginx-3', 'worker-2/nginx-4', 'worker-1/nginx-5']);
    assert.deepEqual(hiddenAt(resolved('scale', 'cluster'), -1).sort(), ['worker-1.nginx-5', 'worker-2.nginx-4']);
    assert.deepEqual(pods(resolved('node-failure', 'cluster')), ['worker-2/pod-1', 'worker-2/pod-2', 'worker-1/pod-3', 'worker-1/pod-4']);
    assert.deepEqual(pods(resolved('service-traffic', 'cluster')), ['worker-1/client', 'worker-2/nginx-1', 'worker-2/nginx-2']);
    assert.ok(!apply.model.edges.some((e) => e.to === 'worker-1.pod-1'), 'their links go with them');
    // The figure's count badges (many workers) stay.
    assert.ok(resolved('kubectl-apply', 'cluster workers=12 (collapsed pods)').model.components.some((c) => c.id === 'worker-1.pods'));
  });

  it('resolving leaves the element’s model untouched', () => {
    const model = cluster({ 'control-planes': '3' });
    const before = JSON.stringify(model);
    for (const id of Object.keys(BUILTIN_SCENARIOS)) resolveScenario(id, model, 'k8s-cluster');
    assert.equal(JSON.stringify(model), before);
  });
});

describe('built-in scenarios: the mechanisms a Kubernetes expert checks', () => {
  const all = Object.keys(BUILTIN_SCENARIOS).flatMap((id) => APPLICABLE[id]!.map((name) => ({ id, name, s: resolved(id, name) })));
  const kinds = (s: ResolvedScenario) => new Map(s.model.components.map((c) => [c.id, c.kind]));
  const text = (st: ScenarioStep | ResolvedScenario['steps'][number] | undefined) => (st?.message ? (typeof st.message === 'string' ? st.message : st.message.en) : '');
  const stepOf = (s: ResolvedScenario, id: string) => {
    const found = s.steps.find((st) => st.id === id);
    assert.ok(found, `${s.id} has a step ${id}`);
    return found;
  };

  it('a graceful delete reaches watchers as MODIFIED (deletionTimestamp set); DELETED only once the kubelet removed the object', () => {
    for (const { id, name, s } of all) {
      const kind = kinds(s);
      s.steps.forEach((st, i) => {
        const where = `${id} on ${name}: ${st.id}`;
        if (st.kind === 'watch' && text(st).includes('DELETED')) {
          const gone = s.steps.slice(0, i).some((e) => kind.get(e.from) === 'kubelet' && /^DELETE .*\(grace 0\)/.test(text(e)));
          assert.ok(gone, `${where}: DELETED before the kubelet's final delete`);
        }
        // A graceful DELETE from a client or a controller: the next watch beat says MODIFIED.
        const api = ['apiserver', 'load-balancer'].includes(kind.get(st.to)!);
        if (st.kind === 'request' && api && /^DELETE /.test(text(st)) && !['kubelet', 'load-balancer'].includes(kind.get(st.from)!)) {
          const next = s.steps.slice(i).find((e) => e.kind === 'watch');
          assert.ok(next, where);
          assert.match(text(next), /^MODIFIED Pod/, `${where}: watchers see ${text(next)}`);
        }
      });
    }
    const healing = resolved('self-healing', 'cluster');
    assert.match(stepOf(healing, 'watch-delete@replicaset').caption.en, /ReplicaSet controller, for which a terminating Pod no longer counts/);
    const failure = resolved('node-failure', 'cluster');
    assert.match(stepOf(failure, 'watch-replicaset').caption.en, /terminating Pods do not count as active/);
  });

  it('a Pod stops as the kubelet stops it: preStop hook, StopContainer with the grace period, StopPodSandbox, then the final delete', () => {
    for (const name of ['cluster', 'cluster control-planes=3', 'cluster runtime=cri-o']) {
      const s = resolved('self-healing', name);
      const kind = kinds(s);
      const lost = s.steps.find((st) => /^delete(\.1)?$/.test(st.id))!.message!.en.replace(/^DELETE …\/pods\//, '');
      const seen = s.steps.filter((st) => /^watch-delete(\.\d)?@kubelet$/.test(st.id)).pop()!;
      const from = s.steps.indexOf(seen);
      const kubelet = seen.to;
      const stops = s.steps.slice(from).filter((st) => st.from === kubelet && st.kind !== 'watch').slice(0, 4);
      assert.deepEqual(
        stops.map((st) => text(st)),
        ['preStop hook', 'StopContainer (grace 30 s)', 'StopPodSandbox', `DELETE …/pods/${lost} (grace 0)`],
        name,
      );
      assert.match(stops[1]!.caption.en, /SIGTERM, then SIGKILL/);
      assert.doesNotMatch(stops[2]!.caption.en, /SIGTERM|SIGKILL/, 'StopPodSandbox is not what sends the signals');
      assert.ok(['containerd', 'cri-o'].includes(kind.get(stops[1]!.to)!), 'CRI calls go to the runtime');
      assert.ok(['apiserver', 'load-balancer'].includes(kind.get(stops[3]!.to)!));
      const removed = s.steps.slice(s.steps.indexOf(stops[3]!)).find((st) => kind.get(st.to) === 'etcd')!;
      assert.match(removed.message!.en, /^DELETE \/registry\/pods\//);
      assert.match(removed.caption.en, /only now do watchers get DELETED/);
    }
  });

  it('node-failure: the Pods turn not ready and leave the Services’ endpoints long before the 300 s eviction; NoExecute evicts', () => {
    for (const name of APPLICABLE['node-failure']!) {
      const s = resolved('node-failure', name);
      const kind = kinds(s);
      const at = (id: string) => s.steps.findIndex((st) => st.id === id || st.id.startsWith(`${id}.`) || st.id.startsWith(`${id}@`));
      const waits = at('toleration');
      assert.ok(at('pods-not-ready') > at('mark-unknown') && at('pods-not-ready') < waits, `${name}: Ready=False before the wait`);
      assert.match(text(s.steps[at('pods-not-ready')]), /^PUT pods\/…\/status/);
      assert.match(s.steps[at('pods-not-ready')]!.caption.en, /Ready condition of the Pods .* to False/);
      const slices = s.steps.slice(0, waits).filter((st) => kind.get(st.from) === 'controller-manager' && /endpointslices/.test(text(st)));
      assert.equal(slices.length, 1, `${name}: the EndpointSlice controller writes before the wait`);
      assert.match(slices[0]!.caption.en, /ready: false/);
      const proxies = s.steps.slice(0, waits).filter((st) => st.kind === 'watch' && kind.get(st.to) === 'kube-proxy');
      assert.ok(proxies.length > 0, `${name}: kube-proxy learns of it before the wait`);
      const taint = s.steps[at('taint')]!;
      assert.match(taint.caption.en, /evicted/);
      assert.doesNotMatch(taint.caption.en, /keeps new Pods away/);
    }
  });

  it('docker-run: a missing image makes dockerd answer 404; the CLI pulls it with POST /images/create, then creates again', () => {
    const s = resolved('docker-run', 'container-stack');
    const trips = s.steps.map((st) => `${st.from}>${st.to} ${text(st)}`);
    assert.deepEqual(trips.slice(0, 6), [
      'docker-cli>dockerd POST /containers/create',
      'dockerd>docker-cli 404 No such image',
      'docker-cli>dockerd POST /images/create?fromImage=nginx',
      'dockerd>docker-cli 200 OK',
      'docker-cli>dockerd POST /containers/create',
      'dockerd>docker-cli 201 Created',
    ]);
    for (const st of s.steps) assert.doesNotMatch(st.caption.en, /after pulling|pulls? the image if/, `${st.id}: dockerd does not pull on its own`);
  });

  it('the scheduler compares requests with allocatable minus what is already requested, and scores the nodes that passed', () => {
    for (const { id, name, s } of all)
      for (const st of s.steps) {
        assert.doesNotMatch(st.caption.en, /free resources/, `${id} on ${name}: ${st.id}`);
        assert.doesNotMatch(st.caption.fr, /ressources libres/, `${id} on ${name}: ${st.id}`);
      }
    const schedule = stepOf(resolved('kubectl-apply', 'cluster'), 'schedule');
    assert.match(schedule.caption.en, /requests vs allocatable minus what is already requested.*scores those that pass/);
  });

  it('the Deployment controller updates the ReplicaSet (PUT); the first EndpointSlice write is a create listing every selected Pod with its ready condition', () => {
    assert.match(text(stepOf(resolved('scale', 'cluster'), 'update-replicaset')), /^PUT …\/replicasets\//);
    const traffic = resolved('service-traffic', 'cluster');
    const write = stepOf(traffic, 'write-endpoints');
    assert.equal(text(write), 'POST …/endpointslices');
    assert.match(write.caption.en, /creates the Service’s EndpointSlice: every selected Pod’s IP and port, each with its ready condition/);
  });

  it('the service ClusterIP is an ordinary one, not kube-dns’s nor the kubernetes Service’s', () => {
    for (const name of APPLICABLE['service-traffic']!) {
      const s = resolved('service-traffic', name);
      const ip = /\((10\.\d+\.\d+\.\d+)\)/.exec(text(stepOf(s, 'send')))![1]!;
      assert.ok(!['10.96.0.10', '10.96.0.1'].includes(ip), ip);
      for (const st of s.steps) assert.ok(!`${st.caption.en} ${text(st)}`.includes('10.96.0.10'), st.id);
    }
  });

  it('the PLEG relists: the kubelet asks its runtime; TaskExit is containerd’s event, never conmon’s', () => {
    for (const name of [...APPLICABLE['self-healing']!]) {
      const s = resolved('self-healing', name);
      const kind = kinds(s);
      for (const st of s.steps) {
        assert.ok(!(st.kind === 'event' && kind.get(st.to) === 'kubelet'), `${name}: ${st.id}: no event is pushed to the kubelet`);
        if (text(st) === 'TaskExit') assert.ok(['containerd', 'dockerd'].includes(kind.get(st.to)!), `${name}: ${st.id} TaskExit to ${kind.get(st.to)}`);
      }
      const relist = stepOf(s, 'relist');
      assert.equal(kind.get(relist.from), 'kubelet');
      assert.equal(relist.kind, 'request');
      assert.match(text(relist), /PLEG relist/);
      const answer = s.steps[relist.index + 1]!;
      assert.deepEqual([answer.kind, answer.from, answer.to], ['response', relist.to, relist.from]);
    }
    const crio = resolved('self-healing', 'cluster runtime=cri-o');
    assert.equal(text(stepOf(crio, 'exit-1')), 'exit code');
  });

  it('load-balancer-service: the cloud’s load balancer appears when the provider creates it and targets every node’s NodePort', () => {
    const figures: Array<Record<string, string>> = [{ cloud: 'OVH' }, { cloud: 'OVH', 'control-planes': '3' }, { cloud: 'OVH', workers: '1' }];
    for (const values of figures) {
      const r = resolveScenario('load-balancer-service', cluster(values), 'k8s-cluster');
      assert.ok(r.ok, JSON.stringify(values));
      const s = r.value;
      const where = JSON.stringify(values);
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const at = (id: string) => stepOf(s, id).beat;
      // The Service is stored (ClusterIP and NodePort allocated) before anyone acts on it.
      assert.ok(at('allocate') < at('persist-service') && at('persist-service') < at('watch-service-lb'), where);
      assert.match(text(stepOf(s, 'allocate')), /ClusterIP .* NodePort 3\d{4}/);
      const nodePort = Number(/NodePort (\d+)/.exec(text(stepOf(s, 'allocate')))![1]);
      assert.ok(nodePort >= 30000 && nodePort <= 32767, where);
      // Only the active cloud-controller-manager calls the cloud, after watching through the API server.
      const ccm = stepOf(s, 'ensure-lb').from;
      assert.equal(kind.get(ccm), 'cloud-controller-manager');
      assert.notEqual(s.model.components.find((c) => c.id === ccm)!.state, 'standby', where);
      assert.equal(stepOf(s, 'watch-service-lb').to, ccm);
      assert.equal(kind.get(stepOf(s, 'write-status').to), 'apiserver', `${where}: the status goes through the API server`);
      assert.match(text(stepOf(s, 'write-status')), /^PATCH .*\/status$/);
      assert.ok(at('ensure-lb') < at('write-status') && at('persist-status') < at('send'), where);
      // Hidden until the provider creates it; linked to every worker's rules (its NodePort).
      assert.ok(hiddenAt(s, at('provision') - 1).includes('cloud-load-balancer') && !hiddenAt(s, at('provision')).includes('cloud-load-balancer'), where);
      const workers = s.model.components.filter((c) => c.kind === 'node').map((c) => c.id);
      for (const w of workers) assert.ok(s.model.edges.some((e) => e.from === 'cloud-load-balancer' && e.to === `${w}.kernel-rules`), `${where}: ${w}`);
      // The packet enters at a node's NodePort, and kube-proxy is never on its path.
      assert.equal(kind.get(stepOf(s, 'node-port').to), 'kernel-rules');
      assert.match(text(stepOf(s, 'node-port')), new RegExp(`:${nodePort}$`));
      for (const st of s.steps.filter((x) => x.beat >= at('send'))) assert.ok(kind.get(st.from) !== 'kube-proxy' && kind.get(st.to) !== 'kube-proxy', `${where}: ${st.id}`);
      assert.deepEqual(hiddenAt(s, s.beats.length - 1), [], where);
    }
    // Cluster policy: with another worker, the Pod chosen is on another node than the entry.
    const two = resolved('load-balancer-service', 'cluster cloud=OVH');
    const pod = two.model.components.find((c) => c.id === stepOf(two, 'deliver').to)!;
    assert.notEqual(pod.parent, two.model.components.find((c) => c.id === stepOf(two, 'node-port').to)!.parent);
    // The figure without a scenario draws none of it.
    assert.ok(!cluster({ cloud: 'OVH' }).components.some((c) => c.kind === 'cloud-load-balancer' || c.kind === 'client'));
  });

  it('ha-failover: the cloud-controller-manager stops with its node, and each Lease goes to whichever standby retries first', () => {
    const withCloud = resolved('ha-failover', 'control-plane replicas=3');
    assert.match(stepOf(withCloud, 'node-fails').caption.en, /scheduler, controller-manager and cloud-controller-manager stop/);
    assert.match(stepOf(withCloud, 'node-fails').caption.fr, /cloud-controller-manager s’arrêtent/);
    assert.ok(withCloud.steps.some((st) => st.id === 'acquire@cloud-controller-manager-2'));
    for (const name of HA_FIGURES) {
      const s = resolved('ha-failover', name);
      const acquire = s.steps.find((st) => st.id.startsWith('acquire@'))!;
      assert.match(acquire.caption.en, /whichever standby retries first/, name);
      assert.doesNotMatch(acquire.caption.fr, /copies/, name);
    }
    assert.doesNotMatch(stepOf(resolved('ha-failover', 'cluster control-planes=3'), 'node-fails').caption.en, /cloud-controller-manager/);
  });

  it('the API server authenticates, authorizes, runs mutating admission, validates the schema, runs validating admission, then persists', () => {
    for (const name of KUBERNETES_FIGURES) {
      const s = resolved('kubectl-apply', name);
      const admit = stepOf(s, 'admit');
      assert.match(admit.caption.en, /authentication.*authorization.*mutating admission.*schema validation.*validating admission/);
      assert.match(admit.caption.fr, /authentification.*autorisation.*admission mutante.*validation du schéma.*admission validante/);
      assert.match(admit.message!.en, /authn.*authz.*mutating.*schema.*validating/);
      assert.equal(s.steps[admit.index + 1]!.id, 'persist-deployment', `${name}: persisted right after`);
    }
  });
});

describe('statesAt', () => {
  const s = resolved('ha-failover', 'cluster control-planes=3');
  const failsAt = s.steps.find((st) => st.id === 'node-fails')!.beat;

  it('starts from the model’s own states', () => {
    const initial = statesAt(s, -1);
    assert.equal(initial.get('scheduler-1'), 'active');
    assert.equal(initial.get('scheduler-2'), 'standby');
    assert.equal(initial.get('control-plane-1'), undefined);
  });

  it('applies the effects of every beat up to the one asked, in order', () => {
    assert.equal(statesAt(s, failsAt - 1).get('control-plane-1'), undefined);
    const after = statesAt(s, failsAt);
    for (const id of ['control-plane-1', 'apiserver-1', 'etcd-1', 'scheduler-1', 'controller-manager-1']) assert.equal(after.get(id), 'down', id);
    assert.equal(after.get('scheduler-2'), 'standby');
    // etcd-1 was marked the leader (active) before it went down: the later effect wins.
    assert.equal(statesAt(s, 1).get('etcd-1'), 'active');
  });

  it('ends with the standby leaders active and the new etcd leader elected; past the end it stays there', () => {
    const last = statesAt(s, s.beats.length - 1);
    assert.equal(last.get('scheduler-2'), 'active');
    assert.equal(last.get('controller-manager-2'), 'active');
    assert.equal(last.get('etcd-2'), 'active');
    assert.equal(last.get('scheduler-3'), 'standby');
    assert.deepEqual(statesAt(s, s.beats.length + 10), last);
  });
});

describe('custom scenarios and errors', () => {
  const model = cluster();
  const steps: ScenarioStep[] = [
    { id: 'a', from: 'kubectl', to: 'apiserver', kind: 'request', caption: 'kubectl asks', message: 'GET /api' },
    { id: 'b', from: 'apiserver', to: 'etcd', kind: 'request', caption: { en: 'read', fr: 'lecture' } },
    { id: 'c', from: 'apiserver', to: 'worker-1.kubelet', kind: 'watch', caption: 'w1', parallelWith: 'b' },
    { id: 'd', from: 'scheduler', to: 'scheduler', kind: 'internal', caption: 'think' },
  ];
  const base: Scenario = { id: 'mine', title: { en: 'Mine', fr: 'Le mien' }, steps };

  it('resolves kinds to the first component of the kind, groups parallel steps into beats', () => {
    const r = resolveScenario(base, model, 'k8s-cluster');
    assert.ok(r.ok);
    assert.deepEqual(r.value.beats, [[0], [1, 2], [3]]);
    assert.equal(r.value.builtin, false);
    assert.deepEqual(r.value.title, { en: 'Mine', fr: 'Le mien' });
    assert.deepEqual(r.value.steps[0]!.caption, { en: 'kubectl asks', fr: 'kubectl asks' });
    assert.deepEqual(r.value.steps[0]!.message, { en: 'GET /api', fr: 'GET /api' });
    assert.equal(r.value.steps[1]!.message, undefined);
    assert.deepEqual(r.value.steps[3]!.hops, []);
    assert.deepEqual(r.value.steps[2]!.hops.map((h) => [h.edge, h.reversed]), [['worker-1.kubelet->apiserver', true]]);
  });

  it('routes a custom step between components that are not linked along the edges', () => {
    const r = resolveScenario({ ...base, steps: [{ id: 'far', from: 'kubectl', to: 'worker-2.runc', kind: 'request', caption: 'far' }] }, model, 'k8s-cluster');
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.steps[0]!.hops.map((h) => h.edge),
      ['kubectl->apiserver', 'worker-2.kubelet->apiserver', 'worker-2.kubelet->worker-2.containerd', 'worker-2.containerd->worker-2.shim', 'worker-2.shim->worker-2.runc'],
    );
  });

  it('adds components and edges, validated with the model, and effects resolve by kind', () => {
    const r = resolveScenario(
      {
        ...base,
        adds: { components: [{ id: 'svc', kind: 'service' }], edges: [{ from: 'worker-1.pod-1', to: 'svc' }] },
        steps: [{ id: 's', from: 'worker-1.pod-1', to: 'svc', kind: 'request', caption: 'call', effects: [{ component: 'service', state: 'running' }] }],
      },
      model,
      'k8s-cluster',
    );
    assert.ok(r.ok);
    assert.ok(r.value.model.components.some((c) => c.id === 'svc'));
    assert.equal(model.components.some((c) => c.id === 'svc'), false, 'the element’s model is not changed');
    assert.equal(statesAt(r.value, 0).get('svc'), 'running');
  });

  it('unknown built-in id: unknown-scenario, listing the built-ins', () => {
    const [e] = errorsOf(resolveScenario('kubectl-aply', model, 'k8s-cluster'));
    assert.equal(e!.code, 'unknown-scenario');
    assert.match(e!.message.en, /“kubectl-aply” is not a built-in scenario; use one of kubectl-apply, self-healing, scale, node-failure, ha-failover, service-traffic, docker-run, crictl-run, nerdctl-run/);
    assert.match(e!.message.fr, /n’est pas un scénario intégré/);
    assert.equal(errorsOf(resolveScenario('toString', model, 'k8s-cluster'))[0]!.code, 'unknown-scenario', 'no inherited property counts as a built-in');
  });

  it('ha-failover on one control plane: not applicable, saying it needs three', () => {
    const [e] = errorsOf(resolveScenario('ha-failover', model, 'k8s-cluster'));
    assert.equal(e!.code, 'scenario-not-applicable');
    assert.match(e!.message.en, /needs 3 control-plane nodes behind a load balancer, and this figure has 1/);
    assert.match(e!.message.fr, /3 nœuds de plan de contrôle/);
  });

  it('etcd-quorum-loss needs three control planes and names the attribute that adds them', () => {
    const [onCluster] = errorsOf(resolveScenario('etcd-quorum-loss', cluster(), 'k8s-cluster'));
    assert.equal(onCluster!.code, 'scenario-not-applicable');
    assert.match(onCluster!.message.en, /needs 3 control-plane nodes .*this figure has 1\. Set control-planes="3"\.$/);
    assert.match(onCluster!.message.fr, /ce schéma en a 1\. Indiquez control-planes="3"\.$/);
    const [onControlPlane] = errorsOf(resolveScenario('etcd-quorum-loss', controlPlane(), 'k8s-control-plane'));
    assert.match(onControlPlane!.message.en, /Set replicas="3"\.$/);
  });

  it('etcd-quorum-loss: no write commits while one member of three is left; running Pods are never touched', () => {
    const s = resolved('etcd-quorum-loss', 'cluster control-planes=3');
    const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
    const backAt = s.steps.find((st) => st.id === 'second-back')!.beat;
    const timedOut = s.steps.find((st) => st.id === 'write-times-out')!;
    assert.ok(timedOut.beat < backAt && /timeout/.test(timedOut.message!.en));
    // Before the member comes back, no etcd member replicates anything and no vote is granted.
    for (const st of s.steps.filter((x) => x.beat < backAt)) {
      assert.ok(!(st.kind === 'response' && kind.get(st.from) === 'etcd'), st.id);
      if (kind.get(st.from) === 'etcd' && kind.get(st.to) === 'etcd') assert.match(st.message!.en, /no answer/, st.id);
    }
    const states = statesAt(s, backAt - 1);
    assert.equal(states.get('control-plane-1'), 'down');
    assert.equal(states.get('control-plane-2'), 'down');
    assert.ok(!s.steps.some((st) => kind.get(st.to) === 'pod' || kind.get(st.from) === 'pod'), 'no Pod is stopped');
    assert.equal(statesAt(s, s.beats.length - 1).get('etcd-3'), 'active', 'a leader again at the end');
  });

  it('dns-lookup: the query reaches CoreDNS through kube-dns’s ClusterIP and the rules, after CoreDNS watched, before the Service call', () => {
    for (const name of ['cluster', 'cluster addons=coredns,metrics-server', 'worker-node']) {
      const s = resolved('dns-lookup', name);
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const label = new Map(s.model.components.map((c) => [c.id, c.label]));
      const at = (id: string) => s.steps.find((st) => st.id === id || st.id.startsWith(`${id}@`) || st.id.startsWith(`${id}.`))!.beat;
      // CoreDNS learns of Services by watching the API server, never by being called by it.
      assert.ok(s.steps.filter((st) => kind.get(st.to) === 'coredns' && kind.get(st.from) !== 'kernel-rules').every((st) => st.kind === 'watch'), name);
      assert.ok(at('watch-dns') < at('query') && at('program') < at('query'), `${name}: watch and rules first`);
      const query = s.steps.find((st) => st.id === 'query')!;
      assert.equal(label.get(query.to), 'kube-dns', name);
      assert.match(s.steps.find((st) => st.id === 'resolv-conf')!.message!.en, /nameserver 10\.96\.0\.10/);
      assert.equal(kind.get(s.steps.find((st) => st.id === 'dns-deliver')!.to), 'coredns');
      assert.match(s.steps.find((st) => st.id === 'dns-answer')!.message!.en, /10\.96\.41\.7/);
      assert.ok(at('dns-reply') < at('send'), `${name}: resolved before the call`);
      assert.equal(s.steps.find((st) => st.id === 'send')!.message!.en, 'GET http://nginx (10.96.41.7)');
    }
    // With the add-on, the figure's own CoreDNS Pods and kube-dns are used, nothing is added twice.
    const own = resolved('dns-lookup', 'cluster addons=coredns,metrics-server');
    assert.equal(own.model.components.filter((c) => c.kind === 'coredns').length, 2);
    assert.equal(own.model.components.filter((c) => c.label === 'kube-dns').length, 1);
    assert.equal(resolved('dns-lookup', 'cluster').model.components.filter((c) => c.kind === 'coredns').length, 1);
  });

  it('dns-lookup without a worker names what is missing and the attributes to set', () => {
    const [e] = errorsOf(resolveScenario('dns-lookup', cluster({ workers: '0' }), 'k8s-cluster'));
    assert.equal(e!.code, 'scenario-not-applicable');
    assert.match(e!.message.en, /needs a worker node with kube-proxy and a container runtime\. Set workers="1" or more \(addons="coredns" also draws CoreDNS from the start\)\.$/);
    assert.match(e!.message.fr, /Indiquez workers="1" ou plus/);
  });

  it('autoscale: metrics reach the HPA controller only through the API server, never etcd; then the scale to 3', () => {
    for (const name of ['cluster', 'cluster addons=coredns,metrics-server', 'cluster control-planes=3 addons=coredns']) {
      const s = resolved('autoscale', name);
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const servers = s.model.components.filter((c) => c.kind === 'metrics-server');
      assert.equal(servers.length, 1, `${name}: one metrics-server, the figure's or added`);
      const beatOf = (id: string) => s.steps.find((st) => st.id === id || st.id.startsWith(`${id}@`) || st.id.startsWith(`${id}.`))!.beat;
      const order = ['scrape', 'usage', 'read-metrics', 'proxy', 'pod-metrics', 'metrics', 'desired', 'submit', 'persist-deployment', 'watch-deployment'].map(beatOf);
      assert.deepEqual([...order].sort((a, b) => a - b), order, `${name}: S10 then S3, in order`);
      // Only the API server talks to metrics-server's API; the controller-manager never calls it directly.
      for (const st of s.steps) {
        const ends = [kind.get(st.from), kind.get(st.to)];
        if (ends.includes('metrics-server')) assert.ok(ends.includes('kubelet') || ends.includes('apiserver'), `${name}: ${st.id}`);
        if (ends.includes('etcd')) assert.ok(!/metrics/.test(st.message?.en ?? ''), `${name}: ${st.id}: metrics are not stored`);
      }
      const desired = s.steps.find((st) => st.id === 'desired')!;
      assert.equal(desired.message!.en, 'ceil(2 × 60 / 50) = 3');
      assert.equal(kind.get(s.steps.find((st) => st.id === 'submit')!.from), 'controller-manager', 'the HPA controller updates the scale');
      assert.equal(s.steps.filter((st) => st.id.startsWith('started')).length, 1, `${name}: one new Pod`);
    }
  });

  it('autoscale without a worker names what is missing and the attributes to set', () => {
    const [e] = errorsOf(resolveScenario('autoscale', cluster({ workers: '0' }), 'k8s-cluster'));
    assert.equal(e!.code, 'scenario-not-applicable');
    assert.match(e!.message.en, /Set workers="1" or more \(addons="metrics-server" also draws metrics-server from the start\)\.$/);
    assert.match(e!.message.fr, /addons="metrics-server" dessine aussi metrics-server/);
  });

  it('drain needs a second worker, named with the attribute that adds it', () => {
    const [error] = errorsOf(resolveScenario('drain', cluster({ workers: '1' }), 'k8s-cluster'));
    assert.equal(error!.code, 'scenario-not-applicable');
    assert.match(error!.message.en, /needs a second worker node to drain, worker-2, and this figure has 1\. Set workers="2"\.$/);
    assert.match(error!.message.fr, /un deuxième nœud worker à vider, worker-2, et ce schéma en a 1\. Indiquez workers="2"\.$/);
    const [elsewhere] = errorsOf(resolveScenario('drain', controlPlane(), 'k8s-control-plane'));
    assert.equal(elsewhere!.code, 'scenario-not-applicable');
  });

  for (const name of ['cluster', 'cluster workers=5 pods=0', 'cluster control-planes=3'])
    it(`drain on ${name}: cordon first, one 429 then the retry, replacements off the drained node, DaemonSet Pods untouched`, () => {
      const s = resolved('drain', name);
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const parent = new Map(s.model.components.map((c) => [c.id, c.parent]));
      const at = (id: string) => s.steps.find((st) => st.id === id || st.id.startsWith(`${id}.`))!.beat;
      const text = (st: (typeof s.steps)[number]) => st.message?.en ?? '';
      const toApi = s.steps.filter((st) => kind.get(st.from) === 'kubectl' && kind.get(st.to) !== 'kubectl');
      assert.match(text(toApi[0]!), /^PATCH nodes\/worker-2$/, 'the cordon comes first');
      const evictions = toApi.filter((st) => /eviction/.test(text(st)));
      assert.ok(evictions.length >= 2, 'an eviction and its retry');
      assert.ok(at('taint') < evictions[0]!.beat, 'tainted before anything is evicted');
      const refused = s.steps.find((st) => st.kind === 'response' && kind.get(st.to) === 'kubectl' && /429 nginx-4/.test(text(st)))!;
      assert.ok(refused, 'a 429 for the second Pod');
      assert.ok(refused.beat < at('retry') && at('persist-budget') < at('retry'), 'retried once the budget allows it');
      // The second Pod is untouched until its retry is allowed.
      const late = s.model.components.find((c) => c.label === 'nginx-4')!.id;
      const terminating = s.steps.filter((st) => st.effects?.some((e) => e.component === late && e.state === 'terminating'));
      assert.deepEqual(terminating.map((st) => st.beat), [at('persist-evict-again')]);
      // Replacements are bound on other nodes, never on worker-2.
      const bound = s.steps.filter((st) => /watch-bound/.test(st.id) && kind.get(st.to) === 'kubelet').map((st) => parent.get(st.to));
      assert.equal(bound.length, 2);
      assert.ok(bound.every((n) => n !== 'worker-2'), String(bound));
      for (const label of ['nginx-5', 'nginx-6']) assert.notEqual(s.model.components.find((c) => c.label === label)!.parent, 'worker-2');
      // DaemonSet Pods (kube-proxy) change no state; only nginx Pods are evicted.
      for (const st of s.steps) for (const e of st.effects ?? []) assert.equal(kind.get(e.component), 'pod', `${st.id}: ${e.component}`);
      assert.ok(s.steps.some((st) => st.id === 'daemonset-stays' && st.from === 'worker-2.kube-proxy'));
      assert.equal(statesAt(s, s.beats.length - 1).get('worker-2.kube-proxy'), undefined);
    });

  it('node-join is written for <k8s-cluster>, and says so elsewhere', () => {
    for (const [model, tag] of [[controlPlane(), 'k8s-control-plane'], [workerNode(), 'k8s-worker-node']] as const) {
      const [error] = errorsOf(resolveScenario('node-join', model, tag));
      assert.equal(error!.code, 'scenario-not-applicable');
      assert.match(error!.message.en, /it is written for k8s-cluster\.$/);
    }
  });

  for (const name of ['cluster', 'cluster control-planes=3', 'cluster runtime=cri-o', 'cluster workers=5 pods=0'])
    it(`node-join on ${name}: a worker drawn only while it plays; CSR, approval, signing, then the Node, its Lease, Ready, the taint removed`, () => {
      const s = resolved('node-join', name);
      const before = new Set(figure(name).model.components.map((c) => c.id));
      const added = s.model.components.filter((c) => !before.has(c.id));
      const node = added.find((c) => c.kind === 'node')!;
      assert.equal(node.id, `worker-${figure(name).model.components.filter((c) => c.kind === 'node').length + 1}`);
      assert.ok(added.every((c) => c === node || c.parent === node.id), 'only the new worker and its parts');
      assert.ok(added.some((c) => c.kind === 'kubelet') && !added.some((c) => c.kind === 'pod' || c.kind === 'kube-proxy'));
      // Nothing of it is drawn before the first beat.
      assert.deepEqual(hiddenAt(s, -1).sort(), added.map((c) => c.id).sort());
      assert.deepEqual(hiddenAt(s, 0), []);
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const kubelet = added.find((c) => c.kind === 'kubelet')!.id;
      const en = (st: (typeof s.steps)[number]) => st.message?.en ?? '';
      const beatOf = (test: (st: (typeof s.steps)[number]) => boolean) => s.steps.find(test)!.beat;
      const csr = beatOf((st) => st.from === kubelet && /certificatesigningrequests/.test(en(st)));
      const approved = beatOf((st) => kind.get(st.from) === 'controller-manager' && /approval/.test(en(st)));
      const signed = beatOf((st) => kind.get(st.from) === 'controller-manager' && /certificate/.test(en(st)));
      const picked = beatOf((st) => st.kind === 'watch' && st.to === kubelet);
      const registered = beatOf((st) => st.from === kubelet && /^POST nodes/.test(en(st)));
      const tainted = beatOf((st) => /taint not-ready/.test(en(st)));
      const lease = beatOf((st) => st.from === kubelet && /Lease/.test(en(st)));
      const ready = beatOf((st) => st.from === kubelet && /status$/.test(en(st)));
      const untainted = beatOf((st) => /remove taint not-ready/.test(en(st)));
      const scheduler = beatOf((st) => st.kind === 'watch' && kind.get(st.to) === 'scheduler');
      const order = [csr, approved, signed, picked, registered, tainted, lease, ready, untainted, scheduler];
      assert.deepEqual([...order].sort((a, b) => a - b), order, String(order));
      // Before its certificate the kubelet only asks for one.
      for (const st of s.steps.filter((x) => x.from === kubelet && x.beat < picked)) assert.match(en(st), /certificatesigningrequests/);
      // Ready once the runtime says so; the node is running only once the taint is gone.
      const runtimeReady = beatOf((st) => st.to === kubelet && /RuntimeReady/.test(en(st)));
      assert.ok(lease < runtimeReady && runtimeReady < ready);
      assert.equal(statesAt(s, untainted - 1).get(node.id), 'pending');
      assert.equal(statesAt(s, s.beats.length - 1).get(node.id), 'running');
    });
  it('rolling-update needs the whole cluster and says which element draws it', () => {
    const [onControlPlane] = errorsOf(resolveScenario('rolling-update', controlPlane(), 'k8s-control-plane'));
    assert.equal(onControlPlane!.code, 'scenario-not-applicable');
    assert.match(onControlPlane!.message.en, /needs .*a worker node .*Play it on <k8s-cluster>, which draws the worker nodes as well\.$/);
    assert.match(onControlPlane!.message.fr, /il lui faut .*un nœud worker .*Jouez-le sur <k8s-cluster>, qui dessine aussi les nœuds worker\.$/);
    const [onWorker] = errorsOf(resolveScenario('rolling-update', workerNode(), 'k8s-worker-node'));
    assert.match(onWorker!.message.en, /needs kubectl.*Play it on <k8s-cluster>, which draws the control plane as well\.$/);
  });

  it('rolling-update: never more than 3 + maxSurge Pods counted, never fewer than 3 − maxUnavailable available; each old Pod goes once a new one is Ready', () => {
    for (const name of APPLICABLE['rolling-update']!) {
      const s = resolved('rolling-update', name);
      const pods = s.model.components.filter((c) => c.kind === 'pod' && typeof c.label === 'string' && c.label.startsWith('nginx-'));
      const of = (rs: string) => pods.filter((c) => (c.label as string).startsWith(`${rs}-`)).map((c) => c.id);
      const old = of('nginx-5d8c');
      const fresh = of('nginx-7b4f');
      assert.equal(old.length, 3, name);
      assert.equal(fresh.length, 3, name);
      for (let b = -1; b < s.beats.length; b++) {
        const states = statesAt(s, b);
        const hidden = new Set(hiddenAt(s, b));
        // Terminating Pods are not counted (ReplicaSet); a new Pod is available once it runs and is Ready.
        const counted = [...old, ...fresh].filter((p) => !hidden.has(p) && !['terminating', 'down'].includes(states.get(p) ?? ''));
        const available = [...old.filter((p) => states.get(p) === undefined), ...fresh.filter((p) => states.get(p) === 'running')];
        assert.ok(counted.length <= 4, `${name}, beat ${b}: ${counted.length} Pods`);
        assert.ok(available.length >= 3, `${name}, beat ${b}: ${available.length} available`);
      }
      const final = statesAt(s, s.beats.length - 1);
      assert.deepEqual(old.map((p) => final.get(p)), ['down', 'down', 'down'], name);
      assert.deepEqual(fresh.map((p) => final.get(p)), ['running', 'running', 'running'], name);
      for (let i = 1; i <= 3; i++) {
        const at = (id: string) => s.steps.findIndex((st) => st.id === id);
        const ready = at(`ready-${i}`);
        assert.ok(at(`new-${i}-persist-status`) < ready && ready < at(`delete-${i}`), `${name}: old Pod ${i} deleted after new Pod ${i} is Ready`);
        assert.match(s.steps[ready]!.message!.en, /Ready$/);
      }
      assert.match(s.steps.find((st) => st.id === 'strategy')!.message!.en, /^maxSurge 1 · maxUnavailable 0$/);
      assert.match(s.steps.find((st) => st.id === 'status')!.caption.en, /kept at 0 for kubectl rollout undo/);
    }
  });

  it('scale-down needs the whole cluster and says which element draws it', () => {
    const [onControlPlane] = errorsOf(resolveScenario('scale-down', controlPlane(), 'k8s-control-plane'));
    assert.equal(onControlPlane!.code, 'scenario-not-applicable');
    assert.match(onControlPlane!.message.en, /needs .*a worker node .*Play it on <k8s-cluster>, which draws the worker nodes as well\.$/);
    const [onWorker] = errorsOf(resolveScenario('scale-down', workerNode(), 'k8s-worker-node'));
    assert.match(onWorker!.message.fr, /il lui faut kubectl.*Jouez-le sur <k8s-cluster>, qui dessine aussi le plan de contrôle\.$/);
    // An author's cluster whose workers have no kube-proxy (a CNI that replaces it) cannot show the endpoints part.
    const noProxy = cluster();
    noProxy.components = noProxy.components.filter((c) => c.kind !== 'kube-proxy');
    noProxy.edges = noProxy.edges.filter((e) => !e.from.endsWith('kube-proxy') && !e.to.endsWith('kube-proxy'));
    assert.match(errorsOf(resolveScenario('scale-down', noProxy, 'k8s-cluster'))[0]!.message.en, /needs kube-proxy on the worker nodes\.$/);
  });

  it('scale-down: one Pod goes; its endpoint is dropped while its kubelet stops it; DELETED only after the kubelet’s final delete', () => {
    for (const name of APPLICABLE['scale-down']!) {
      const s = resolved('scale-down', name);
      const kind = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const text = (st: ResolvedScenario['steps'][number]) => st.message?.en ?? '';
      const pods = s.model.components.filter((c) => c.kind === 'pod' && typeof c.label === 'string' && c.label.startsWith('nginx-')).map((c) => c.id);
      assert.equal(pods.length, 3, name);
      const final = statesAt(s, s.beats.length - 1);
      assert.deepEqual(pods.filter((p) => final.get(p) === 'down').length, 1, `${name}: one Pod stopped`);
      assert.deepEqual(pods.filter((p) => final.get(p) === undefined).length, 2, `${name}: two untouched`);
      const at = (id: string) => s.steps.find((st) => st.id === id || st.id.startsWith(`${id}.`) || st.id.startsWith(`${id}@`))!;
      const marked = at('persist-delete');
      assert.equal(marked.effects[0]!.state, 'terminating');
      // The EndpointSlice controller and the kubelet both start from the MODIFIED Pod, in the same beat.
      assert.equal(at('endpoints-see').beat, at('watch-deleting').beat, name);
      assert.ok(at('endpoints-see').beat > marked.beat);
      // kube-proxy on every worker learns of it before the Pod object is gone.
      const proxies = s.steps.filter((st) => st.kind === 'watch' && kind.get(st.to) === 'kube-proxy');
      assert.equal(proxies.length, s.model.components.filter((c) => c.kind === 'kube-proxy').length, name);
      for (const p of proxies) assert.ok(p.beat < at('persist-final-delete').beat, `${name}: ${p.id}`);
      assert.match(at('endpoints-terminating').caption.en, /ready: false, terminating: true/);
      // The kubelet's own sequence.
      const kubelet = s.steps.find((st) => st.id.startsWith('watch-deleting') && kind.get(st.to) === 'kubelet')!.to;
      assert.deepEqual(
        s.steps.filter((st) => st.from === kubelet && st.index > marked.index && st.kind !== 'watch').map(text),
        ['preStop hook', 'StopContainer (grace 30 s)', 'StopPodSandbox', `DELETE …/pods/${s.steps.find((st) => st.id === 'pick')!.message!.en.replace('pick ', '')} (grace 0)`],
        name,
      );
      assert.match(at('stop-container').caption.en, /SIGTERM, then SIGKILL/);
      const deleted = s.steps.filter((st) => /DELETED/.test(text(st)));
      assert.ok(deleted.length === 1 && deleted[0]!.beat > at('persist-final-delete').beat, name);
    }
  });

  it('kubectl-exec needs a running Pod and names the attribute that draws one', () => {
    const [onCluster] = errorsOf(resolveScenario('kubectl-exec', cluster({ pods: '0' }), 'k8s-cluster'));
    assert.equal(onCluster!.code, 'scenario-not-applicable');
    assert.match(onCluster!.message.en, /needs a worker node running a Pod\. Set pods="1" or more\.$/);
    assert.match(onCluster!.message.fr, /il lui faut un nœud worker qui fait tourner un Pod\. Indiquez pods="1" ou plus\.$/);
    const [onWorker] = errorsOf(resolveScenario('kubectl-exec', workerNode({ pods: '0' }), 'k8s-worker-node'));
    assert.match(onWorker!.message.en, /Set pods="1" or more\.$/);
    const [onControlPlane] = errorsOf(resolveScenario('kubectl-exec', controlPlane(), 'k8s-control-plane'));
    assert.match(onControlPlane!.message.en, /written for k8s-cluster and k8s-worker-node/);
  });

  it('kubectl-exec: the API server → kubelet link exists only while it plays; logs skip the CRI, exec and port-forward use it', () => {
    for (const name of ['cluster', 'cluster control-planes=3', 'worker-node']) {
      const f = figure(name);
      const kind = new Map(f.model.components.map((c) => [c.id, c.kind]));
      assert.ok(!f.model.edges.some((e) => kind.get(e.from) === 'apiserver' && kind.get(e.to) === 'kubelet'), `${name}: the figure has no such link`);
      const s = resolved('kubectl-exec', name);
      const k = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const dials = s.steps.filter((st) => k.get(st.from) === 'apiserver' && k.get(st.to) === 'kubelet');
      assert.deepEqual(dials.map((st) => st.message!.en.split('/')[1]), ['containerLogs', 'exec', 'portForward'], name);
      for (const st of dials) assert.equal(st.hops.length, 1, `${name}: ${st.id} goes straight to the kubelet, not through the load balancer`);
      // Each answer from the kubelet travels back over the link the API server opened.
      for (const st of s.steps.filter((x) => x.kind === 'response' && k.get(x.from) === 'kubelet' && k.get(x.to) === 'apiserver'))
        assert.ok(st.hops.length === 1 && st.hops[0]!.reversed && k.get(st.hops[0]!.edge.split('->')[0]!) === 'apiserver', `${name}: ${st.id}`);
      const at = (id: string) => s.steps.find((st) => st.id === id)!.index;
      const criCalls = s.steps.filter((st) => k.get(st.from) === 'kubelet' && /^CRI /.test(st.message?.en ?? ''));
      assert.deepEqual(criCalls.map((st) => st.message!.en), ['CRI Exec', 'CRI PortForward'], `${name}: logs make no CRI call`);
      assert.ok(s.steps.some((st) => st.index < at('exec-dial') && k.get(st.from) === 'kubelet' && k.get(st.to) === 'log-files'), `${name}: the kubelet reads the log file`);
      // Exec: CRI Exec, the URL back, the kubelet to the streaming server, then down to the OCI runtime.
      const order = ['exec-dial', 'exec-cri', 'exec-url', 'exec-connect', 'exec-started'].map(at);
      assert.deepEqual([...order].sort((a, b) => a - b), order, name);
      assert.ok(s.steps.some((st) => st.index > at('exec-connect') && st.index < at('exec-started') && /^(runc|crun) exec$/.test(st.message?.en ?? '')), `${name}: runc exec`);
    }
    const ha = resolved('kubectl-exec', 'cluster control-planes=3');
    assert.ok(signature(ha).includes('request kubectl>load-balancer'), 'kubectl still reaches the API servers through the load balancer');
  });

  it('probes needs two drawn Pods and names the attribute that draws them', () => {
    const [onCluster] = errorsOf(resolveScenario('probes', cluster({ pods: '0' }), 'k8s-cluster'));
    assert.equal(onCluster!.code, 'scenario-not-applicable');
    assert.match(onCluster!.message.en, /needs two Pods drawn on worker nodes\. Set pods="2" or more/);
    assert.match(onCluster!.message.fr, /il lui faut deux Pods dessinés sur des nœuds worker\. Indiquez pods="2" ou plus/);
    const [onWorker] = errorsOf(resolveScenario('probes', workerNode({ pods: '1' }), 'k8s-worker-node'));
    assert.match(onWorker!.message.en, /Set pods="2" or more\.$/);
  });

  it('probes: liveness restarts the container in place; readiness restarts nothing and only leaves the endpoints', () => {
    for (const name of ['cluster', 'cluster control-planes=3', 'worker-node', 'worker-node runtime=cri-o']) {
      const s = resolved('probes', name);
      const k = new Map(s.model.components.map((c) => [c.id, c.kind]));
      const at = (id: string) => s.steps.find((st) => st.id === id || st.id.startsWith(`${id}.`))!;
      const live = at('liveness-probe').to;
      const ready = at('readiness-probe').to;
      assert.notEqual(live, ready, name);
      assert.equal(k.get(live), 'pod');
      // The kubelet probes its own node's Pods itself.
      for (const probe of [at('liveness-probe'), at('readiness-probe')]) {
        assert.equal(k.get(probe.from), 'kubelet');
        assert.equal(s.model.components.find((c) => c.id === probe.from)!.parent, s.model.components.find((c) => c.id === probe.to)!.parent, name);
      }
      const split = at('readiness-probe').index;
      const livenessPart = s.steps.filter((st) => st.index < split);
      const readinessPart = s.steps.filter((st) => st.index >= split);
      // Liveness: killed, then started again in the same Pod; no controller or scheduler takes part.
      assert.ok(livenessPart.some((st) => st.message?.en === 'StopContainer'), name);
      assert.ok(livenessPart.some((st) => st.to === live && st.effects.some((e) => e.component === live && e.state === 'running')), `${name}: restarted in place`);
      assert.ok(!livenessPart.some((st) => ['scheduler', 'controller-manager'].includes(k.get(st.from)!) || ['scheduler', 'controller-manager'].includes(k.get(st.to)!)), name);
      assert.equal(statesAt(s, s.beats.length - 1).get(live), 'running');
      assert.equal(s.model.components.filter((c) => c.kind === 'pod').length, figure(name).model.components.filter((c) => c.kind === 'pod').length, `${name}: no new Pod`);
      // Readiness: no CRI call, no state change, Ready=False reported before kube-proxy hears of it.
      assert.ok(!readinessPart.some((st) => /Container|Sandbox/.test(st.message?.en ?? '')), `${name}: nothing is stopped or started`);
      assert.ok(!readinessPart.some((st) => st.effects.some((e) => e.component === ready)), `${name}: ${ready} keeps its state`);
      const reported = at('readiness-report').index;
      assert.match(at('readiness-report').message!.en, /Ready=False/);
      const proxies = readinessPart.filter((st) => st.kind === 'watch' && k.get(st.to) === 'kube-proxy');
      assert.ok(proxies.length > 0 && proxies.every((st) => st.index > reported), name);
      if (name.startsWith('cluster')) {
        const endpoints = readinessPart.find((st) => k.get(st.from) === 'controller-manager' && /endpointslices/.test(st.message!.en))!;
        assert.ok(endpoints.index > reported && proxies.every((st) => st.index > endpoints.index), `${name}: controller, then kube-proxy`);
      }
    }
  });

  it('load-balancer-service needs a cloud-controller-manager and names the attribute that adds it', () => {
    const [onCluster] = errorsOf(resolveScenario('load-balancer-service', cluster(), 'k8s-cluster'));
    assert.equal(onCluster!.code, 'scenario-not-applicable');
    assert.match(onCluster!.message.en, /needs a cloud-controller-manager and its cloud provider API\. Set cloud="OVH" .*\.$/);
    assert.match(onCluster!.message.fr, /il lui faut un cloud-controller-manager .* Indiquez cloud="OVH" .*\.$/);
    const [onPlane] = errorsOf(resolveScenario('load-balancer-service', controlPlane(), 'k8s-control-plane'));
    assert.match(onPlane!.message.en, /written for k8s-cluster/);
    // With the cloud drawn, a missing worker is named without the cloud remedy.
    const [noWorker] = errorsOf(resolveScenario('load-balancer-service', cluster({ cloud: 'OVH', workers: '0' }), 'k8s-cluster'));
    assert.match(noWorker!.message.en, /needs a worker node with kube-proxy and a container runtime\.$/);
  });

  it('ha-failover on one control plane suggests the element’s own attribute', () => {
    const [onCluster] = errorsOf(resolveScenario('ha-failover', cluster(), 'k8s-cluster'));
    assert.match(onCluster!.message.en, /this figure has 1\. Set control-planes="3"\.$/);
    assert.match(onCluster!.message.fr, /ce schéma en a 1\. Indiquez control-planes="3"\.$/);
    assert.doesNotMatch(onCluster!.message.en, /replicas/);
    const [onControlPlane] = errorsOf(resolveScenario('ha-failover', controlPlane(), 'k8s-control-plane'));
    assert.equal(onControlPlane!.code, 'scenario-not-applicable');
    assert.match(onControlPlane!.message.en, /this figure has 1\. Set replicas="3"\.$/);
    assert.match(onControlPlane!.message.fr, /ce schéma en a 1\. Indiquez replicas="3"\.$/);
    assert.doesNotMatch(onControlPlane!.message.en, /control-planes/);
  });

  it('docker-run on a cluster: not applicable, it is written for container-stack', () => {
    const [e] = errorsOf(resolveScenario('docker-run', model, 'k8s-cluster'));
    assert.equal(e!.code, 'scenario-not-applicable');
    assert.match(e!.message.en, /written for container-stack/);
  });

  it('a built-in whose component is missing from an author’s model names the step and the component', () => {
    const stack = buildContainerStackModel();
    stack.components = stack.components.filter((c) => c.id !== 'dockerd');
    stack.edges = stack.edges.filter((e) => e.from !== 'dockerd' && e.to !== 'dockerd');
    const [e] = errorsOf(resolveScenario(BUILTIN_SCENARIOS['docker-run'], stack, 'container-stack'));
    assert.equal(e!.code, 'scenario-not-applicable');
    assert.match(e!.message.en, /its step “create” needs “dockerd”, which this figure does not draw/);
  });

  it('a custom step naming a missing component: invalid-scenario naming the step', () => {
    const errors = errorsOf(resolveScenario({ ...base, steps: [...steps, { id: 'ghost', from: 'apiserver', to: 'etcd-9', kind: 'request', caption: 'x' }] }, model, 'k8s-cluster'));
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.code, 'invalid-scenario');
    assert.equal(errors[0]!.path, 'steps[4].to');
    assert.match(errors[0]!.message.en, /^Scenario “mine”: step “ghost” names “etcd-9”, which is not a component of this figure\.$/);
    assert.match(errors[0]!.message.fr, /l’étape “ghost” nomme “etcd-9”/);
  });

  it('parallelWith an unknown, a later, or a finished beat’s step: invalid-scenario', () => {
    const unknown = errorsOf(resolveScenario({ ...base, steps: [steps[0]!, { ...steps[1]!, parallelWith: 'zzz' }] }, model, 'k8s-cluster'));
    assert.equal(unknown[0]!.code, 'invalid-scenario');
    assert.match(unknown[0]!.message.en, /step “b” plays with “zzz”, which is not a step of this scenario/);
    const later = errorsOf(resolveScenario({ ...base, steps: [{ ...steps[0]!, parallelWith: 'b' }, steps[1]!] }, model, 'k8s-cluster'));
    assert.match(later[0]!.message.en, /step “a” plays with “b”, which comes after it/);
    const apart = errorsOf(resolveScenario({ ...base, steps: [steps[0]!, steps[1]!, { ...steps[3]!, parallelWith: 'a' }] }, model, 'k8s-cluster'));
    assert.match(apart[0]!.message.en, /step “d” plays with “a”, but other steps come between them/);
  });

  it('shape problems: not an object, no steps, a bad kind, duplicate ids, missing caption', () => {
    assert.equal(errorsOf(resolveScenario(42, model, 'k8s-cluster'))[0]!.code, 'invalid-scenario');
    assert.equal(errorsOf(resolveScenario(null, model, 'k8s-cluster'))[0]!.code, 'invalid-scenario');
    assert.match(errorsOf(resolveScenario({ ...base, steps: [] }, model, 'k8s-cluster'))[0]!.message.en, /it has no steps/);
    assert.match(errorsOf(resolveScenario({ id: 'x', title: 'x' }, model, 'k8s-cluster'))[0]!.message.en, /“steps” must be a list/);
    const kinds = errorsOf(resolveScenario({ ...base, steps: [{ ...steps[0]!, kind: 'teleport' }] }, model, 'k8s-cluster'));
    assert.match(kinds[0]!.message.en, /step “a” has kind “teleport”; use one of request, response, watch, internal, event/);
    const dupes = errorsOf(resolveScenario({ ...base, steps: [steps[0]!, steps[0]!] }, model, 'k8s-cluster'));
    assert.match(dupes[0]!.message.en, /two steps are called “a”/);
    const caption = errorsOf(resolveScenario({ ...base, steps: [{ id: 'q', from: 'kubectl', to: 'apiserver', kind: 'request' }] }, model, 'k8s-cluster'));
    assert.match(caption[0]!.message.en, /step “q” needs a “caption”/);
    const effects = errorsOf(resolveScenario({ ...base, steps: [{ ...steps[0]!, effects: [{ component: 'etcd', state: 'sleepy' }] }] }, model, 'k8s-cluster'));
    assert.match(effects[0]!.message.en, /the “effects” of step “a” must be/);
  });

  it('a step between components with no route: invalid-scenario', () => {
    const islands: Model = { components: [{ id: 'a', kind: 'runc' }, { id: 'b', kind: 'crun' }], edges: [] };
    const [e] = errorsOf(resolveScenario({ id: 'x', title: 'x', steps: [{ id: 'hop', from: 'a', to: 'b', kind: 'request', caption: 'x' }] }, islands, 'container-stack'));
    assert.equal(e!.code, 'invalid-scenario');
    assert.match(e!.message.en, /step “hop” goes from “a” to “b”, but no edges lead from one to the other/);
  });

  it('appliesTo excluding the element: not applicable', () => {
    const [e] = errorsOf(resolveScenario({ ...base, appliesTo: ['container-stack'] }, model, 'k8s-cluster'));
    assert.equal(e!.code, 'scenario-not-applicable');
    assert.match(e!.message.en, /Scenario “mine” cannot play on this k8s-cluster: it is written for container-stack\./);
  });

  it('what it adds must keep the model valid', () => {
    const [e] = errorsOf(resolveScenario({ ...base, adds: { components: [{ id: 'apiserver', kind: 'service' }], edges: [] } }, model, 'k8s-cluster'));
    assert.equal(e!.code, 'invalid-scenario');
    assert.match(e!.message.en, /what it adds to the figure is wrong: .*duplicate id “apiserver”/);
  });

  it('author functions: steps and adds computed from the model; a throw or a misfit is reported, never thrown', () => {
    const computed: Scenario = {
      id: 'per-worker',
      title: 'Per worker',
      steps: (m) =>
        m.components.filter((c) => c.kind === 'kubelet').map((k, i) => ({ id: `hb${i}`, from: k.id, to: 'apiserver', kind: 'request' as const, caption: 'Lease', ...(i > 0 ? { parallelWith: 'hb0' } : {}) })),
    };
    const r = resolveScenario(computed, cluster({ workers: '3' }), 'k8s-cluster');
    assert.ok(r.ok);
    assert.deepEqual(r.value.beats, [[0, 1, 2]]);
    const throws = errorsOf(resolveScenario({ ...computed, steps: () => { throw new Error('boom'); } }, model, 'k8s-cluster'));
    assert.equal(throws[0]!.code, 'invalid-scenario');
    assert.match(throws[0]!.message.en, /its “steps” function failed: boom/);
    const misfit = errorsOf(resolveScenario({ ...computed, steps: () => ({ notApplicable: { en: 'no GPUs here.', fr: 'pas de GPU ici.' } }) }, model, 'k8s-cluster'));
    assert.equal(misfit[0]!.code, 'scenario-not-applicable');
    assert.match(misfit[0]!.message.fr, /pas de GPU ici/);
  });

  it('the built-in objects themselves resolve as built-ins', () => {
    const r = resolveScenario(BUILTIN_SCENARIOS['kubectl-apply'], cloneModel(model), 'k8s-cluster');
    assert.ok(r.ok && r.value.builtin);
  });
});

describe('player messages', () => {
  it('has every control label in English and French, with the step counter’s placeholders', () => {
    const keys = Object.keys(PLAYER_MESSAGES.en).sort();
    assert.deepEqual(Object.keys(PLAYER_MESSAGES.fr).sort(), keys);
    for (const lang of ['en', 'fr'] as const)
      for (const key of keys) assert.ok((PLAYER_MESSAGES[lang] as unknown as Record<string, string>)[key]!.trim(), `${lang}.${key}`);
    assert.equal(PLAYER_MESSAGES.en.stepCounter, 'Step {n} of {total}');
    assert.match(PLAYER_MESSAGES.fr.stepCounter, /\{n\}.*\{total\}/);
  });
});
