/**
 * The built-in scenarios' ids, in the order the gallery and the docs list them (the
 * seed page's first, then the reference's S8–S17). Kept apart
 * from the scenarios themselves so that naming one (or listing them in an error) does not
 * load them all: each one is its own chunk in the bundle (ARCHITECTURE.md §2, `scenario`).
 */
export const BUILTIN_SCENARIO_IDS = [
  'kubectl-apply',
  'self-healing',
  'scale',
  'node-failure',
  'ha-failover',
  'service-traffic',
  'docker-run',
  'crictl-run',
  'nerdctl-run',
  'etcd-quorum-loss',
  'kubectl-exec',
  'rolling-update',
  'autoscale',
  'scale-down',
  'probes',
  'drain',
  'dns-lookup',
  'load-balancer-service',
  'node-join',
] as const;

export type BuiltinScenarioId = (typeof BUILTIN_SCENARIO_IDS)[number];

const ids: ReadonlySet<string> = new Set(BUILTIN_SCENARIO_IDS);

/** Whether a string names a built-in scenario (it is compared as written: trim it first). */
export function isBuiltinScenarioId(value: unknown): value is BuiltinScenarioId {
  return typeof value === 'string' && ids.has(value);
}
