// Builders for the snapshot and audit-log fixtures: objects shaped as `kubectl get -o json`
// prints them and as kube-apiserver's audit backend writes them (the Node, Pod and
// audit.k8s.io/v1 Event API references). `node write-fixtures.mjs` writes the files beside
// this one; the tests and the benchmark also call these builders (the 500-node snapshot is
// generated, not committed).

const T0 = Date.parse('2026-11-30T10:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
const uid = (seed) => {
  let h = 2166136261;
  for (const c of String(seed)) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const hex = (n) => (Math.imul(h, n) >>> 0).toString(16).padStart(8, '0');
  return `${hex(1)}-${hex(3).slice(0, 4)}-4${hex(5).slice(0, 3)}-a${hex(7).slice(0, 3)}-${hex(11)}${hex(13).slice(0, 4)}`;
};

/** A Node as `kubectl get nodes -o json` prints it. */
export function node(name, { roles = [], kubelet = 'v1.31.2', runtime = 'containerd://1.7.22', ip, ready = 'True', labels = {}, providerID, unschedulable } = {}) {
  const roleLabels = Object.fromEntries(roles.map((r) => [`node-role.kubernetes.io/${r}`, '']));
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: uid(name),
      creationTimestamp: '2026-11-01T08:00:00Z',
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...roleLabels,
        ...labels,
      },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
      resourceVersion: '41207',
    },
    spec: {
      podCIDR: '10.244.0.0/24',
      ...(providerID ? { providerID } : {}),
      ...(unschedulable ? { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] } : {}),
      ...(roles.includes('control-plane') ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: ip ?? '10.0.0.10' },
        { type: 'Hostname', address: name },
      ],
      allocatable: { cpu: '4', memory: '16181612Ki', pods: '110' },
      capacity: { cpu: '4', memory: '16284012Ki', pods: '110' },
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
        { type: 'Ready', status: ready, reason: ready === 'True' ? 'KubeletReady' : ready === 'False' ? 'KubeletNotReady' : 'NodeStatusUnknown', lastHeartbeatTime: '2026-11-30T09:59:50Z' },
      ],
      nodeInfo: {
        architecture: 'amd64',
        bootID: uid(`${name}-boot`),
        containerRuntimeVersion: runtime,
        kernelVersion: '6.8.0-49-generic',
        kubeProxyVersion: kubelet,
        kubeletVersion: kubelet,
        machineID: uid(`${name}-machine`).replace(/-/g, ''),
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.1 LTS',
        systemUUID: uid(`${name}-system`),
      },
    },
  };
}

/**
 * A Pod as `kubectl get pods -A -o json` prints it. `owner`: ['ReplicaSet', 'nginx-7c5'],
 * ['DaemonSet', 'kube-proxy'], ['Node', 'cp-1'] (a static Pod's mirror)…
 */
export function pod(namespace, name, { node: nodeName, phase = 'Running', owner, labels = {}, image = 'registry.k8s.io/pause:3.10', command, deleting, readyUnknown, ip = '10.244.1.7' } = {}) {
  const ownerReferences = owner ? [{ apiVersion: owner[0] === 'Node' ? 'v1' : 'apps/v1', kind: owner[0], name: owner[1], uid: uid(owner[1]), controller: true, blockOwnerDeletion: true }] : undefined;
  const running = phase === 'Running';
  const containerState = running ? { running: { startedAt: '2026-11-30T09:00:00Z' } } : phase === 'Succeeded' ? { terminated: { exitCode: 0, reason: 'Completed' } } : phase === 'Failed' ? { terminated: { exitCode: 1, reason: 'Error' } } : { waiting: { reason: nodeName ? 'ContainerCreating' : 'Pending' } };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      uid: uid(`${namespace}/${name}`),
      creationTimestamp: '2026-11-30T08:59:00Z',
      labels,
      ...(owner?.[0] === 'Node' ? { annotations: { 'kubernetes.io/config.hash': uid(name).slice(0, 8), 'kubernetes.io/config.mirror': uid(name).slice(0, 8), 'kubernetes.io/config.source': 'file' } } : {}),
      ...(ownerReferences ? { ownerReferences } : {}),
      ...(deleting ? { deletionTimestamp: '2026-11-30T10:00:30Z', deletionGracePeriodSeconds: 30 } : {}),
      resourceVersion: '40112',
    },
    spec: {
      containers: [{ name: name.split('-')[0], image, ...(command ? { command } : {}), resources: {}, terminationMessagePath: '/dev/termination-log', imagePullPolicy: 'IfNotPresent' }],
      dnsPolicy: 'ClusterFirst',
      ...(nodeName ? { nodeName } : {}),
      restartPolicy: phase === 'Succeeded' || phase === 'Failed' ? 'Never' : 'Always',
      schedulerName: 'default-scheduler',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
    },
    status: {
      phase,
      conditions: nodeName
        ? [
            { type: 'PodScheduled', status: 'True' },
            { type: 'Ready', status: readyUnknown ? 'Unknown' : running ? 'True' : 'False' },
          ]
        : [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.' }],
      ...(nodeName ? { hostIP: '10.0.0.21', podIP: running ? ip : undefined } : {}),
      ...(nodeName ? { containerStatuses: [{ name: name.split('-')[0], image, ready: running, restartCount: 0, state: containerState }] } : {}),
      qosClass: 'BestEffort',
      startTime: '2026-11-30T08:59:01Z',
    },
  };
}

