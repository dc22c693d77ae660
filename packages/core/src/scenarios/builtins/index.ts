import { autoscale } from './autoscale.js';
import type { BuiltinScenario } from './computed.js';
import { crictlRun } from './crictl-run.js';
import { dnsLookup } from './dns-lookup.js';
import { dockerRun } from './docker-run.js';
import { drain } from './drain.js';
import { etcdQuorumLoss } from './etcd-quorum-loss.js';
import { haFailover } from './ha-failover.js';
import type { BuiltinScenarioId } from './ids.js';
import { kubectlApply } from './kubectl-apply.js';
import { kubectlExec } from './kubectl-exec.js';
import { loadBalancerService } from './load-balancer-service.js';
import { nerdctlRun } from './nerdctl-run.js';
import { nodeFailure } from './node-failure.js';
import { nodeJoin } from './node-join.js';
import { probes } from './probes.js';
import { rollingUpdate } from './rolling-update.js';
import { scale } from './scale.js';
import { scaleDown } from './scale-down.js';
import { selfHealing } from './self-healing.js';
import { serviceTraffic } from './service-traffic.js';

/**
 * Every built-in scenario by id, loaded at once (ARCHITECTURE.md §2, `scenario`): for Node
 * (rendering, tests, the docs site). The elements load one at a time with
 * `loadBuiltinScenario`. The Kubernetes ones compute their steps from the figure they play
 * on; the container-stack ones are plain data.
 */
export const BUILTIN_SCENARIOS: Readonly<Record<BuiltinScenarioId, BuiltinScenario>> = {
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
  'kubectl-exec': kubectlExec,
  'rolling-update': rollingUpdate,
  autoscale,
  'scale-down': scaleDown,
  probes,
  drain,
  'dns-lookup': dnsLookup,
  'load-balancer-service': loadBalancerService,
  'node-join': nodeJoin,
};
