import type { ModelAdditions } from '../types.js';
import { freshId, spread, type FigureView, type WorkerView } from './figure-view.js';
import type { Placement } from './pod-startup.js';

/** Workers a scenario can start Pods on: a kubelet and a runtime chain. */
export function runnableWorkers(view: FigureView): WorkerView[] {
  return view.workers.filter((w) => w.runtime.length > 0);
}

/**
 * The figure's own Pods on these workers, drawn one by one (not a count badge): a scenario
 * that brings its own Pods draws them in their place, so the figure keeps its width.
 */
export function ownPods(view: FigureView, workers: readonly WorkerView[]): string[] {
  return workers.flatMap((w) => w.pods.filter((p) => view.byId.get(p)?.count === undefined));
}

/**
 * Pods for a scenario, spread round-robin over the workers, each hanging off its node's
 * shim (as the figure's own Pods do), named `labels`. Adds them to `adds`. With no state of
 * their own, those a beat later makes `pending` are drawn from that beat on: the step that
 * creates them.
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
    adds.components.push({ id: pod, kind: 'pod', label, parent: worker.node });
    adds.edges.push({ from: worker.podParent!, to: pod });
    return { worker, pod };
  });
}