/** kubeadm's static control-plane Pods on one node (`etcd: false` for external etcd). */
export function staticPods(nodeName, { etcd = true, etcdServers = 'https://127.0.0.1:2379', cloud = false } = {}) {
  const mirror = (component, extra = {}) => pod('kube-system', `${component}-${nodeName}`, { node: nodeName, owner: ['Node', nodeName], labels: { component, tier: 'control-plane' }, image: `registry.k8s.io/${component}:v1.31.2`, ...extra });
  return [
    ...(etcd ? [mirror('etcd', { image: 'registry.k8s.io/etcd:3.5.15-0', command: ['etcd', '--advertise-client-urls=https://10.0.0.10:2379', '--data-dir=/var/lib/etcd'] })] : []),
    mirror('kube-apiserver', { command: ['kube-apiserver', '--advertise-address=10.0.0.10', '--authorization-mode=Node,RBAC', `--etcd-servers=${etcdServers}`, '--secure-port=6443'] }),
    mirror('kube-controller-manager', { command: ['kube-controller-manager', '--leader-elect=true', '--use-service-account-credentials=true'] }),
    mirror('kube-scheduler', { command: ['kube-scheduler', '--leader-elect=true'] }),
    ...(cloud ? [pod('kube-system', `cloud-controller-manager-${nodeName}`, { node: nodeName, owner: ['DaemonSet', 'cloud-controller-manager'], labels: { 'k8s-app': 'cloud-controller-manager' } })] : []),
  ];
}

const suffix = (seed, n = 5) => uid(seed).replace(/[^a-z0-9]/g, '').slice(0, n);
/** One DaemonSet Pod per node. */
export const daemonPods = (namespace, ds, nodes, labels = {}) => nodes.map((n) => pod(namespace, `${ds}-${suffix(`${ds}${n}`)}`, { node: n, owner: ['DaemonSet', ds], labels: { ...labels, 'controller-revision-hash': '6d4b75cb6d' } }));
/** A Deployment's Pods, spread over the nodes. */
export const deploymentPods = (namespace, app, hash, nodes, count, extra = {}) =>
  Array.from({ length: count }, (_, i) => pod(namespace, `${app}-${hash}-${suffix(`${app}${i}`)}`, { node: nodes[i % nodes.length], owner: ['ReplicaSet', `${app}-${hash}`], labels: { app, 'pod-template-hash': hash }, ...extra }));

export const list = (items) => ({ apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } });

