// Frames while tokens move along a real figure's edge routes: two candidate techniques for
// the motion player (which does not exist yet), against an empty page.
import { host, settle, withTimeout } from './harness.js';

const DURATION = 3000; // ms for one token to run its edge
const SVG_NS = 'http://www.w3.org/2000/svg';
let stopLoop = () => {};
let scriptMs = 0;
let ticks = 0;

async function figure({ tag, attrs }) {
  await import('/packages/elements/dist/k8s-diagrams.bundle.js');
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  host().append(el);
  await withTimeout(el.layoutComplete, 60000, `<${tag}>`);
  const svg = el.shadowRoot.querySelector('.figure svg');
  const paths = [...el.shadowRoot.querySelectorAll('[data-edge] path:not(.head):not(.cross)')];
  const [, , w, h] = svg.getAttribute('viewBox').split(/\s+/).map(Number);
  const rect = svg.getBoundingClientRect();
  return { paths, w, h, rect };
}

function place(node, rect) {
  node.style.left = `${rect.left + scrollX}px`;
  node.style.top = `${rect.top + scrollY}px`;
  document.body.append(node);
}

/** D3-style: one timer loop, every frame each token asks its path for a point and moves there. */
function perFrame({ paths, w, h, rect }, tokens) {
  const overlay = document.createElementNS(SVG_NS, 'svg');
  overlay.setAttribute('class', 'overlay');
  overlay.setAttribute('viewBox', `0 0 ${w} ${h}`);
  overlay.setAttribute('width', String(rect.width));
  overlay.setAttribute('height', String(rect.height));
  place(overlay, rect);
  const items = [];
  for (let i = 0; i < tokens; i++) {
    const path = paths[i % paths.length];
    const dot = document.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('r', '4');
    dot.setAttribute('fill', '#d33');
    overlay.append(dot);
    items.push({ path, length: path.getTotalLength(), phase: i / tokens, dot });
  }
  let running = true;
  const start = performance.now();
  const tick = (now) => {
    if (!running) return;
    const s = performance.now();
    for (const it of items) {
      const t = ((now - start) / DURATION + it.phase) % 1;
      const p = it.path.getPointAtLength(t * it.length);
      it.dot.setAttribute('transform', `translate(${p.x},${p.y})`);
    }
    scriptMs += performance.now() - s;
    ticks++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  stopLoop = () => (running = false);
}

/** Compositor-driven: each token is an element on a CSS offset-path, animated once by WAAPI. */
function offsetPath({ paths, w, h, rect }, tokens) {
  const overlay = document.createElement('div');
  overlay.className = 'overlay';
  overlay.style.width = `${w}px`;
  overlay.style.height = `${h}px`;
  overlay.style.transformOrigin = '0 0';
  overlay.style.transform = `scale(${rect.width / w})`;
  place(overlay, rect);
  for (let i = 0; i < tokens; i++) {
    const dot = document.createElement('div');
    dot.className = 'token';
    dot.style.offsetPath = `path("${paths[i % paths.length].getAttribute('d')}")`;
    overlay.append(dot);
    dot.animate([{ offsetDistance: '0%' }, { offsetDistance: '100%' }], {
      duration: DURATION,
      iterations: Infinity,
      delay: -(i / tokens) * DURATION,
    });
  }
}

async function setup({ technique, tokens, figure: fig }) {
  if (technique === 'empty') return { ok: true };
  const f = await figure(fig);
  if (technique === 'svg-getPointAtLength') perFrame(f, tokens);
  else if (technique === 'waapi-offset-path') offsetPath(f, tokens);
  else throw new Error(`unknown technique ${technique}`);
  return { ok: true, edges: f.paths.length };
}

/** requestAnimationFrame timestamps for `ms`, and the technique's script time per frame. */
async function sample({ ms }) {
  scriptMs = 0;
  ticks = 0;
  const stamps = [];
  await new Promise((resolve) => {
    const end = performance.now() + ms;
    const f = (t) => {
      stamps.push(t);
      if (performance.now() < end) requestAnimationFrame(f);
      else resolve();
    };
    requestAnimationFrame(f);
  });
  return { stamps, scriptPerFrame: ticks ? scriptMs / ticks : undefined };
}

window.bench = { ready: true, setup, sample, settle, stop: () => stopLoop() };
