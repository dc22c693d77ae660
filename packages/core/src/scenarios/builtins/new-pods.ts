import type { ModelAdditions } from '../types.js';
import { freshId, spread, type FigureView, type WorkerView } from './figure-view.js';
import type { Placement } from './pod-startup.js';

/** Workers a scenario can start Pods on: a kubelet and a runtime chain. */
export function runnableWorkers(view: FigureView): WorkerView[] {
  return view.workers.filter((w) => w.runtime.length > 0);
}

/**
 * New Pods for a scenario, spread round-robin over the workers, each linked from what
 * creates containers on its node (as the figure's own Pods are). Labels continue the
 * names given (`nginx-1`, `nginx-2`…). Adds them to `adds`.
 */
export function placeNewPods(
  view: FigureView,
  workers: readonly WorkerView[],
  labels: readonly string[],
  adds: ModelAdditions,
  taken: Set<string>,
): Placement[] {
  return spread(workers, labels.length).map((worker, i) => {
    const label = labels[i]!;
    const pod = freshId(view, `${worker.node}.${label}`, taken);
    // Drawn from the start as ghosts (pending): they exist only once the controllers create them.
    adds.components.push({ id: pod, kind: 'pod', label, parent: worker.node, state: 'pending' });
    adds.edges.push({ from: worker.podParent!, to: pod });
    return { worker, pod };
  });
}