/** kubeadm, one control plane (containerd), two workers, kube-proxy, Calico, a Service left over. */
export function kubeadmOneControlPlane() {
  const workers = ['worker-1', 'worker-2'];
  return list([
    node('cp-1', { roles: ['control-plane'], ip: '10.0.0.10' }),
    node('worker-1', { ip: '10.0.0.21' }),
    node('worker-2', { ip: '10.0.0.22' }),
    ...staticPods('cp-1'),
    ...daemonPods('kube-system', 'kube-proxy', ['cp-1', ...workers], { 'k8s-app': 'kube-proxy' }),
    ...daemonPods('kube-system', 'calico-node', ['cp-1', ...workers], { 'k8s-app': 'calico-node' }),
    ...deploymentPods('kube-system', 'coredns', '7c65d6cfc9', workers, 2, { labels: { 'k8s-app': 'kube-dns' } }),
    ...deploymentPods('shop', 'nginx', '7c5ddbdf54', workers, 3),
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { clusterIP: '10.96.0.1' } },
  ]);
}

/** kubeadm, three stacked control planes behind a load balancer, two workers, the leader Leases. */
export function kubeadmThreeControlPlanes() {
  const cps = ['cp-1', 'cp-2', 'cp-3'];
  const workers = ['worker-1', 'worker-2'];
  const nodes = { apiVersion: 'v1', kind: 'NodeList', items: [...cps.map((n, i) => node(n, { roles: ['control-plane'], ip: `10.0.0.1${i}` })), ...workers.map((n, i) => node(n, { ip: `10.0.0.2${i + 1}` }))] };
  const lease = (name, holder) => ({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name, namespace: 'kube-system' }, spec: { holderIdentity: holder, leaseDurationSeconds: 15 } });
  const pods = {
    apiVersion: 'v1',
    kind: 'PodList',
    items: [...cps.flatMap((n) => staticPods(n)), ...daemonPods('kube-system', 'kube-proxy', [...cps, ...workers], { 'k8s-app': 'kube-proxy' }), ...deploymentPods('shop', 'web', '5f7b9c8d4', workers, 4)],
  };
  const leases = { apiVersion: 'v1', kind: 'List', items: [lease('kube-scheduler', 'cp-2_4a1b2c3d-1111-4e5f-9a8b-7c6d5e4f3a2b'), lease('kube-controller-manager', 'cp-1_9f8e7d6c-2222-4b3a-8c7d-6e5f4a3b2c1d')] };
  return [nodes, pods, leases];
}

/** kubeadm with an external etcd cluster of three members (no etcd Pod). */
export function kubeadmExternalEtcd() {
  return list([
    node('cp-1', { roles: ['control-plane'] }),
    node('worker-1', { ip: '10.0.0.21' }),
    ...staticPods('cp-1', { etcd: false, etcdServers: 'https://10.0.1.11:2379,https://10.0.1.12:2379,https://10.0.1.13:2379' }),
    ...daemonPods('kube-system', 'kube-proxy', ['cp-1', 'worker-1'], { 'k8s-app': 'kube-proxy' }),
    ...deploymentPods('default', 'api', '6b8f9d7c5', ['worker-1'], 2),
  ]);
}

/** A managed cluster (EKS-style): nodes and Pods only, no control-plane Pod or node. */
export function managedCluster() {
  const names = ['ip-10-0-1-23.eu-west-1.compute.internal', 'ip-10-0-2-41.eu-west-1.compute.internal', 'ip-10-0-3-7.eu-west-1.compute.internal'];
  const nodes = names.map((n, i) =>
    node(n, {
      kubelet: 'v1.31.2-eks-7f9249a',
      runtime: 'containerd://1.7.23',
      ip: `10.0.${i + 1}.${[23, 41, 7][i]}`,
      providerID: `aws:///eu-west-1${'abc'[i]}/i-0${suffix(n, 16)}`,
      labels: { 'eks.amazonaws.com/nodegroup': 'default', 'eks.amazonaws.com/capacityType': 'ON_DEMAND', 'topology.kubernetes.io/zone': `eu-west-1${'abc'[i]}` },
    }),
  );
  return list([
    ...nodes,
    ...daemonPods('kube-system', 'aws-node', names, { 'k8s-app': 'aws-node' }),
    ...daemonPods('kube-system', 'kube-proxy', names, { 'k8s-app': 'kube-proxy' }),
    ...deploymentPods('kube-system', 'coredns', '5b8cc885bc', names, 2, { labels: { 'k8s-app': 'kube-dns' } }),
    ...deploymentPods('shop', 'checkout', '84d5c7f9b6', names, 3),
  ]);
}

