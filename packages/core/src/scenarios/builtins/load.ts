import type { BuiltinScenario } from './computed.js';
import type { BuiltinScenarioId } from './ids.js';

/**
 * One dynamic import per built-in, so that a bundle splits them into chunks and a page
 * fetches only the scenario it plays (ARCHITECTURE.md §2, `scenario`).
 */
const LOADERS: Readonly<Record<BuiltinScenarioId, () => Promise<BuiltinScenario>>> = {
  'kubectl-apply': () => import('./kubectl-apply.js').then((m) => m.kubectlApply),
  'self-healing': () => import('./self-healing.js').then((m) => m.selfHealing),
  scale: () => import('./scale.js').then((m) => m.scale),
  'node-failure': () => import('./node-failure.js').then((m) => m.nodeFailure),
  'ha-failover': () => import('./ha-failover.js').then((m) => m.haFailover),
  'service-traffic': () => import('./service-traffic.js').then((m) => m.serviceTraffic),
  'docker-run': () => import('./docker-run.js').then((m) => m.dockerRun),
  'crictl-run': () => import('./crictl-run.js').then((m) => m.crictlRun),
  'nerdctl-run': () => import('./nerdctl-run.js').then((m) => m.nerdctlRun),
  'etcd-quorum-loss': () => import('./etcd-quorum-loss.js').then((m) => m.etcdQuorumLoss),
  drain: () => import('./drain.js').then((m) => m.drain),
  'node-join': () => import('./node-join.js').then((m) => m.nodeJoin),
  'rolling-update': () => import('./rolling-update.js').then((m) => m.rollingUpdate),
  'scale-down': () => import('./scale-down.js').then((m) => m.scaleDown),
  'kubectl-exec': () => import('./kubectl-exec.js').then((m) => m.kubectlExec),
  probes: () => import('./probes.js').then((m) => m.probes),
  'load-balancer-service': () => import('./load-balancer-service.js').then((m) => m.loadBalancerService),
  'dns-lookup': () => import('./dns-lookup.js').then((m) => m.dnsLookup),
  autoscale: () => import('./autoscale.js').then((m) => m.autoscale),
};

/**
 * The built-in scenario with this id, loaded on first use (the same object every time), or
 * undefined when no built-in has this id (compared as written: trim it first).
 */
export function loadBuiltinScenario(id: string): Promise<BuiltinScenario> | undefined {
  return Object.hasOwn(LOADERS, id) ? LOADERS[id as BuiltinScenarioId]() : undefined;
}
