import type { Scenario } from '../types.js';
import { crictlRun } from './crictl-run.js';
import { dockerRun } from './docker-run.js';
import { etcdQuorumLoss } from './etcd-quorum-loss.js';
import { haFailover } from './ha-failover.js';
import { kubectlApply } from './kubectl-apply.js';
import { loadBalancerService } from './load-balancer-service.js';
import { nerdctlRun } from './nerdctl-run.js';
import { nodeFailure } from './node-failure.js';
import { scale } from './scale.js';
import { selfHealing } from './self-healing.js';
import { serviceTraffic } from './service-traffic.js';

/**
 * The built-in scenarios by id (ARCHITECTURE.md §2, `scenario`). The Kubernetes ones compute
 * their steps from the figure they play on; the container-stack ones are plain data.
 */
export const BUILTIN_SCENARIOS = {
  'kubectl-apply': kubectlApply,
  'self-healing': selfHealing,
  scale,
  'node-failure': nodeFailure,
  'ha-failover': haFailover,
  'service-traffic': serviceTraffic,
  'docker-run': dockerRun,
  'crictl-run': crictlRun,
  'nerdctl-run': nerdctlRun,
  'etcd-quorum-loss': etcdQuorumLoss,
  'load-balancer-service': loadBalancerService,
} as const satisfies Record<string, Scenario>;

export type BuiltinScenarioId = keyof typeof BUILTIN_SCENARIOS;

export const BUILTIN_SCENARIO_IDS = Object.keys(BUILTIN_SCENARIOS) as BuiltinScenarioId[];

const builtins: ReadonlySet<unknown> = new Set(Object.values(BUILTIN_SCENARIOS));

/** Whether a scenario object is one of the built-ins (its misfits are “not applicable”, not mistakes). */
export function isBuiltinScenario(scenario: unknown): boolean {
  return builtins.has(scenario);
}
