// Many diagrams on one page: the heap after load, and animation-frame work while idle or
// while some of them (those with a `scenario` attribute, the players) play.
import { host, settle, withTimeout } from './harness.js';

await import('/packages/elements/dist/k8s-diagrams.bundle.js');

/** How long the players play before the page is measured (and before scrolling them away). */
const PLAY_MS = 1000;

/** One diagram element from `{ tag, attrs }`. */
function element({ tag, attrs = {} }) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

let players = [];

const inView = (el) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.height > 0;
};

/** Resolves once every player plays, or after `ms`. */
async function allPlaying(ms) {
  const end = performance.now() + ms;
  while (!players.every((p) => p.playing) && performance.now() < end) await settle(50);
}

/**
 * Puts the diagrams on the page; `half-offscreen` puts the second half below a tall spacer.
 * Players (diagrams with a scenario) are then started and placed as `players` says:
 * `on-screen` (autoplay, they must be in the viewport), `offscreen` (below the spacer,
 * started with `play()`: autoplay waits for visibility) or `scrolled-away` (autoplay in the
 * viewport, then the page scrolls into the spacer and nothing is in view).
 */
async function load({ diagrams, layout, players: place = 'on-screen' }) {
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
  players = els.filter((e) => e.hasAttribute('scenario'));
  if (players.length) {
    await Promise.all(players.map((p) => p.updateComplete));
    if (place === 'offscreen') {
      if (players.some(inView)) throw new Error('a player meant to be offscreen is in the viewport');
      for (const p of players) p.play();
    } else if (!players.every(inView)) throw new Error('a player meant to be on screen is not in the viewport');
    await allPlaying(10000);
    await settle(PLAY_MS);
    if (place === 'scrolled-away') {
      const gap = h.querySelector('.spacer');
      if (!gap) throw new Error('scrolled-away needs a layout with a spacer');
      scrollTo(0, gap.offsetTop + gap.offsetHeight / 2);
      // The intersection observers report at the next rendering opportunity.
      await settle(500);
      if (els.some(inView)) throw new Error('a diagram is still in the viewport after scrolling away');
    }
  }
  return { count: els.length, errors, players: players.length, playing: players.filter((p) => p.playing).length };
}

async function countFrames({ ms }) {
  window.rafCalls = 0;
  await settle(ms);
  return window.rafCalls;
}

/** The players now: still playing (paused by suspension only), in view, their animations running. */
function playersState() {
  const running = players.flatMap((p) => {
    const layer = p.shadowRoot && p.shadowRoot.querySelector('.motion-overlay');
    return layer ? layer.getAnimations({ subtree: true }).filter((a) => a.playState === 'running') : [];
  });
  const all = [...host().children].filter((e) => e.className !== 'spacer');
  return { count: players.length, playing: players.filter((p) => p.playing).length, inView: all.filter(inView).length, runningAnimations: running.length };
}

window.bench = { ready: true, load, countFrames, players: playersState };
