import { expect } from '@open-wc/testing';
import type { MotionStep, Player, PlayerOptions, PlayerState } from '../src/index.js';

// Mocha globals, declared here so the file typechecks without @types/mocha.
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;
declare function afterEach(body: () => unknown): void;

// Count animation-frame requests. d3-timer binds requestAnimationFrame when it loads, so
// the spy goes in before the player (and D3) are imported.
let frameRequests = 0;
const realRequest = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  frameRequests++;
  return realRequest(callback);
};
const { createPlayer, DEFAULT_BEAT_DURATION } = await import('../src/index.js');

const SVG = 'http://www.w3.org/2000/svg';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frames = (n = 2) => new Promise<void>((resolve) => {
  const tick = (left: number) => (left === 0 ? resolve() : realRequest(() => tick(left - 1)));
  tick(n);
});
async function until(condition: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await wait(10);
  }
}

const step = (id: string, beat: number, kind: MotionStep['kind'], from: string, to: string, path: Array<[number, number]>, label = id): MotionStep => ({
  id,
  index: 0,
  beat,
  kind,
  from,
  to,
  path: path.map(([x, y]) => ({ x, y })),
  label,
});

/** Four beats: a request; two parallel requests; a watch; a step inside one component. */
const BEATS: MotionStep[][] = [
  [step('submit', 0, 'request', 'kubectl', 'api', [[50, 20], [50, 100]], 'POST /deployments')],
  [step('persist', 1, 'request', 'api', 'etcd', [[50, 140], [50, 200]]), step('raft', 1, 'request', 'etcd', 'etcd-2', [[90, 220], [200, 220]])],
  [step('watch', 2, 'watch', 'api', 'scheduler', [[90, 120], [200, 120], [200, 160]], 'ADDED Pod')],
  [step('think', 3, 'internal', 'scheduler', 'scheduler', [[200, 154], [256, 154], [256, 206], [144, 206], [144, 154], [200, 154]], 'filter · score')],
];
const BOXES = new Map([
  ['kubectl', { x: 0, y: 0, width: 100, height: 20 }],
  ['api', { x: 10, y: 100, width: 80, height: 40 }],
  ['etcd', { x: 10, y: 200, width: 80, height: 40 }],
  ['etcd-2', { x: 200, y: 200, width: 80, height: 40 }],
  ['scheduler', { x: 150, y: 160, width: 100, height: 40 }],
]);

interface Harness {
  player: Player;
  layer: SVGGElement;
  svg: SVGSVGElement;
  beats: number[];
  states: PlayerState[];
  ends: number;
}

let mounted: Harness[] = [];
afterEach(() => {
  for (const h of mounted) {
    h.player.destroy();
    h.svg.remove();
  }
  mounted = [];
});

/** A player on a fresh layer, next to a sibling the player must never touch. */
function mount(options: Partial<PlayerOptions> = {}): Harness {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '300');
  const lit = document.createElementNS(SVG, 'g');
  lit.setAttribute('class', 'drawn-by-lit');
  lit.appendChild(document.createElementNS(SVG, 'rect'));
  const layer = document.createElementNS(SVG, 'g');
  svg.append(lit, layer);
  document.body.append(svg);
  const h: Harness = { player: undefined as unknown as Player, layer, svg, beats: [], states: [], ends: 0 };
  h.player = createPlayer({
    layer,
    beats: BEATS,
    boxes: BOXES,
    beatDuration: 120,
    onBeat: (b) => h.beats.push(b),
    onState: (s) => h.states.push(s),
    onEnd: () => h.ends++,
    ...options,
  });
  mounted.push(h);
  return h;
}

const tokens = (h: Harness) => [...h.layer.querySelectorAll<SVGGElement>('g.k8s-token')];
const tokenIds = (h: Harness) => tokens(h).map((t) => t.getAttribute('data-step'));
const rings = (h: Harness) => [...h.layer.querySelectorAll('rect.k8s-ring')].map((r) => r.getAttribute('data-component')).sort();
const animations = (h: Harness) => h.layer.getAnimations({ subtree: true });
const centre = (el: Element) => {
  const r = el.querySelector('circle')!.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};

