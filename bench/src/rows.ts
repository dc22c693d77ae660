// The benchmark's rows: one small declarative entry each. Add a row here; the harness
// (run.ts) measures it, prints it in the table and checks its budgets.
import { budgets } from './budgets.js';
import { attributeCluster, customCluster, defaultFigure } from './figures.js';
import type { Row } from './types.js';

export const figures = {
  controlPlane: defaultFigure('control-plane', 'k8s-control-plane'),
  ha: defaultFigure('control-plane replicas=3', 'k8s-control-plane', { replicas: '3' }),
  cluster: defaultFigure('cluster', 'k8s-cluster'),
  workerNode: defaultFigure('worker-node', 'k8s-worker-node'),
  containerStack: defaultFigure('container-stack', 'container-stack'),
  cluster20: attributeCluster({ workers: '20' }),
  cluster50: attributeCluster({ workers: '50' }),
};

const BOTH = ['dagre', 'elk'] as const;
const DEFAULT_SIDES = ['ours', 'mermaid-dagre', 'mermaid-elk'] as const;
const CUSTOM_SIDES = ['ours', 'elk-raw', 'mermaid-dagre', 'mermaid-elk'] as const;

/** A custom cluster row: ours vs the raw elkjs floor vs Mermaid, on the scaling chart. */
function customRow(workers: number, extra: Row['budgets'] = []): Row {
  return {
    kind: 'first-diagram',
    name: `first diagram · <k8s-cluster workers="${workers}" pods="3">`,
    figure: customCluster(workers, 3),
    sides: [...CUSTOM_SIDES],
    scaling: true,
    budgets: [budgets.withinFloor(1.3), budgets.noTaskWhileElk(50), ...extra],
  };
}

/** Twenty diagrams of every kind: default figures and a few custom clusters (these use ELK). */
const TWENTY: Array<{ tag: string; attrs?: Record<string, string> }> = [
  { tag: 'k8s-control-plane' },
  { tag: 'k8s-control-plane', attrs: { replicas: '3' } },
  { tag: 'k8s-cluster' },
  { tag: 'k8s-cluster', attrs: { 'control-planes': '3' } },
  { tag: 'k8s-worker-node' },
  { tag: 'container-stack' },
  { tag: 'k8s-cluster', attrs: { workers: '4', pods: '1' } },
];
const twenty = Array.from({ length: 20 }, (_, i) => TWENTY[i % TWENTY.length]!);

const frames = (technique: 'svg-getPointAtLength' | 'waapi-offset-path', tokens: number): Row => ({
  kind: 'frames',
  name: `frames · candidate technique: ${technique === 'svg-getPointAtLength' ? 'per-frame getPointAtLength (D3-style)' : 'WAAPI offset-path (compositor)'} · ${tokens} tokens on ${figures.cluster50.label}`,
  technique,
  tokens,
  figure: figures.cluster50,
  candidate: true,
});

export const ROWS: Row[] = [
  // 1. Bytes the page fetched (network), ours vs Mermaid.
  { kind: 'bytes', name: `bytes · ${figures.controlPlane.label}`, figure: figures.controlPlane, mermaid: [...BOTH], budgets: [budgets.entryGzip()] },
  { kind: 'bytes', name: `bytes · ${figures.cluster.label}`, figure: figures.cluster, mermaid: [...BOTH] },
  { kind: 'bytes', name: `bytes · ${figures.cluster20.label} (ELK worker included)`, figure: figures.cluster20, mermaid: [...BOTH] },

  // 2–3. Time to first diagram and the main thread, default figures (precomputed layouts).
  ...[figures.controlPlane, figures.ha, figures.cluster, figures.workerNode, figures.containerStack].map(
    (figure): Row => ({
      kind: 'first-diagram',
      name: `first diagram · ${figure.label}`,
      figure,
      sides: [...DEFAULT_SIDES],
      budgets: [budgets.fasterThanMermaid(10)],
    }),
  ),
  // Custom topologies (ELK in the worker), against raw elkjs on the same graphs.
  customRow(3),
  customRow(10),
  customRow(50),
  customRow(200, [budgets.fasterThanMermaid(5, 'elk'), budgets.renderTaskTarget(100)]),

  // 4. Frames: tokens along the edges, two candidate techniques for the motion player.
  { kind: 'frames', name: 'frames · empty page (baseline)', technique: 'empty', tokens: 0 },
  ...[10, 100, 1000].flatMap((n) => [frames('svg-getPointAtLength', n), frames('waapi-offset-path', n)]),

  // 5. Many diagrams on one page.
  { kind: 'many', name: 'many · 20 diagrams: JS heap after load (forced GC)', diagrams: twenty, layout: 'half-offscreen', metric: 'heap' },
  {
    kind: 'many',
    name: 'many · 20 diagrams (10 offscreen): requestAnimationFrame calls in 2 s',
    diagrams: twenty,
    layout: 'half-offscreen',
    metric: 'raf',
    budgets: [budgets.noAnimationFrames()],
  },
  {
    kind: 'many',
    name: 'many · 20 diagrams, all offscreen: requestAnimationFrame calls in 2 s',
    diagrams: twenty,
    layout: 'all-offscreen',
    metric: 'raf',
    budgets: [budgets.noAnimationFrames()],
  },
];
