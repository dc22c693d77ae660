// The floor: raw elkjs laying out exactly the ELK graphs our layout sends, in a module
// worker made from the same elk.worker.js file, with the same message protocol.
import { settle, tasksBetween, withTimeout } from './harness.js';

let worker;
let nextId = 1;
const pending = new Map();

function start() {
  worker = new Worker('/packages/elements/dist/elk.worker.js', { type: 'module' });
  worker.onmessage = (event) => {
    const { id, data, error } = event.data;
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    if (error) job.reject(new Error(String(error.message || error)));
    else job.resolve(data);
  };
  worker.postMessage({ id: 0, cmd: 'register', algorithms: ['layered'] });
}

function layout(graph) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, cmd: 'layout', graph, layoutOptions: {}, options: {} });
  });
}

async function draw({ graphs, timeoutMs = 120000 }) {
  await settle(150);
  const t0 = performance.now();
  if (!worker) start(); // like ours: the worker starts on first need
  await withTimeout(Promise.all(graphs.map(layout)), timeoutMs, 'elkjs');
  const t1 = performance.now();
  const all = await tasksBetween(t0, t1);
  return { ms: t1 - t0, tasks: all, drawn: graphs.length };
}

window.bench = { ready: true, draw };
