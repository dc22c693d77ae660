import type { Model } from '../model.js';
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
 * The figures whose layouts ship precomputed (DESIGN.md §3): each element with no
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
