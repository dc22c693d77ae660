import type { IconName } from '@k8s-diagrams/core';
import { apiIcon } from '@k8s-diagrams/icons/icons/api';
import { cCMIcon } from '@k8s-diagrams/icons/icons/c-c-m';
import { cMIcon } from '@k8s-diagrams/icons/icons/c-m';
import { cloudIcon } from '@k8s-diagrams/icons/icons/cloud';
import { clusterIcon } from '@k8s-diagrams/icons/icons/cluster';
import { cniIcon } from '@k8s-diagrams/icons/icons/cni';
import { containerdIcon } from '@k8s-diagrams/icons/icons/containerd';
import { controlPlaneIcon } from '@k8s-diagrams/icons/icons/control-plane';
import { criDockerdIcon } from '@k8s-diagrams/icons/icons/cri-dockerd';
import { criOIcon } from '@k8s-diagrams/icons/icons/cri-o';
import { criIcon } from '@k8s-diagrams/icons/icons/cri';
import { crictlIcon } from '@k8s-diagrams/icons/icons/crictl';
import { crunIcon } from '@k8s-diagrams/icons/icons/crun';
import { dockerCliIcon } from '@k8s-diagrams/icons/icons/docker-cli';
import { dockerdIcon } from '@k8s-diagrams/icons/icons/dockerd';
import { etcdIcon } from '@k8s-diagrams/icons/icons/etcd';
import { gvisorIcon } from '@k8s-diagrams/icons/icons/gvisor';
import { kProxyIcon } from '@k8s-diagrams/icons/icons/k-proxy';
import { kataIcon } from '@k8s-diagrams/icons/icons/kata';
import { kubectlIcon } from '@k8s-diagrams/icons/icons/kubectl';
import { kubeletIcon } from '@k8s-diagrams/icons/icons/kubelet';
import { layerIcon } from '@k8s-diagrams/icons/icons/layer';
import { loadBalancerIcon } from '@k8s-diagrams/icons/icons/load-balancer';
import { nerdctlIcon } from '@k8s-diagrams/icons/icons/nerdctl';
import { nodeIcon } from '@k8s-diagrams/icons/icons/node';
import { ociIcon } from '@k8s-diagrams/icons/icons/oci';
import { podIcon } from '@k8s-diagrams/icons/icons/pod';
import { podmanIcon } from '@k8s-diagrams/icons/icons/podman';
import { runcIcon } from '@k8s-diagrams/icons/icons/runc';
import { schedIcon } from '@k8s-diagrams/icons/icons/sched';
import { shimIcon } from '@k8s-diagrams/icons/icons/shim';
import { youkiIcon } from '@k8s-diagrams/icons/icons/youki';
import { svg, type SVGTemplateResult } from 'lit';

/**
 * The icons only kinds that no default figure draws stand for (a Service, add-ons, clients:
 * kinds scenarios, add-ons and snapshots bring). They are a chunk of their own
 * (`lazy-icons.ts`), fetched with the first figure or `<k8s-icon>` that shows one, so the
 * entry module stays under its budget (ARCHITECTURE.md §3).
 */
export const LAZY_ICONS = ['client', 'cloud-load-balancer', 'coredns', 'kernel-rules', 'log-files', 'metrics-server', 'service', 'streaming-server'] as const;
export type LazyIconName = (typeof LAZY_ICONS)[number];

const icons: Partial<Record<IconName, SVGTemplateResult>> = {
  api: apiIcon,
  'c-c-m': cCMIcon,
  'c-m': cMIcon,
  cloud: cloudIcon,
  cluster: clusterIcon,
  cni: cniIcon,
  containerd: containerdIcon,
  'control-plane': controlPlaneIcon,
  'cri-dockerd': criDockerdIcon,
  'cri-o': criOIcon,
  cri: criIcon,
  crictl: crictlIcon,
  crun: crunIcon,
  'docker-cli': dockerCliIcon,
  dockerd: dockerdIcon,
  etcd: etcdIcon,
  gvisor: gvisorIcon,
  'k-proxy': kProxyIcon,
  kata: kataIcon,
  kubectl: kubectlIcon,
  kubelet: kubeletIcon,
  layer: layerIcon,
  'load-balancer': loadBalancerIcon,
  nerdctl: nerdctlIcon,
  node: nodeIcon,
  oci: ociIcon,
  pod: podIcon,
  podman: podmanIcon,
  runc: runcIcon,
  sched: schedIcon,
  shim: shimIcon,
  youki: youkiIcon,
} satisfies Record<Exclude<IconName, LazyIconName>, SVGTemplateResult>;

let more: Promise<void> | undefined;

/** An icon's template; empty for a lazy one not fetched yet (`iconsReady` fetches it). */
export function iconTemplate(name: IconName): SVGTemplateResult {
  return icons[name] ?? svg``;
}

/** Makes icons drawable at once (the renderers' entry adds the lazy ones: Node saves no bytes). */
export function addIcons(table: Partial<Record<IconName, SVGTemplateResult>>): void {
  Object.assign(icons, table);
}

/**
 * Undefined when every named icon can be drawn now; otherwise a promise that settles once
 * the lazy ones are in (a failed fetch settles it too, leaving them empty, and is tried
 * again the next time).
 */
export function iconsReady(names: Iterable<IconName>): Promise<void> | undefined {
  for (const name of names)
    if (!icons[name])
      return (more ??= import('./lazy-icons.js').then(
        (m) => addIcons(m.LAZY_ICON_TEMPLATES),
        () => void (more = undefined),
      ));
  return undefined;
}