/** CRI-O nodes (1.31: crun; 1.30: runc) and one node on Docker Engine through cri-dockerd. */
export function crioCluster() {
  return list([
    node('cp-1', { roles: ['control-plane'], runtime: 'cri-o://1.31.1' }),
    node('crio-1', { runtime: 'cri-o://1.31.1', ip: '10.0.0.31' }),
    node('crio-old', { runtime: 'cri-o://1.30.6', ip: '10.0.0.32' }),
    node('docker-1', { runtime: 'docker://27.3.1', ip: '10.0.0.33' }),
    ...staticPods('cp-1'),
    ...daemonPods('kube-system', 'kube-proxy', ['cp-1', 'crio-1', 'crio-old', 'docker-1'], { 'k8s-app': 'kube-proxy' }),
    ...deploymentPods('default', 'echo', '55d8f6b7c9', ['crio-1', 'crio-old', 'docker-1'], 3),
  ]);
}

/** Cilium replacing kube-proxy: cilium agents on every node, no kube-proxy Pod. */
export function ciliumCluster() {
  const all = ['cp-1', 'worker-1', 'worker-2'];
  return list([
    node('cp-1', { roles: ['control-plane'] }),
    node('worker-1', { ip: '10.0.0.21' }),
    node('worker-2', { ip: '10.0.0.22' }),
    ...staticPods('cp-1'),
    ...daemonPods('kube-system', 'cilium', all, { 'k8s-app': 'cilium' }),
    ...daemonPods('kube-system', 'cilium-envoy', all, { 'k8s-app': 'cilium-envoy' }),
    ...deploymentPods('kube-system', 'cilium-operator', '6c9f8d7b5', ['worker-1'], 1, { labels: { 'io.cilium/app': 'operator' } }),
    ...deploymentPods('kube-system', 'coredns', '7c65d6cfc9', ['worker-1', 'worker-2'], 2, { labels: { 'k8s-app': 'kube-dns' } }),
    ...deploymentPods('default', 'hello', '7d9c8b6f5', ['worker-1', 'worker-2'], 2),
  ]);
}

/**
 * A kind cluster: one control-plane node that also runs the workloads, Pods in every
 * phase (Pending on the node and unscheduled, Running, Succeeded, Failed, Unknown,
 * Terminating), kindnet.
 */
export function podPhases() {
  const n = 'kind-control-plane';
  return list([
    node(n, { roles: ['control-plane'], runtime: 'containerd://1.7.18' }),
    ...staticPods(n),
    ...daemonPods('kube-system', 'kube-proxy', [n], { 'k8s-app': 'kube-proxy' }),
    ...daemonPods('kube-system', 'kindnet', [n], { app: 'kindnet' }),
    pod('default', 'web-running', { node: n, phase: 'Running' }),
    pod('default', 'web-pending', { node: n, phase: 'Pending' }),
    pod('default', 'big-unscheduled', { phase: 'Pending' }),
    pod('batch', 'job-done-x7k2p', { node: n, phase: 'Succeeded', owner: ['Job', 'job-done'] }),
    pod('batch', 'job-failed-q9w4e', { node: n, phase: 'Failed', owner: ['Job', 'job-failed'] }),
    pod('default', 'web-lost', { node: n, phase: 'Unknown' }),
    pod('default', 'web-stopping', { node: n, phase: 'Running', deleting: true }),
  ]);
}

/** k3s: one server (control plane embedded in one process, SQLite) and one agent; no kube-proxy Pods. */
export function k3sCluster() {
  const labels = { 'node.kubernetes.io/instance-type': 'k3s', 'k3s.io/hostname': 'x' };
  return list([
    node('k3s-server', { roles: ['control-plane', 'master'], kubelet: 'v1.30.6+k3s1', runtime: 'containerd://1.7.22-k3s1', labels }),
    node('k3s-agent-1', { kubelet: 'v1.30.6+k3s1', runtime: 'containerd://1.7.22-k3s1', labels, ip: '10.0.0.21' }),
    ...deploymentPods('kube-system', 'coredns', '7b98449c4', ['k3s-server'], 1, { labels: { 'k8s-app': 'kube-dns' } }),
    ...deploymentPods('kube-system', 'traefik', '5fb479b77', ['k3s-agent-1'], 1),
    ...daemonPods('kube-system', 'svclb-traefik', ['k3s-server', 'k3s-agent-1'], { app: 'svclb-traefik' }),
    ...deploymentPods('default', 'whoami', '6c8f9b7d5', ['k3s-agent-1'], 2),
  ]);
}