describe('player: state machine', () => {
  it('goes idle → playing → paused → playing → ended, one beat after the other, and fires onEnd once', async () => {
    const h = mount();
    expect(h.player.state).to.equal('idle');
    expect(h.player.beat).to.equal(-1);
    h.player.play();
    expect(h.player.state).to.equal('playing');
    expect(h.player.beat).to.equal(0);
    h.player.pause();
    expect(h.player.state).to.equal('paused');
    h.player.play();
    await until(() => h.player.state === 'ended');
    expect(h.states).to.deep.equal(['playing', 'paused', 'playing', 'ended']);
    expect(h.beats).to.deep.equal([0, 1, 2, 3]);
    expect(h.ends).to.equal(1);
    expect(h.player.beat).to.equal(3);
  });

  it('plays again from the first beat once ended', async () => {
    const h = mount({ beatDuration: 40 });
    h.player.play();
    await until(() => h.player.state === 'ended');
    h.player.play();
    expect(h.player.state).to.equal('playing');
    expect(h.player.beat).to.equal(0);
  });

  it('under loop, restarts after the last beat and fires onEnd at the end of every pass', async () => {
    const h = mount({ beatDuration: 40, loop: true });
    h.player.play();
    await until(() => h.ends >= 2);
    expect(h.player.state).to.equal('playing');
    expect(h.beats.slice(0, 9)).to.deep.equal([0, 1, 2, 3, 0, 1, 2, 3, 0]);
    h.player.setLoop(false);
    await until(() => h.player.state === 'ended');
    expect(h.states).to.deep.equal(['playing', 'ended']);
  });

  it('steps with next and previous, clamped to the first and last beat; seek clamps; reset goes back to -1', () => {
    const h = mount();
    h.player.next();
    expect([h.player.beat, h.player.state]).to.deep.equal([0, 'paused']);
    for (let i = 0; i < 10; i++) h.player.next();
    expect(h.player.beat).to.equal(3);
    h.player.previous();
    expect(h.player.beat).to.equal(2);
    for (let i = 0; i < 10; i++) h.player.previous();
    expect(h.player.beat).to.equal(0);
    h.player.seek(99);
    expect(h.player.beat).to.equal(3);
    h.player.seek(-5);
    expect(h.player.beat).to.equal(0);
    h.player.seek(Number.NaN);
    expect(h.player.beat).to.equal(0);
    h.player.seek(2.4);
    expect(h.player.beat).to.equal(2);
    h.player.reset();
    expect([h.player.beat, h.player.state]).to.deep.equal([-1, 'idle']);
    expect(tokens(h)).to.have.length(0);
    expect(rings(h)).to.deep.equal([]);
    expect(h.beats).to.deep.equal([0, 1, 2, 3, 2, 1, 0, 3, 0, 2, -1]);
  });

  it('stepping onto the last beat ends the scenario: onEnd once per arrival, state ended', () => {
    const h = mount();
    h.player.seek(2);
    expect(h.ends).to.equal(0);
    h.player.next();
    expect([h.player.beat, h.player.state, h.ends]).to.deep.equal([3, 'ended', 1]);
    h.player.next();
    h.player.seek(3);
    expect(h.ends, 'staying on the last beat is not a new arrival').to.equal(1);
    h.player.previous();
    expect([h.player.beat, h.player.state]).to.deep.equal([2, 'paused']);
    h.player.seek(99);
    expect([h.player.state, h.ends]).to.deep.equal(['ended', 2]);
    h.player.play();
    expect([h.player.beat, h.player.state], 'play starts again, as after a pass').to.deep.equal([0, 'playing']);
    expect(h.states).to.deep.equal(['paused', 'ended', 'paused', 'ended', 'playing']);
  });

  it('stepping while playing keeps playing from the new beat', () => {
    const h = mount({ beatDuration: 5000 });
    h.player.play();
    h.player.seek(2);
    expect([h.player.beat, h.player.state]).to.deep.equal([2, 'playing']);
  });
});

