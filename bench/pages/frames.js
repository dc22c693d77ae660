// Frames while the motion player moves tokens along a real figure's edges, against an
// empty page. The tokens are the player's own: a custom scenario whose single beat has N
// parallel steps between linked components, played (looping, slowly) by the element.
import { crowdedScenario } from './crowd.js';
import { host, settle, tasksBetween, withTimeout } from './harness.js';

/** Speed 0.25: one beat lasts 4 × 1800 ms, its tokens travel during its first 80 %. */
const SPEED = 0.25;

let element;
/** performance.now() of every beat the element entered (`k8s-step`), the loop's restarts included. */
const beats = [];

async function player({ tag, attrs }, tokens) {
  // ?bundle= loads another build of the entry (the profiler's unminified one).
  await import(new URLSearchParams(location.search).get('bundle') || '/packages/elements/dist/k8s-diagrams.bundle.js');
  element = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) element.setAttribute(k, v);
  element.setAttribute('speed', String(SPEED));
  element.setAttribute('loop', '');
  element.addEventListener('k8s-step', () => beats.push(performance.now()));
  host().append(element);
  await withTimeout(element.layoutComplete, 60000, `<${tag}>`);
  const { scenario, distinct } = crowdedScenario(element.model, tokens);
  element.scenario = scenario;
  await element.updateComplete; // the new input opens a new drawing cycle
  await withTimeout(element.layoutComplete, 60000, `<${tag}> with a scenario`);
  await element.updateComplete;
  const error = element.shadowRoot.querySelector('[part="error"]');
  if (error) throw new Error(error.textContent.trim());
  if (element.steps.length !== tokens) throw new Error(`the scenario has ${element.steps.length} steps, not ${tokens}`);
  element.play();
  await withTimeout(
    new Promise((resolve) => (beats.length ? resolve() : element.addEventListener('k8s-step', resolve, { once: true }))),
    10000,
    'the first beat',
  );
  return { edges: element.model.edges.length, distinct };
}

/** Token animations in the motion overlay: all of them, and those moving now (running, in their travel). */
function running() {
  const layer = element.shadowRoot.querySelector('.motion-overlay');
  const all = layer ? layer.getAnimations({ subtree: true }) : [];
  const moving = all.filter((a) => {
    if (a.playState !== 'running') return false;
    const t = a.effect.getComputedTiming();
    return t.localTime >= t.delay && t.localTime < t.delay + t.activeDuration;
  });
  return { animations: all.length, moving: moving.length, tokens: layer ? layer.querySelectorAll('.k8s-token').length : 0 };
}

async function setup({ technique, tokens, figure }) {
  if (technique === 'empty') return { ok: true };
  if (technique === 'player') return { ok: true, ...(await player(figure, tokens)) };
  throw new Error(`unknown technique ${technique}`);
}

/** requestAnimationFrame timestamps for `ms`. */
function frames(ms) {
  const stamps = [];
  return new Promise((resolve) => {
    const end = performance.now() + ms;
    const f = (t) => {
      stamps.push(t);
      if (performance.now() < end) requestAnimationFrame(f);
      else resolve(stamps);
    };
    requestAnimationFrame(f);
  });
}

/**
 * Waits until `offset` ms after the start of a beat: the latest one when that time is
 * still to come, else the next one. The player's windows start there, inside the tokens' travel.
 */
async function align({ offset }) {
  if (!element) return;
  if (performance.now() > beats[beats.length - 1] + offset) {
    const n = beats.length;
    await withTimeout(
      new Promise((resolve) => {
        const poll = () => (beats.length > n ? resolve() : setTimeout(poll, 20));
        poll();
      }),
      30000,
      'the next beat',
    );
  }
  await settle(Math.max(0, beats[beats.length - 1] + offset - performance.now()));
}

/**
 * One sampling window of `ms`, started `offset` ms into a beat on the player's page (see
 * align; none: at once); the tokens moving are counted at its start and end.
 */
async function sample({ ms, offset }) {
  if (offset !== undefined && offset !== null) await align({ offset });
  const before = element ? running() : undefined;
  const t0 = performance.now();
  const stamps = await frames(ms);
  const t1 = performance.now();
  const after = element ? running() : undefined;
  const tasks = await tasksBetween(t0, t1);
  return { stamps, before, after, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
}

/** The longest task that ran a beat's start (the loop's restart redraws every token of the beat). */
async function restarts() {
  const all = await tasksBetween(0, performance.now());
  const at = beats.slice(1).map((b) => Math.max(0, ...all.filter((t) => t.startTime <= b && t.startTime + t.duration >= b).map((t) => t.duration)));
  return { restarts: at.length, longest: Math.max(0, ...at) };
}

window.bench = { ready: true, setup, align, sample, settle, restarts };