/** `count` nodes (3 control planes among them) and about `pods` Pods, for scale. */
export function largeCluster(count = 500, pods = 10000) {
  const cps = ['cp-1', 'cp-2', 'cp-3'];
  const workers = Array.from({ length: count - cps.length }, (_, i) => `node-${String(i + 1).padStart(3, '0')}`);
  const items = [...cps.map((n) => node(n, { roles: ['control-plane'] })), ...workers.map((n, i) => node(n, { ip: `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`, ready: i === 7 ? 'False' : 'True' }))];
  items.push(...cps.flatMap((n) => staticPods(n)), ...daemonPods('kube-system', 'kube-proxy', [...cps, ...workers], { 'k8s-app': 'kube-proxy' }));
  const rest = Math.max(0, pods - items.filter((o) => o.kind === 'Pod').length);
  const phases = ['Running', 'Running', 'Running', 'Running', 'Running', 'Running', 'Running', 'Running', 'Pending', 'Succeeded'];
  for (let i = 0; i < rest; i++) {
    const app = `app-${i % 40}`;
    items.push(pod(`team-${i % 12}`, `${app}-6d4b75cb6d-${String(i).padStart(5, '0')}`, { node: workers[i % workers.length], phase: phases[i % phases.length], owner: ['ReplicaSet', `${app}-6d4b75cb6d`], labels: { app } }));
  }
  return list(items);
}

// ---- Audit log ---------------------------------------------------------------------

const ADMIN = { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };
const KUBECTL_UA = 'kubectl/v1.31.2 (linux/amd64) kubernetes/5864a46';

