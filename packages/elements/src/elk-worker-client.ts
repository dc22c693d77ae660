// Lives beside elk.worker.ts on purpose: `new URL('./elk.worker.js', import.meta.url)` must
// resolve to the worker in the sources, in dist/ and next to the bundle alike.
import type { ElkLike, ElkNode } from '@k8s-diagrams/layout';

/** A worker that idles this long is ended; the next layout starts a fresh one. */
export const ELK_WORKER_IDLE_MS = 30_000;

interface Pending {
  resolve: (graph: ElkNode) => void;
  reject: (error: Error) => void;
}

interface WorkerState {
  worker: Worker;
  pending: Map<number, Pending>;
}

let state: WorkerState | undefined;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let idleMs = ELK_WORKER_IDLE_MS;
let created = 0;

function stopWorker(reason?: Error): void {
  if (!state) return;
  const { worker, pending } = state;
  state = undefined;
  clearTimeout(idleTimer);
  worker.terminate();
  for (const p of pending.values()) p.reject(reason ?? new Error('The ELK worker was stopped.'));
}

function startWorker(): WorkerState {
  // Module worker from a file next to this module: no blob:, no eval (strict CSP).
  const worker = new Worker(new URL('./elk.worker.js', import.meta.url), { type: 'module', name: 'k8s-diagrams-elk' });
  created++;
  const pending = new Map<number, Pending>();
  worker.onmessage = (event: MessageEvent<{ id: number; data?: ElkNode; error?: unknown }>) => {
    const { id, data, error } = event.data;
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    if (error) job.reject(new Error(`ELK could not lay out the graph: ${describe(error)}`));
    else job.resolve(data!);
    scheduleIdleStop();
  };
  // A worker that cannot load (CSP, 404) reports here, never through onmessage.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    stopWorker(new Error(`The layout worker could not run${event.message ? `: ${event.message}` : ''}.`));
  };
  worker.postMessage({ id: 0, cmd: 'register', algorithms: ['layered'] });
  return { worker, pending };
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error).message);
  return String(error);
}

function scheduleIdleStop(): void {
  clearTimeout(idleTimer);
  if (state && state.pending.size === 0) idleTimer = setTimeout(() => stopWorker(), idleMs);
}

/**
 * The page's one ELK worker, shared by every diagram: started on first need, ended after
 * 30 s without work. Creating it may throw (a CSP without `worker-src 'self'`); the layout
 * engine turns that into a `worker-unavailable` error.
 */
export const sharedElkWorker: ElkLike = {
  layout(graph: ElkNode): Promise<ElkNode> {
    state ??= startWorker();
    const current = state;
    clearTimeout(idleTimer);
    const id = nextId++;
    return new Promise<ElkNode>((resolve, reject) => {
      current.pending.set(id, { resolve, reject });
      current.worker.postMessage({ id, cmd: 'layout', graph, layoutOptions: {}, options: {} });
    });
  },
};

/** For tests and the benchmark: whether a worker is alive, and how many were ever made. */
export function elkWorkerStats(): { alive: boolean; created: number; pending: number } {
  return { alive: state !== undefined, created, pending: state?.pending.size ?? 0 };
}

/** For tests: shorten the idle delay (the default is the documented 30 s). */
export function setElkWorkerIdleMs(ms: number): void {
  idleMs = ms;
  scheduleIdleStop();
}

/** For tests: end the worker now. */
export function stopElkWorker(): void {
  stopWorker();
}