describe('player: drawing a beat', () => {
  it('draws every token of a beat together, with rings around the components of the beat', () => {
    const h = mount();
    h.player.seek(1);
    expect(tokenIds(h)).to.deep.equal(['persist', 'raft']);
    expect(rings(h)).to.deep.equal(['api', 'etcd', 'etcd-2']);
    expect(animations(h)).to.have.length(2);
    h.player.next();
    expect(tokenIds(h)).to.deep.equal(['watch']);
    expect(rings(h)).to.deep.equal(['api', 'scheduler']);
  });

  it('labels tokens as text, never markup', () => {
    const h = mount({ beats: [[step('x', 0, 'request', 'api', 'etcd', [[0, 0], [10, 0]], '<b>bold</b> & co')]] });
    h.player.next();
    const text = h.layer.querySelector('g.k8s-token text')!;
    expect(text.textContent).to.equal('<b>bold</b> & co');
    expect(text.children).to.have.length(0);
  });

  it('draws a watch as a pull running to the apiserver, then the answer coming back', async () => {
    const h = mount({ beatDuration: 1000 });
    h.player.seek(2);
    const pull = h.layer.querySelector('circle.k8s-pull')!;
    const [token] = tokens(h);
    const [pullMotion] = pull.getAnimations();
    const [tokenMotion] = token!.getAnimations();
    for (const a of [pullMotion!, tokenMotion!]) a.pause();
    pullMotion!.currentTime = 0;
    tokenMotion!.currentTime = 0;
    await frames();
    // At first the pull leaves the watcher (the path's end) and the answer is hidden.
    expect(getComputedStyle(pull).opacity).to.equal('1');
    expect(getComputedStyle(token!).opacity).to.equal('0');
    const start = pull.getBoundingClientRect();
    pullMotion!.currentTime = 290;
    tokenMotion!.currentTime = 290;
    await frames();
    const later = pull.getBoundingClientRect();
    expect(later.y, 'the pull climbs towards the apiserver').to.be.lessThan(start.y);
    pullMotion!.currentTime = 900;
    tokenMotion!.currentTime = 900;
    await frames();
    expect(getComputedStyle(pull).opacity).to.equal('0');
    expect(getComputedStyle(token!).opacity).to.equal('1');
    const svg = h.svg.getBoundingClientRect();
    expect(centre(token!)).to.deep.equal([Math.round(svg.x + 200), Math.round(svg.y + 160)]);
  });

  it('moves a token along its whole path by the end of the beat', async () => {
    const h = mount({ beatDuration: 1000 });
    h.player.next();
    const [token] = tokens(h);
    const [motion] = token!.getAnimations();
    motion!.pause();
    motion!.currentTime = 0;
    await frames();
    const svg = h.svg.getBoundingClientRect();
    expect(centre(token!)).to.deep.equal([Math.round(svg.x + 50), Math.round(svg.y + 20)]);
    motion!.currentTime = 400;
    await frames();
    expect(centre(token!)).to.deep.equal([Math.round(svg.x + 50), Math.round(svg.y + 60)]);
    motion!.currentTime = 1000;
    await frames();
    expect(centre(token!)).to.deep.equal([Math.round(svg.x + 50), Math.round(svg.y + 100)]);
  });

  it('fades new rings in, driven by d3-timer', async () => {
    const h = mount({ beatDuration: 2000 });
    h.player.next();
    const ring = h.layer.querySelector('rect.k8s-ring')!;
    expect(ring.getAttribute('opacity')).to.equal('0');
    await until(() => ring.getAttribute('opacity') === '1');
  });
});

