import type { Kind } from '@k8s-diagrams/core';

/**
 * Where each kind sits in the flow of work, top to bottom (ARCHITECTURE.md §3): clients, the
 * control plane, then nodes down to the pods. Layout edges always point down this order,
 * whoever opens the connection; the drawn arrowhead still shows who calls whom.
 */
const RANK: Readonly<Record<Kind, number>> = {
  kubectl: 0,
  'docker-cli': 0,
  nerdctl: 0,
  crictl: 0,
  podman: 0,
  // Outside the cluster: a client, and the cloud's load balancer in front of the nodes' NodePorts.
  client: 0,
  'load-balancer': 1,
  'cloud-load-balancer': 1,
  apiserver: 2,
  etcd: 3,
  scheduler: 3,
  'controller-manager': 3,
  'cloud-controller-manager': 3,
  service: 3,
  cloud: 4,
  kubelet: 5,
  'kube-proxy': 5,
  // Behind cri-dockerd, in front of the containerd it drives.
  dockerd: 6.5,
  cri: 6,
  'cri-dockerd': 6,
  'kernel-rules': 6,
  // Read by the kubelet, written by the runtime below it: between the two, so a node stays narrow.
  'log-files': 6,
  containerd: 7,
  'cri-o': 7,
  cni: 8,
  shim: 8,
  kata: 8,
  gvisor: 8,
  oci: 9,
  runc: 9,
  crun: 9,
  youki: 9,
  // Served by the CRI server, in front of the shim it has start the exec'd process.
  'streaming-server': 7.5,
  pod: 10,
  // Add-ons run as Pods.
  coredns: 10,
  'metrics-server': 10,
  // Groups take the rank of their highest member (see rankOf in to-elk).
  cluster: 0,
  'control-plane': 2,
  node: 5,
  layer: 0,
};

export function kindRank(kind: Kind): number {
  return RANK[kind];
}
