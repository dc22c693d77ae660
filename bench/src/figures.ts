// The figures the rows draw, built in Node with the library's own builders so that ours,
// raw elkjs and Mermaid all get the same model.
import { buildClusterModel, clusterOptions, presetFigures, type Model } from '@k8s-diagrams/core';
import type { Figure } from './types.js';

function presetModel(name: string): Model {
  const found = presetFigures().find((f) => f.name === name);
  if (!found) throw new Error(`no preset figure named ${name}`);
  return found.model;
}

/** A default figure: ours inserts the markup (its preset ships in the entry), Mermaid draws its model. */
export function defaultFigure(preset: string, tag: string, attrs: Record<string, string> = {}): Figure {
  const model = presetModel(preset);
  const shown = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  return { label: `<${tag}${shown}>`, tag, attrs, model: () => model };
}

/** The model `<k8s-cluster>` builds from these attributes (same parsing as the element). */
export function clusterModel(attrs: Record<string, string>): Model {
  const options = clusterOptions((name) => attrs[name] ?? null);
  if (!options.ok) throw new Error(`invalid cluster attributes ${JSON.stringify(attrs)}`);
  return buildClusterModel(options.value);
}

/**
 * The model with every id prefixed for repetition `rep` (`apiserver` → `r03.apiserver`,
 * `worker-7.kubelet` → `r03.worker-7.kubelet`): ids keep the same length between
 * repetitions and their order, labels stay as they are, so ELK gets the same graphs with
 * other ids: no preset and no cached answer (of a whole model or of one ELK graph) applies.
 */
export function renameIds(model: Model, rep: number): Model {
  const prefix = `r${String(rep % 100).padStart(2, '0')}.`;
  return {
    components: model.components.map((c) => ({ ...c, id: prefix + c.id, ...(c.parent !== undefined ? { parent: prefix + c.parent } : {}) })),
    edges: model.edges.map((e) => ({ ...e, from: prefix + e.from, to: prefix + e.to })),
  };
}

/** A custom cluster (no preset): each repetition sets a model with renamed ids through `.model`. */
export function customCluster(workers: number, pods: number): Figure {
  const base = clusterModel({ workers: String(workers), pods: String(pods) });
  const cache = new Map<number, Model>();
  return {
    label: `<k8s-cluster workers="${workers}" pods="${pods}">`,
    tag: 'k8s-cluster',
    fresh: true,
    model: (rep) => {
      let m = cache.get(rep);
      if (!m) cache.set(rep, (m = renameIds(base, rep)));
      return m;
    },
  };
}

/** A cluster drawn from attributes (bytes and frames rows: what a page author writes). */
export function attributeCluster(attrs: Record<string, string>): Figure {
  const model = clusterModel(attrs);
  const shown = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  return { label: `<k8s-cluster${shown}>`, tag: 'k8s-cluster', attrs, model: () => model };
}
