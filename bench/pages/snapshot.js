// Your own cluster: a generated snapshot drawn by <k8s-cluster>, and a generated audit log
// turned into a scenario by core (the element does the same in its snapshot worker).
import { host, settle, tasksBetween, withTimeout } from './harness.js';
import * as k from '/examples/data/kube-objects.mjs';
import { modelFromKubernetes, resolveScenario, scenarioFromAudit } from '/packages/core/dist/index.js';

// ?bundle= loads another build of the entry (the profiler's unminified one).
await import(new URLSearchParams(location.search).get('bundle') || '/packages/elements/dist/k8s-diagrams.bundle.js');

const cache = new Map();
const once = (key, make) => (cache.has(key) ? cache.get(key) : cache.set(key, make()).get(key));
const longestOf = (tasks) => tasks.reduce((m, t) => Math.max(m, t.duration), 0);

/** `.objects` = the snapshot's text (over 256 KB: read in the worker), until the diagram is laid out. */
async function draw({ nodes, pods }) {
  const text = once(`snapshot ${nodes} ${pods}`, () => JSON.stringify(k.largeCluster(nodes, pods)));
  host().replaceChildren();
  await settle(200);
  const el = document.createElement('k8s-cluster');
  const t0 = performance.now();
  el.objects = text;
  host().append(el);
  await withTimeout(el.layoutComplete, 240000, '<k8s-cluster>');
  el.shadowRoot.querySelector('.figure svg')?.getBoundingClientRect();
  const t1 = performance.now();
  const error = el.shadowRoot.querySelector('[part="error"]');
  if (error) throw new Error(error.textContent);
  const tasks = await tasksBetween(t0, t1);
  return { ms: t1 - t0, longest: longestOf(tasks), tasks: tasks.map((t) => ({ at: t.startTime - t0, duration: t.duration })), size: el.model.components.length, chars: text.length };
}

/** The log's text → scenarioFromAudit → resolveScenario on the snapshot's model, on this thread. */
async function audit({ nodes, pods, events }) {
  const snapshot = once(`model ${nodes} ${pods}`, () => modelFromKubernetes(k.largeCluster(nodes, pods)).value);
  const text = once(`log ${events}`, () => k.jsonLines(k.largeAudit(events)));
  await settle(200);
  const t0 = performance.now();
  const made = scenarioFromAudit(text, snapshot);
  if (!made.ok) throw new Error(made.errors[0].message.en);
  const resolved = resolveScenario(made.value.scenario, snapshot.model, 'k8s-cluster');
  if (!resolved.ok) throw new Error(resolved.errors[0].message.en);
  const t1 = performance.now();
  const tasks = await tasksBetween(t0, t1);
  return { ms: t1 - t0, longest: longestOf(tasks), size: resolved.value.steps.length, chars: text.length };
}

window.bench = { ready: true, draw, audit };
