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
const CUSTOM_SIDES = ['ours', 'elk-raw', 'elk-whole', 'mermaid-dagre', 'mermaid-elk'] as const;

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

/** The same twenty with two players: the default `<k8s-cluster>` and `<container-stack>` play a built-in scenario, looping. */
const PLAYERS: Record<number, Record<string, string>> = {
  5: { scenario: 'docker-run', autoplay: '', loop: '' }, // container-stack
  2: { scenario: 'kubectl-apply', autoplay: '', loop: '' }, // k8s-cluster
};
const withPlayers = twenty.map((d, i) => (PLAYERS[i] ? { tag: d.tag, attrs: { ...d.attrs, ...PLAYERS[i] } } : d));
const players = [5, 2].map((i) => withPlayers[i]!);
const others = withPlayers.filter((_, i) => !(i in PLAYERS));
/** Several beats at speed 1 (1.8 s each): a player asks for frames only when it starts or resumes and while a ring fades in. */
const PLAYING_RAF_MS = 6000;
/** Players first (in the viewport: the page is 900 px high), or last (below the spacer). */
const playersFirst = [...players, ...others];
const playersLast = [...others, ...players];

/** The player's own tokens: one beat of `tokens` parallel steps on `<k8s-cluster workers="50">`. */
const frames = (tokens: number, rowBudgets: Row['budgets']): Row => ({
  kind: 'frames',
  name: `frames · player: ${tokens} tokens at once on ${figures.cluster50.label}`,
  technique: 'player',
  tokens,
  figure: figures.cluster50,
  budgets: rowBudgets,
});

export const ROWS: Row[] = [
  // 1. Bytes the page fetched (network), ours vs Mermaid.
  { kind: 'bytes', name: `bytes · ${figures.controlPlane.label}`, figure: figures.controlPlane, mermaid: [...BOTH], budgets: [budgets.entryGzip()] },
  { kind: 'bytes', name: `bytes · ${figures.cluster.label}`, figure: figures.cluster, mermaid: [...BOTH] },
  { kind: 'bytes', name: `bytes · ${figures.cluster20.label} (ELK worker included)`, figure: figures.cluster20, mermaid: [...BOTH] },
  // A scenario: the motion code is what the page fetches beyond the entry (a default figure's
  // page) and the ELK layout (a topology without a preset's page): kubectl-apply adds Pods,
  // so this figure has no precomputed layout.
  {
    kind: 'bytes',
    name: 'bytes · <k8s-cluster scenario="kubectl-apply">',
    figure: attributeCluster({ scenario: 'kubectl-apply' }),
    references: [
      { what: 'entry', figure: figures.cluster },
      { what: 'ELK layout', figure: figures.cluster20 },
    ],
    budgets: [budgets.motionGzip()],
  },

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

  // 4. Frames: the player's tokens along the edges, against an empty page.
  { kind: 'frames', name: 'frames · empty page (baseline)', technique: 'empty', tokens: 0 },
  frames(10, []),
  frames(100, [budgets.framesP95(1.2), budgets.framesOver(0.05)]),
  frames(1000, [budgets.framesP95(2.5)]),

  // 5. Your own cluster (issue 12): a generated 500-node / 10 000-Pod snapshot drawn, and a
  // 10 000-event audit log turned into a scenario.
  {
    kind: 'snapshot',
    name: 'snapshot · <k8s-cluster> .objects = a 500-node / 10 000-Pod snapshot (JSON text)',
    what: 'draw',
    nodes: 500,
    pods: 10000,
    budgets: [budgets.snapshotTask(50)],
  },
  {
    kind: 'snapshot',
    name: 'snapshot · a 10 000-event audit log → scenario on the 500-node snapshot',
    what: 'audit',
    nodes: 500,
    pods: 10000,
    events: 10000,
    budgets: [budgets.snapshotTime(300)],
  },

  // 6. Many diagrams on one page.
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
  // Two of them playing (a scenario, autoplay, loop).
  {
    kind: 'many',
    name: 'many · 20 diagrams, 2 playing: JS heap after load (forced GC)',
    diagrams: playersFirst,
    layout: 'half-offscreen',
    metric: 'heap',
    players: 'on-screen',
    withoutScenarios: true,
  },
  ...(
    [
      ['on-screen', '2 playing on screen (10 offscreen)', playersFirst, []],
      ['offscreen', '2 playing offscreen (among the 10 offscreen)', playersLast, [budgets.noAnimationFrames()]],
      ['scrolled-away', 'all offscreen, 2 with scenarios playing (scrolled away)', playersFirst, [budgets.noAnimationFrames()]],
    ] as const
  ).map(
    ([players, what, diagrams, rowBudgets]): Row => ({
      kind: 'many',
      name: `many · 20 diagrams, ${what}: requestAnimationFrame calls in ${PLAYING_RAF_MS / 1000} s`,
      diagrams,
      layout: 'half-offscreen',
      metric: 'raf',
      players,
      windowMs: PLAYING_RAF_MS,
      repetitions: 3,
      budgets: [...rowBudgets],
    }),
  ),
];
