import type { Model } from '../model.js';
import { resolveScenario } from '../scenarios/resolve.js';
import { buildClusterModel } from './cluster.js';
import { buildContainerStackModel } from './container-stack.js';
import { buildControlPlaneModel } from './control-plane.js';
import { clusterOptions, controlPlaneOptions, workerSpec, type AttributeReader } from './from-attributes.js';
import { buildWorkerNodeModel } from './worker-node.js';

const attributes =
  (values: Record<string, string>): AttributeReader =>
  (name) =>
    values[name] ?? null;

function unwrap<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('default figure options are invalid');
  return r.value;
}

/**
 * The figures whose layouts ship precomputed (ARCHITECTURE.md §3): each element with no
 * attributes, plus the high-availability variants. Built through the same attribute
 * parsing as the elements, so the presets cannot drift from what the elements draw.
 */
export function presetFigures(): Array<{ name: string; model: Model }> {
  return [
    { name: 'control-plane', model: buildControlPlaneModel(unwrap(controlPlaneOptions(attributes({})))) },
    { name: 'control-plane replicas=3', model: buildControlPlaneModel(unwrap(controlPlaneOptions(attributes({ replicas: '3' })))) },
    { name: 'cluster', model: buildClusterModel(unwrap(clusterOptions(attributes({})))) },
    { name: 'cluster control-planes=3', model: buildClusterModel(unwrap(clusterOptions(attributes({ 'control-planes': '3' })))) },
    { name: 'worker-node', model: buildWorkerNodeModel(unwrap(workerSpec(attributes({}), 'worker-1'))) },
    { name: 'container-stack', model: buildContainerStackModel() },
  ];
}

/**
 * Figures as the built-in scenarios (and the seed page) play them: a scenario may add
 * components (new Pods, a Service), which makes a new model. Their layouts ship
 * precomputed too, in a chunk loaded with the player, so that a default figure with a
 * scenario never needs ELK either. Entries equal to a default figure are left out.
 */
export function scenarioPresetFigures(): Array<{ name: string; model: Model }> {
  const cluster = (values: Record<string, string>) => buildClusterModel(unwrap(clusterOptions(attributes(values))));
  const controlPlane = (values: Record<string, string>) => buildControlPlaneModel(unwrap(controlPlaneOptions(attributes(values))));
  const figures: Array<[string, string, Model, string[]]> = [
    ['cluster', 'k8s-cluster', cluster({}), ['kubectl-apply', 'self-healing', 'scale', 'node-failure', 'service-traffic', 'kubectl-exec', 'probes']],
    ['cluster pods=0', 'k8s-cluster', cluster({ pods: '0' }), ['kubectl-apply', 'scale']],
    [
      'cluster control-planes=3',
      'k8s-cluster',
      cluster({ 'control-planes': '3' }),
      ['kubectl-apply', 'self-healing', 'scale', 'node-failure', 'ha-failover', 'service-traffic'],
    ],
    ['control-plane replicas=3', 'k8s-control-plane', controlPlane({ replicas: '3' }), ['ha-failover']],
    ['control-plane replicas=3 cloud=none', 'k8s-control-plane', controlPlane({ replicas: '3', cloud: 'none' }), ['', 'ha-failover']],
    ['control-plane cloud=OVH', 'k8s-control-plane', controlPlane({ cloud: 'OVH' }), ['']],
    ['worker-node', 'k8s-worker-node', buildWorkerNodeModel(unwrap(workerSpec(attributes({}), 'worker-1'))), ['self-healing', 'service-traffic', 'kubectl-exec', 'probes']],
    ['container-stack', 'container-stack', buildContainerStackModel(), ['docker-run', 'crictl-run', 'nerdctl-run']],
  ];
  const out: Array<{ name: string; model: Model }> = [];
  for (const [name, element, model, scenarios] of figures)
    for (const scenario of scenarios) {
      if (scenario === '') {
        out.push({ name, model });
        continue;
      }
      const resolved = resolveScenario(scenario, model, element);
      if (!resolved.ok) throw new Error(`${scenario} does not play on ${name}`);
      out.push({ name: `${name} + ${scenario}`, model: resolved.value.model });
    }
  return out;
}
