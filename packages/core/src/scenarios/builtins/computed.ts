import type { Model } from '../../model.js';
import type { LocalizedText } from '../../text.js';
import { listOf } from '../problems.js';
import type { ModelAdditions, Scenario, ScenarioElement, ScenarioMisfit, ScenarioStep } from '../types.js';
import { builtin } from './mark.js';

/** What a built-in computes for one figure. */
export interface Plan {
  adds?: ModelAdditions;
  /** The figure's own Pods that the scenario's Pods stand in for (so the figure keeps its width). */
  replaces?: string[];
  steps: ScenarioStep[];
}

/** A built-in: a Scenario that may also replace some of the figure's Pods with its own. */
export type BuiltinScenario = Scenario & { replaces?: (model: Model) => readonly string[] };

export interface BuiltinMeta {
  id: string;
  title: LocalizedText;
  appliesTo: readonly ScenarioElement[];
}

const NOTHING: ModelAdditions = { components: [], edges: [] };

/**
 * A built-in as a plain Scenario whose `adds` and `steps` are computed from the figure by
 * one pure `plan`, called once for each (both receive the same model, so they agree).
 */
export function computedScenario(meta: BuiltinMeta, plan: (model: Model) => Plan | ScenarioMisfit): BuiltinScenario {
  return builtin({
    ...meta,
    replaces: (model) => {
      const p = plan(model);
      return 'notApplicable' in p ? [] : (p.replaces ?? []);
    },
    adds: (model) => {
      const p = plan(model);
      return 'notApplicable' in p ? NOTHING : (p.adds ?? NOTHING);
    },
    steps: (model) => {
      const p = plan(model);
      return 'notApplicable' in p ? p : p.steps;
    },
  });
}

/** The model without what the plan replaces, with its additions, for routing while the plan is written. */
export function withAdditions(model: Model, adds: ModelAdditions, replaces: readonly string[] = []): Model {
  const kept = withoutParts(model, replaces);
  return { components: [...kept.components, ...adds.components], edges: [...kept.edges, ...adds.edges] };
}

/** The model without these components and their edges. */
export function withoutParts(model: Model, ids: readonly string[]): Model {
  if (ids.length === 0) return model;
  const gone = new Set(ids);
  return { components: model.components.filter((c) => !gone.has(c.id)), edges: model.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to)) };
}

/** A part a scenario needs, named for the message when it is missing. */
export interface Need {
  present: boolean;
  what: LocalizedText;
}

/** A misfit listing the missing needs, or undefined when every need is met. */
export function unmet(needs: readonly Need[]): ScenarioMisfit | undefined {
  const missing = needs.filter((n) => !n.present).map((n) => n.what);
  if (missing.length === 0) return undefined;
  return {
    notApplicable: {
      en: `it needs ${listOf(missing.map((m) => m.en), 'and')}.`,
      fr: `il lui faut ${listOf(missing.map((m) => m.fr), 'et')}.`,
    },
  };
}

/** Needs that several built-ins share. */
export const NEED = {
  kubectl: { en: 'kubectl', fr: 'kubectl' },
  apiserver: { en: 'an API server', fr: 'un serveur d’API' },
  etcd: { en: 'etcd linked to the API server', fr: 'etcd relié au serveur d’API' },
  scheduler: { en: 'a scheduler', fr: 'un scheduler' },
  controllerManager: { en: 'a controller-manager', fr: 'un controller-manager' },
  worker: { en: 'a worker node with a kubelet and a container runtime', fr: 'un nœud worker avec un kubelet et un runtime de conteneurs' },
  twoWorkers: { en: 'at least two worker nodes', fr: 'au moins deux nœuds worker' },
} satisfies Record<string, LocalizedText>;
