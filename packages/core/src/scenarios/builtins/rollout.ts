import type { Model } from '../../model.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { NEED, unmet, withAdditions } from './computed.js';
import { viewFigure, type ControlPlaneView, type FigureView } from './figure-view.js';
import { Flow } from './flow.js';
import { ownPods, placeNewPods, runnableWorkers } from './new-pods.js';

/** What a scenario that creates Pods through a Deployment starts from. */
export interface Rollout {
  view: FigureView;
  kubectl: string;
  cp: ControlPlaneView;
  cm: string;
  adds: ModelAdditions;
  /** The figure's own Pods, drawn no more: the Deployment's Pods take their place. */
  replaces: string[];
  /** The Pods the scenario creates. */
  placements: ReturnType<typeof placeNewPods>;
  /** The Deployment's Pods already running when the scenario starts. */
  existing: ReturnType<typeof placeNewPods>;
  flow: Flow;
  api: ApiTalk;
}

/**
 * The common start of `kubectl-apply` and `scale`: the parts they need (kubectl, etcd, the
 * controller manager, the scheduler, a worker that can run Pods), and the Deployment's Pods
 * in place of the figure's own: those already running (`running`), then those the scenario
 * creates (`created`), spread round-robin over the workers.
 */
export function startRollout(
  model: Model,
  running: string[],
  created: string[],
  /** More parts the scenario draws (metrics-server), added before the trips are routed. */
  extra?: (view: FigureView, adds: ModelAdditions, taken: Set<string>) => void,
): Rollout | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = runnableWorkers(view);
  const misfit = unmet([
    { present: view.kubectl !== undefined, what: NEED.kubectl },
    { present: view.primary?.etcd !== undefined, what: NEED.etcd },
    { present: view.primary?.controllerManager !== undefined, what: NEED.controllerManager },
    { present: view.primary?.scheduler !== undefined, what: NEED.scheduler },
    { present: workers.length > 0, what: NEED.worker },
  ]);
  if (misfit) return misfit;
  const cp = view.primary!;
  const adds: ModelAdditions = { components: [], edges: [] };
  const replaces = ownPods(view, workers);
  const taken = new Set<string>();
  const all = placeNewPods(view, workers, [...running, ...created], adds, taken);
  const placements = all.slice(running.length);
  extra?.(view, adds, taken);
  const flow = new Flow(withAdditions(model, adds, replaces));
  return { view, kubectl: view.kubectl!, cp, cm: cp.controllerManager!, adds, replaces, placements, existing: all.slice(0, running.length), flow, api: new ApiTalk(flow, view, cp) };
}

/** Where a Deployment scenario can play instead of a figure that lacks workers or a control plane: the whole cluster. */
export const ON_CLUSTER = {
  'k8s-control-plane': {
    en: 'Play it on <k8s-cluster>, which draws the worker nodes as well.',
    fr: 'Jouez-le sur <k8s-cluster>, qui dessine aussi les nœuds worker.',
  },
  'k8s-worker-node': {
    en: 'Play it on <k8s-cluster>, which draws the control plane as well.',
    fr: 'Jouez-le sur <k8s-cluster>, qui dessine aussi le plan de contrôle.',
  },
};

export function isMisfit(value: Rollout | ScenarioMisfit): value is ScenarioMisfit {
  return 'notApplicable' in value;
}
