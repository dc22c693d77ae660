import type { Model } from '../model.js';
import { BUILTIN_SCENARIO_IDS, type BuiltinScenarioId } from '../scenarios/builtins/ids.js';
import { resolveScenario } from '../scenarios/resolve-builtins.js';
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
 * attributes, plus the high-availability variants. Only the cluster's and the control
 * plane's are in the entry module (the control plane's costs some 120 bytes gzip there, less
 * than a fetch would); the others (`onMiss`) are one table each, fetched the first time
 * that figure is drawn, so the entry stays small and no default figure needs ELK. Built through
 * the same attribute parsing as the elements, so the presets cannot drift from what the
 * elements draw.
 */
export function presetFigures(): Array<{ name: string; model: Model; onMiss?: true }> {
  return [
    { name: 'control-plane', model: buildControlPlaneModel(unwrap(controlPlaneOptions(attributes({})))) },
    { name: 'control-plane replicas=3', model: buildControlPlaneModel(unwrap(controlPlaneOptions(attributes({ replicas: '3' })))), onMiss: true },
    { name: 'cluster', model: buildClusterModel(unwrap(clusterOptions(attributes({})))) },
    { name: 'cluster control-planes=3', model: buildClusterModel(unwrap(clusterOptions(attributes({ 'control-planes': '3' })))), onMiss: true },
    { name: 'worker-node', model: buildWorkerNodeModel(unwrap(workerSpec(attributes({}), 'worker-1'))), onMiss: true },
    { name: 'container-stack', model: buildContainerStackModel(), onMiss: true },
  ];
}

/** A figure as a scenario draws it, for the precomputed scenario layouts. */
export interface ScenarioPresetFigure {
  name: string;
  model: Model;
  /** The built-in that draws it, whose layouts load with it; none for figures every scenario page gets. */
  scenario?: BuiltinScenarioId;
}

/**
 * Figures as the built-in scenarios (and the seed page) play them: a scenario may add
 * components (new Pods, a Service), which makes a new model. Their layouts ship
 * precomputed too, one chunk per scenario loaded with it, so that a default figure with a
 * scenario never needs ELK either. Every built-in is tried on every figure: each one that
 * plays there makes an entry; the generator leaves out those equal to a default figure.
 */
export function scenarioPresetFigures(): ScenarioPresetFigure[] {
  const cluster = (values: Record<string, string>) => buildClusterModel(unwrap(clusterOptions(attributes(values))));
  const controlPlane = (values: Record<string, string>) => buildControlPlaneModel(unwrap(controlPlaneOptions(attributes(values))));
  // [name, element, model, only these scenarios (all when absent)]
  const figures: Array<[string, string, Model, BuiltinScenarioId[]?]> = [
    ['cluster', 'k8s-cluster', cluster({})],
    ['cluster pods=0', 'k8s-cluster', cluster({ pods: '0' })],
    ['cluster control-planes=3', 'k8s-cluster', cluster({ 'control-planes': '3' })],
    // The figure `load-balancer-service` names (the cloud-controller-manager needs `cloud`).
    ['cluster cloud=OVH', 'k8s-cluster', cluster({ cloud: 'OVH' }), ['load-balancer-service']],
    ['control-plane', 'k8s-control-plane', controlPlane({})],
    ['control-plane replicas=3', 'k8s-control-plane', controlPlane({ replicas: '3' })],
    ['control-plane replicas=3 cloud=none', 'k8s-control-plane', controlPlane({ replicas: '3', cloud: 'none' })],
    ['worker-node', 'k8s-worker-node', buildWorkerNodeModel(unwrap(workerSpec(attributes({}), 'worker-1')))],
    ['container-stack', 'container-stack', buildContainerStackModel()],
  ];
  // The seed page's figures without a scenario that are not default figures.
  const out: ScenarioPresetFigure[] = [
    { name: 'control-plane replicas=3 cloud=none', model: controlPlane({ replicas: '3', cloud: 'none' }) },
    { name: 'control-plane cloud=OVH', model: controlPlane({ cloud: 'OVH' }) },
  ];
  for (const scenario of BUILTIN_SCENARIO_IDS)
    for (const [name, element, model, only] of figures) {
      if (only && !only.includes(scenario)) continue;
      const resolved = resolveScenario(scenario, model, element);
      if (resolved.ok) out.push({ name: `${name} + ${scenario}`, model: resolved.value.model, scenario });
    }
  return out;
}