/** The two stages (RequestReceived, ResponseComplete) of one request, as JSON lines. */
export function auditEvents(id, at, ms, { verb, uri, user, ua, ref, code, ip = '10.0.0.1', level = 'Metadata', requestObject, watch = false }) {
  const base = { kind: 'Event', apiVersion: 'audit.k8s.io/v1', level, auditID: id, requestURI: uri, verb, user, sourceIPs: [ip], userAgent: ua, ...(ref ? { objectRef: ref } : {}), requestReceivedTimestamp: iso(at) };
  const received = { ...base, stage: 'RequestReceived', stageTimestamp: iso(at) };
  const done = {
    ...base,
    stage: watch ? 'ResponseStarted' : 'ResponseComplete',
    ...(requestObject && level !== 'Metadata' ? { requestObject } : {}),
    responseStatus: { metadata: {}, code },
    stageTimestamp: iso(at + ms),
    annotations: { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': 'RBAC: allowed' },
  };
  return [received, done];
}

/**
 * `kubectl create deployment nginx --image=nginx --replicas=3 -n shop` on the one-control-plane
 * cluster, as the audit log records it: kubectl's discovery and create, the Deployment
 * controller's ReplicaSet, the ReplicaSet controller's three Pods, the scheduler's bindings,
 * the kubelets' status patches (the last one per Pod reports Running), and the noise around
 * it: node Lease renewals, leader-election renewals, a health check, a watch.
 */
export function deploymentRolloutAudit() {
  const lines = [];
  let n = 0;
  const id = () => uid(`audit-${n++}`);
  const add = (at, ms, e) => lines.push(...auditEvents(id(), T0 + at, ms, e));
  const rs = 'nginx-7c5ddbdf54';
  // The same Pods, on the same nodes, as in the one-control-plane snapshot.
  const created = deploymentPods('shop', 'nginx', '7c5ddbdf54', ['worker-1', 'worker-2'], 3);
  const podNames = created.map((p) => p.metadata.name);
  const nodes = created.map((p) => p.spec.nodeName);
  const kcm = (sa) => ({ username: `system:serviceaccount:kube-system:${sa}`, groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system', 'system:authenticated'] });
  const kcmUA = (c) => `kube-controller-manager/v1.31.2 (linux/amd64) kubernetes/5864a46/${c}`;
  const nodeUser = (w) => ({ username: `system:node:${w}`, groups: ['system:nodes', 'system:authenticated'] });
  const kubeletUA = 'kubelet/v1.31.2 (linux/amd64) kubernetes/5864a46';
  const sched = { username: 'system:kube-scheduler', groups: ['system:authenticated'] };
  const schedUA = 'kube-scheduler/v1.31.2 (linux/amd64) kubernetes/5864a46/scheduler';

  // Noise: node heartbeats, leader election, a readiness probe of the load balancer.
  add(-400, 3, { verb: 'update', uri: '/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/worker-1?timeout=10s', user: nodeUser('worker-1'), ua: kubeletUA, ref: { resource: 'leases', namespace: 'kube-node-lease', name: 'worker-1', apiGroup: 'coordination.k8s.io', apiVersion: 'v1' }, code: 200, ip: '10.0.0.21' });
  add(-300, 2, { verb: 'get', uri: '/readyz', user: { username: 'system:anonymous', groups: ['system:unauthenticated'] }, ua: 'kube-probe/1.31', code: 200, ip: '10.0.0.10' });
  add(-200, 4, { verb: 'update', uri: '/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s', user: sched, ua: schedUA, ref: { resource: 'leases', namespace: 'kube-system', name: 'kube-scheduler', apiGroup: 'coordination.k8s.io', apiVersion: 'v1' }, code: 200, ip: '10.0.0.10' });
  // The scheduler's watch on unscheduled Pods (long-running: only ResponseStarted).
  add(-100, 1, { verb: 'watch', uri: '/api/v1/pods?allowWatchBookmarks=true&fieldSelector=status.phase%21%3DSucceeded%2Cstatus.phase%21%3DFailed&resourceVersion=40000&watch=true', user: sched, ua: schedUA, ref: { resource: 'pods', apiVersion: 'v1' }, code: 200, ip: '10.0.0.10', watch: true });
  // kubectl: discovery, then the create.
  add(0, 5, { verb: 'get', uri: '/api?timeout=32s', user: ADMIN, ua: KUBECTL_UA, code: 200 });
  add(8, 6, { verb: 'get', uri: '/apis?timeout=32s', user: ADMIN, ua: KUBECTL_UA, code: 200 });
  add(40, 12, { verb: 'create', uri: '/apis/apps/v1/namespaces/shop/deployments?fieldManager=kubectl-create&fieldValidation=Strict', user: ADMIN, ua: KUBECTL_UA, ref: { resource: 'deployments', namespace: 'shop', name: 'nginx', apiGroup: 'apps', apiVersion: 'v1' }, code: 201 });
  // Deployment controller: the ReplicaSet, then the Deployment's status.
  add(70, 9, { verb: 'create', uri: '/apis/apps/v1/namespaces/shop/replicasets', user: kcm('deployment-controller'), ua: kcmUA('deployment-controller'), ref: { resource: 'replicasets', namespace: 'shop', name: rs, apiGroup: 'apps', apiVersion: 'v1' }, code: 201, ip: '10.0.0.10' });
  add(95, 7, { verb: 'update', uri: '/apis/apps/v1/namespaces/shop/deployments/nginx/status', user: kcm('deployment-controller'), ua: kcmUA('deployment-controller'), ref: { resource: 'deployments', subresource: 'status', namespace: 'shop', name: 'nginx', apiGroup: 'apps', apiVersion: 'v1' }, code: 200, ip: '10.0.0.10' });
  // ReplicaSet controller: three Pods in a burst.
  podNames.forEach((p, i) => add(120 + i * 15, 8, { verb: 'create', uri: '/api/v1/namespaces/shop/pods', user: kcm('replicaset-controller'), ua: kcmUA('replicaset-controller'), ref: { resource: 'pods', namespace: 'shop', name: p, apiVersion: 'v1' }, code: 201, ip: '10.0.0.10' }));
  // Scheduler: a binding per Pod.
  podNames.forEach((p, i) => add(200 + i * 20, 6, { verb: 'create', uri: `/api/v1/namespaces/shop/pods/${p}/binding`, user: sched, ua: schedUA, ref: { resource: 'pods', subresource: 'binding', namespace: 'shop', name: p, apiVersion: 'v1' }, code: 201, ip: '10.0.0.10' }));
  // Kubelets: a first status patch (ContainerCreating), then Running.
  podNames.forEach((p, i) => add(450 + i * 30, 7, { verb: 'patch', uri: `/api/v1/namespaces/shop/pods/${p}/status`, user: nodeUser(nodes[i]), ua: kubeletUA, ref: { resource: 'pods', subresource: 'status', namespace: 'shop', name: p, apiVersion: 'v1' }, code: 200, ip: nodes[i] === 'worker-1' ? '10.0.0.21' : '10.0.0.22' }));
  add(2100, 3, { verb: 'update', uri: '/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/worker-2?timeout=10s', user: nodeUser('worker-2'), ua: kubeletUA, ref: { resource: 'leases', namespace: 'kube-node-lease', name: 'worker-2', apiGroup: 'coordination.k8s.io', apiVersion: 'v1' }, code: 200, ip: '10.0.0.22' });
  podNames.forEach((p, i) => add(3400 + i * 40, 8, { verb: 'patch', uri: `/api/v1/namespaces/shop/pods/${p}/status`, user: nodeUser(nodes[i]), ua: kubeletUA, ref: { resource: 'pods', subresource: 'status', namespace: 'shop', name: p, apiVersion: 'v1' }, code: 200, ip: nodes[i] === 'worker-1' ? '10.0.0.21' : '10.0.0.22' }));
  // The Deployment controller sees the Pods ready.
  add(3600, 6, { verb: 'update', uri: '/apis/apps/v1/namespaces/shop/deployments/nginx/status', user: kcm('deployment-controller'), ua: kcmUA('deployment-controller'), ref: { resource: 'deployments', subresource: 'status', namespace: 'shop', name: 'nginx', apiGroup: 'apps', apiVersion: 'v1' }, code: 200, ip: '10.0.0.10' });
  // Another client: a CI job with its own service account, from outside the cluster.
  add(4200, 15, { verb: 'get', uri: '/apis/apps/v1/namespaces/shop/deployments/nginx', user: { username: 'system:serviceaccount:ci:deployer', groups: ['system:serviceaccounts', 'system:authenticated'] }, ua: 'Go-http-client/2.0', ref: { resource: 'deployments', namespace: 'shop', name: 'nginx', apiGroup: 'apps', apiVersion: 'v1' }, code: 200, ip: '192.0.2.50' });
  return lines;
}

/** `count` events (pairs of stages) of kubelets' status patches and controllers' writes, for scale. */
export function largeAudit(count = 10000) {
  const lines = [];
  for (let i = 0; lines.length < count; i++) {
    const w = `node-${String((i % 497) + 1).padStart(3, '0')}`;
    const p = `app-${i % 40}-6d4b75cb6d-${String(i).padStart(5, '0')}`;
    lines.push(
      ...auditEvents(uid(`big-${i}`), T0 + i * 37, 6, {
        verb: i % 3 === 0 ? 'create' : 'patch',
        uri: i % 3 === 0 ? `/api/v1/namespaces/team-${i % 12}/pods` : `/api/v1/namespaces/team-${i % 12}/pods/${p}/status`,
        user: i % 3 === 0 ? { username: 'system:serviceaccount:kube-system:replicaset-controller', groups: [] } : { username: `system:node:${w}`, groups: ['system:nodes'] },
        ua: 'kubelet/v1.31.2',
        ref: { resource: 'pods', ...(i % 3 === 0 ? {} : { subresource: 'status' }), namespace: `team-${i % 12}`, name: p, apiVersion: 'v1' },
        code: i % 3 === 0 ? 201 : 200,
      }),
    );
  }
  return lines.slice(0, count);
}

export const jsonLines = (events) => `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;
