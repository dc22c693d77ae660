import type { Model } from '../../model.js';
import type { LocalizedText } from '../../text.js';
import { listOf } from '../problems.js';
import type { ModelAdditions, Scenario, ScenarioElement, ScenarioMisfit, ScenarioStep } from '../types.js';

/** What a built-in computes for one figure. */
export interface Plan {
  adds?: ModelAdditions;
  steps: ScenarioStep[];
}

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
export function computedScenario(meta: BuiltinMeta, plan: (model: Model) => Plan | ScenarioMisfit): Scenario {
  return {
    ...meta,
    adds: (model) => {
      const p = plan(model);
      return 'notApplicable' in p ? NOTHING : (p.adds ?? NOTHING);
    },
    steps: (model) => {
      const p = plan(model);
      return 'notApplicable' in p ? p : p.steps;
    },
  };
}

/** The model with the plan's additions, for routing while the plan is written. */
export function withAdditions(model: Model, adds: ModelAdditions): Model {
  return { components: [...model.components, ...adds.components], edges: [...model.edges, ...adds.edges] };
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