describe('player: speed', () => {
  it('plays the token animations at the speed, clamped to 0.25–4', () => {
    const h = mount({ beatDuration: 2000, speed: 2 });
    h.player.play();
    const rates = () => animations(h).map((a) => a.playbackRate);
    expect(rates()).to.deep.equal([2]);
    expect(animations(h)[0]!.effect!.getComputedTiming().endTime!, 'one animation spans the beat').to.be.closeTo(2000, 0.001);
    h.player.setSpeed(10);
    expect(rates()).to.deep.equal([4]);
    h.player.setSpeed(0.01);
    expect(rates()).to.deep.equal([0.25]);
    h.player.setSpeed(Number.NaN);
    expect(rates()).to.deep.equal([0.25]);
  });

  it('moves on from beat to beat faster at a higher speed', async () => {
    const fast = mount({ beatDuration: 200, speed: 4 });
    const slow = mount({ beatDuration: 200, speed: 0.25 });
    fast.player.play();
    slow.player.play();
    await until(() => fast.player.state === 'ended'); // four beats of 50 ms
    expect(slow.player.beat, 'its first beat lasts 800 ms').to.equal(0);
    await until(() => slow.player.beat === 1);
  });

  it('a speed change takes effect within the current beat', async () => {
    const h = mount({ beatDuration: 600, speed: 0.25 });
    h.player.play();
    await wait(50);
    h.player.setSpeed(4);
    await until(() => h.player.beat >= 1, 1000);
  });

  it('uses the default beat duration when none is given', () => {
    const h = mount({ beatDuration: undefined });
    h.player.next();
    expect(animations(h)[0]!.effect!.getComputedTiming().endTime!).to.be.closeTo(DEFAULT_BEAT_DURATION, 0.001);
  });
});

describe('player: reduced motion', () => {
  it('changes beats without moving anything: no animations, tokens rest at the end of their paths', async () => {
    const h = mount({ reducedMotion: true, beatDuration: 60 });
    h.player.next();
    const svg = h.svg.getBoundingClientRect();
    const [token] = tokens(h);
    expect(centre(token!)).to.deep.equal([Math.round(svg.x + 50), Math.round(svg.y + 100)]);
    expect(h.layer.querySelector('rect.k8s-ring')!.getAttribute('opacity')).to.equal('1');
    await wait(30);
    expect(centre(token!)).to.deep.equal([Math.round(svg.x + 50), Math.round(svg.y + 100)]);
    h.player.next();
    expect(tokenIds(h)).to.deep.equal(['persist', 'raft']);
    h.player.play();
    await until(() => h.player.state === 'ended');
    expect(h.beats).to.deep.equal([0, 1, 2, 3]);
    expect(document.getAnimations()).to.have.length(0);
    expect(h.layer.querySelector('circle.k8s-pull')).to.equal(null);
  });

  it('switching it on mid-beat cancels the motion; switching it off brings it back', () => {
    const h = mount({ beatDuration: 5000 });
    h.player.play();
    expect(animations(h).length).to.be.greaterThan(0);
    h.player.setReducedMotion(true);
    expect(document.getAnimations()).to.have.length(0);
    expect(tokenIds(h)).to.deep.equal(['submit']);
    h.player.setReducedMotion(false);
    expect(animations(h).map((a) => a.playState)).to.deep.equal(['running']);
  });
});

