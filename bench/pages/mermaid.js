// Mermaid: time from calling render() to its SVG inserted and laid out.
// ?layout=dagre (Mermaid's default) or ?layout=elk (the @mermaid-js/layout-elk package).
import { host, settle, tasksBetween, withTimeout } from './harness.js';
import mermaid from '/bench/node_modules/mermaid/dist/mermaid.esm.min.mjs';

const layout = new URLSearchParams(location.search).get('layout') || 'dagre';
if (layout === 'elk') {
  const { default: elkLayouts } = await import('/bench/node_modules/@mermaid-js/layout-elk/dist/mermaid-layout-elk.esm.min.mjs');
  mermaid.registerLayoutLoaders(elkLayouts);
}
// Large clusters exceed Mermaid's default text and edge limits; lift them.
mermaid.initialize({ startOnLoad: false, layout, maxTextSize: 50_000_000, maxEdges: 1_000_000 });

async function draw({ text, id, timeoutMs = 180000 }) {
  host().replaceChildren();
  await settle(150);
  const t0 = performance.now();
  const { svg: markup } = await withTimeout(mermaid.render(id, text), timeoutMs, 'mermaid.render');
  host().replaceChildren(document.createRange().createContextualFragment(markup));
  const svg = host().querySelector('svg');
  if (svg) svg.getBoundingClientRect();
  const t1 = performance.now();
  const all = await tasksBetween(t0, t1);
  return {
    ms: t1 - t0,
    tasks: all,
    drawn: host().querySelectorAll('g.node, g.cluster').length,
    error: svg ? undefined : 'no svg drawn',
  };
}

window.bench = { ready: true, draw };
