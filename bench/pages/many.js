// Many diagrams on one page: the heap after load, and animation-frame work while idle.
import { host, settle, withTimeout } from './harness.js';

await import('/packages/elements/dist/k8s-diagrams.bundle.js');

/** One diagram element from `{ tag, attrs }`. */
function element({ tag, attrs = {} }) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Puts the diagrams on the page; `half-offscreen` puts the second half below a tall spacer. */
async function load({ diagrams, layout }) {
  const h = host();
  const spacer = () => Object.assign(document.createElement('div'), { className: 'spacer' });
  const els = layout === 'none' ? [] : diagrams.map(element);
  if (layout === 'all-offscreen') h.replaceChildren(spacer(), ...els);
  else if (layout === 'half-offscreen') {
    const half = Math.ceil(els.length / 2);
    h.replaceChildren(...els.slice(0, half), spacer(), ...els.slice(half));
  } else h.replaceChildren(...els);
  await withTimeout(Promise.all(els.map((e) => e.layoutComplete)), 60000, 'diagrams');
  const errors = els.filter((e) => e.shadowRoot && e.shadowRoot.querySelector('[part="error"]')).length;
  return { count: els.length, errors };
}

async function countFrames({ ms }) {
  window.rafCalls = 0;
  await settle(ms);
  return window.rafCalls;
}

window.bench = { ready: true, load, countFrames };