describe('player: suspend, pause, destroy', () => {
  it('suspend() stops every frame and timer without changing state; resume() carries on', async () => {
    const h = mount({ beatDuration: 200 });
    h.player.play();
    await frames();
    h.player.suspend();
    expect(h.player.state).to.equal('playing');
    expect(animations(h).map((a) => a.playState)).to.deep.equal(['paused']);
    await frames(3); // d3-timer's last wake-up after its timer stopped
    const before = frameRequests;
    await wait(400);
    expect(frameRequests - before, 'animation frames requested while suspended').to.equal(0);
    expect(h.player.beat, 'no beat passes while suspended').to.equal(0);
    h.player.resume();
    expect(animations(h).map((a) => a.playState)).to.deep.equal(['running']);
    await until(() => h.player.beat >= 1);
  });

  it('pause() freezes the tokens where they are', async () => {
    const h = mount({ beatDuration: 1000 });
    h.player.play();
    await wait(200);
    h.player.pause();
    await frames(); // a pause takes effect on the next frame
    const [token] = tokens(h);
    const at = centre(token!);
    await wait(150);
    expect(centre(token!)).to.deep.equal(at);
    expect(animations(h).map((a) => a.playState)).to.deep.equal(['paused']);
  });

  it('destroy() cancels every animation and transition, empties the layer, and stops its timers', async () => {
    const h = mount({ beatDuration: 200 });
    h.player.play();
    await frames();
    expect(h.layer.childElementCount).to.be.greaterThan(0);
    h.player.destroy();
    expect(h.layer.childElementCount).to.equal(0);
    expect(document.getAnimations()).to.have.length(0);
    await frames(3);
    const before = frameRequests;
    const beats = h.beats.length;
    await wait(400);
    expect(frameRequests - before).to.equal(0);
    expect(h.beats.length).to.equal(beats);
    h.player.play();
    h.player.next();
    expect(h.layer.childElementCount, 'a destroyed player does nothing').to.equal(0);
  });

  it('never touches the DOM outside its layer', async () => {
    const h = mount({ beatDuration: 40, loop: false });
    const outside: MutationRecord[] = [];
    const observer = new MutationObserver((records) => outside.push(...records));
    // Everything but the layer's children: the svg itself, the layer's own attributes, what
    // Lit drew beside it, and the page's head (no styles added).
    const deep = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(h.svg, { childList: true, attributes: true });
    observer.observe(h.layer, { attributes: true });
    observer.observe(h.svg.querySelector('.drawn-by-lit')!, deep);
    observer.observe(document.head, deep);
    const bodyChildren = [...document.body.children];
    const sibling = h.svg.querySelector('.drawn-by-lit')!;
    const siblingShape = new XMLSerializer().serializeToString(sibling);
    h.player.play();
    await until(() => h.player.state === 'ended');
    h.player.seek(1);
    h.player.setReducedMotion(true);
    h.player.reset();
    h.player.destroy();
    await frames();
    observer.disconnect();
    expect(outside.map((r) => `${r.type} ${(r.target as Element).nodeName} ${r.attributeName ?? ''}`)).to.deep.equal([]);
    expect(new XMLSerializer().serializeToString(sibling)).to.equal(siblingShape);
    expect([...document.body.children]).to.deep.equal(bodyChildren);
  });
});

describe('player: tokens in an HTML layer (the elements’ overlay)', () => {
  /** An HTML layer laid over the SVG in the same units, as the elements render it. */
  function mountWithOverlay(options: Partial<PlayerOptions> = {}) {
    const overlay = document.createElement('div');
    overlay.style.cssText = 'position:absolute;left:0;top:0;width:400px;height:300px';
    document.body.append(overlay);
    const h = mount({ tokenLayer: overlay, ...options });
    return { h, overlay, done: () => overlay.remove() };
  }

  it('draws each token as an HTML box moved by transform keyframes along its route', () => {
    const { h, overlay, done } = mountWithOverlay();
    try {
      h.player.next();
      const boxes = [...overlay.querySelectorAll<HTMLElement>('.k8s-token')];
      expect(boxes.map((b) => b.dataset.step)).to.deep.equal(BEATS[0]!.map((s) => s.id));
      expect(boxes[0]!.getAttribute('part')).to.equal('token');
      expect(h.layer.querySelectorAll('.k8s-token').length, 'no SVG tokens').to.equal(0);
      const [animation] = overlay.getAnimations({ subtree: true });
      const frames = (animation!.effect as KeyframeEffect).getKeyframes();
      expect(frames[0]!.transform).to.match(/^translate\(/);
      expect(frames.at(-1)!.offset).to.equal(1);
      h.player.destroy();
      expect(overlay.childElementCount).to.equal(0);
      expect(overlay.getAnimations({ subtree: true })).to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('under reduced motion, rests each token at the end of its route, with no animation', () => {
    const { h, overlay, done } = mountWithOverlay({ reducedMotion: true });
    try {
      h.player.next();
      const step = BEATS[0]![0]!;
      const end = step.path.at(-1)!;
      const token = overlay.querySelector<HTMLElement>(`.k8s-token[data-step="${step.id}"]`)!;
      expect(token.style.transform).to.equal(`translate(${end.x}px, ${end.y}px)`);
      expect(overlay.getAnimations({ subtree: true })).to.deep.equal([]);
    } finally {
      done();
    }
  });
});
