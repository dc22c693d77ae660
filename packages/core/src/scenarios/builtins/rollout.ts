import type { Model } from '../../model.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { NEED, unmet, withAdditions } from './computed.js';
import { viewFigure, type ControlPlaneView, type FigureView } from './figure-view.js';
import { Flow } from './flow.js';
import { placeNewPods, runnableWorkers } from './new-pods.js';

/** What a scenario that creates Pods through a Deployment starts from. */
export interface Rollout {
  view: FigureView;
  kubectl: string;
  cp: ControlPlaneView;
  cm: string;
  adds: ModelAdditions;
  placements: ReturnType<typeof placeNewPods>;
  flow: Flow;
  api: ApiTalk;
}

/**
 * The common start of `kubectl-apply` and `scale`: the parts they need (kubectl, etcd, the
 * controller manager, the scheduler, a worker that can run Pods), and the new Pods, named
 * `labels`, placed on the workers and added to the figure.
 */
export function startRollout(model: Model, labels: string[]): Rollout | ScenarioMisfit {
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
  const placements = placeNewPods(view, workers, labels, adds, new Set());
  const flow = new Flow(withAdditions(model, adds));
  return { view, kubectl: view.kubectl!, cp, cm: cp.controllerManager!, adds, placements, flow, api: new ApiTalk(flow, view, cp) };
}

export function isMisfit(value: Rollout | ScenarioMisfit): value is ScenarioMisfit {
  return 'notApplicable' in value;
}
