// The crowded scenario the frames rows play: plain data built from the element's model,
// no side effects (the Node test imports it too).

/** Pairs of linked components, spread over the figure: every edge forwards, then every edge backwards. */
export function routes(model) {
  const groupOf = (id) => (/^(worker-\d+)\./.exec(id) ?? [undefined, 'control-plane'])[1];
  const groups = new Map();
  for (const e of model.edges) {
    const g = groupOf(e.from);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(e);
  }
  // Visit the groups (each worker, the control plane) in a golden-ratio order, so that even
  // ten tokens land far apart; round r takes every group's r-th edge.
  const order = [...groups.keys()].map((g, i) => ({ g, key: (i * 0.6180339887) % 1 })).sort((a, b) => a.key - b.key);
  const rounds = Math.max(0, ...[...groups.values()].map((l) => l.length));
  const forward = [];
  for (let r = 0; r < rounds; r++) for (const { g } of order) if (groups.get(g)[r]) forward.push(groups.get(g)[r]);
  return [
    ...forward.map((e) => ({ from: e.from, to: e.to, kind: 'request', message: 'request' })),
    ...forward.map((e) => ({ from: e.to, to: e.from, kind: 'response', message: '200 OK' })),
  ];
}

/**
 * A scenario whose single beat has `tokens` parallel steps (`parallelWith` the first one)
 * between linked components; routes are reused when there are more tokens than routes.
 * `distinct`: how many different routes the tokens take.
 */
export function crowdedScenario(model, tokens) {
  const pool = routes(model);
  if (pool.length === 0) throw new Error('the model has no edges');
  const steps = Array.from({ length: tokens }, (_, i) => ({
    id: `t${i}`,
    ...pool[i % pool.length],
    caption: `${tokens} messages at once`,
    ...(i > 0 ? { parallelWith: 't0' } : {}),
  }));
  return { scenario: { id: `bench-${tokens}-tokens`, title: `${tokens} tokens at once`, steps }, distinct: Math.min(tokens, pool.length) };
}
