// Our elements: time from inserting an element to its SVG in the DOM with layout computed.
import { host, settle, tasksBetween, withTimeout } from './harness.js';

// Watch the ELK worker's messages (times only), to tell main-thread tasks while ELK works
// from the rendering after its last answer. The library creates the worker with `new Worker`.
const elk = { posts: [], answers: [], graphs: 0 };
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url, options) {
    super(url, options);
    this.addEventListener('message', () => elk.answers.push(performance.now()));
  }
  postMessage(message, ...rest) {
    if (message && message.cmd === 'layout') {
      elk.posts.push(performance.now());
      elk.graphs++;
    }
    return super.postMessage(message, ...rest);
  }
};

// ?bundle= loads another build of the entry (the profiler's unminified one).
await import(new URLSearchParams(location.search).get('bundle') || '/packages/elements/dist/k8s-diagrams.bundle.js');

async function draw({ tag, attrs = {}, model, timeoutMs = 120000 }) {
  host().replaceChildren();
  await settle(150);
  elk.posts.length = 0;
  elk.answers.length = 0;
  elk.graphs = 0;
  let el;
  const t0 = performance.now();
  el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (model) el.model = model;
  host().append(el);
  await withTimeout(el.layoutComplete, timeoutMs, `<${tag}>`);
  const svg = el.shadowRoot && el.shadowRoot.querySelector('.figure svg');
  if (svg) svg.getBoundingClientRect();
  const t1 = performance.now();
  const error = el.shadowRoot && el.shadowRoot.querySelector('[part="error"]');
  const all = await tasksBetween(t0, t1);
  const out = {
    ms: t1 - t0,
    tasks: all,
    drawn: el.shadowRoot ? el.shadowRoot.querySelectorAll('[data-component]').length : 0,
    error: error ? error.textContent.trim() : svg ? undefined : 'no svg drawn',
    elkGraphs: elk.graphs,
  };
  if (elk.posts.length) {
    const first = Math.min(...elk.posts);
    const last = Math.max(...elk.answers);
    // A task that ended before the last answer ran while ELK worked; the one that handles
    // the last answer (fromElk, then Lit's render in its microtasks) and later ones render.
    out.whileElk = all.filter((t) => t.startTime + t.duration > first && t.startTime + t.duration < last);
    out.render = all.filter((t) => t.startTime + t.duration >= last);
    // Where ours' time goes: before the first graph is posted, while ELK (and the main
    // thread between the passes) works, after the last answer (fromElk, render, layout).
    out.phases = { beforeElk: first - t0, elk: last - first, afterElk: t1 - last };
    out.elkWindow = { t0, first, last, t1 };
  }
  return out;
}

window.bench = { ready: true, draw };
